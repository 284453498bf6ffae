package bytemask

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// blocksOf is Fill written plainly: the blocks of text, a byte at a time.
func blocksOf(text string) []Block {
	var out []Block
	for i := 0; i < len(text); i += 64 {
		out = append(out, blockOf(text[i:min(len(text), i+64)]))
	}
	return out
}

// checkFill compares Fill on text (and the path of other machines,
// fillGeneric) with blocksOf, with room for every block and for fewer.
func checkFill(t *testing.T, text string) {
	t.Helper()
	want := blocksOf(text)
	for _, room := range []int{len(want) + 1, len(want), len(want) / 2} {
		dst := make([]Block, room)
		n := Fill(dst, text)
		if n != min(room, len(want)) {
			t.Fatalf("Fill(%d blocks, %d bytes) = %d, want %d", room, len(text), n, min(room, len(want)))
		}
		generic := make([]Block, room)
		if n > 0 {
			fillGeneric(generic, text, min(64*room, len(text)))
		}
		for i := range n {
			if dst[i] != want[i] || generic[i] != want[i] {
				t.Fatalf("Fill(%.70q...) block %d = %+v (generic %+v), want %+v", text, i, dst[i], generic[i], want[i])
			}
		}
	}
}

func TestFill(t *testing.T) {
	// Every byte value, at every place of a block, of every length.
	var all strings.Builder
	for c := range 256 {
		all.WriteByte(byte(c))
	}
	texts := []string{"", "a", " ", "\n", "Z", "@[`{", "Trade grew by 9.1 percent, to $25.6 billion.\nOne third more", all.String(), strings.Repeat("word ", 40)}
	for n := range 200 {
		texts = append(texts, all.String()[n%256:]+all.String()[:n%256], strings.Repeat("x", n))
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		b := make([]byte, r.IntN(300))
		for i := range b {
			const set = "aZ \n,.9$\xc3\xa9@[`{"
			b[i] = set[r.IntN(len(set))]
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		checkFill(t, text)
		for cut := 1; cut < min(len(text), 70); cut++ {
			checkFill(t, text[cut:]) // every alignment
		}
	}
}

// FuzzFill compares Fill with blocksOf on any text.
func FuzzFill(f *testing.F) {
	f.Add("Trade grew by 9.1 percent, to $25.6 billion.\nOne third more")
	f.Add(strings.Repeat("Az@[`{ \n\x00\xff", 17))
	f.Fuzz(func(t *testing.T, text string) { checkFill(t, text) })
}

func BenchmarkFill(b *testing.B) {
	text := strings.Repeat("We discussed trade: it grew by 9.1 percent, to $25.6 billion.\n", 1<<10)
	var dst [32]Block
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for i := 0; i < len(text); i += 64 * len(dst) {
			Fill(dst[:], text[i:])
		}
	}
}
