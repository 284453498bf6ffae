package claim

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/lex"
)

// bracketedBack and conditionalBack are what clauseState reads, read back
// from token i: the nearest "[" or "]", the nearest if-word or clause
// mark.
func bracketedBack(s *sentence, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch s.low[j] {
		case "]":
			return false
		case "[":
			return true
		}
	}
	return false
}

func conditionalBack(s *sentence, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch s.low[j] {
		case ",", ";", ":", "–", "—", "then":
			return false
		case "if", "unless", "suppose", "supposing", "imagine":
			return true
		}
	}
	return false
}

// TestClauseState checks the sweep of clauseState against reading back
// from each token, and the reasons it gives mentions.
func TestClauseState(t *testing.T) {
	texts := []string{
		readSeed(t),
		"If there were only two Russians, then 5 would be left [Official Report, 3 June 2009; Vol. 493, c. 268.] and 7 [more] 8.",
		"Unless [a] we grow by 2 percent — IMAGINE 3 — suppose 4; then 5: if [6] 7] 8",
	}
	for _, tt := range extractTests {
		texts = append(texts, tt.input)
	}
	for _, text := range texts {
		for _, s := range splitSentences(lex.Lex(text)) {
			s.lowerWords(nil, nil, nil)
			var c clauseState
			for i := 0; i <= s.n(); i++ {
				c.readTo(&s, i)
				if c.bracketed != bracketedBack(&s, i) || c.conditional != conditionalBack(&s, i) {
					t.Fatalf("token %d of %q: swept bracketed %v conditional %v, read back %v %v",
						i, text, c.bracketed, c.conditional, bracketedBack(&s, i), conditionalBack(&s, i))
				}
			}
		}
	}
	for _, tt := range []struct {
		input, reasons string
	}{
		{"If we had 5 million people, we would have 7 million more.", "hypothetical||"},
		{"Trade grew by 5 percent [Official Report, 3 June 2009; Vol. 493, c. 268.] to 7 billion.", "|date|date|citation|citation||"},
	} {
		var got string
		for _, s := range splitSentences(lex.Lex(tt.input)) {
			s.lowerWords(nil, nil, nil)
			for _, m := range s.mentions() {
				got += m.Reason + "|"
			}
		}
		if got != tt.reasons {
			t.Errorf("%q: reasons %q, want %q", tt.input, got, tt.reasons)
		}
	}
}

// TestKindFlags checks the flags a token has by its kind: what mentionsTo
// must not pass over, and where a period may start.
func TestKindFlags(t *testing.T) {
	for k := range 256 {
		kind := lex.Kind(k)
		if got, want := kindFlags[k]&mayStartFigure != 0, !passOver[k]; got != want {
			t.Errorf("%v: mayStartFigure %v, want %v", kind, got, want)
		}
		if got, want := kindFlags[k]&mayStartPeriod != 0, kind == lex.Month || kind == lex.Number; got != want {
			t.Errorf("%v: mayStartPeriod %v, want %v", kind, got, want)
		}
	}
	s := splitSentences(lex.Lex("In May 2022 trade, a word, grew by $5 and 7%."))[0]
	s.lowerWords(nil, nil, nil)
	for i, tk := range s.toks {
		if want := kindFlags[tk.Kind]; s.flags[i]&want != want {
			t.Errorf("%q (%v): flags %b lack %b", tk.Text, tk.Kind, s.flags[i], want)
		}
	}
}

// TestContinuesPeriod checks continuesPeriod against its definition: the
// sentence's first four words joined by spaces start with one of
// periodConnectors. Every sentence of up to four words from the
// connectors' words and a few others is tried.
func TestContinuesPeriod(t *testing.T) {
	vocab := []string{"additional", "40 000", "X", ","}
	seen := map[string]bool{}
	for _, c := range connectorWords {
		for _, w := range c {
			if w != "" && !seen[w] {
				seen[w] = true
				vocab = append(vocab, w)
			}
		}
	}
	ref := func(low []string) bool {
		text := strings.Join(low[:min(len(low), 4)], " ")
		for _, c := range periodConnectors {
			if strings.HasPrefix(text, c) {
				return true
			}
		}
		return false
	}
	var try func(low []string)
	yes := 0
	try = func(low []string) {
		s := sentence{low: low}
		if got, want := s.continuesPeriod(), ref(low); got != want {
			t.Fatalf("continuesPeriod(%q) = %v, want %v", low, got, want)
		} else if got {
			yes++
		}
		if len(low) < 4 {
			for _, w := range vocab {
				try(append(low[:len(low):len(low)], w))
			}
		}
	}
	try(nil)
	if yes < 1000 {
		t.Errorf("only %d sentences carry the period on: the words tried miss the connectors", yes)
	}
}

// mentionsSettledAtOnce is mentionsTo as it was before readMentions left
// the kinds to settleMentions: each quantity's kind settled as soon as it
// is read, before the mentions after it are read.
func mentionsSettledAtOnce(s *sentence) []Mention {
	var out []Mention
	for i := 0; i < len(s.toks); {
		if s.flags[i]&(mayStartVague|mayStartFigure) == 0 {
			i++
			continue
		}
		if lw := s.low[i]; (lw == "a" || lw == "an") && !s.mayFollowA(i+1) {
			i++
			continue
		}
		m, ok := s.mentionAt(i)
		if !ok {
			i++
			continue
		}
		if m.unread {
			m.unread = false
			s.classify(&m)
		}
		if n := len(out); n > 0 && m.First <= out[n-1].Last {
			if prev := &out[n-1]; m.First > prev.NumLast && m.First > prev.NumFirst {
				prev.Last = m.First - 1
			} else {
				m.First, m.Qualifier, m.HedgeUpTo = prev.Last+1, Exact, false
			}
		}
		out = append(out, m)
		i = m.Last + 1
	}
	s.settleMentions(out) // links and clauses: no kind is left to settle
	return out
}

// TestMentionsSettledLater checks that settling the mentions' kinds after
// all of a sentence's mentions are read (as the claim reader does, a
// batch of sentences at a time) gives the mentions that settling each at
// once gives, on the transcripts of testdata, the conformance cases and
// the extractor's tests.
func TestMentionsSettledLater(t *testing.T) {
	_, texts := testdataTexts(t)
	for _, f := range conformanceFiles {
		for _, c := range readConformance(t, filepath.Join("..", "..", "testdata", "conformance", f.name)) {
			texts = append(texts, c.Input)
		}
	}
	for _, tt := range extractTests {
		texts = append(texts, tt.input)
	}
	mentions := 0
	for _, text := range texts {
		for _, s := range splitSentences(lex.Lex(text)) {
			s.lowerWords(nil, nil, nil)
			got, want := s.mentionsTo(nil), mentionsSettledAtOnce(&s)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: settled later %+v, at once %+v", text[s.toks[0].Pos:s.toks[len(s.toks)-1].End()], got, want)
			}
			mentions += len(got)
		}
	}
	if mentions < 1000 {
		t.Errorf("%d mentions compared, want many", mentions)
	}
}
