//go:build !amd64

package words

func filter(p *Pairs, text string, letters, starts uint64) uint64 {
	return filterGo(p, text, letters, starts)
}
