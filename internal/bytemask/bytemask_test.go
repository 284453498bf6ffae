package bytemask

import (
	"github.com/transcripts/transcripts/internal/words"
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

// commonEnglish are the words Prefixes should pass least.
var commonEnglish = words.CommonEnglish()

// testPrefixes are the prefixes of words like those the hint scan looks
// for, a short one among them.
var testPrefixes = func() *Prefixes {
	p, ok := NewPrefixes([]string{"one", "two", "three", "ten", "twenty", "million", "billion", "percent", "half", "third", "twice", "p", "pp", "dozen", "quarter"}, commonEnglish)
	if !ok {
		panic("testPrefixes")
	}
	return p
}()

// checkFillMatch compares Prefixes.Fill of p on text with the blocks of
// blocksOf and the Match of the path of other machines
// (fillMatchGeneric), with room for every block and for fewer; where
// Fill's Plain marks every byte of isWidePlain (widePlain), with that.
func checkFillMatch(t *testing.T, p *Prefixes, text string) {
	t.Helper()
	want := blocksOf(text)
	for _, room := range []int{len(want) + 1, len(want), len(want) / 2} {
		dst := make([]Block, room)
		n := p.Fill(dst, text)
		if n != min(room, len(want)) {
			t.Fatalf("Prefixes.Fill(%d blocks, %d bytes) = %d, want %d", room, len(text), n, min(room, len(want)))
		}
		generic := make([]Block, room)
		if n > 0 {
			fillMatchGeneric(generic, text, min(64*room, len(text)), p)
		}
		for i := range n {
			got, w := dst[i], want[i]
			if generic[i].Letters != w.Letters || generic[i].Plain != w.Plain {
				t.Fatalf("fillMatchGeneric(%.70q...) block %d = %+v, want %+v", text, i, generic[i], w)
			}
			if widePlain {
				w.Plain = widePlainOf(text[64*i:])
			}
			if got.Letters != w.Letters || got.Plain != w.Plain {
				t.Fatalf("Prefixes.Fill(%.70q...) block %d = %+v (generic %+v), want %+v", text, i, got, generic[i], w)
			}
			if (got.Long != generic[i].Long || got.Short != generic[i].Short) && !(got.Long == ^uint64(0) && got.Short == ^uint64(0) && !exactMatch) {
				t.Fatalf("Prefixes.Fill(%.70q...) block %d: Long %064b, Short %064b, generic %064b, %064b", text, i, got.Long, got.Short, generic[i].Long, generic[i].Short)
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
		checkFillMatch(t, testPrefixes, text)
		for cut := 1; cut < min(len(text), 70); cut++ {
			checkFill(t, text[cut:]) // every alignment
			checkFillMatch(t, testPrefixes, text[cut:])
		}
	}
}

// FuzzFill compares Fill with blocksOf on any text.
func FuzzFill(f *testing.F) {
	f.Add("Trade grew by 9.1 percent, to $25.6 billion.\nOne third more")
	f.Add(strings.Repeat("Az@[`{ \n\x00\xff", 17))
	f.Fuzz(func(t *testing.T, text string) {
		checkFill(t, text)
		checkFillMatch(t, testPrefixes, text)
	})
}

// TestMatchFindsWords checks that Long has every place where a word of
// the prefixes of three letters or more starts, and Short every place
// where a shorter one does, in any case, among other words and bytes, at every
// place of a block and every distance from the text's end, for random
// sets of words.
func TestMatchFindsWords(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return string(b)
	}
	for range 200 {
		var ws []string
		for range 1 + r.IntN(60) {
			ws = append(ws, strings.ToLower(word(1+r.IntN(9))))
		}
		p, ok := NewPrefixes(ws, commonEnglish)
		if !ok {
			t.Fatalf("NewPrefixes(%q): not ok", ws)
		}
		var text strings.Builder
		var at, atLen []int // where a word of ws starts, and its length
		for text.Len() < 400 {
			switch r.IntN(3) {
			case 0:
				w := ws[r.IntN(len(ws))]
				if r.IntN(2) == 0 {
					w = strings.ToUpper(w)
				}
				at, atLen = append(at, text.Len()), append(atLen, len(w))
				text.WriteString(w)
			case 1:
				text.WriteString(word(1 + r.IntN(12)))
			}
			text.WriteString([]string{" ", ", ", ".", "\n", "-", "’", "9"}[r.IntN(7)])
		}
		s := text.String()
		for cut := range 70 {
			blocks := make([]Block, len(s)/64+1)
			p.Fill(blocks, s[cut:])
			for i, a := range at {
				k := a - cut
				if k < 0 {
					continue
				}
				b := blocks[k/64]
				if mask := map[bool]uint64{true: b.Long, false: b.Short}[atLen[i] >= 3]; mask>>(k%64)&1 == 0 {
					t.Fatalf("words %q: Long %064b, Short %064b miss the word at %d of %q", ws, b.Long, b.Short, k, s[cut:])
				}
			}
		}
	}
}

func TestNewPrefixes(t *testing.T) {
	for _, ws := range [][]string{{""}, {"p.p."}, {"one", "tw2"}, {"café"}} {
		if _, ok := NewPrefixes(ws, nil); ok {
			t.Errorf("NewPrefixes(%q) ok, want not", ws)
		}
	}
	// Few other words pass: of all three-letter words, those of no
	// bucket's letters.
	p, _ := NewPrefixes([]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand", "million", "billion", "percent", "half", "third", "quarter", "twice", "double"}, commonEnglish)
	passed := 0
	for a := byte('a'); a <= 'z'; a++ {
		for b := byte('a'); b <= 'z'; b++ {
			for c := byte('a'); c <= 'z'; c++ {
				if long, _ := p.matchOf(string([]byte{a, b, c, ' ', ' '}), 0); long&1 != 0 {
					passed++
				}
			}
		}
	}
	if passed > 26*26*26*3/100 {
		t.Errorf("%d of %d three-letter words pass, want at most 3%%", passed, 26*26*26)
	}
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

func BenchmarkNewPrefixes(b *testing.B) {
	ws := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "trillion", "percent", "pct", "half", "third", "quarter", "twice", "double", "tripled", "dozen", "zero", "nought", "naught", "lakh", "crore", "p", "pp"}
	for b.Loop() {
		NewPrefixes(ws, commonEnglish)
	}
}

// widePlainOf returns the Plain of the block of the up to 64 bytes of text
// that marks every byte of isWidePlain (and the places past its end).
func widePlainOf(text string) uint64 {
	var plain uint64
	for k := range 64 {
		if k >= len(text) || isWidePlain[text[k]] {
			plain |= 1 << k
		}
	}
	return plain
}

// TestWidePlain checks that the bytes Plain may mark are among those
// blocksOf marks and ASCII white space and punctuation, none of the
// signs, and that the tables of plainNibbles pick exactly them.
func TestWidePlain(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		narrow := b == ' ' || b == '\n' || b == ',' || b == '.'
		punct := b < 0x80 && !isLetter(b) && !('0' <= b && b <= '9') && (b > ' ' && b < 0x7f || b == '\t' || b == '\r' || b == ' ' || b == '\n')
		sign := strings.IndexByte("$%#+=<>^~|\\`", b) >= 0
		if narrow && !isWidePlain[b] || isWidePlain[b] && (!punct || sign) {
			t.Errorf("isWidePlain[%q] = %v", b, isWidePlain[b])
		}
		lo, hi := plainNibbles[b&15], plainNibbles[16+b>>4]
		if got := lo&hi != 0; got != isWidePlain[b] {
			t.Errorf("plainNibbles pick %q: %v, want %v", b, got, isWidePlain[b])
		}
	}
}
