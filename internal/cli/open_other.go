//go:build !unix

package cli

import "os"

// openFile opens the file called name for reading (see open_unix.go).
func openFile(name string) (*os.File, error) { return os.Open(name) }
