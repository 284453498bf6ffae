package bytemask

import (
	"math/bits"
	"slices"
	"unsafe"
)

// fill is fillGeneric in assembly.
func fill(dst []Block, text string, n int) {
	fillBlocks(unsafe.StringData(text), n, &dst[0])
}

// hasShuffle tells whether the processor has SSSE3's PSHUFB, which
// fillMatchBlocks needs (every x86-64 processor since about 2008 but a few
// of AMD's). One CPUID instruction tells: golang.org/x/sys/cpu's start
// asks many, each a trap to the hypervisor on a virtual machine.
var hasShuffle = cpuHasSSSE3()

// hasAVX512 tells whether the processor has AVX-512's byte instructions
// (F and BW), and BMI1 and BMI2, and the system saves their registers:
// fillMatchBlocks512, lineFeeds512 and pairBlocks512 then read a block of
// 64 bytes in one register.
var hasAVX512 = cpuHasAVX512BW()

// matchBlocks is fillMatchBlocks512 where the processor has AVX-512, else
// fillMatchBlocks.
func matchBlocks(p *byte, n int, dst *Block, pf *Prefixes) {
	if hasAVX512 {
		fillMatchBlocks512(p, n, dst, pf)
		return
	}
	fillMatchBlocks(p, n, dst, pf)
}

// fillMatch is fillMatchGeneric in assembly; without SSSE3, fill with
// every bit of Long and Short set. The blocks with two bytes of text
// after them are made in place; the last one or two, which have not,
// from the 66 bytes at their start when those are in its memory page
// (the bytes past the text change no bit that is kept), else from a
// copy.
func fillMatch(dst []Block, text string, n int, p *Prefixes) {
	if !hasShuffle {
		fill(dst, text, n)
		return
	}
	whole := min(n/64, max(len(text)-2, 0)/64) // the blocks with two bytes after them
	if whole > 0 {
		matchBlocks(unsafe.StringData(text), 64*whole, &dst[0], p)
	}
	for at := 64 * whole; at < n; at += 64 { // one or two blocks
		src := unsafe.Add(unsafe.Pointer(unsafe.StringData(text)), at)
		var buf [66]byte
		if uintptr(src)&4095 > 4096-66 {
			copy(buf[:], text[at:])
			src = unsafe.Pointer(&buf[0])
		}
		matchBlocks((*byte)(src), 64, &dst[at/64], p)
		// Keep what the text's bytes tell: the places past its end
		// are plain, and may start a word, as those with fewer than
		// two bytes of it after them may start a long one.
		b := &dst[at/64]
		if rest := n - at; rest < 64 {
			in := uint64(1)<<rest - 1
			b.Letters &= in
			b.Plain = b.Plain&in | ^in
		}
		if told := len(text) - at - 2; told < 64 {
			b.Long |= ^(uint64(1)<<max(told, 0) - 1)
		}
		if rest := len(text) - at; rest < 64 {
			b.Short |= ^(uint64(1)<<rest - 1)
		}
	}
}

// fillBlocks sets the blocks at dst to those of the n bytes at p, the last
// one in part when n is no multiple of 64, with every bit of their Long
// and Short. For that one it reads 64 bytes within the memory page of its
// first byte (the 64 from there, or, when the page ends before, the 64
// that end at p+n), as bytes.IndexByte does, and keeps the masks of the
// bytes of p.
//
//go:noescape
func fillBlocks(p *byte, n int, dst *Block)

// fillMatchBlocks is fillBlocks that sets the blocks' Long and Short by
// the tables of pf, for n bytes, a multiple of 64 (not 0), and the two
// bytes after them, which it reads too.
//
//go:noescape
func fillMatchBlocks(p *byte, n int, dst *Block, pf *Prefixes)

// fillMatchBlocks512 is fillMatchBlocks with AVX-512 (F and BW), whose
// Plain marks every byte of isWidePlain.
//
//go:noescape
func fillMatchBlocks512(p *byte, n int, dst *Block, pf *Prefixes)

// cpuHasAVX512BW reports whether the processor has AVX-512 F and BW, and
// BMI1 and BMI2 (the offsets' loops use TZCNT and BLSR), and the system
// saves their registers, by CPUID and XGETBV.
func cpuHasAVX512BW() bool

// cpuHasSSSE3 reports whether the processor has SSSE3, by CPUID.
func cpuHasSSSE3() bool

// appendLineFeeds is appendLineFeedsGeneric by masks where the processor
// has AVX-512: the offsets of 4 KB at a time written where dst has room
// for them in one call; the last bytes short of a block by the generic
// search.
func appendLineFeeds(dst []int, text string) ([]int, bool) {
	if !hasAVX512 {
		return appendLineFeedsGeneric(dst, text)
	}
	kept := len(dst)
	at := 0
	for len(text)-at >= 64 {
		n := min(len(text)-at, 4096) &^ 63
		dst = slices.Grow(dst, n)
		found, cr := lineFeeds512(unsafe.StringData(text[at:]), n, at, unsafe.SliceData(dst[len(dst):cap(dst)]))
		if cr {
			return dst[:kept], false
		}
		dst = dst[:len(dst)+found]
		at += n
	}
	var ok bool
	n := len(dst)
	if dst, ok = appendLineFeedsGeneric(dst, text[at:]); !ok {
		return dst[:kept], false
	}
	for i := n; i < len(dst); i++ {
		dst[i] += at
	}
	return dst, true
}

// lineFeeds512 writes to out, in order, at plus the offset from p of each
// line feed of the n bytes at p (a multiple of 64, not 0), and returns how
// many it wrote (out must have room for n), and whether one of the bytes
// is a carriage return. Needs AVX-512 (F and BW) and BMI1.
//
//go:noescape
func lineFeeds512(p *byte, n int, at int, out *int) (found int, cr bool)

// index is indexGeneric by pairs of bytes where the processor has
// AVX-512 and sep has two bytes or more: the blocks whose places may
// start sep (pairBlocks512), then each of those places compared; the
// last places, whose last byte is past the blocks read, by the generic
// search.
func index(s, sep string) int {
	gap := len(sep) - 1
	if !hasAVX512 || gap < 1 || len(s)-gap < 64 {
		return indexGeneric(s, sep)
	}
	n := (len(s) - gap) &^ 63 // the places read by blocks: their last bytes are in s
	for at := 0; at < n; at += 64 {
		k, mask := pairBlocks512((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), at)), n-at, gap, sep[0], sep[gap])
		at += k // n when no block has such a place
		for ; mask != 0; mask &= mask - 1 {
			if i := at + bits.TrailingZeros64(mask); s[i:i+len(sep)] == sep {
				return i
			}
		}
	}
	if i := indexGeneric(s[n:], sep); i >= 0 {
		return n + i
	}
	return -1
}

// pairBlocks512 returns the offset at (a multiple of 64 below n) of the
// first block of the bytes at p with a place whose byte is first and
// whose byte gap after is last, and the mask of those places in it; n
// and 0 when there is none. n is a multiple of 64, not 0, and the bytes
// up to p+n+gap may be read. Needs AVX-512 (F and BW).
//
//go:noescape
func pairBlocks512(p *byte, n int, gap int, first, last byte) (at int, mask uint64)
