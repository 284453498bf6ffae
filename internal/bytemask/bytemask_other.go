//go:build !amd64

package bytemask

func fill(dst []Block, text string, n int) { fillGeneric(dst, text, n) }
