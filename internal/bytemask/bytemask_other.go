//go:build !amd64

package bytemask

func fill(dst []Block, text string, n int) { fillGeneric(dst, text, n) }

func fillMatch(dst []Block, text string, n int, p *Prefixes) { fillMatchGeneric(dst, text, n, p) }

func appendLineFeeds(dst []int, text string) ([]int, bool) { return appendLineFeedsGeneric(dst, text) }

func index(s, sep string) int { return indexGeneric(s, sep) }
