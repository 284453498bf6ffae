// Package bytemask finds the ASCII letters of a text, and its plainest
// other bytes (spaces, line feeds, commas and full stops), 64 bytes at a
// time, as bit masks: bit k of a Block's mask stands for byte k of its 64. A scan that looks for rare things among words (the hint scan
// of the claim reader) walks the words of a text by their masks, a word at
// a time, instead of testing every byte; on amd64 the masks are made with
// SSE2 instructions, sixteen bytes at a time. Given the Prefixes of a set
// of words, it also marks the places where one of them may start, by the
// text's bytes three at a time (SSSE3 shuffles where the processor has
// them), so that such a scan need not look at most words at all.
package bytemask

import (
	"math/bits"
	"slices"
	"strings"
)

// Block holds the masks of 64 bytes of text.
type Block struct {
	Letters uint64 // the ASCII letters, a-z and A-Z
	// Plain marks ' ', '\n', ',' and '.': the commonest bytes between
	// words, which a scan for figures passes over (and, in the last block
	// of a text, every place past its end).
	Plain uint64
	// Match marks the places where a word of the Prefixes given to
	// Prefixes.Fill may start (see Prefixes); Fill, and Prefixes.Fill
	// where it cannot tell, set every bit.
	Match uint64
}

// Fill sets the blocks of dst to those of text, from its first byte on, as
// many as text has (the last one in part) or dst holds, and returns how
// many it set. A block past the end of text is not set; the places past
// the end in a block set in part are plain.
func Fill(dst []Block, text string) int {
	n := min(64*len(dst), len(text))
	if n == 0 {
		return 0
	}
	fill(dst, text, n)
	return (n + 63) / 64
}

// fillGeneric sets the first (n+63)/64 blocks of dst to those of the
// first n bytes of text (0 < n <= len(text), 64*len(dst)), a block at a
// time: the path of machines without the assembly.
func fillGeneric(dst []Block, text string, n int) {
	for i := 0; i < n; i += 64 {
		dst[i/64] = blockOf(text[i:min(n, i+64)])
	}
}

// Prefixes is what Prefixes.Fill looks for: the first three letters of
// the words of a set, in any ASCII case, and the first letter of those
// shorter than three, as the tables of a Teddy filter (the multi-literal
// prefilter of Hyperscan and ripgrep). The places' bytes are lower-cased
// by their 0x20 bit; each of the three is split into its low and high
// four bits, and each half picks from a 16-byte table the buckets (bits)
// of the prefixes that have that half at that place; a place may start a
// word when a bucket is picked by all six. The prefixes are shared among
// eight buckets so that few other words pass: a place in a bucket lets
// through the prefixes whose halves all are some of the bucket's, not
// only its own.
type Prefixes struct {
	// tab[2j] and tab[2j+1]: the buckets of the low and high half of
	// byte j of a place.
	tab [6][16]byte
}

// buckets is the number of a Prefixes' buckets: the bits of a byte.
const buckets = 8

// NewPrefixes returns the Prefixes of words, which must be ASCII letters
// (ok is false when one is not, or is empty), shared among the buckets
// so that as few of the common words, the words of the texts to be read
// most often met (the commonest of their language), pass as may be. The
// words shorter than three letters take three buckets of their own,
// which pass their first letter before a byte that is no letter, or
// before the second letter of one of two letters (the three are what
// the lower-cased bytes' halves can tell apart exactly: no other word
// passes that starts with the same letter).
func NewPrefixes(words, common []string) (_ *Prefixes, ok bool) {
	var firsts, seconds []byte
	var threeWords []string
	seen := map[string]bool{}
	for _, w := range words {
		if w == "" {
			return nil, false
		}
		for i := range len(w) {
			if !isLetter(w[i]) {
				return nil, false
			}
		}
		lw := strings.ToLower(w)
		if len(lw) < 3 {
			firsts = append(firsts, lw[0])
			if len(lw) == 2 {
				seconds = append(seconds, lw[1])
			}
			continue
		}
		if !seen[lw[:3]] {
			seen[lw[:3]] = true
			threeWords = append(threeWords, lw[:3])
		}
	}
	slices.Sort(threeWords)
	p := &Prefixes{}
	long := buckets // the buckets of the three-letter prefixes
	if len(firsts) > 0 {
		long -= 3
		for _, c := range firsts {
			for b := long; b < buckets; b++ {
				p.addLow(b, c, 0)
				p.addHigh(b, c, 0)
				for c2 := range 16 { // any third byte
					p.addLow(b, byte(c2), 2)
					p.addHigh(b, byte(c2)<<4, 2)
				}
			}
		}
		// A second byte that is no letter: lower-cased, one whose high
		// half is none of a letter's (6, 7) ...
		for _, h := range []byte{0x2, 0x3, 0xa, 0xb, 0xe, 0xf} {
			p.addHigh(long, h<<4, 1)
		}
		for lo := range 16 {
			p.addLow(long, byte(lo), 1)
		}
		// ... or one of 0x7b to 0x7f ("[\\]^_{|}~" and DEL) ...
		p.addHigh(long+1, 0x70, 1)
		for lo := byte(0xb); lo <= 0xf; lo++ {
			p.addLow(long+1, lo, 1)
		}
		// ... or 0x60 ("@`"), or the second letter of a word of two,
		// which are 0x60 to 0x7a.
		p.addLow(long+2, 0x60, 1)
		p.addHigh(long+2, 0x60, 1)
		for _, c := range seconds {
			p.addLow(long+2, c, 1)
			p.addHigh(long+2, c, 1)
		}
	}
	// The common words of three letters or more, as the halves of their
	// first three bytes.
	var commons []halves
	for _, w := range common {
		if len(w) >= 3 {
			commons = append(commons, halves{}.with(strings.ToLower(w[:3])))
		}
	}
	// Each prefix goes to the bucket where the fewest common words pass
	// with it, and of those the one where the share of English words
	// that pass grows least.
	var in [buckets]halves
	var shares [buckets]float64
	for _, w := range threeWords {
		best, bestCommon, bestGrowth := 0, -1, 0.0
		var bestWith halves
		for b := range long {
			with := in[b].with(w)
			nc := 0
			for _, cw := range commons {
				if with.passHalves(cw) {
					nc++
				}
			}
			growth := with.share() - shares[b]
			if bestCommon < 0 || nc < bestCommon || nc == bestCommon && growth < bestGrowth {
				best, bestCommon, bestGrowth, bestWith = b, nc, growth, with
			}
		}
		in[best], shares[best] = bestWith, shares[best]+bestGrowth
		for j := range 3 {
			p.addLow(best, w[j], j)
			p.addHigh(best, w[j], j)
		}
	}
	return p, true
}

// addLow and addHigh put the low and the high half of byte c (lower-cased
// as Fill lower-cases) at place j in bucket b.
func (p *Prefixes) addLow(b int, c byte, j int)  { p.tab[2*j][(c|0x20)&15] |= 1 << b }
func (p *Prefixes) addHigh(b int, c byte, j int) { p.tab[2*j+1][(c|0x20)>>4] |= 1 << b }

// halves are the halves of the bytes of a bucket's three-letter prefixes
// at each place, as bits: low[j] has bit h when some prefix's byte j has
// low half h.
type halves struct{ low, high [3]uint16 }

// with returns h with the halves of the lower-case prefix w.
func (h halves) with(w string) halves {
	for j := range 3 {
		h.low[j] |= 1 << (w[j] & 15)
		h.high[j] |= 1 << (w[j] >> 4)
	}
	return h
}

// passHalves reports whether the word whose first three bytes have halves
// w (one of each at each place) passes the bucket.
func (h halves) passHalves(w halves) bool {
	return h.low[0]&w.low[0] != 0 && h.high[0]&w.high[0] != 0 &&
		h.low[1]&w.low[1] != 0 && h.high[1]&w.high[1] != 0 &&
		h.low[2]&w.low[2] != 0 && h.high[2]&w.high[2] != 0
}

// share is the share of English words that the bucket lets through, by
// the letters' frequencies: at each place, the sum of those of the
// letters that pass there (as the first letter of a word at the first
// place, as any letter at the others), multiplied.
func (h halves) share() float64 {
	n := 1.0
	for j := range 3 {
		f := &letterFreq
		if j == 0 {
			f = &firstLetterFreq
		}
		sum := 0.0
		for lo := h.low[j]; lo != 0; lo &= lo - 1 {
			k := bits.TrailingZeros16(lo)
			for _, c := range [2]int{0x60 + k, 0x70 + k} { // the two rows of lower-case letters
				if 'a' <= c && c <= 'z' && h.high[j]>>(c>>4)&1 != 0 {
					sum += f[c-'a']
				}
			}
		}
		n *= sum
	}
	return n
}

// letterFreq and firstLetterFreq are the frequencies, in percent, of the
// letters a to z in English text, and as the first letter of its words.
var (
	letterFreq = [26]float64{8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4,
		6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074}
	firstLetterFreq = [26]float64{11.7, 4.4, 5.2, 3.2, 2.8, 4.0, 1.6, 4.2, 7.3, 0.51, 0.86, 2.4, 3.8,
		2.3, 7.6, 4.3, 0.22, 2.8, 6.7, 16.0, 1.2, 0.82, 5.5, 0.045, 0.76, 0.045}
)

// Fill is bytemask.Fill that sets the blocks' Match too: bit k is set
// when the bytes at k, k+1 and k+2 of text, lower-cased by their 0x20
// bit, pass the filter (every place where a word of p starts, in any
// ASCII case, does, and a few others), and in the places with fewer
// than two bytes of text after them. (On amd64 without SSSE3, every bit
// is set.)
func (p *Prefixes) Fill(dst []Block, text string) int {
	n := min(64*len(dst), len(text))
	if n == 0 {
		return 0
	}
	fillMatch(dst, text, n, p)
	return (n + 63) / 64
}

// fillMatchGeneric is fillMatch a byte at a time: the reference the fast
// paths are checked against, and the path of machines without them.
func fillMatchGeneric(dst []Block, text string, n int, p *Prefixes) {
	fillGeneric(dst, text, n)
	for i := 0; i < n; i += 64 {
		dst[i/64].Match = p.matchOf(text, i)
	}
}

// matchOf returns the Match mask of the block at text[i:].
func (p *Prefixes) matchOf(text string, i int) uint64 {
	var m uint64
	for k := range 64 {
		if i+k+2 >= len(text) {
			m |= 1 << k // fewer than two bytes after it
			continue
		}
		b := byte(0xff)
		for j := range 3 {
			c := text[i+k+j] | 0x20
			b &= p.tab[2*j][c&15] & p.tab[2*j+1][c>>4]
		}
		if b != 0 {
			m |= 1 << k
		}
	}
	return m
}

// blockOf returns the block of the up to 64 bytes of text, read a byte at a
// time: the reference the fast paths are checked against, and the path of
// machines without them.
func blockOf(text string) Block {
	var b Block
	for k := range 64 {
		b.Match |= 1 << k
		switch {
		case k >= len(text):
			b.Plain |= 1 << k
		case isLetter(text[k]):
			b.Letters |= 1 << k
		case text[k] == ' ' || text[k] == '\n' || text[k] == ',' || text[k] == '.':
			b.Plain |= 1 << k
		}
	}
	return b
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
