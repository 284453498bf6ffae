package cli

import (
	"bufio"
	"fmt"
	"strings"
	"testing"
)

// TestSplitDocuments checks where Kremlin files are cut into documents, and
// the byte offset and line count each part starts at.
func TestSplitDocuments(t *testing.T) {
	text := "Events\nOne\nText versionEvents\nTwo\nA: b\nText version\nEvents\nThree"
	var got []string
	err := splitDocuments(bufio.NewReader(strings.NewReader(text)), func(chunk []byte, pos, line int) error {
		if text[pos:pos+len(chunk)] != string(chunk) {
			t.Errorf("part at %d is not the text there: %q", pos, chunk)
		}
		if n := strings.Count(text[:pos], "\n"); n != line {
			t.Errorf("part at %d after %d lines, want %d", pos, line, n)
		}
		got = append(got, fmt.Sprintf("%d:%d:%q", pos, line, chunk))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`0:0:"Events\nOne\nText version"`,
		`23:2:"Events\nTwo\nA: b\nText version\n"`,
		`52:6:"Events\nThree"`,
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("parts\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
