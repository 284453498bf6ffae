package bytemask

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// lineFeedsOf is AppendLineFeeds a byte at a time: the reference.
func lineFeedsOf(text string) ([]int, bool) {
	var at []int
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\r':
			return nil, false
		case '\n':
			at = append(at, i)
		}
	}
	return at, true
}

// checkLineFeeds compares AppendLineFeeds with lineFeedsOf on text, after
// offsets already in dst (which it must keep).
func checkLineFeeds(t *testing.T, text string) {
	t.Helper()
	want, wantOK := lineFeedsOf(text)
	got, ok := AppendLineFeeds([]int{-7}, text)
	if ok != wantOK || got[0] != -7 || !slices.Equal(got[1:], want) || !ok && len(got) != 1 {
		t.Fatalf("AppendLineFeeds([-7], %.80q) = %v, %v; want [-7 %v], %v", text, got, ok, want, wantOK)
	}
}

func TestAppendLineFeeds(t *testing.T) {
	texts := []string{"", "\n", "\r", "a\r\nb", strings.Repeat("\n", 200), strings.Repeat("line of text\n", 300)}
	r := rand.New(rand.NewPCG(5, 6))
	for range 400 {
		b := make([]byte, r.IntN(3000))
		for i := range b {
			b[i] = "ab \n.,\xe2"[r.IntN(7)]
		}
		if r.IntN(4) == 0 && len(b) > 0 {
			b[r.IntN(len(b))] = '\r' // a carriage return in a block or in the bytes after the last
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		checkLineFeeds(t, text)
		for cut := 1; cut < min(len(text), 70); cut += 7 {
			checkLineFeeds(t, text[cut:]) // other alignments
		}
	}
}

// TestAppendLineFeedsGeneric checks the path of processors without
// AVX-512 on every machine.
func TestAppendLineFeedsGeneric(t *testing.T) {
	for _, text := range []string{"", "a\nb\n", "a\rb", strings.Repeat("x\n", 100)} {
		want, wantOK := lineFeedsOf(text)
		got, ok := appendLineFeedsGeneric(nil, text)
		if ok != wantOK || !slices.Equal(got, want) {
			t.Errorf("appendLineFeedsGeneric(%.40q) = %v, %v; want %v, %v", text, got, ok, want, wantOK)
		}
	}
}

// FuzzLineFeeds compares AppendLineFeeds with lineFeedsOf on any text.
func FuzzLineFeeds(f *testing.F) {
	f.Add("Trade grew.\nBy 9.1 percent.\n")
	f.Add(strings.Repeat("ab\n", 40) + "\r")
	f.Fuzz(func(t *testing.T, text string) {
		checkLineFeeds(t, text)
	})
}

func BenchmarkAppendLineFeeds(b *testing.B) {
	text := strings.Repeat("We discussed trade: it grew by 9.1 percent, to $25.6 billion.\n", 1<<12)
	var dst []int
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		dst, _ = AppendLineFeeds(dst[:0], text)
	}
}
