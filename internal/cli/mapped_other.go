//go:build !linux

package cli

import "os"

// mapFile returns nil: files are read, not mapped (see mapped_linux.go).
func mapFile(f *os.File, size int64) *mapping { return nil }

// release does nothing (see mapped_linux.go).
func (m *mapping) release(end int) {}

// close does nothing (see mapped_linux.go).
func (m *mapping) close() {}
