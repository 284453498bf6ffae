package cli

import (
	"path/filepath"
	"testing"
)

// TestMatchName checks matchName against filepath.Match on names and
// patterns of every form: a star and a plain ending (told by the ending),
// and the others (left to filepath.Match), malformed ones among them.
func TestMatchName(t *testing.T) {
	patterns := []string{"*.txt", "*.md", "*", "*txt", "*.t?t", "*.[tx]xt", "a*.txt", "*.txt*", `*\.txt`, "*[", "x.txt", "", "*.TXT"}
	names := []string{"a.txt", ".txt", "a.txt.md", "a.md", "atxt", "a.tx", "a.TXT", "x.txt", "", "a.t-t", "[", "a.xxt"}
	for _, p := range patterns {
		for _, n := range names {
			want, _ := filepath.Match(p, n)
			if got := matchName(p, n); got != want {
				t.Errorf("matchName(%q, %q) = %v, filepath.Match says %v", p, n, got, want)
			}
		}
	}
}
