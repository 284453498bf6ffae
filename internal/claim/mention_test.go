package claim

import (
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

// TestMentionsSettledLater checks what lets settleMentions settle the
// mentions' kinds after all of a sentence's mentions are read (as the
// claim reader does, a batch of sentences at a time): after mentionAt
// reads a mention, readMentions changes only its extent and its hedge
// (First, Last, Qualifier, HedgeUpTo: a hedge that reaches into the
// mention before), and classify reads none of them, so it settles the
// kind it would have settled at once. Each unsettled mention of the
// texts the rules are checked on is classified as read and with those
// fields changed.
func TestMentionsSettledLater(t *testing.T) {
	mentions, hedged := 0, 0
	for _, text := range readingTexts(t) {
		for _, s := range splitSentences(lex.Lex(text)) {
			s.lowerWords(nil, nil, nil)
			for _, m := range s.readMentions(nil) {
				if !m.unread {
					continue
				}
				// The fields changed as far as they go: a reading of
				// them shows.
				moved := m
				moved.First, moved.Last, moved.Qualifier, moved.HedgeUpTo = 0, len(s.toks)-1, About, !m.HedgeUpTo
				if m.First != m.NumFirst {
					hedged++
				}
				s.classify(&m)
				s.classify(&moved)
				if m.Kind != moved.Kind || m.Reason != moved.Reason || m.Vague != moved.Vague {
					t.Fatalf("%q: classify read the extent or hedge: %s %q, moved %s %q", text[s.toks[m.First].Pos:s.toks[m.Last].End()], m.Kind, m.Reason, moved.Kind, moved.Reason)
				}
				mentions++
			}
		}
	}
	if mentions < 1000 || hedged < 50 {
		t.Errorf("%d mentions classified, %d of them hedged: want many", mentions, hedged)
	}
}
