package benchinput

import (
	"strings"
	"testing"
)

// TestKremlin checks that the input is the Kremlin transcripts, read
// often enough to make at least Size bytes, and no more than one reading
// of them beyond it.
func TestKremlin(t *testing.T) {
	texts, copies, size := Kremlin(t)
	if len(texts) < 10 {
		t.Fatalf("%d transcripts, want the corpus's Kremlin folder", len(texts))
	}
	var one int64
	for _, text := range texts {
		if !strings.HasPrefix(text, "Events") {
			t.Errorf("a text that is not a Kremlin transcript: %.40q", text)
		}
		one += int64(len(text))
	}
	if size != int64(copies)*one || size < Size || size-one >= Size {
		t.Errorf("%d copies of %d bytes = %d bytes, want the fewest copies that reach %d", copies, one, size, Size)
	}
}
