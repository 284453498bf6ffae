package bytemask

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndex compares Index with bytes.Index: seps of one byte and more,
// found in a block, across blocks' ends, in the last bytes, more than once,
// and not at all; near misses of their first and last bytes.
func TestIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	seps := []string{"", "E", "Ev", "Events", "Eves", "s", "\n\n", strings.Repeat("ab", 40)}
	for range 3000 {
		sep := seps[r.IntN(len(seps))]
		var b strings.Builder
		size := r.IntN(700)
		for b.Len() < size {
			switch r.IntN(6) {
			case 0:
				b.WriteString(sep)
			case 1:
				b.WriteString("Eves Easts ")
			default:
				b.WriteString(strings.Repeat("x", r.IntN(90)))
				b.WriteString([]string{"E", "s", " ", "\n", "Event"}[r.IntN(5)])
			}
		}
		text := []byte(b.String())
		for cut := 0; cut < min(len(text), 70); cut += 13 {
			if got, want := Index(text[cut:], sep), bytes.Index(text[cut:], []byte(sep)); got != want {
				t.Fatalf("Index(%.100q, %q) = %d, want %d", text[cut:], sep, got, want)
			}
		}
	}
}

// FuzzIndex compares Index with bytes.Index on any bytes.
func FuzzIndex(f *testing.F) {
	f.Add([]byte(strings.Repeat("x", 100)+"\nEvents\n"), "Events")
	f.Add([]byte("EvEvEvEv"), "Ev")
	f.Fuzz(func(t *testing.T, b []byte, sep string) {
		if got, want := Index(b, sep), bytes.Index(b, []byte(sep)); got != want {
			t.Fatalf("Index(%q, %q) = %d, want %d", b, sep, got, want)
		}
	})
}

func BenchmarkIndex(b *testing.B) {
	text := []byte(strings.Repeat("Economic growth in Europe and the Eurasian Economic Union. Every Era.\n", 1<<10))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Index(text, "Events")
	}
}
