package bytemask

import "unsafe"

// fill is fillGeneric in assembly.
func fill(dst []Block, text string, n int) {
	fillBlocks(unsafe.StringData(text), n, &dst[0])
}

// fillBlocks sets the blocks at dst to those of the n bytes at p, the last
// one in part when n is no multiple of 64. For that one it reads 64 bytes
// within the memory page of its first byte (the 64 from there, or, when
// the page ends before, the 64 that end at p+n), as bytes.IndexByte does,
// and keeps the masks of the bytes of p.
//
//go:noescape
func fillBlocks(p *byte, n int, dst *Block)
