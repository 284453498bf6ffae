package cli

import (
	"errors"
	"runtime/debug"
	"unsafe"
)

// mapFrom is the size from which a Kremlin file is mapped into memory
// (mapFile) rather than read: above one read of the splitter (two
// megabytes), where the copy of every byte from the kernel's page cache
// into the read buffer, and of a document's start when a read ends in
// it, cost some 3% of a run; below it one read does the whole file, and
// a mapping's system calls and page faults would cost more. Tests lower
// it.
var mapFrom int64 = 2 << 20

// releaseEvery is how many bytes of a mapped file are read before the
// pages behind the reader are given back (mapping.release), so that the
// memory a run holds stays flat on a file of any size: a mapped page
// read counts in the process's resident memory until it is unmapped.
const releaseEvery = 4 << 20

// mapping is a file mapped into memory (by mapFile), read once from its
// start to its end.
type mapping struct {
	data     []byte
	released int // the pages of data before released are given back
}

// errShrank is what a read of a mapped file says when the file is cut
// short while it is read: its pages past the new end can no longer be
// read (the process would get SIGBUS).
var errShrank = errors.New("the file was cut short while it was read")

// guard runs read and turns a fault on m's memory into errShrank: a file
// cut short while it is mapped makes the pages past its new end fault
// when they are read, where a read of the file would have met its end.
// Any other panic goes on.
func (m *mapping) guard(read func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if f, ok := r.(interface{ Addr() uintptr }); ok && m.holds(f.Addr()) {
				err = errShrank
				return
			}
			panic(r)
		}
	}()
	return read()
}

// holds reports whether addr is in m's memory.
func (m *mapping) holds(addr uintptr) bool {
	start := uintptr(unsafe.Pointer(unsafe.SliceData(m.data)))
	return addr >= start && addr-start < uintptr(len(m.data))
}
