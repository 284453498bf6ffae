//go:build unix

package bytemask

import (
	"syscall"
	"testing"
	"unsafe"
)

// TestFillAtPageEdges puts texts against pages that may not be read: a
// block made in part must read only within the text's pages.
func TestFillAtPageEdges(t *testing.T) {
	page := syscall.Getpagesize()
	mem, err := syscall.Mmap(-1, 0, 3*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Skip(err)
	}
	defer syscall.Munmap(mem)
	for i := range mem {
		mem[i] = "Ab 9\n"[i%5]
	}
	// The first and last pages may not be read: a read there faults.
	if err := syscall.Mprotect(mem[:page], syscall.PROT_NONE); err != nil {
		t.Skip(err)
	}
	if err := syscall.Mprotect(mem[2*page:], syscall.PROT_NONE); err != nil {
		t.Skip(err)
	}
	mid := mem[page : 2*page]
	for n := 1; n < 130; n++ {
		for _, start := range []int{0, 1, 63, page - n - 64, page - n - 1, page - n} {
			if start < 0 || start+n > page {
				continue
			}
			b := mid[start : start+n]
			checkFill(t, unsafe.String(&b[0], len(b)))
			checkFillMatch(t, testPrefixes, unsafe.String(&b[0], len(b)))
		}
	}
}
