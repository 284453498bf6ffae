package words

import "math/bits"

// Filter returns starts without the words that cannot be in the set: a
// word starts at each bit of starts (bit k for byte k of the 64 bytes at
// the start of text) and runs over the bits of letters that follow; one
// that ends within the 64 bytes goes when its first two bytes and length
// are no word's of the set (as Has says). A word that goes on past them
// stays, for the caller to measure. text holds the bytes of the words.
// The words are ruled out with no branch: which are is not foreseeable.
func (p *Pairs) Filter(text string, letters, starts uint64) uint64 {
	return filter(p, text, letters, starts)
}

// filterGo is Filter in Go: the reference the assembly is checked
// against, and the path of machines without it.
func filterGo(p *Pairs, text string, letters, starts uint64) uint64 {
	for w := starts; w != 0; w &= w - 1 {
		k := bits.TrailingZeros64(w)
		n := bits.TrailingZeros64(^(letters >> k))
		// The second byte is the first again in a word of one.
		first, second := text[k], text[k+min(n-1, 1)]
		keep := uint64(k+n)>>6 | uint64(p[PairIndex(first, second)]>>(n&31)&1)
		starts &^= (1 ^ keep) << k
	}
	return starts
}
