package cli

import (
	"os"
	"syscall"
)

// mapFile maps the size bytes of file f into memory, or returns nil when
// it cannot (the file is then read). size is the file's size when it was
// opened: what is written past it later is not read, where a read to the
// end would take it. The mapping is private and writable, as a read
// buffer is: a part's bytes may be overwritten once it is read (tests
// do), and that never reaches the file. It is marked as read in order,
// so that the kernel reads ahead of the faults on a file not yet in its
// cache, as it does for reads.
func mapFile(f *os.File, size int64) *mapping {
	if size <= 0 || int64(int(size)) != size {
		return nil
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE)
	if err != nil {
		return nil
	}
	syscall.Madvise(data, syscall.MADV_SEQUENTIAL)
	return &mapping{data: data}
}

// release gives back the pages of m before end (whole pages: the one
// end is in stays): they are no longer mapped, and count no more in the
// process's memory. Reading them again would map them again.
func (m *mapping) release(end int) {
	end &^= os.Getpagesize() - 1
	if end > m.released {
		syscall.Madvise(m.data[m.released:end], syscall.MADV_DONTNEED)
		m.released = end
	}
}

// close unmaps m.
func (m *mapping) close() { syscall.Munmap(m.data) }
