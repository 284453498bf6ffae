package transcript

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/transcripts/transcripts/internal/benchinput"
)

func readSeed(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("../../testdata/transcripts/kremlin-2022-11-28-russia-kazakhstan.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestParseSeed(t *testing.T) {
	tr := Parse("seed.txt", readSeed(t), "")
	if tr.Layout != Kremlin {
		t.Fatalf("layout %q, want kremlin", tr.Layout)
	}
	type turn struct {
		speaker string
		line    int
		role    string
	}
	want := []struct {
		title, date string
		turns       []turn
	}{
		{"Russia-Kazakhstan Interregional Cooperation Forum", "2022-11-28", []turn{
			{"Vladimir Putin", 11, "President of Russia"},
			{"Kassym-Jomart Tokayev", 36, "President of Kazakhstan"},
		}},
		{"Russian-Kazakhstani talks", "2022-11-28", []turn{
			{"Vladimir Putin", 90, "President of Russia"},
			{"Kassym-Jomart Tokayev", 101, "President of the Republic of Kazakhstan"},
		}},
	}
	if len(tr.Documents) != len(want) {
		t.Fatalf("%d documents, want %d", len(tr.Documents), len(want))
	}
	for i, w := range want {
		d := tr.Documents[i]
		if d.Title != w.title || d.Date != w.date {
			t.Errorf("document %d: %q %q, want %q %q", i, d.Title, d.Date, w.title, w.date)
		}
		if len(d.Turns) != len(w.turns) {
			t.Fatalf("document %d: %d turns, want %d", i, len(d.Turns), len(w.turns))
		}
		for j, wt := range w.turns {
			got := d.Turns[j]
			if got.Speaker != wt.speaker || tr.Line(got.Pos) != wt.line || got.Role != wt.role {
				t.Errorf("document %d turn %d: %q line %d role %q, want %q line %d role %q",
					i, j, got.Speaker, tr.Line(got.Pos), got.Role, wt.speaker, wt.line, wt.role)
			}
		}
	}
	if speakers := tr.Speakers(); strings.Join(speakers, "|") != "Vladimir Putin|Kassym-Jomart Tokayev" {
		t.Errorf("Speakers() = %q", speakers)
	}
}

// speechLines returns the 1-based lines that hold speech.
func speechLines(tr *Transcript) map[int]bool {
	lines := map[int]bool{}
	for _, d := range tr.Documents {
		for _, turn := range d.Turns {
			for _, s := range turn.Speech {
				for l := tr.Line(s.Pos); l <= tr.Line(s.End-1); l++ {
					lines[l] = true
				}
			}
		}
	}
	return lines
}

func TestSeedNonSpeech(t *testing.T) {
	tr := Parse("seed.txt", readSeed(t), "")
	speech := speechLines(tr)
	// Narration, See-also sidebars, elisions, separators, headings and the
	// metadata blocks are not speech.
	for _, l := range []int{1, 2, 3, 4, 5, 7, 9, 10, 16, 17, 18, 67, 68, 74, 77, 78, 79, 84, 88, 89, 94, 95, 96, 110, 111, 117} {
		if speech[l] {
			t.Errorf("line %d is speech: %q", l, lineText(tr, l))
		}
	}
	// Lines that are speech, including a colon inside a sentence (45) and
	// the text after a split label (37).
	for _, l := range []int{11, 12, 19, 23, 35, 37, 45, 63, 66, 90, 97, 100, 101, 106, 109} {
		if !speech[l] {
			t.Errorf("line %d is not speech: %q", l, lineText(tr, l))
		}
	}
	// The speech of line 11 starts after the label.
	first := tr.Documents[0].Turns[0].Speech[0]
	if got := tr.Text[first.Pos:first.End]; got != "Mr President, colleagues and friends," {
		t.Errorf("first speech = %q", got)
	}
}

func lineText(tr *Transcript, n int) string {
	s := tr.LineSpan(n)
	return tr.Text[s.Pos:s.End]
}

// TestRecentLabels checks the labels a parse takes again by comparing
// them with the last ones it took: a one-word label a surname of the
// same text lets through is taken again in that text, and not in the
// next text a Parser reads, whose surnames are its own; and a longer line
// that starts with a recent label is no label.
func TestRecentLabels(t *testing.T) {
	speakers := func(tr *Transcript) []string {
		var out []string
		for _, d := range tr.Documents {
			for _, turn := range d.Turns {
				out = append(out, turn.Label)
			}
		}
		return out
	}
	var ps Parser
	first := "Vladimir Putin: Good afternoon.\nRecep Tayyip Erdogan: Thank you.\nPutin: Yes.\n" +
		"Erdogan: Right.\nPutin: Good.\nVladimir Putin said: this is no label.\n"
	if got, want := speakers(ps.Parse("a.txt", first, Plain)), []string{"Vladimir Putin", "Recep Tayyip Erdogan", "Putin", "Erdogan", "Putin"}; !slices.Equal(got, want) {
		t.Errorf("first text's labels %q, want %q", got, want)
	}
	second := "Anna Smith: Hello.\nPutin: Yes.\nAnna Smith: Thanks.\n"
	if got, want := speakers(ps.Parse("b.txt", second, Plain)), []string{"Anna Smith", "Anna Smith"}; !slices.Equal(got, want) {
		t.Errorf("second text's labels %q, want %q (no surname Putin in it)", got, want)
	}
}

// TestMayBeLabel checks that mayBeLabel rules out only what isLabel
// rejects, with and without the surnames it may have learnt, on
// hand-made labels and on the text before every colon of the transcripts
// of testdata and of testdata/kremlin, and that it rules out most of
// those that are no labels.
func TestMayBeLabel(t *testing.T) {
	labs := []string{
		"President of Russia Vladimir Putin", "Vladimir Putin", "Putin", "Question", "Question (retranslated)",
		"Emma Marcegaglia (ENI)", "Federal Chancellor of Austria Sebastian Kurz (retranslated)",
		"Alexander Van der Bellen", "THE PRESIDENT", "of", "Of the", "Colleagues", "First question",
		"As for trade, I will say this", "in other words", "The main results are as follows",
		"A) B (c", "Putin(retranslated) Jr", "Vladimir Put(x)in", "Vladimir Putin.(x)Jr", "Ivan (the) terrible", "x) Y Z",
		"One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen",
		"One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve (x) Thirteen",
		"Recep Tayyip Erdoğan", "Ülkü Öz", "Dear friends", "",
	}
	dirs := []string{"../../testdata/transcripts/*.txt", "../../testdata/kremlin/*.txt"}
	for _, glob := range dirs {
		paths, _ := filepath.Glob(glob)
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for line := range strings.SplitSeq(string(data), "\n") {
				if i := strings.IndexByte(line, ':'); i > 0 {
					labs = append(labs, line[:i])
				}
			}
		}
	}
	ruledOut, rejected := 0, 0
	for _, lab := range labs {
		may := mayBeLabel(lab)
		for _, surnames := range []map[string]bool{{}, {"Putin": true, "Terrible": true, "Z": true}} {
			p := &parser{surnames: surnames}
			if is := p.isLabel(FoldSpace(lab)); is && !may {
				t.Errorf("mayBeLabel(%q) = false, but isLabel is true", lab)
			} else if !is && surnames["Putin"] {
				rejected++
				if !may {
					ruledOut++
				}
			}
		}
	}
	if rejected < 100 || ruledOut*2 < rejected {
		t.Errorf("mayBeLabel rules out %d of the %d texts isLabel rejects, want more than half", ruledOut, rejected)
	}
}

func TestLabels(t *testing.T) {
	p := &parser{surnames: map[string]bool{"Putin": true}}
	tests := []struct {
		line  string
		label string
		ok    bool
	}{
		{"President of Russia Vladimir Putin: Mr President, colleagues", "President of Russia Vladimir Putin", true},
		{"Vladimir Putin: Thank you.", "Vladimir Putin", true},
		{"Putin: Yes.", "Putin", true},
		{"Question: How much?", "Question", true},
		{"Question (retranslated): How much?", "Question (retranslated)", true},
		{"Emma Marcegaglia (ENI): Thank you.", "Emma Marcegaglia (ENI)", true},
		{"President of\u00a0Russia Vladimir Putin: Good afternoon.", "President of Russia Vladimir Putin", true},
		{" Federal Chancellor of Austria Sebastian Kurz (retranslated):Mr President Putin,", "Federal Chancellor of Austria Sebastian Kurz (retranslated)", true},
		{"Alexander Van der Bellen: Thank you.", "Alexander Van der Bellen", true},
		{"THE PRESIDENT: Thank you.", "THE PRESIDENT", true},
		{"Last year trade between Russia and Kazakhstan reached a new record: almost $24.5 billion.", "", false},
		{"First of all, I would like to extend a cordial welcome to Mr Tokayev: he is", "", false},
		{"At the meeting with German business leaders. Left: President of Kazakhstan", "", false},
		{"Colleagues: thank you.", "", false},
		{"First question: what?", "", false},
		{"Tokayev: Yes.", "", false}, // a one-word label must be a known surname or a role
		{"13:50", "", false},
		{"Published in sections: News, Transcripts", "", false},
		{"Television channel (http://www.otr-online.ru/ here", "", false},
	}
	for _, tt := range tests {
		label, _, ok := p.label(tt.line)
		if ok != tt.ok || label != tt.label {
			t.Errorf("label(%q) = %q, %v; want %q, %v", tt.line, label, ok, tt.label, tt.ok)
		}
	}
}

func TestPersonalName(t *testing.T) {
	tests := []struct{ core, role, name string }{
		{"President of Russia Vladimir Putin", "President of Russia", "Vladimir Putin"},
		{"President of the Republic of Kazakhstan Kassym-Jomart Tokayev", "President of the Republic of Kazakhstan", "Kassym-Jomart Tokayev"},
		{"Prime Minister of the Kyrgyz Republic Sooronbai Jeenbekov", "Prime Minister of the Kyrgyz Republic", "Sooronbai Jeenbekov"},
		{"President of the Russian Federation Vladimir Putin", "President of the Russian Federation", "Vladimir Putin"},
		{"President of Turkey Recep Tayyip Erdogan", "President of Turkey", "Recep Tayyip Erdogan"},
		{"Federal President of the Republic of Austria Alexander Van der Bellen", "Federal President of the Republic of Austria", "Alexander Van der Bellen"},
		{"Presidential Press Secretary Dmitry Peskov", "Presidential Press Secretary", "Dmitry Peskov"},
		{"Vladimir Putin", "", "Vladimir Putin"},
		{"Question", "", "Question"},
		{" President of Turkey\u00a0 Recep Tayyip Erdogan", "President of Turkey", "Recep Tayyip Erdogan"},
		{"Deputy Prime Minister Alexei  Overchuk", "Deputy Prime Minister", "Alexei Overchuk"},
	}
	for _, tt := range tests {
		role, name := personalName(tt.core)
		if role != tt.role || name != tt.name {
			t.Errorf("personalName(%q) = %q, %q; want %q, %q", tt.core, role, name, tt.role, tt.name)
		}
	}
}

// TestOnePersonManyLabels checks the speakers named for the labels of a
// document: a surname and a name with an office are the one person whose
// full name ends so; a surname two longer names end with stays as it is;
// a label again in the next turn is the same speaker.
func TestOnePersonManyLabels(t *testing.T) {
	for _, tt := range []struct{ turns, want string }{
		{"President of Russia Vladimir Putin: Hello.\n" +
			"President of Austria Sebastian Kurz (retranslated): Hello.\n" +
			"Vladimir Putin: Again.\n" +
			"Sebastian Kurz: Again.\n" +
			"Putin: Once more.\n" +
			"Question: And you?\n",
			"Vladimir Putin (President of Russia)|Sebastian Kurz (President of Austria)|Vladimir Putin ()|Sebastian Kurz ()|Vladimir Putin ()|Question ()"},
		{"Minister of Defence Sergei Ivanov: Hello.\n" +
			"Foreign Minister Igor Ivanov: Hello.\n" +
			"Ivanov: Again.\n" +
			"Ivanov: And again.\n" +
			"Sergei Ivanov: Once more.\n" +
			"Igor Ivanov: Once more.\n",
			"Sergei Ivanov (Minister of Defence)|Igor Ivanov (Foreign Minister)|Ivanov ()|Ivanov ()|Sergei Ivanov ()|Igor Ivanov ()"},
	} {
		tr := Parse("x", "Events\nTalks\nNovember 1, 2020\n"+tt.turns, "")
		var got []string
		for _, turn := range tr.Documents[0].Turns {
			got = append(got, turn.Speaker+" ("+turn.Role+")")
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("speakers %q, want %q", strings.Join(got, "|"), tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"November 28, 2022", "2022-11-28"},
		{"28 November 2022", "2022-11-28"},
		{"2022-11-28", "2022-11-28"},
		{"November 31 2022 and more", ""},
		{"13:50", ""},
		{"Monday", ""},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, s := range []string{"April 3 − 4, 2018", "March 31 − April 1, 2018", "June 6 - 7, 2019", "November 28, 2022"} {
		if !isDateLine(s) {
			t.Errorf("isDateLine(%q) = false", s)
		}
	}
	for _, s := range []string{"Visit to Turkey", "3 − 4", "April 3 − 4"} {
		if isDateLine(s) {
			t.Errorf("isDateLine(%q) = true", s)
		}
	}
}

func TestPlainAndLines(t *testing.T) {
	text := "\uFEFFDebate\r\nALICE: We spent $5.\r\nBOB: No.\r\nAnd more.\r\n"
	tr := Parse("d.txt", text, "auto")
	if tr.Layout != Plain {
		t.Fatalf("layout %q", tr.Layout)
	}
	d := tr.Documents[0]
	if d.Title != "Debate" || len(d.Turns) != 2 {
		t.Fatalf("title %q, %d turns", d.Title, len(d.Turns))
	}
	bob := d.Turns[1]
	if len(bob.Speech) != 2 || tr.Line(bob.Speech[1].Pos) != 4 || tr.Text[bob.Speech[1].Pos:bob.Speech[1].End] != "And more." {
		t.Errorf("BOB's speech: %+v", bob.Speech)
	}
	if got := tr.Words(bob.Speech); got != 3 {
		t.Errorf("Words = %d, want 3", got)
	}
}

// checkTurns verifies the parser's invariants on text.
func checkTurns(t *testing.T, text string) {
	t.Helper()
	tr := Parse("fuzz", text, "")
	if again := new(Parser).parse("fuzz", text, "", true); !reflect.DeepEqual(tr, again) {
		t.Fatalf("labels taken from collectLabels give\n%+v\nlooked for again\n%+v", tr.Documents, again.Documents)
	}
	end := 0
	for _, d := range tr.Documents {
		if d.Pos < 0 || d.End > len(text) || d.Pos > d.End {
			t.Fatalf("document [%d,%d) outside the text (%d bytes)", d.Pos, d.End, len(text))
		}
		for _, turn := range d.Turns {
			if turn.Pos < end {
				t.Fatalf("turn at %d overlaps the previous one ending at %d", turn.Pos, end)
			}
			if turn.Speaker == "" {
				t.Fatalf("turn at %d has no speaker", turn.Pos)
			}
			for _, s := range turn.Speech {
				if s.Pos < turn.Pos || s.Pos < end || s.End < s.Pos || s.End > d.End {
					t.Fatalf("speech [%d,%d) out of order or outside its document [%d,%d)", s.Pos, s.End, d.Pos, d.End)
				}
				if strings.TrimSpace(text[s.Pos:s.End]) != text[s.Pos:s.End] || s.End == s.Pos {
					t.Fatalf("speech [%d,%d) %q is not trimmed", s.Pos, s.End, text[s.Pos:s.End])
				}
				end = s.End
			}
			if turn.Pos > end {
				end = turn.Pos
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(readSeed(f))
	f.Add("ALICE: one\nBOB: two\n")
	f.Add("Events\nT\nMay 1, 2020\nA B\n: x\nSee also\nY\nMay 1, 2020\nText versionEvents\n")
	f.Add("Events")
	released := new(Parser) // handed back every transcript it parses
	f.Fuzz(func(t *testing.T, text string) {
		checkTurns(t, text)
		got, want := released.Parse("x.txt", text, ""), Parse("x.txt", text, "")
		if !reflect.DeepEqual(got.Documents, want.Documents) || !slices.Equal(got.lines, want.lines) {
			t.Fatalf("%q: a parse after Release differs from a new one", text)
		}
		released.Release(got)
	})
}

// BenchmarkParse parses the benchmarks' input (benchinput: the corpus's
// Kremlin transcripts to 50 MB) a transcript at a time, with one Parser,
// each transcript released once parsed, as the tool reads a file's parts.
func BenchmarkParse(b *testing.B) {
	texts, copies, size := benchinput.Kremlin(b)
	var ps Parser
	turns := 0
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		turns = 0
		for range copies {
			for _, text := range texts {
				t := ps.Parse("kremlin.txt", text, "")
				for _, d := range t.Documents {
					turns += len(d.Turns)
				}
				ps.Release(t)
			}
		}
	}
	b.ReportMetric(float64(turns), "turns/op")
}

// TestNextField checks nextField against strings.Fields.
func TestNextField(t *testing.T) {
	for _, s := range []string{"", "  ", "one", " one  two\tthree\n", "a\u00a0b\u2009c \u0085d", "x\u3000y", "café  naïve", "\xffbad \xfe"} {
		var got []string
		for rest := s; ; {
			w, after, ok := nextField(rest)
			if !ok {
				break
			}
			got = append(got, w)
			rest = after
		}
		if want := strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("fields of %q: %q, want %q", s, got, want)
		}
	}
}

// TestFoldSpace checks FoldSpace against joining strings.Fields.
func TestFoldSpace(t *testing.T) {
	for _, s := range []string{"", " ", "Vladimir Putin", " Vladimir Putin", "Vladimir  Putin", "Vladimir\tPutin ", "A\u00a0B", "x", "Mr Wei",
		"line\nbreak", "cr\r\nlf", "em\u2003space", "Tokayev’s “$24.5 billion” — trade", "trailing ", "v\vtab", "f\ffeed",
		"\u0085next line", "mixed \u00a0 runs", "bad \xff byte", "é", "a b c"} {
		if got, want := FoldSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("FoldSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestIsCaption checks the captions isCaption takes (each passes the
// quick look of mayBeCaption) and the speech it leaves.
func TestIsCaption(t *testing.T) {
	p := &parser{doc: &Document{Title: "Meeting with Kazakhstan President"}, surnames: map[string]bool{}}
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Meeting with Kazakhstan President.", true},
		{"Meeting with Kazakhstan President. Photo by the press service.", true},
		{"At the meeting with the President of Kazakhstan.", true},
		{"With Prime Minister Mikhail Mishustin.", true},
		{"During the talks in the Kremlin.", true},
		{"Before the beginning of Russian-Kazakhstani talks.", true},
		{"Photo session. Left: Kassym-Jomart Tokayev.", true},
		{"President of Turkey Recep Tayyip Erdogan.", true},
		{"At talks.", false}, // "At" with fewer than three words
		{"We discussed trade in detail.", false},
		{"At the meeting we agreed on 5 projects.", false},
		{"President of Turkey Recep Tayyip Erdogan said so. Then he left.", false},
		{"Trade grew by a third over the year, and it will grow further, as the two sides have agreed, with new plants and new routes opening.", false},
	} {
		colon := strings.Contains(tt.line, ":")
		if got := p.isCaption(tt.line, colon); got != tt.want {
			t.Errorf("isCaption(%q) = %v, want %v", tt.line, got, tt.want)
		}
		if !colon && p.isCaption(tt.line, true) != tt.want {
			t.Errorf("isCaption(%q) changes when it may hold a colon", tt.line)
		}
		if tt.want && !p.mayBeCaption(tt.line, colon) {
			t.Errorf("mayBeCaption(%q) = false for a caption", tt.line)
		}
	}
}

// TestLabelColon checks that labelColon tells a line has no colon only
// when it has none, that it tells so of most short lines that have none,
// and that it finds the labels label finds, on every line of testdata.
func TestLabelColon(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/transcripts/*.txt")
	told, none := 0, 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		p := &parser{surnames: map[string]bool{}}
		for _, s := range strings.Split(string(data), "\n") {
			lab, n, ok, noColon := p.labelColon(s)
			has := strings.Contains(s, ":")
			if noColon && has {
				t.Errorf("labelColon(%.60q): no colon, but it has one", s)
			}
			if !has && len(s) <= maxLabelLine {
				none++
				if noColon {
					told++
				}
			}
			lab2, n2, ok2 := p.label(s)
			if lab != lab2 || n != n2 || ok != ok2 {
				t.Errorf("labelColon(%.60q) = %q, %d, %v; label: %q, %d, %v", s, lab, n, ok, lab2, n2, ok2)
			}
		}
	}
	if told != none || none == 0 {
		t.Errorf("labelColon told %d of %d short lines with no colon", told, none)
	}
}

// TestEndsLowerWord checks that only a last word sure to start with a
// lower-case letter is reported.
func TestEndsLowerWord(t *testing.T) {
	for s, want := range map[string]bool{
		"President of Turkey Recep Tayyip Erdogan": false, "the meeting of the council": true, "council": true,
		"Minister of the Interior (retranslated)": false, "a b\u00a0Turkey": false, "of turkey ": false,
		"": false, "of (see": false, "end\tword": true, "Élysée": false, "word x)": false,
	} {
		if got := endsLowerWord(s); got != want {
			t.Errorf("endsLowerWord(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLastOfFields checks lastOfFields against strings.Fields.
func TestLastOfFields(t *testing.T) {
	for _, s := range []string{"", " ", "Putin", " Putin ", "Vladimir Putin", "Vladimir  Putin\t", "Kassym-Jomart\u00a0Tokayev",
		"a b c", "\u2003x\u2003", "x\u2003", "President of Kazakhstan Kassym-Jomart Tokayev", "bad \xff byte"} {
		fs := strings.Fields(s)
		last, ok := lastOfFields(s)
		if wantOK := len(fs) >= 2; ok != wantOK || ok && last != fs[len(fs)-1] {
			t.Errorf("lastOfFields(%q) = %q, %v; Fields gives %q", s, last, ok, fs)
		}
	}
}

// TestMayTrimTo checks that mayTrimTo passes every line that trims to a
// text starting with the letter, whatever white space is around it, and
// rules out lines that start with another ASCII byte.
func TestMayTrimTo(t *testing.T) {
	for _, s := range []string{"Events", "  Events", "\tEvents", "\u00a0Events", "\u2003Events ", "\r\nEvents", "Publication status", " Publication date: 1"} {
		c := strings.TrimSpace(s)[0]
		if !mayTrimTo(s, c) {
			t.Errorf("mayTrimTo(%q, %q) = false", s, c)
		}
	}
	for _, s := range []string{"", "Trade grew.", "xEvents", "events"} {
		if mayTrimTo(s, 'E') {
			t.Errorf("mayTrimTo(%q, 'E') = true", s)
		}
	}
}

// TestSpeechTrimmed checks that speech spans are trimmed of the white
// space (ASCII or not) at either end of their lines, and that lines with
// none keep every byte.
func TestSpeechTrimmed(t *testing.T) {
	text := "ALICE: We spent $5.  \n\tIt rose.\u00a0\nIt fell.\n\u2003Again.\nÉtat.\n"
	tr := Parse("d.txt", text, "plain")
	var got []string
	for _, turn := range tr.Documents[0].Turns {
		for _, sp := range turn.Speech {
			got = append(got, text[sp.Pos:sp.End])
		}
	}
	want := []string{"We spent $5.", "It rose.", "It fell.", "Again.", "État."}
	if !slices.Equal(got, want) {
		t.Errorf("speech %q, want %q", got, want)
	}
	checkTurns(t, text)
}

// TestThreeFields checks threeFields against strings.FieldsFunc.
func TestThreeFields(t *testing.T) {
	for _, s := range []string{"", "a", "a b", "a b c", "a b c d", "November 28, 2022", " 28  November\u00a02022 ",
		",,a,,b,,c,,", "a,b,c,", "a\u2003b\tc", "a b c\u3000", "\xffa b c", "a\xff b c", "a b c\xff d"} {
		want := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
		got, ok := threeFields(s)
		if ok != (len(want) == 3) || ok && !slices.Equal(got[:], want) {
			t.Errorf("threeFields(%q) = %q, %v; FieldsFunc says %q", s, got, ok, want)
		}
	}
}

// TestISODate checks isoDate against fmt.
func TestISODate(t *testing.T) {
	for _, d := range [][3]int{{1000, 1, 1}, {2022, 11, 28}, {9999, 12, 31}, {1987, 5, 9}} {
		if got, want := isoDate(d[0], d[1], d[2]), fmt.Sprintf("%04d-%02d-%02d", d[0], d[1], d[2]); got != want {
			t.Errorf("isoDate(%v) = %q, want %q", d, got, want)
		}
	}
}

// TestTrimBlank checks trimBlank: spaces, tabs and no-break spaces are
// trimmed from the start, nothing else is.
func TestTrimBlank(t *testing.T) {
	for in, want := range map[string]string{
		"": "", " ": "", "\t \u00a0: x": ": x", "x ": "x ", "\u2003x": "\u2003x", "\n x": "\n x",
		"\xc2": "\xc2", "\xc2x": "\xc2x", " \u00a0\u00a0 \t:": ":",
	} {
		if got := trimBlank(in); got != want {
			t.Errorf("trimBlank(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTrimSpace checks trimSpace against strings.TrimSpace.
func TestTrimSpace(t *testing.T) {
	for _, s := range []string{"", "x", " x", "x ", "\tx\r", "\u00a0x", "x\u2003", "Events", "a b", "\xff", "é"} {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLineLabels checks that body's labels, taken from what collectLabels
// found on each line, are those it would find looking again: a one-word
// label before the surname that lets it through, a label split over two
// lines, one whose colon line starts the next document, and the
// transcripts of testdata.
func TestLineLabels(t *testing.T) {
	texts := []string{
		"Events\nMeeting\nMay 1, 2020\nPutin: Hello.\nVladimir Putin: We grew.\nPutin: Again.\n",
		"Events\nTalks\nMay 1, 2020\nPresident of Kazakhstan Kassym-Jomart Tokayev\n: Thank you.\nTokayev: Yes.\nEvents\nNext\nMay 2, 2020\nVladimir Putin: Hi.\nKassym-Jomart Tokayev\nEvents\n: x\n",
		"Events\nA\nMay 1, 2020\nVladimir Putin: One.\nText versionEvents\nB\nMay 2, 2020\nPutin: Two.\n",
	}
	texts = append(texts, testdataTexts(t)...)
	for _, text := range texts {
		checkTurns(t, text)
	}
	tr := Parse("t", texts[0], "")
	var speakers []string
	for _, turn := range tr.Documents[0].Turns {
		speakers = append(speakers, turn.Speaker)
	}
	if want := []string{"Vladimir Putin", "Vladimir Putin", "Vladimir Putin"}; !slices.Equal(speakers, want) {
		t.Errorf("speakers %q, want %q", speakers, want)
	}
}

// TestParserRemembers checks that a Parser that has parsed other texts
// (and remembers their speakers' labels) parses each as Parse does, and
// that it remembers no more than maxKnownLabels labels.
func TestParserRemembers(t *testing.T) {
	texts := testdataTexts(t)
	// Many labels of two capitalised words, then a one-word label.
	var many strings.Builder
	name := func(i int) string {
		b := []byte{'Q'}
		for ; i > 0; i /= 26 {
			b = append(b, byte('a'+i%26))
		}
		return string(b)
	}
	for i := range maxKnownLabels + 100 {
		fmt.Fprintf(&many, "Anna %s: Hello.\n", name(i))
	}
	// A one-word label is taken only after a longer one ends with it, in
	// the same text: what a Parser remembers does not let it through.
	texts = append(texts, many.String()+"Putin: Hi.\nVladimir Putin: Yes.\n", texts[0], "Putin: One.\nTokayev: Two.\n")
	ps := new(Parser)
	for _, text := range texts {
		if got, want := ps.Parse("t", text, ""), Parse("t", text, ""); !reflect.DeepEqual(got, want) {
			t.Fatalf("a Parser that parsed other texts gives\n%+v\nParse gives\n%+v", got.Documents, want.Documents)
		}
	}
	if len(ps.labels) > maxKnownLabels {
		t.Errorf("the Parser remembers %d labels, want at most %d", len(ps.labels), maxKnownLabels)
	}
}

// testdataTexts returns the transcripts of testdata.
func testdataTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	paths, _ := filepath.Glob("../../testdata/transcripts/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	if len(texts) == 0 {
		t.Fatal("no transcripts in testdata")
	}
	return texts
}

// TestCountFields checks countFields against strings.Fields on texts with
// every kind of white space, invalid bytes, and every transcript of
// testdata line by line.
func TestCountFields(t *testing.T) {
	texts := []string{"", " ", "one", " one  two\tthree\n", "a\u00a0b\u2009c\u3000d", "x\u0085y", "\xff \xfe\xfd", "\u200bzero-width", "\v\f\r",
		// Eight bytes and more, read eight at a time: the bytes next to
		// white space's (\x08, \x0e, \x1f, !), fields across the eights'
		// ends, runes that are not ASCII among them.
		"\x08\x0e\x1f!\x7fword\x09\x0d x", "12345678 12345678", "       a", "a       ", "abcdefg hijklmno pqrstuvw\n",
		"1234567\u00a0next word", "abcdefgh\u3000ijklmnop qrstuvw", "\t\n\v\f\r \x1f\x0e\x08\x21 \x20\x09x\x0dyz",
		"words’ quotes — “and” dashes, eight+ bytes apart", "aaaaaaa\xffbbbbbbbb\xe2\x80cccccccc"}
	for _, text := range testdataTexts(t) {
		texts = append(texts, strings.Split(text, "\n")...)
	}
	for _, text := range texts {
		if got, want := countFields(text), len(strings.Fields(text)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", text, got, want)
		}
	}
}

// BenchmarkCountFields counts the words of the benchmarks' input
// (benchinput: the corpus's Kremlin transcripts to 50 MB), as the reports
// that keep every transcript count their turns' words.
func BenchmarkCountFields(b *testing.B) {
	texts, copies, size := benchinput.Kremlin(b)
	words := 0
	b.SetBytes(size)
	for b.Loop() {
		words = 0
		for range copies {
			for _, text := range texts {
				words += countFields(text)
			}
		}
	}
	b.ReportMetric(float64(words), "words/op")
}

func FuzzCountFields(f *testing.F) {
	f.Add(" one  two\tthree\n a\u00a0b\xff\u3000")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := countFields(text), len(strings.Fields(text)); got != want {
			t.Fatalf("countFields(%q) = %d, want %d", text, got, want)
		}
	})
}

// TestCompact checks that a compacted transcript keeps what a summary
// needs — documents, titles, dates, turns, speakers, labels, roles, and
// the words of each turn and narration as Words counts them — with its
// text gone and its strings no longer in the text.
func TestCompact(t *testing.T) {
	for _, text := range testdataTexts(t) {
		want := Parse("x.txt", text, "")
		got := Parse("x.txt", text, "")
		got.Compact()
		if got.Text != "" || got.lines != nil || got.arena.spans != nil || got.arena.turns != nil || got.arena.narration != nil {
			t.Fatal("Compact kept the text, or its spans")
		}
		start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		inText := func(s string) bool {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			return s != "" && p >= start && p < start+uintptr(len(text))
		}
		if len(got.Documents) != len(want.Documents) {
			t.Fatalf("%d documents, want %d", len(got.Documents), len(want.Documents))
		}
		for i, d := range got.Documents {
			w := want.Documents[i]
			if d.Title != w.Title || d.Date != w.Date || d.NarrationWords != want.Words(w.Narration) || len(d.Turns) != len(w.Turns) {
				t.Fatalf("document %d: %q %q %d words, %d turns; want %q %q %d, %d", i, d.Title, d.Date, d.NarrationWords, len(d.Turns), w.Title, w.Date, want.Words(w.Narration), len(w.Turns))
			}
			if inText(d.Title) || inText(d.Date) {
				t.Errorf("document %d: its title or date is still in the text", i)
			}
			if d.Narration != nil || cap(d.Turns) != len(d.Turns) || d.Pos != w.Pos || d.End != w.End {
				t.Errorf("document %d: narration's spans kept (%d), room for %d turns kept beyond %d, or its place moved", i, len(d.Narration), cap(d.Turns), len(d.Turns))
			}
			for k, turn := range d.Turns {
				wt := w.Turns[k]
				if turn.Speaker != wt.Speaker || turn.Label != wt.Label || turn.Role != wt.Role || turn.Words != want.Words(wt.Speech) {
					t.Fatalf("document %d turn %d: %+v, want %+v with %d words", i, k, turn, wt, want.Words(wt.Speech))
				}
				if inText(turn.Speaker) || inText(turn.Label) || inText(turn.Role) {
					t.Errorf("document %d turn %d: a string is still in the text", i, k)
				}
				if turn.Speech != nil || turn.Pos != wt.Pos {
					t.Errorf("document %d turn %d: spans %v kept, or the label's place %d moved (want %d)", i, k, turn.Speech, turn.Pos, wt.Pos)
				}
			}
		}
	}
}

// TestParserKeepsNoText checks that what a Parser remembers from a text
// (the labels it took, their offices, names and surnames) is copied out of it, so
// that the caller may reuse the text's memory for the next.
func TestParserKeepsNoText(t *testing.T) {
	ps := new(Parser)
	for _, text := range testdataTexts(t) {
		ps.Parse("x.txt", text, "")
		start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		inText := func(s string) bool {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			return s != "" && p >= start && p < start+uintptr(len(text))
		}
		for lab := range ps.labels {
			if inText(lab) {
				t.Fatalf("label %q is still in the text", lab)
			}
		}
		for lab, f := range ps.forms {
			if inText(lab) || inText(f.role) || inText(f.name) {
				t.Fatalf("the form of label %q (%q, %q) is still in the text", lab, f.role, f.name)
			}
		}
		for lab, s := range ps.labelSurnames {
			if inText(lab) || inText(s.surname) {
				t.Fatalf("the surname of label %q (%q) is still in the text", lab, s.surname)
			}
		}
	}
	if len(ps.labels) == 0 || len(ps.forms) == 0 || len(ps.labelSurnames) == 0 {
		t.Fatalf("the parser remembers %d labels, %d forms and %d surnames", len(ps.labels), len(ps.forms), len(ps.labelSurnames))
	}
}

// TestParserRelease checks that a Parser that is handed back each
// transcript parses the next as a new Parser does, in every layout, and
// that it then reuses the memory: parsing again allocates less.
func TestParserRelease(t *testing.T) {
	texts := testdataTexts(t)
	ps := new(Parser)
	for range 2 {
		for _, text := range texts {
			got := ps.Parse("x.txt", text, "")
			want := new(Parser).Parse("x.txt", text, "")
			if got.Name != want.Name || got.Text != want.Text || got.Layout != want.Layout || !reflect.DeepEqual(got.Documents, want.Documents) || !slices.Equal(got.lines, want.lines) {
				t.Fatalf("%.40q: a parse after Release differs from a new one", text)
			}
			ps.Release(got)
		}
	}
	text := texts[0]
	ps.Release(ps.Parse("x.txt", text, ""))
	released := testing.AllocsPerRun(10, func() { ps.Release(ps.Parse("x.txt", text, "")) })
	kept := testing.AllocsPerRun(10, func() { ps.Parse("x.txt", text, "") })
	if released >= kept {
		t.Errorf("a parse allocates %v times after Release, %v without", released, kept)
	}
}

// TestNamesSides checks namesSides against looking for each of its three
// phrases in the whole line.
func TestNamesSides(t *testing.T) {
	for _, s := range []string{
		"", ":", " Left: ", "Left: Vladimir Putin.", "With colleagues. Left: the President.",
		"At the talks. Right:the Prime Minister.", "At the talks. Right: the Prime Minister.",
		"Time: 12:30. Centre: the guests.", "Centre: the guests.", "A note: Left:  x", "x Left:",
		"Talks: Left Right: x", "Talks. Left:: x", "The Left: a party.", "x Centre:: y Centre: z",
	} {
		want := strings.Contains(s, " Left: ") || strings.Contains(s, " Right: ") || strings.Contains(s, " Centre: ")
		if got := namesSides(s); got != want {
			t.Errorf("namesSides(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCaptionWords checks trimCaptionPunct against strings.Trim and
// isPersonal against folding each word of personal, on every personal
// word in three cases with the punctuation around it, and on others.
func TestCaptionWords(t *testing.T) {
	const cutset = ".,:;!?’'\""
	personalRef := func(w string) bool {
		w = strings.ToLower(w)
		for _, p := range personal {
			if strings.EqualFold(w, p) {
				return true
			}
		}
		return false
	}
	ws := []string{"", ".", "’", "’’", "\xe2\x80", "a\xe2\x80", "\xe2\x80\x99x", "İ", "ı", "Us’", "WE,", "“We”", "(I)",
		"pleased", "Please!", "PLEASE", "mine", "K", "ourselves", "\xff", "We’re", "’you’", "Я", "mY", "ME.", "i.e.",
		"Putin’s", "İİİİİİİ", "İİİİİİ", "ПЛЕАСЕ", "pleaſe’s", "\u212a\u212a\u212a"}
	for _, p := range personal {
		ws = append(ws, p, strings.ToUpper(p), strings.ToUpper(p[:1])+p[1:], "’"+p+"’,", "\""+p+"?", p+"s")
	}
	for _, w := range ws {
		trimmed := strings.Trim(w, cutset)
		if got := trimCaptionPunct(w); got != trimmed {
			t.Errorf("trimCaptionPunct(%q) = %q, want %q", w, got, trimmed)
		}
		if got, want := isPersonal(trimmed), personalRef(trimmed); got != want {
			t.Errorf("isPersonal(%q) = %v, want %v", trimmed, got, want)
		}
	}
}

// TestIsNonSpeechLastByte checks isNonSpeech's table of ASCII sentence
// ends against looking the last rune up in sentenceEnds.
func TestIsNonSpeechLastByte(t *testing.T) {
	for c := range utf8.RuneSelf {
		s := "Some words" + string(rune(c))
		want := !strings.ContainsRune(sentenceEnds, rune(c))
		if got := isNonSpeech(s); got != want {
			t.Errorf("isNonSpeech(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"", "Words…", "Words—", "Words»", "Words\u00a0", "Words€"} {
		last, _ := utf8.DecodeLastRuneInString(s)
		if got, want := isNonSpeech(s), !strings.ContainsRune(sentenceEnds, last); got != want {
			t.Errorf("isNonSpeech(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLabelsFolded checks that a label's spaces are folded whether or
// not it was taken before, as it stands or with other spaces, and
// whether or not a caption of the same words (taken as a label by the
// caption test) came first: a Parser looks up the labels it took as
// they stand, and takes only those with nothing to fold.
func TestLabelsFolded(t *testing.T) {
	text := "Events\nTalks\nOctober 4, 2016\n" +
		"President of Russia Vladimir Putin: Trade grew by 5 percent.\n" +
		"President of Turkey  Recep Tayyip Erdogan.\n" +
		"President of Turkey  Recep Tayyip Erdogan: It did.\n" +
		"President of Russia  Vladimir\u00a0Putin: It grew.\n" +
		"President of Turkey Recep Tayyip Erdogan: Yes.\n" +
		"President of Turkey  Recep Tayyip Erdogan: Again.\n"
	ps := new(Parser)
	for range 2 { // the second time, the Parser has taken them all
		tr := ps.Parse("t", text, "")
		var labels []string
		for _, d := range tr.Documents {
			for _, turn := range d.Turns {
				labels = append(labels, turn.Label)
			}
		}
		want := []string{"President of Russia Vladimir Putin", "President of Turkey Recep Tayyip Erdogan", "President of Russia Vladimir Putin",
			"President of Turkey Recep Tayyip Erdogan", "President of Turkey Recep Tayyip Erdogan"}
		if !slices.Equal(labels, want) {
			t.Errorf("labels %q, want %q", labels, want)
		}
		for l := range ps.labels {
			if FoldSpace(l) != l {
				t.Errorf("the Parser took %q, which has spaces to fold", l)
			}
		}
	}
}

// TestLineAfter checks LineAfter against Line for every offset of texts
// with short, long, empty and CRLF lines, from every line before it, on
// it, after it and out of range.
func TestLineAfter(t *testing.T) {
	texts := []string{"", "one line", "a\nb\n\nc\r\nd\n", strings.Repeat("x\n", 40) + strings.Repeat("y", 30) + "\n\n\nz"}
	for _, text := range texts {
		tr := Parse("t", text, "")
		lines := strings.Count(text, "\n") + 1
		for pos := 0; pos <= len(text); pos++ {
			want := tr.Line(pos)
			for from := -1; from <= lines+2; from++ {
				if got := tr.LineAfter(pos, from); got != want {
					t.Fatalf("%q: LineAfter(%d, %d) = %d, Line = %d", text, pos, from, got, want)
				}
			}
		}
	}
}

// TestMetadataItem checks the lines taken as items of a Kremlin document's
// trailing metadata block, and its headings.
func TestMetadataItem(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Kazakhstan", true},
		{"Tokayev Kassym-Jomart", true},
		{"Österreich", true},
		{"foreign policy", false}, // no capital
		{"Trade.", false},
		{"Note: see", false},
		{"Trade; energy", false},
		{"Why?", false},
		{"Now!", false},
		{strings.Repeat("A", 81), false},
		{strings.Repeat("A", 80), true},
		{"", false},
	} {
		if got := isMetadataItem(tt.line); got != tt.want {
			t.Errorf("isMetadataItem(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	for _, key := range []string{"Geography", "Topics", "Persons", "Organisations", "Publication status", "Text version"} {
		if !isMetadataKey(key) || isMetadataKey(strings.ToLower(key)) || isMetadataKey(key+" ") {
			t.Errorf("isMetadataKey(%q) wrong, or of a variant", key)
		}
	}
}

// TestCollectLabelsColons checks the colons collectLabels finds one after
// another: on every line of testdata, a line it tells has no colon has
// none, every short line with none is told so, and a line with a label
// has a colon.
func TestCollectLabelsColons(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/transcripts/*.txt")
	texts := []string{"A: one\n:\nno colon\nB:two\n\nlast:"}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, text := range texts {
		var ps Parser
		tr := ps.Parse("t", text, Plain)
		for i, l := range ps.lines {
			line := tr.Text[l.pos:l.end]
			has := strings.Contains(line, ":")
			switch ll := ps.lineLabels[i]; {
			case ll.noColon && has:
				t.Errorf("line %q: told it has no colon", line)
			case !ll.noColon && !has && len(line) <= maxLabelLine:
				t.Errorf("line %q: not told it has no colon", line)
			case ll.kind == labelHere && !has:
				t.Errorf("line %q: a label with no colon", line)
			}
		}
	}
}
