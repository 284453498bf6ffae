//go:build !amd64

package bytemask

// fill sets the first (n+63)/64 blocks of dst to those of the first n
// bytes of text (0 < n <= len(text), 64*len(dst)).
func fill(dst []Block, text string, n int) {
	for i := 0; i < n; i += 64 {
		dst[i/64] = blockOf(text[i:min(n, i+64)])
	}
}
