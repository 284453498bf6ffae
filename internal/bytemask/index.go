package bytemask

import (
	"strings"
	"unsafe"
)

// Index returns the offset of the first sep in b, or -1, as bytes.Index
// does. Where the processor has AVX-512 and sep has two bytes or more,
// the places whose byte is sep's first and whose byte len(sep)-1 after is
// its last are found 64 at a time, and only those are compared with sep:
// a search for a word that starts with a common letter ("Events") reads
// no place twice, as a search led by its first byte does at each such
// letter.
func Index(b []byte, sep string) int {
	return index(unsafe.String(unsafe.SliceData(b), len(b)), sep)
}

// indexGeneric is Index by strings.Index.
func indexGeneric(s, sep string) int { return strings.Index(s, sep) }
