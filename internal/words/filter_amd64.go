package words

import "unsafe"

func filter(p *Pairs, text string, letters, next, starts uint64) uint64 {
	if starts == 0 {
		return 0
	}
	return filterWords(unsafe.StringData(text), letters, next, starts, p)
}

// filterWords is Filter of the words at p, starts not 0.
//
//go:noescape
func filterWords(p *byte, letters, next, starts uint64, pairs *Pairs) uint64
