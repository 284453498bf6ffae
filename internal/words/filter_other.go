//go:build !amd64

package words

func filter(p *Pairs, text string, letters, next, starts uint64) uint64 {
	return filterGo(p, text, letters, next, starts)
}
