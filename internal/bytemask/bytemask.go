// Package bytemask finds the ASCII letters of a text, and its plainest
// other bytes (spaces, line feeds, commas and full stops), 64 bytes at a
// time, as bit masks: bit k of a Block's mask stands for byte k of its 64. A scan that looks for rare things among words (the hint scan
// of the claim reader) walks the words of a text by their masks, a word at
// a time, instead of testing every byte; on amd64 the masks are made with
// SSE2 instructions, sixteen bytes at a time.
package bytemask

// Block holds the masks of 64 bytes of text.
type Block struct {
	Letters uint64 // the ASCII letters, a-z and A-Z
	// Plain marks ' ', '\n', ',' and '.': the commonest bytes between
	// words, which a scan for figures passes over (and, in the last block
	// of a text, every place past its end).
	Plain uint64
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

// blockOf returns the block of the up to 64 bytes of text, read a byte at a
// time: the reference the fast paths are checked against, and the path of
// machines without them.
func blockOf(text string) Block {
	var b Block
	for k := range 64 {
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
