// Package textfile turns the bytes of a file into the text the parser reads:
// UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark,
// invalid bytes replaced and reported, binary files refused.
package textfile

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrBinary is returned for data that holds NUL bytes and no UTF-16 byte
// order mark.
var ErrBinary = errors.New("binary file, skipped")

// sniff is how many bytes Decode looks at to tell text from binary.
const sniff = 8000

// Decode returns data as UTF-8 text. A UTF-8 byte order mark is kept (the
// parser skips it, so that offsets stay those of the file); UTF-16 LE or
// BE with a byte order mark is converted. Invalid UTF-8 is replaced by
// U+FFFD and warning names the offset of the first bad byte. Data with NUL
// bytes in its first 8000 bytes is ErrBinary unless text is set.
func Decode(data []byte, text bool) (s string, warning string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false), "", nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true), "", nil
	}
	if !text && bytes.IndexByte(data[:min(len(data), sniff)], 0) >= 0 {
		return "", "", ErrBinary
	}
	if !utf8.Valid(data) {
		bad := firstInvalid(data)
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), fmt.Sprintf("invalid UTF-8 at byte %d, replaced with U+FFFD", bad), nil
	}
	return string(data), "", nil
}

// decodeUTF16 converts UTF-16 code units to UTF-8; an odd last byte and
// unpaired surrogates become U+FFFD.
func decodeUTF16(b []byte, bigEndian bool) string {
	units := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			units = append(units, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			units = append(units, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	s := string(utf16.Decode(units))
	if len(b)%2 == 1 {
		s += "\uFFFD"
	}
	return s
}

// firstInvalid returns the offset of the first byte of data that is not
// valid UTF-8.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
