package words

import "math/bits"

// Filter returns starts without the words that cannot be in the set: a
// word starts at each bit of starts (bit k for byte k of the 64 bytes at
// the start of text) and runs over the bits of letters that follow, and
// on over those of next, the letters of the 64 bytes after; it goes when
// its first two bytes and length are no word's of the set (as Has says).
// A word that goes on past the 128 bytes stays, for the caller to
// measure: next is all ones when the caller does not know the bytes
// after (and 0 when there are none). text holds the bytes of the words.
// The words are ruled out with no branch: which are is not foreseeable.
// (Most blocks end inside a word: measured by next, a word across two
// blocks goes as often as one inside a block does.)
func (p *Pairs) Filter(text string, letters, next, starts uint64) uint64 {
	return filter(p, text, letters, next, starts)
}

// filterGo is Filter in Go: the reference the assembly is checked
// against, and the path of machines without it.
func filterGo(p *Pairs, text string, letters, next, starts uint64) uint64 {
	for w := starts; w != 0; w &= w - 1 {
		k := bits.TrailingZeros64(w)
		n := bits.TrailingZeros64(^(letters >> k))
		if k+n == 64 {
			// The word reaches the block's end: it goes on over next,
			// and stays when it goes on past it.
			if n += bits.TrailingZeros64(^next); k+n == 128 {
				continue
			}
		}
		// The second byte is the first again in a word of one.
		first, second := text[k], text[k+min(n-1, 1)]
		keep := uint64(p[PairIndex(first, second)] >> (n & 31) & 1)
		starts &^= (1 ^ keep) << k
	}
	return starts
}
