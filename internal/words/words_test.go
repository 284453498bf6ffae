package words

import (
	"fmt"
	"strings"
	"testing"
)

func TestTable(t *testing.T) {
	m := map[string]int{"one": 1, "two": 2, "million": 6, "percentage": 9, "k": 3}
	tab := New(m)
	for w, want := range m {
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got, ok := tab.Get(Hash(form), form); !ok || got != want {
				t.Errorf("Get(%q) = %d, %v; want %d, true", form, got, ok, want)
			}
		}
	}
	for _, w := range []string{"", "on", "ones", "tw0", "milliom", "the", "K\u00e9", "one\u0131"} {
		if got, ok := tab.Get(Hash(w), w); ok {
			t.Errorf("Get(%q) = %d, true; want not found", w, got)
		}
	}
	if got := tab.Words(); len(got) != len(m) {
		t.Errorf("Words() = %q, want the %d words", got, len(m))
	}
	if tab.MaxLen() != len("percentage") {
		t.Errorf("MaxLen = %d", tab.MaxLen())
	}
	var empty Table[bool]
	if _, ok := empty.Get(Hash("one"), "one"); ok {
		t.Error("the zero Table has a word")
	}
}

// TestHash checks that every ASCII case of a word hashes alike and that
// other bytes are taken as they are.
func TestHash(t *testing.T) {
	for _, w := range []string{"Billion", "BILLION", "bILLIOn"} {
		if Hash(w) != Hash("billion") {
			t.Errorf("%q hashes to %d, want %d", w, Hash(w), Hash("billion"))
		}
	}
	for _, pair := range [][2]string{{"@", "`"}, {"[", "{"}, {"é", "É"}, {"one", "one "}} {
		if Hash(pair[0]) == Hash(pair[1]) {
			t.Errorf("%q and %q hash alike", pair[0], pair[1])
		}
	}
}

func BenchmarkGet(b *testing.B) {
	tab := New(map[string]bool{"one": true, "two": true, "three": true, "million": true})
	text := strings.Fields("the talks were held in a friendly and constructive atmosphere and one of them said")
	hs := make([]uint32, len(text))
	for i, w := range text {
		hs[i] = Hash(w)
	}
	for b.Loop() {
		for i, w := range text {
			tab.Get(hs[i], w)
		}
	}
}

// TestShapes checks that a word added is found in any case, and that
// most other words are not.
func TestShapes(t *testing.T) {
	var s Shapes
	added := []string{"one", "million", "percent", "u.s.", "k", "p.p."}
	for _, w := range added {
		s.Add(w)
	}
	for _, w := range added {
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !s.Has(ShapeOf(form)) {
				t.Errorf("shape of %q not found", form)
			}
		}
	}
	others := strings.Fields("the of and to in that we is it for with our on this as have are be will by")
	found := 0
	for _, w := range others {
		if s.Has(ShapeOf(w)) {
			found++
		}
	}
	if found > 1 {
		t.Errorf("%d of %d common words pass the filter", found, len(others))
	}
}

// TestSet checks that a Set answers as the map it is made of does:
// exactly, case included.
func TestSet(t *testing.T) {
	for _, m := range []map[string]bool{
		{"up": true, "rose": true, "increased": true, "p.p.": true, "café": true, "no": false},
		{"up": true, "rose": true, "increased": true, "p.p.": true, "café": true}, // kept as it is
	} {
		s := NewSet(m)
		for _, w := range []string{"up", "Up", "UP", "rose", "roses", "ros", "increased", "increase", "p.p.", "p.p", "café", "CAFÉ", "no", "", "u", "upp"} {
			if got, want := s.Has(w), m[w]; got != want {
				t.Errorf("Has(%q) = %v, the map says %v", w, got, want)
			}
		}
		if n := len(s.All()); n != 5 {
			t.Errorf("All has %d words, want 5", n)
		}
	}
}

// TestMap checks Map against the Go map it is made of, for words in it,
// words of the same shape and others, and the empty string.
func TestMap(t *testing.T) {
	m := map[string]int{"billion": 9, "Bn": 10, "$": 1, "": 7, "per cent": 2, "naïve": 3}
	tab := NewMap(m)
	for _, w := range []string{"billion", "Bn", "bn", "BN", "$", "", "per cent", "naïve", "bullion", "b", "billions", "€", "per  cent", "naive"} {
		want, wok := m[w]
		if got, ok := tab.Get(w); got != want || ok != wok {
			t.Errorf("Get(%q) = %d, %v; want %d, %v", w, got, ok, want, wok)
		}
		if got := tab.Value(w); got != want {
			t.Errorf("Value(%q) = %d, want %d", w, got, want)
		}
	}
	if len(tab.All()) != len(m) {
		t.Errorf("All has %d words, want %d", len(tab.All()), len(m))
	}
	// A larger map, whose words share slots and shapes: every word is
	// found with its own value, and its other cases and neighbours are
	// not found unless they are in it.
	big := map[string]int{}
	for i := range 500 {
		big[fmt.Sprintf("w%dx", i)] = i
		big[fmt.Sprintf("W%dX", i*7)] = -i
	}
	bt := NewMap(big)
	for i := range 4000 {
		for _, w := range []string{fmt.Sprintf("w%dx", i), fmt.Sprintf("W%dX", i), fmt.Sprintf("w%dX", i), fmt.Sprintf("w%d", i)} {
			want, wok := big[w]
			if got, ok := bt.Get(w); got != want || ok != wok {
				t.Fatalf("Get(%q) = %d, %v; want %d, %v", w, got, ok, want, wok)
			}
		}
	}
}

// TestStarts checks that a word added is always let through, in either
// case of its first letter when added with AddFold, and that other first
// letters and lengths are ruled out.
func TestStarts(t *testing.T) {
	var exact, fold Starts
	ws := []string{"million", "Bn", "$", "a-very-long-word-of-more-than-thirty-two-bytes", "é"}
	for _, w := range ws {
		exact.Add(w)
		fold.AddFold(w)
	}
	for _, w := range ws {
		if !exact.Has(w[0], len(w)) || !fold.Has(w[0], len(w)) {
			t.Errorf("%q ruled out", w)
		}
		if c := w[0] | 0x20; 'a' <= c && c <= 'z' && (!fold.Has(c, len(w)) || !fold.Has(c&^0x20, len(w))) {
			t.Errorf("%q ruled out in the other case", w)
		}
	}
	for _, w := range []string{"milliom!", "billion", "m", "bn", "x"} {
		if exact.Has(w[0], len(w)) {
			t.Errorf("%q let through", w)
		}
	}
}

// TestPairs checks that a word added is let through in any case of its
// two first letters, and that words with other first pairs or lengths
// are ruled out.
func TestPairs(t *testing.T) {
	var p Pairs
	ws := []string{"million", "a", "Bn", "$5", "a-very-long-word-of-more-than-thirty-two-bytes"}
	for _, w := range ws {
		p.Add(w)
	}
	for _, w := range append(ws, "MILLION", "Million", "mIllion", "A", "bn", "BN") {
		if !p.HasWord(w) || !p.Has(w[0], w[min(1, len(w)-1)], len(w)) {
			t.Errorf("%q ruled out", w)
		}
	}
	for _, w := range []string{"milliona", "mallion", "ab", "b", "Bo", "Bnn", "$6"} {
		if p.HasWord(w) {
			t.Errorf("%q let through", w)
		}
	}
}

// checkFilter compares Filter with filterGo on the 64 bytes from the start
// of text (or fewer), the 64 after them as next (or all ones, as when they
// are not known), with the words starting at every letter after a byte
// that is none (or at the start).
func checkFilter(t *testing.T, p *Pairs, text string) {
	t.Helper()
	var letters, next uint64
	for k := 0; k < len(text) && k < 128; k++ {
		if c := text[k] | 0x20; 'a' <= c && c <= 'z' {
			if k < 64 {
				letters |= 1 << k
			} else {
				next |= 1 << (k - 64)
			}
		}
	}
	starts := letters &^ (letters << 1)
	for _, next := range []uint64{next, ^uint64(0)} {
		if got, want := p.Filter(text, letters, next, starts), filterGo(p, text, letters, next, starts); got != want {
			t.Fatalf("Filter(%q, next %064b) = %064b, want %064b", text, next, got, want)
		}
	}
}

// TestFilter checks Filter against filterGo on the words of a set and
// others, at every place of a block, and words that go on past it.
func TestFilter(t *testing.T) {
	var p Pairs
	for _, w := range []string{"one", "two", "thousand", "a", "percent", "half", "x"} {
		p.Add(w)
	}
	texts := []string{"", "one", "One two THREE thousand", "a b c x y z", "percentage percent per cent", strings.Repeat("a", 64), strings.Repeat("one ", 20), strings.Repeat("a", 128), strings.Repeat("a", 130)}
	for pad := range 70 {
		texts = append(texts, strings.Repeat(" ", pad)+"one two,half.thousand", strings.Repeat("x", pad)+" a", strings.Repeat("b", pad))
	}
	for pad := 50; pad < 64; pad++ {
		// Words across the block's end: of the set, and not.
		for _, w := range []string{"thousand", "thousands", "percent", "perhaps", "one", "onerous"} {
			texts = append(texts, strings.Repeat(" ", pad)+w+" and more")
		}
	}
	for _, text := range texts {
		checkFilter(t, &p, text)
	}
	if got := p.Filter("one two dog", 0b111_0_111_0_111, 0, 1|1<<4|1<<8); got != 1|1<<4 {
		t.Errorf("Filter(one two dog) = %b, want the first two words", got)
	}
	// "thousand" across the block's end stays, "thousands" goes, with
	// next known; both stay with next unknown.
	for _, tt := range []struct {
		word       string
		next, keep uint64
	}{
		{"thousand", 0b1111, 1}, {"thousands", 0b11111, 0}, {"thousands", ^uint64(0), 1},
	} {
		text := strings.Repeat(" ", 60) + tt.word + strings.Repeat(" ", 64)
		if got := p.Filter(text, 0b1111<<60, tt.next, 1<<60); got != tt.keep<<60 {
			t.Errorf("Filter(%q across, next %b) = %b, want %b", tt.word, tt.next, got, tt.keep<<60)
		}
	}
}

// FuzzFilter compares Filter with filterGo on any bytes.
func FuzzFilter(f *testing.F) {
	f.Add("One two THREE thousand, half a percent", "one two thousand a half percent")
	f.Fuzz(func(t *testing.T, text, set string) {
		var p Pairs
		for _, w := range strings.Fields(set) {
			p.Add(w)
		}
		checkFilter(t, &p, text)
	})
}

// TestSmallFilters checks that SmallStarts and SmallShapes let through
// every word added, and rule most others out.
func TestSmallFilters(t *testing.T) {
	var starts SmallStarts
	var shapes SmallShapes
	added := []string{"million", "Bn", "$", "a-very-long-word-of-more-than-thirty-two-bytes", "é", "percent", "twice"}
	for _, w := range added {
		starts.Add(w)
		shapes.Add(w)
	}
	for _, w := range added {
		if !starts.Has(w[0], len(w)) || !shapes.Has(ShapeOf(w)) {
			t.Errorf("%q ruled out", w)
		}
	}
	passed := 0
	others := strings.Fields("the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three")
	for _, w := range others {
		if starts.Has(w[0], len(w)) && shapes.Has(ShapeOf(w)) {
			passed++
		}
	}
	if passed > len(others)/20 {
		t.Errorf("%d of %d other words let through", passed, len(others))
	}
}
