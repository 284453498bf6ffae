// Package bytemask finds the ASCII letters of a text, and its plainest
// other bytes (spaces, line feeds, commas and full stops), 64 bytes at a
// time, as bit masks: bit k of a Block's mask stands for byte k of its 64. A scan that looks for rare things among words (the hint scan
// of the claim reader) walks the words of a text by their masks, a word at
// a time, instead of testing every byte; on amd64 the masks are made with
// SSE2 instructions, sixteen bytes at a time. Given the Prefixes of a set
// of words, it also marks the places where one of them may start, by the
// text's bytes three at a time (SSSE3 shuffles where the processor has
// them, and AVX-512's, a block in one register, where it has those), so
// that such a scan need not look at most words at all. It finds a text's
// line feeds the same way, a block at a time (AppendLineFeeds), for a
// reader of lines, and a word by the masks of its first and last bytes
// (Index), for a reader of documents.
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
	// of a text, every place past its end). Where Prefixes.Fill makes the
	// blocks with AVX-512, it marks the other ASCII white space and
	// punctuation too, but the signs $%#+=<>^~|\` (WidePlain): a scan
	// passes over what it marks, and is given the other bytes to look at.
	Plain uint64
	// Long and Short are set by Prefixes.Fill (Fill sets every bit of
	// them): Long marks the places whose three bytes, if they are
	// letters, may start a word of the Prefixes of three letters or more,
	// Short those whose byte may start one of fewer (see Prefixes).
	Long, Short uint64
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
// shorter than three, as the tables of a filter of the Teddy kind (the
// multi-literal prefilter of Hyperscan and ripgrep) that reads only the
// low four bits of each byte, which are the same for a letter's two
// cases: at each of a place's three bytes, they pick from a 16-byte
// table the buckets (bits) of the prefixes whose letter there has them,
// and a place may start a word of three letters or more when a bucket is
// picked at all three (the caller tells whether its bytes are letters).
// The prefixes are shared among seven buckets so that few other words
// pass: a bucket lets through the words whose letters' low bits are some
// of its prefixes' at each place, not only its own. The eighth bucket,
// read at the first byte only, holds the first letters of the short
// words.
type Prefixes struct {
	// tab[j]: the buckets of the low half of byte j of a place.
	tab [3][16]byte
}

// short is the bucket of the first letters of the words shorter than
// three letters; the others are the buckets of the prefixes of three.
const short = 7

// NewPrefixes returns the Prefixes of words, which must be ASCII letters
// (ok is false when one is not, or is empty), shared among the buckets
// so that as few of the common words, the words of the texts to be read
// most often met (the commonest of their language), pass as may be.
func NewPrefixes(words, common []string) (_ *Prefixes, ok bool) {
	var threeWords []string
	seen := map[string]bool{}
	p := &Prefixes{}
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
			p.tab[0][lw[0]&15] |= 1 << short
			continue
		}
		if !seen[lw[:3]] {
			seen[lw[:3]] = true
			threeWords = append(threeWords, lw[:3])
		}
	}
	slices.Sort(threeWords)
	// The first 128 common words of three letters or more, as the sets
	// of those whose byte j has low half h (bit i of byHalf[j][h] for the
	// i-th word).
	var byHalf [3][16][2]uint64
	n := 0
	for _, w := range common {
		if len(w) < 3 || n == 128 {
			continue
		}
		for j := range 3 {
			byHalf[j][w[j]&15][n/64] |= 1 << (n % 64)
		}
		n++
	}
	// Each prefix goes to the bucket where the fewest common words pass
	// with it, and of those the one where the share of English words
	// that pass grows least.
	var in [short]lows
	var shares [short]float64
	for _, w := range threeWords {
		best, bestCommon, bestGrowth := 0, -1, 0.0
		var bestWith lows
		for b := range short {
			with := in[b].with(w)
			pass := [2]uint64{^uint64(0), ^uint64(0)} // the common words that pass
			for j := range 3 {
				var at [2]uint64
				for h := with[j]; h != 0; h &= h - 1 {
					k := bits.TrailingZeros16(h)
					at[0] |= byHalf[j][k][0]
					at[1] |= byHalf[j][k][1]
				}
				pass[0] &= at[0]
				pass[1] &= at[1]
			}
			nc := bits.OnesCount64(pass[0]) + bits.OnesCount64(pass[1])
			growth := with.share() - shares[b]
			if bestCommon < 0 || nc < bestCommon || nc == bestCommon && growth < bestGrowth {
				best, bestCommon, bestGrowth, bestWith = b, nc, growth, with
			}
		}
		in[best], shares[best] = bestWith, shares[best]+bestGrowth
		for j := range 3 {
			p.tab[j][w[j]&15] |= 1 << best
		}
	}
	return p, true
}

// lows are the low halves of the bytes of a bucket's three-letter
// prefixes at each place, as bits: [j] has bit h when some prefix's byte
// j has low half h.
type lows [3]uint16

// with returns l with the low halves of the first three bytes of w.
func (l lows) with(w string) lows {
	for j := range 3 {
		l[j] |= 1 << (w[j] & 15)
	}
	return l
}

// share is the share of English words that the bucket lets through, by
// the letters' frequencies: at each place, the sum of those of the
// letters that pass there (as the first letter of a word at the first
// place, as any letter at the others), multiplied.
func (l lows) share() float64 {
	n := 1.0
	for j := range 3 {
		sum := 0.0
		for h := l[j]; h != 0; h &= h - 1 {
			sum += lowFreq[min(j, 1)][bits.TrailingZeros16(h)]
		}
		n *= sum
	}
	return n
}

// lowFreq are the frequencies of the letters by their low halves: [0][h]
// the sum of firstLetterFreq's of the letters whose low half is h, [1][h]
// that of letterFreq's.
var lowFreq = func() (t [2][16]float64) {
	for c := byte('a'); c <= 'z'; c++ {
		t[0][c&15] += firstLetterFreq[c-'a']
		t[1][c&15] += letterFreq[c-'a']
	}
	return t
}()

// letterFreq and firstLetterFreq are the frequencies, in percent, of the
// letters a to z in English text, and as the first letter of its words.
var (
	letterFreq = [26]float64{8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4,
		6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074}
	firstLetterFreq = [26]float64{11.7, 4.4, 5.2, 3.2, 2.8, 4.0, 1.6, 4.2, 7.3, 0.51, 0.86, 2.4, 3.8,
		2.3, 7.6, 4.3, 0.22, 2.8, 6.7, 16.0, 1.2, 0.82, 5.5, 0.045, 0.76, 0.045}
)

// Fill is bytemask.Fill that sets the blocks' Long and Short too: bit k
// of Long is set when the low halves of the bytes at k, k+1 and k+2 of
// text pick a bucket of p (every place where a word of p of three letters
// or more starts, in any ASCII case, does, and a few others), or when
// fewer than two bytes of text follow it; bit k of Short, when the byte
// at k may start a shorter word of p (and past the text). A byte that is
// not ASCII picks no bucket. (On amd64 without SSSE3, every bit of both
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
		dst[i/64].Long, dst[i/64].Short = p.matchOf(text, i)
	}
}

// matchOf returns the Long and Short masks of the block at text[i:].
func (p *Prefixes) matchOf(text string, i int) (long, short uint64) {
	pick := func(c byte, j int) byte {
		if c >= 0x80 {
			return 0
		}
		return p.tab[j][c&15]
	}
	for k := range 64 {
		if i+k >= len(text) {
			long |= 1 << k
			short |= 1 << k
			continue
		}
		first := pick(text[i+k], 0)
		short |= uint64(first>>7) << k
		if i+k+2 >= len(text) || first&pick(text[i+k+1], 1)&pick(text[i+k+2], 2) != 0 {
			long |= 1 << k
		}
	}
	return long, short
}

// blockOf returns the block of the up to 64 bytes of text, read a byte at a
// time: the reference the fast paths are checked against, and the path of
// machines without them.
func blockOf(text string) Block {
	var b Block
	for k := range 64 {
		b.Long |= 1 << k
		b.Short |= 1 << k
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
