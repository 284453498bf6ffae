package bytemask

import "strings"

// AppendLineFeeds appends to dst the offsets of the line feeds of text, in
// order, and reports whether text has no carriage return; when it has one,
// it returns dst as it was and false (a reader of lines then reads them a
// byte at a time, as CRLF and a lone CR end lines too). Where the
// processor has AVX-512 the line feeds are found a block of 64 bytes at a
// time, as masks; elsewhere by strings.IndexByte, a line at a time.
func AppendLineFeeds(dst []int, text string) ([]int, bool) {
	return appendLineFeeds(dst, text)
}

// appendLineFeedsGeneric is AppendLineFeeds by strings.IndexByte: one
// search for a carriage return, then one a line.
func appendLineFeedsGeneric(dst []int, text string) ([]int, bool) {
	if strings.IndexByte(text, '\r') >= 0 {
		return dst, false
	}
	for at := 0; ; {
		i := strings.IndexByte(text[at:], '\n')
		if i < 0 {
			return dst, true
		}
		dst = append(dst, at+i)
		at += i + 1
	}
}
