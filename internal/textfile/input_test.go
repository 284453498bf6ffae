package textfile

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name, data, want, warning string
		err                       error
	}{
		{"utf-8", "ALICE: 5 percent.\n", "ALICE: 5 percent.\n", "", nil},
		{"utf-8 bom kept", "\uFEFFALICE: hi", "\uFEFFALICE: hi", "", nil},
		{"utf-16 le", "\xff\xfeA\x00:\x00 \x00$\x005\x00", "A: $5", "", nil},
		{"utf-16 be", "\xfe\xff\x00A\x00:\x00 \x00$\x005", "A: $5", "", nil},
		{"utf-16 odd byte", "\xff\xfeA\x00B", "A\uFFFD", "", nil},
		{"invalid utf-8", "A: 5\xff percent", "A: 5\uFFFD percent", "invalid UTF-8 at byte 4, replaced with U+FFFD", nil},
		{"binary", "ELF\x00\x01", "", "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warning, err := Decode([]byte(tt.data), false)
			if !errors.Is(err, tt.err) || got != tt.want || warning != tt.warning {
				t.Errorf("Decode(%q) = %q, %q, %v; want %q, %q, %v", tt.data, got, warning, err, tt.want, tt.warning, tt.err)
			}
		})
	}
	if got, _, err := Decode([]byte("A\x00B"), true); err != nil || got != "A\x00B" {
		t.Errorf("Decode with text = %q, %v", got, err)
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"plain", "\xff\xfeA\x00", "\xfe\xff\x00A", "A\xffB", "\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, warning, err := Decode(data, false)
		if err != nil {
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("Decode(%q) = %q is not UTF-8", data, s)
		}
		if warning == "" && utf8.Valid(data) && !strings.HasPrefix(string(data), "\xff\xfe") && !strings.HasPrefix(string(data), "\xfe\xff") && s != string(data) {
			t.Fatalf("valid UTF-8 changed: %q → %q", data, s)
		}
	})
}

func ExampleDecode() {
	s, warning, _ := Decode([]byte("BOB: 7\xff percent"), false)
	fmt.Println(s)
	fmt.Println(warning)
	// Output:
	// BOB: 7� percent
	// invalid UTF-8 at byte 6, replaced with U+FFFD
}
