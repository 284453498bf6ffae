package claim

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/lex"
	"github.com/transcripts/transcripts/internal/words"
)

// Mention is one numeric mention in a sentence: a claim, or a date, year,
// time, ordinal, duration or idiom that the extractor recognised and left
// out (Reason says why).
type Mention struct {
	Kind      Kind
	Value     decimal.Decimal
	Unit      string
	Qualifier Qualifier
	Vague     bool   // "dozens", "hundreds of": a quantity with no exact value
	Reason    string // why it is not a claim; "" for a claim

	First, Last int // tokens of the whole mention, hedge and unit included
	NumFirst    int // first token of the numeral itself (after hedge and sign)
	NumLast     int // last token of the numeral and its scale and unit
	HedgeUpTo   bool
	Noun        string          // the counted noun phrase's head ("projects")
	NounMod     string          // the word before the head ("joint")
	nounEnd     int             // token after the counted noun phrase
	step        decimal.Decimal // the unit of the last stated digit, scaled
	measure     bool            // a count of units of measure (tonnes, cubic metres)
	durationAdj bool            // the count measures a time: "a ten year period"
	comparative string          // "more", "fewer": "3 million more people" is a change
	scaled      bool            // the numeral carried a scale word
	word        bool            // the numeral was written in words
	rangeStart  bool            // the first end of a range (from A to B)
	noValue     bool            // a vague quantity with no value at all ("dozens", "a small percent")
	unread      bool            // its kind is left for classify to settle (see mentionsTo)
}

// sentence is the token stream of one sentence with lower-case words.
type sentence struct {
	toks  []lex.Token
	low   []string    // lower-case text of each token
	flags []wordFlag  // what each word may start
	ends  []phraseEnd // the lexicon phrase ending at each token, once looked up (phraseKnown)
	start bool        // toks[0] starts the sentence
}

// phraseEnd is what phraseEndingAt found at a token; it is there only
// when the token's flags have phraseKnown (lowerWords sets every flag, so
// the entries need no clearing).
type phraseEnd struct {
	metric string
	start  int
}

// wordFlag says what a word may start, looked up once per word.
type wordFlag uint8

const (
	mayStartVague  wordFlag = 1 << iota // one of vagueStarts
	mayStartFigure                      // one of figureStarters, a million-code (MUSD), or a token of a kind not passOver
	mayStartPeriod                      // one of periodStarters, a month or a number
	mayBePronoun                        // one of metricPronouns
	mayMarkTarget                       // one of targetWords, clauseOpeners or a modal verb
	mayMarkFlow                         // one of stockWords, flowWords or a word that starts "to date"
	mayMarkClause                       // one of ifWords or "then" (clauseState)
	phraseKnown                         // set by phraseEndingAt: the token's ends entry is found
)

// ifWords open an if-clause: a figure in it is hypothetical.
var ifWords = map[string]bool{"if": true, "unless": true, "suppose": true, "supposing": true, "imagine": true}

// targetMarks are the words sentence.isTarget looks at.
var targetMarks = union([]string{"should", "could", "would"}, targetWords.All(), clauseOpeners.All())

// flowMarks are the words sentence.flowOf looks at.
var flowMarks = union([]string{"current", "to", "so"}, stockWords.All(), flowWords.All())

// union returns a set of the words of list and of sets.
func union(list []string, sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, w := range list {
		m[w] = true
	}
	for _, set := range sets {
		for w := range set {
			m[w] = true
		}
	}
	return m
}

// periodStarters are the words a period expression of sentence.periods
// may start with (besides months and numbers): "last year", "to date".
var periodStarters = map[string]bool{
	"last": true, "previous": true, "past": true, "this": true, "current": true, "next": true,
	"today": true, "currently": true, "presently": true, "nowadays": true, "to": true, "at": true,
	"as": true, "first": true, "second": true, "third": true, "fourth": true,
}

// metricPronouns are the pronouns that may stand for a metric named in an
// earlier sentence: "Last year it increased by 17 percent".
var metricPronouns = map[string]bool{"it": true, "they": true, "this": true, "these": true, "such": true, "its": true}

// flagsOf returns the flags of the word token text, lw lower-cased.
func flagsOf(text, lw string) wordFlag {
	var f wordFlag
	if isASCII(text) {
		f = wordFlags().get(text)
	} else { // as Unicode lower-cases it
		f = wordFlags().other[lw]
	}
	if millionCode(text) != "" {
		f |= mayStartFigure
	}
	return f
}

// flagSets pairs each word flag with its words.
var flagSets = sync.OnceValue(func() []struct {
	flag  wordFlag
	words map[string]bool
} {
	return []struct {
		flag  wordFlag
		words map[string]bool
	}{
		{mayStartVague, vagueStarts}, {mayStartFigure, figureStarters()}, {mayStartPeriod, periodStarters},
		{mayBePronoun, metricPronouns}, {mayMarkTarget, targetMarks}, {mayMarkFlow, flowMarks},
		{mayMarkClause, union([]string{"then"}, ifWords)},
	}
})

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// flagTable is wordFlags' type: the flags of ASCII words of any case.
type flagTable struct {
	t      *words.Table[wordFlag]
	starts words.Starts        // most words have no flag: their first letter and length,
	pairs  words.Pairs         // their first two letters and length,
	shapes words.Shapes        // or their shape, say so
	other  map[string]wordFlag // the same, for words with other letters
	tags   *lex.Tags           // the flags for a lexer to find (Token.Tag)
}

// letterFlags returns the flags of t, a word of ASCII letters: the
// lexer's tag when it found them (the Extractor's lexers do), else its
// look-up (lookUpLetters).
func (ft *flagTable) letterFlags(t *lex.Token) wordFlag {
	if t.Tagged {
		return wordFlag(t.Tag)
	}
	return ft.lookUpLetters(t.Text)
}

// lookUpLetters returns the flags of w, a word of ASCII letters. Most
// words have none, which their first letter and length, or their shape,
// tell; the others are hashed (in any case).
func (ft *flagTable) lookUpLetters(w string) wordFlag {
	if ft.starts.Has(w[0], len(w)) && ft.pairs.HasWord(w) && ft.shapes.Has(words.ShapeOf(w)) {
		f, _ := ft.t.Get(words.Hash(w), w)
		return f
	}
	return 0
}

func (ft *flagTable) get(w string) wordFlag {
	if w == "" || !ft.shapes.Has(words.ShapeOf(w)) {
		return 0
	}
	f, _ := ft.t.Get(words.Hash(w), w)
	return f
}

// wordFlags holds the flags of the words of flagSets, built once.
var wordFlags = sync.OnceValue(func() *flagTable {
	m := map[string]wordFlag{}
	for _, fs := range flagSets() {
		for w := range fs.words {
			m[w] |= fs.flag
		}
	}
	tags := make(map[string]uint8, len(m))
	for w, f := range m {
		if w != "" {
			tags[w] = uint8(f)
		}
	}
	ft := &flagTable{t: words.New(m), other: m, tags: lex.NewTags(tags)}
	for w := range m {
		ft.shapes.Add(w)
		if w != "" {
			ft.starts.AddFold(w)
			ft.pairs.Add(w)
		}
	}
	return ft
})

func (s *sentence) n() int { return len(s.toks) }

// w returns the lower-case text of token i, or "" outside the sentence.
func (s *sentence) w(i int) string {
	// One unsigned compare tells i out of the sentence (below 0 too), and
	// spares the index its own check (low is as long as toks, once the
	// sentence is lower-cased; the rules read no other).
	if uint(i) >= uint(len(s.low)) {
		return ""
	}
	return s.low[i]
}

func (s *sentence) kind(i int) lex.Kind {
	if uint(i) >= uint(len(s.toks)) {
		return lex.Punct
	}
	return s.toks[i].Kind
}

// glued reports whether tokens i and i+1 touch (no space between them).
func (s *sentence) glued(i int) bool {
	if i < 0 || i >= len(s.toks)-1 {
		return false
	}
	t := s.toks[i : i+2] // one check for the two tokens
	return t[0].End() == t[1].Pos
}

func (s *sentence) isWord(i int) bool { return uint(i) < uint(len(s.toks)) && s.toks[i].Kind.IsWord() }

// capitalised reports whether token i is a word that starts with a capital.
func (s *sentence) capitalised(i int) bool {
	if !s.isWord(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.toks[i].Text)
	return unicode.IsUpper(r)
}

// mentions finds the numeric mentions of the sentence, in order.
func (s *sentence) mentions() []Mention { return s.mentionsTo(nil) }

// mentionsTo is mentions appending to out: readMentions, then
// settleMentions. The claim reader runs the two over a whole batch of
// sentences, one after the other, so that each one's code stays in the
// instruction cache (see Extractor.flush).
func (s *sentence) mentionsTo(out []Mention) []Mention {
	out = s.readMentions(out)
	s.settleMentions(out)
	return out
}

// readMentions appends to out the mentions of the sentence, in order, as
// mentionAt reads them: a quantity's kind is left to settleMentions.
func (s *sentence) readMentions(out []Mention) []Mention {
	toks, flags := s.toks, s.flags[:len(s.toks)]
	for i := 0; i < len(toks); {
		if flags[i]&(mayStartVague|mayStartFigure) == 0 {
			i++ // mentionAt would say no: most tokens
			continue
		}
		if lw := s.low[i]; (lw == "a" || lw == "an") && !s.mayFollowA(i+1) {
			i++ // nor at the article before an ordinary word
			continue
		}
		out = slices.Grow(out, 1)
		m := &out[:len(out)+1][len(out)]
		if !s.mentionAt(i, m) {
			i++
			continue
		}
		if n := len(out); n > 0 && m.First <= out[n-1].Last {
			// A hedge reaches back into the previous mention's words:
			// the words belong to the hedge when the previous numeral
			// can spare them, else the hedge is dropped.
			if prev := &out[n-1]; m.First > prev.NumLast && m.First > prev.NumFirst {
				prev.Last = m.First - 1
			} else {
				m.First, m.Qualifier, m.HedgeUpTo = prev.Last+1, Exact, false
			}
		}
		out = out[:len(out)+1]
		i = m.Last + 1
	}
	return out
}

// settleMentions settles the kinds of the mentions out of the sentence
// (all that readMentions read) that are not settled (classify), joins
// ranges (link), and tells those that stand in brackets or in an
// if-clause. classify reads a mention's numeral and noun, and not its
// extent or hedge, the only things readMentions changes in a mention
// after reading it (when the next one's hedge reaches into it): settling
// after them all gives the kinds settling each at once gives.
func (s *sentence) settleMentions(out []Mention) {
	for i := range out {
		if out[i].unread {
			out[i].unread = false
			s.classify(&out[i])
		}
	}
	s.link(out)
	// What opens the bracket and the clause each mention stands in, read
	// in one sweep of the sentence up to the last (mentions come in
	// order), not back from each.
	var c clauseState
	for i := range out {
		first := out[i].First
		if first < c.next {
			c = clauseState{} // never: read again from the start
		}
		c.readTo(s, first)
		switch {
		case out[i].Reason != "":
		case c.bracketed:
			out[i].Reason = "citation" // [Official Report, 3 June 2009; Vol. 493, c. 268.]
		case c.conditional:
			out[i].Reason = "hypothetical" // "If there were only two Russians ..."
		}
	}
}

// clauseState is what the tokens of a sentence before token next open:
// bracketed, a square bracket ("[" after the last "]": an editor's
// citation or insertion, not the speaker's words); conditional, an
// if-clause ("if", "unless", "suppose" after the last clause mark).
type clauseState struct {
	next                   int
	bracketed, conditional bool
}

// readTo reads the tokens of s from c.next up to i: the brackets and
// clause marks (each a token of punctuation or a dash of its own), and
// the words flagged mayMarkClause.
func (c *clauseState) readTo(s *sentence, i int) {
	for ; c.next < i; c.next++ {
		switch t := &s.toks[c.next]; {
		case t.Kind == lex.Punct && len(t.Text) == 1:
			switch t.Text[0] {
			case ']':
				c.bracketed = false
			case '[':
				c.bracketed = true
			case ',', ';', ':':
				c.conditional = false
			}
		case t.Kind == lex.Dash:
			if t.Text == "–" || t.Text == "—" {
				c.conditional = false
			}
		case s.flags[c.next]&mayMarkClause != 0:
			c.conditional = ifWords[s.low[c.next]] // "then" closes it
		}
	}
}

// mayFollowA reports whether token k may follow an "a" or "an" that
// starts a figure: "a hundred", "a dozen", "a million", "a third", "a
// percentage point". Number words, scales, hyphens and signs may; a word
// must be one of aFollowers; punctuation and the end may not.
func (s *sentence) mayFollowA(k int) bool {
	if k >= s.n() {
		return false
	}
	switch s.toks[k].Kind {
	case lex.Word:
		return aFollowers.Has(s.low[k])
	case lex.Punct:
		return false
	}
	return true
}

// aFollowers are the words mayFollowA lets through.
var aFollowers = func() *words.Set {
	set := map[string]bool{"hundred": true, "hundreds": true, "dozen": true, "percent": true, "percents": true,
		"percentage": true, "pct": true, "pp": true, "p.p.": true, "per": true}
	for _, m := range []map[string]int64{denominators.All(), unitOrdinals.All(), units.All()} {
		for w := range m {
			set[w] = true
		}
	}
	for w := range scales.All() {
		set[w] = true
	}
	return words.NewSet(set)
}()

// passOver marks the kinds of tokens at which mentionAt reads nothing
// unless the word may start a vague quantity or a figure.
var passOver = [256]bool{lex.Word: true, lex.Hyphen: true, lex.Dash: true, lex.Punct: true, lex.Scale: true}

// kindFlags are the flags every token of a kind has (lowerWords adds them
// to a word's own), so that the loops over a sentence's tokens read one
// byte a token: mayStartFigure for the kinds mentionsTo does not pass
// over, mayStartPeriod for months and numbers (sentence.periods).
var kindFlags = func() (t [256]wordFlag) {
	for k := range t {
		if !passOver[k] {
			t[k] |= mayStartFigure
		}
	}
	t[lex.Month] |= mayStartPeriod
	t[lex.Number] |= mayStartPeriod
	return t
}()

// mentionAt tries to read a mention starting at token i into m, and
// reports whether it found one (m is left in any state when it did not).
// A quantity's kind is not settled yet (unread): settleMentions settles
// it. The readers write a mention in place, not return it: a Mention is
// over 200 bytes, and one returned was copied at each return and again
// when appended.
func (s *sentence) mentionAt(i int, m *Mention) bool {
	t := s.toks[i]
	switch t.Kind {
	case lex.Time:
		*m = Mention{Kind: Time, Reason: "time", First: i, Last: i, NumFirst: i, NumLast: i}
		return true
	case lex.Ordinal:
		s.ordinal(m, i, i)
		return true
	case lex.Month:
		return s.date(m, i)
	case lex.Percent:
		return s.barePercent(m, i)
	case lex.Number:
		if s.isoDate(i) {
			*m = Mention{Kind: Date, Reason: "date", First: i, Last: i + 4, NumFirst: i, NumLast: i + 4}
			return true
		}
	}
	lw := s.low[i]
	if s.flags[i]&mayStartVague != 0 && s.vague(m, i) {
		return true
	}
	switch t.Kind {
	case lex.Number, lex.NumberWord, lex.Fraction, lex.Currency, lex.Minus, lex.Word:
	default:
		return false // punctuation, dashes, scales alone
	}
	if t.Kind == lex.Word && s.flags[i]&mayStartFigure == 0 {
		return false // the common case: an ordinary word
	}
	if t.Kind == lex.NumberWord && lw == "one" && s.pronounOne(i) {
		return false // "the one you mentioned", "which one"
	}
	if t.Kind == lex.Word {
		if ordinalWords[lw] {
			if !s.quantity(m, i) { // "a third" starts with "a"; "third" alone may be a fraction too
				s.ordinal(m, i, i)
			}
			return true
		}
		if v, ok := multiplierWords[lw]; ok {
			return s.multiplierWord(m, i, v)
		}
	}
	if s.quantity(m, i) {
		return true
	}
	if t.Kind == lex.Word {
		if u, _ := s.percentAt(i); u != "" {
			return s.barePercent(m, i)
		}
		if code := s.currencyCode(i); code != "" && !isCurrencyPrefixWord(lw) {
			// "the dollar", "in rubles": money with no amount.
			*m = Mention{Kind: Money, Unit: code, Qualifier: Exact, Vague: true, noValue: true, Reason: "vague",
				First: i, Last: i, NumFirst: i, NumLast: i}
			return true
		}
	}
	return false
}

// isoDate reports whether an ISO 8601 date starts at token i: 2025-02-13.
func (s *sentence) isoDate(i int) bool {
	if !isYearText(s.toks[i].Text) {
		return false
	}
	for k := i; k < i+4; k++ {
		if !s.glued(k) {
			return false
		}
	}
	return s.kind(i+1) == lex.Hyphen && s.kind(i+2) == lex.Number && len(s.toks[i+2].Text) == 2 &&
		s.kind(i+3) == lex.Hyphen && s.kind(i+4) == lex.Number && len(s.toks[i+4].Text) == 2
}

// isCurrencyPrefixWord reports whether lw is written before a currency
// sign rather than alone (us, c, hk).
func isCurrencyPrefixWord(lw string) bool {
	_, ok := currencyPrefixes.Get(lw)
	return ok
}

// figureStarters are the words that can start a figure: "a", "half",
// ordinals, fractions, multipliers, signs, percent words, currency codes,
// names and prefixes; built once from the tables.
var figureStarters = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{"a": true, "an": true, "half": true, "quarter": true,
		"minus": true, "negative": true, "percent": true, "percents": true, "per": true,
		"percentage": true, "pct": true, "pp": true, "p.p.": true}
	for w := range ordinalWords {
		set[w] = true
	}
	for w := range denominators.All() {
		set[w] = true
	}
	for w := range multiplierWords {
		set[w] = true
	}
	for w, code := range currencyPrefixes.All() {
		if code != "" {
			set[w] = true
		}
	}
	for w := range currencyWords.All() {
		set[w] = true
	}
	return set
})

// pronounOne reports whether "one" at i stands for a thing already named
// rather than a number: a determiner before it and no noun after it ("the
// one you mentioned", "which one do you prefer", "no one").
func (s *sentence) pronounOne(i int) bool {
	switch s.w(i - 1) {
	case "the", "this", "that", "which", "each", "every", "any", "another", "no",
		"other", "only", "last", "next", "new", "same", "right", "wrong", "big", "small", "good":
	default:
		return false
	}
	next := i + 1
	if !s.isWord(next) {
		return next >= s.n() || s.kind(next) == lex.Punct
	}
	w := s.w(next)
	return nounStops.Has(w) || looksLikeVerb(w) || w == "you" || w == "do"
}

// vagueStarts are the words that may start a vague quantity.
var vagueStarts = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "millions": true,
	"billions": true, "trillions": true, "tens": true, "scores": true,
	"several": true, "few": true, "many": true,
}

// vague reads into m a quantity with no exact value at i: "dozens",
// "hundreds of", "tens of thousands", "several hundred", "a few
// thousand", "billions of dollars". It is a number, or money when a
// currency follows ("billions of dollars"), never a claim.
func (s *sentence) vague(m *Mention, i int) bool {
	j := i
	switch lw := s.low[i]; lw {
	case "several", "few", "many":
		j++
		if s.w(j) != "hundred" && s.w(j) != "dozen" && s.kind(j) != lex.Scale {
			return false
		}
	case "tens", "scores":
		if s.w(j+1) != "of" || !pluralScales[s.w(j+2)] && lw == "tens" {
			return false
		}
	default:
		if j > 0 && (s.kind(j-1) == lex.Number || s.kind(j-1) == lex.NumberWord) {
			return false // "5 thousands" is read as a number
		}
	}
	first := i
	if s.low[i] == "few" && s.w(i-1) == "a" {
		first = i - 1
	}
	last := j
	// "hundreds of thousands", "a few hundred thousand"
	for {
		if s.w(last+1) == "of" && pluralScales[s.w(last+2)] {
			last += 2
			continue
		}
		if (s.w(last) == "hundred" || s.kind(last) == lex.Scale) && s.kind(last+1) == lex.Scale {
			last++
			continue
		}
		break
	}
	*m = Mention{Kind: Number, Qualifier: Exact, Vague: true, noValue: true, Reason: "vague",
		First: first, Last: last, NumFirst: first, NumLast: last}
	if s.w(last+1) == "of" {
		if code := s.currencyCode(last + 2); code != "" {
			m.Kind, m.Unit, m.Last, m.NumLast = Money, code, last+2, last+2 // billions of dollars
		}
	} else if code := s.currencyCode(last + 1); code != "" {
		m.Kind, m.Unit, m.Last, m.NumLast = Money, code, last+1, last+1 // a few hundred dollars
	}
	return true
}

// pluralScales are the plural scale words of vague quantities.
var pluralScales = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "millions": true,
	"billions": true, "trillions": true,
}

// barePercent reads into m a percent word or sign with no number before
// it at i: "percent of twenty-two" (translated Chinese-English writes the
// figure after) is 22 percent; "a small percent", "the % of increase",
// "a percentage" are percentages with no value.
func (s *sentence) barePercent(m *Mention, i int) bool {
	u, last := s.percentAt(i)
	if u == "" {
		return false
	}
	*m = Mention{Kind: Percent, Unit: u, Qualifier: Exact, First: i, Last: last, NumFirst: i, NumLast: last}
	w := s.w(i)
	prev := s.w(i - 1)
	if (w == "percent" || w == "percents" || w == "per") && s.w(last+1) == "of" && !determiners.Has(prev) && prev != "a" && prev != "what" &&
		(i == 0 || !s.isWord(i-1) || nounStops.Has(prev)) {
		if n, ok := s.numeral(last+2, false); ok && !n.scaled && !n.frac && s.clauseEnds(n.next) {
			m.Value, m.step, m.word = n.v, n.step, n.word
			m.Last, m.NumLast = n.next-1, n.next-1
			return true
		}
	}
	m.Vague, m.noValue, m.Reason = true, true, "vague"
	return true
}

// ordinal makes m the mention of an ordinal from first to last.
func (s *sentence) ordinal(m *Mention, first, last int) {
	*m = Mention{Kind: Ordinal, Reason: "ordinal used as a name", First: first, Last: last, NumFirst: first, NumLast: last}
}

// date reads into m "November 28, 2022", "October 2019" or "May 5",
// starting at the month name at i.
func (s *sentence) date(m *Mention, i int) bool {
	if s.low[i] == "may" && !s.capitalised(i) || s.low[i] == "march" && !s.capitalised(i) {
		return false
	}
	j := i + 1
	if s.kind(j) != lex.Number && s.kind(j) != lex.Ordinal {
		return false
	}
	last := j
	if s.w(j+1) == "," && s.kind(j+2) == lex.Number && len(s.toks[j+2].Text) == 4 && len(s.toks[j].Text) <= 2 {
		last = j + 2
	}
	*m = Mention{Kind: Date, Reason: "date", First: i, Last: last, NumFirst: i, NumLast: last}
	return true
}

// multiplierWord reads into m "doubled", "twice", "tenfold" at i.
func (s *sentence) multiplierWord(m *Mention, i int, v decimal.Decimal) bool {
	if s.w(i+1) == "down" {
		*m = Mention{Kind: Number, Reason: "idiom", First: i, Last: i + 1, NumFirst: i, NumLast: i} // doubling down
		return true
	}
	*m = Mention{Kind: Multiplier, Value: v, Unit: "x", Qualifier: Exact, First: i, Last: i, NumFirst: i, NumLast: i, word: true, step: decimal.New(1, -1)}
	if s.low[i] == "twice" {
		// "twice as much", "twice the volume", "increased twice"; not "met twice".
		if !comparatives.Has(s.w(i+1)) && changeOf(s.w(i-1)) == 0 {
			m.Kind, m.Reason = Number, "frequency"
		}
	}
	s.hedge(m)
	return true
}

// countedNoun reads the noun phrase counted by a count at k and records its
// head: the first plural noun ("major investment projects" → projects,
// "71 Russian regions maintain relations" → regions). "One million of our
// citizens" counts what follows "of"; "67 million tonnes of oil" measures
// it.
func (s *sentence) countedNoun(m *Mention, k int) {
	if s.kind(k) == lex.Hyphen {
		k++ // a 5-year contract, a 911-kilometre border
	}
	if s.w(k) == "of" && m.scaled && s.isWord(k+1) {
		k++ // "a million of Azerbaijani citizens", "one million of our citizens"
		if determiners.Has(s.w(k)) || s.w(k) == "them" {
			k++
		}
	}
	var buf [6]int
	words, comparative := s.nounPhraseMore(buf[:0], k)
	m.comparative = comparative
	// "Only six survived", "twenty-seven hundred young —": a verb or an
	// adjective is not what was counted.
	for len(words) > 0 && !isPlural(s.low[words[len(words)-1]]) && (looksLikeVerb(s.low[words[len(words)-1]]) || isAdjective(s.low[words[len(words)-1]])) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return
	}
	last := words[len(words)-1]
	m.Noun = trimPossessive(s.low[last])
	for _, w := range words[:len(words)-1] {
		if timeUnits.Has(s.low[w]) {
			m.durationAdj = true // "a ten year period", "a 5-year contract"
		}
	}
	if len(words) > 1 {
		m.NounMod = trimPossessive(s.low[words[len(words)-2]])
	}
	m.nounEnd = last + 1
	if measureUnits.Has(m.Noun) {
		// The text runs to the unit: "67 million tonnes".
		m.measure = true
		m.NounMod = ""
		if s.w(last+1) == "of" {
			var ofBuf [6]int
			if of := s.nounPhrase(ofBuf[:0], last+2); len(of) > 0 {
				m.Noun = trimPossessive(s.low[of[len(of)-1]])
				return
			}
		}
		m.Noun = ""
	}
}

// nounPhrase appends to words the tokens of the noun phrase at k, up to
// and including its head, the first plural noun.
func (s *sentence) nounPhrase(words []int, k int) []int {
	words, _ = s.nounPhraseMore(words, k)
	return words
}

// nounPhraseMore is nounPhrase that also returns a comparative word it
// skipped before the noun ("more", "fewer", "additional").
func (s *sentence) nounPhraseMore(words []int, k int) (_ []int, comparative string) {
	adjectivesOnly := true
	for j := k; j < s.n() && len(words) < 6; j++ {
		if !s.isWord(j) {
			if s.kind(j) == lex.Hyphen && len(words) > 0 {
				continue // semi-finished, cross-border
			}
			if s.kind(j) == lex.Number && s.kind(j-1) == lex.Hyphen && s.glued(j-1) && len(words) > 0 {
				continue // F-35 fighter jets
			}
			break
		}
		w := s.low[j]
		if s.kind(j) == lex.NumberWord || s.kind(j) == lex.Scale || s.kind(j) == lex.Month {
			break
		}
		if s.kind(j+1) == lex.Number && s.glued(j) {
			break // "3 USD50 cards": the code is the next figure's
		}
		if w == "and" && len(words) > 0 && adjectivesOnly && s.isWord(j+1) && !nounStops.Has(s.w(j+1)) {
			continue
		}
		if (w == "more" || w == "fewer" || w == "less" || w == "additional" || w == "extra") && len(words) == 0 && s.w(j+1) != "than" && s.isWord(j+1) {
			comparative = w // "3 million more people": a change
			continue
		}
		if nounStops.Has(w) || determiners.Has(w) {
			break
		}
		if adverbs.Has(w) || strings.HasSuffix(w, "ly") && len(w) > 4 && !isPlural(w) {
			continue // "two very highly respected people"
		}
		words = append(words, j)
		if !isAdjective(w) {
			adjectivesOnly = false
		}
		if isPlural(w) && !measureUnits.Has(w) || measureUnits.Has(w) && w != "cubic" && w != "square" {
			break
		}
		if j+1 < s.n() && s.isWord(j+1) && looksLikeVerb(s.w(j+1)) {
			break
		}
	}
	return words, comparative
}

// isPlural reports whether w reads as a plural noun.
func isPlural(w string) bool {
	if len(w) > 4 && w[len(w)-3:] == "men" && w != "specimen" || irregularPlurals.Has(w) {
		return true // servicemen, businesswomen
	}
	w = trimPossessive(w)
	if n := len(w); n <= 3 || w[n-1] != 's' {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i': // business, census, analysis
		return false
	}
	return !isAdjective(w)
}

// looksLikeVerb reports whether w reads as a finite verb or participle.
func looksLikeVerb(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || verbWords.Has(w)
}

// verbWords are the words of levelWords, increaseWords, decreaseWords and
// commonVerbs, looked up once.
var verbWords = words.NewSet(union(nil, levelWords.All(), increaseWords.All(), decreaseWords.All(), commonVerbs.All()))

// commonVerbs are irregular and frequent verbs that end a noun phrase.
var commonVerbs = words.NewSet(map[string]bool{
	"came": true, "comes": true, "come": true, "went": true, "goes": true,
	"go": true, "made": true, "makes": true, "make": true, "took": true,
	"takes": true, "take": true, "gave": true, "gives": true, "give": true,
	"got": true, "gets": true, "get": true, "saw": true, "sees": true,
	"see": true, "became": true, "becomes": true, "become": true,
	"remains": true, "remain": true, "accounts": true, "account": true,
	"exceeds": true, "exceed": true, "holds": true, "held": true,
	"hold": true, "brought": true, "brings": true, "shows": true,
	"show": true, "keeps": true, "kept": true, "sold": true, "sells": true,
	"built": true, "builds": true, "spent": true, "spends": true,
	"paid": true, "pays": true, "met": true, "meets": true, "operate": true,
	"operates": true, "work": true, "works": true, "live": true,
	"lives": true, "employ": true, "employs": true, "offer": true,
	"offers": true, "maintain": true, "maintains": true, "provide": true,
	"provides": true, "produce": true, "produces": true, "need": true,
	"needs": true, "want": true, "wants": true, "say": true, "says": true,
	"said": true, "think": true, "know": true, "knows": true, "put": true,
})

func isAdjective(w string) bool {
	if w != "" {
		for _, suf := range adjectiveEnds[w[len(w)-1]] {
			if len(w) > len(suf)+3 && w[len(w)-len(suf):] == suf {
				return true
			}
		}
	}
	switch w {
	case "major", "joint", "new", "key", "large", "small", "big", "other", "more", "additional", "different", "main", "various", "several", "foreign", "local", "young", "old":
		return true
	}
	return false
}

// adjectiveEnds are adjectiveSuffixes by their last letter: a word is
// looked at only for the suffixes that end as it does.
var adjectiveEnds = func() (t [256][]string) {
	for _, suf := range adjectiveSuffixes {
		t[suf[len(suf)-1]] = append(t[suf[len(suf)-1]], suf)
	}
	return t
}()

func trimPossessive(w string) string {
	// Most words end in no 's' and no apostrophe: told here, where the
	// function is inlined, and the others read by possessiveOf.
	if w != "" && possessiveEnd[w[len(w)-1]] {
		w = possessiveOf(w)
	}
	return w
}

// possessiveEnd marks the last bytes of a possessive: 's', an apostrophe,
// 0x99, the last byte of ’ (U+2019).
var possessiveEnd = [256]bool{'s': true, '\'': true, 0x99: true}

// possessiveOf is trimPossessive for a word that ends in 's' or an
// apostrophe's last byte.
func possessiveOf(w string) string {
	switch n := len(w); w[n-1] {
	case 's':
		if !(n >= 2 && w[n-2] == '\'' || n >= 4 && w[n-4:n-1] == "’") {
			return w // the common case: a plural, no possessive
		}
	case '\'', "’"[2]:
	default:
		return w // the common case: no possessive
	}
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		w = strings.TrimSuffix(w, suf)
	}
	return w
}

// classify decides what a number is when it is not a claim: a year, a day
// of a date, a part of a name, a duration, a period, an idiom.
func (s *sentence) classify(m *Mention) {
	i := m.NumFirst
	tok := s.toks[i]
	if m.Kind == Count && m.Noun == "" && tok.Kind == lex.Number && s.w(i-1) == "at" && isClock(tok.Text) {
		m.Kind, m.Reason = Time, "time" // at 11.30
		return
	}
	if m.Kind == Count && m.Noun == "" && tok.Kind == lex.Number && len(tok.Text) == 2 && (s.w(i-1) == "‘" || s.w(i-1) == "’" || s.w(i-1) == "'") && s.glued(i-1) {
		m.Kind, m.Reason = Year, "date" // in March of ’22
		return
	}
	if m.Kind == Count && tok.Kind == lex.Number && len(tok.Text) == 2 && s.kind(i-1) == lex.Hyphen && s.glued(i-1) && s.kind(i-2) == lex.Number && isYearText(s.toks[i-2].Text) {
		m.Kind, m.Reason = Year, "date" // the financial year 2013-14
		return
	}
	if m.Kind == Count && m.Noun == "" && tok.Kind == lex.Number {
		text := tok.Text
		// Years: 1900-2100 written without separators.
		if len(text) == 4 && !m.scaled && text >= "1800" && text <= "2199" {
			m.Kind, m.Reason = Year, "date"
			return
		}
		// A day next to a month: "28 November".
		if s.kind(i+1) == lex.Month && len(text) <= 2 {
			m.Kind, m.Reason = Date, "date"
			return
		}
	}
	if m.Kind == Count && tok.Kind == lex.Number && len(tok.Text) == 4 && !m.scaled && tok.Text >= "1800" && tok.Text <= "2199" &&
		(s.w(i-1) == "in" || s.w(i-1) == "since" || s.w(i-1) == "by" || s.w(i-1) == "until" || s.w(i-1) == "of" || s.w(i-1) == "from" || s.w(i-1) == "to" || s.w(i-1) == "for" || s.w(i-1) == "year" || s.kind(i-1) == lex.Month || s.w(i-1) == "the") {
		m.Kind, m.Reason = Year, "date"
		return
	}
	// 24/7, 50/50, 5/17/2018: numbers joined by a slash.
	if m.Kind != Money && m.Kind != Percent && (s.w(i-1) == "/" && s.glued(i-1) || s.w(m.NumLast+1) == "/" && s.glued(m.NumLast)) {
		m.Kind, m.Reason = Number, "compound"
		return
	}
	// Names with digits: COVID-19, S-400, Article 5.
	if m.Kind != Money && (s.kind(i-1) == lex.Hyphen && s.isWord(i-2) || s.glued(i-1) && s.isWord(i-1)) {
		m.Kind, m.Reason = Number, "name"
		return
	}
	if m.Kind == Count && m.Noun == "" && referenceNouns.Value(strings.TrimSuffix(s.w(i-1), ".")) || m.Kind == Count && s.w(i-1) == "mk" {
		m.Kind, m.Reason = Number, "name" // Section 32, Vol. 493, Mk 2
		return
	}
	if m.Kind == Count && m.Noun == "" && !m.word && s.capitalised(i-1) && i-1 > 0 && !s.isHedgeWord(i-1) {
		m.Kind, m.Reason = Number, "name"
		return
	}
	if m.Kind == Count && timeUnits.Has(m.Noun) {
		prev := s.w(m.NumFirst - 1)
		if prev == "first" || prev == "last" || prev == "past" || prev == "next" || prev == "previous" || prev == "coming" || prev == "recent" {
			m.Kind, m.Reason = Duration, "period words"
		} else {
			m.Kind, m.Reason = Duration, "duration"
		}
		return
	}
	if m.Kind == Count && (s.w(m.NumFirst-1) == "following" || m.word && m.Value.LessThanOrEqual(ten) && listNouns.Value(m.Noun)) {
		m.Kind, m.Reason = Number, "list marker" // "the following four proposals", "two main issues"
		return
	}
	if m.Kind == Count && s.w(m.NumFirst-1) == "top" {
		m.Kind, m.Reason = Number, "rank" // "among the top ten countries"
		return
	}
	if m.Kind == Count && m.Noun == "" && s.glued(m.NumLast) && s.w(m.NumLast+1) == "-" && (!s.isWord(m.NumLast+2) || !s.glued(m.NumLast+1)) {
		m.Kind, m.Reason = Number, "compound" // "a nation of 2-, 3-, 400,000 people"
		return
	}
	if m.Kind == Count && s.kind(m.NumLast+1) == lex.Hyphen && s.glued(m.NumLast) && s.isWord(m.NumLast+2) && !m.measure && !timeUnits.Has(s.w(m.NumLast+2)) {
		m.Kind, m.Reason = Number, "compound" // three-way talks, a 24-hour service
		return
	}
	if m.Kind == Count && m.Noun != "" && !m.measure && m.Noun != "times" && !m.Value.Equal(one) && !isPlural(m.Noun) && !irregularPlurals.Has(m.Noun) {
		// A number before a singular noun does not count it: "the 2008
		// Mumbai attack", "zero emission steel", "three-way talks".
		if tok.Kind == lex.Number && isYearText(tok.Text) {
			m.Kind, m.Reason = Year, "date"
		} else {
			m.Kind, m.Reason = Number, "compound"
		}
		return
	}
	if m.Kind == Count && m.durationAdj {
		m.Kind, m.Reason = Duration, "duration"
		return
	}
	if m.Kind == Count && m.word && !m.scaled && m.Value.LessThanOrEqual(three) && idiomNouns.Value(m.Noun) && m.NounMod == "" {
		m.Kind, m.Reason = Number, "idiom" // "from two countries"
		return
	}
	if m.Kind == Count && m.word && !m.scaled {
		prev := s.w(m.NumFirst - 1)
		if m.Value.LessThanOrEqual(three) && determiners.Has(prev) && prev != "the" {
			m.Kind, m.Reason = Number, "idiom"
			return
		}
		if m.Value.Equal(one) {
			m.Kind, m.Reason = Number, "idiom"
			return
		}
		if s.w(m.NumLast+1) == "or" && s.kind(m.NumLast+2) == lex.NumberWord || prev == "or" && s.kind(m.NumFirst-2) == lex.NumberWord {
			m.Kind, m.Reason, m.Vague = Number, "vague", true
			return
		}
		if m.Noun == "" {
			m.Kind, m.Reason = Number, "bare number word"
			return
		}
	}
	if m.Kind == Count && m.Noun == "" && s.w(m.NumLast+1) == "of" && s.kind(m.NumLast+2) == lex.Number {
		m.Kind, m.Reason = Number, "counter" // 2 of 3
	}
}

// isYearText reports whether t is written like a year: 1800-2199.
func isYearText(t string) bool {
	return len(t) == 4 && t >= "1800" && t <= "2199"
}

// isClock reports whether t reads as a time of day written with a point:
// 11.30, 9.15.
func isClock(t string) bool {
	h, mm, ok := strings.Cut(t, ".")
	return ok && len(mm) == 2 && len(h) <= 2 && (len(h) < 2 || h <= "23") && mm <= "59"
}

// isHedgeWord reports whether token i ends a hedge ("over 30", "Almost 30").
func (s *sentence) isHedgeWord(i int) bool {
	for _, h := range hedges {
		if h.words[len(h.words)-1] == s.w(i) {
			return true
		}
	}
	return false
}

// hedge finds the hedge before the mention and widens it to include it.
func (s *sentence) hedge(m *Mention) {
	end := m.First // the hedge ends just before the mention (or its currency)
	for _, hi := range hedgesEndingWith.Value(s.w(end - 1)) {
		h := hedges[hi]
		n := len(h.words)
		if end-n < 0 {
			continue
		}
		match := true
		for k, w := range h.words {
			if s.w(end-n+k) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		m.Qualifier = h.q
		m.First = end - n
		if h.q == UpTo && h.words[0] == "up" {
			m.HedgeUpTo = true
		}
		return
	}
}

// hedgesEndingWith indexes hedges by their last word: the hedges that may
// end at a word, in the order of hedges (the first that matches wins).
// It is made at start-up (a few dozen words): looked up at every figure,
// it is a variable, not a function run once.
var hedgesEndingWith = func() *words.Map[[]int] {
	m := map[string][]int{}
	for i, h := range hedges {
		last := h.words[len(h.words)-1]
		m[last] = append(m[last], i)
	}
	return words.NewMap(m)
}()

// link joins the two ends of ranges and "76 out of 89 regions": the first
// end takes the unit, scale and counted noun of the second when it states
// none.
func (s *sentence) link(ms []Mention) {
	// Right to left, so that "30 to 40 to 60 and even 70 percent" passes
	// the unit back along the chain.
	for i := len(ms) - 1; i >= 1; i-- {
		a, b := &ms[i-1], &ms[i]
		if a.Last+1 > b.First {
			continue
		}
		// The words between, joined: every gap looked for is of one or two
		// words, so a longer one is not joined.
		var joined string
		switch gap := s.low[a.Last+1 : b.First]; len(gap) {
		case 1:
			joined = gap[0]
		case 2:
			joined = gap[0] + " " + gap[1]
		}
		isRange := joined == "to" || joined == "and" && s.w(a.First-1) == "between" || joined == "-" || joined == "–" || joined == "—" ||
			joined == "or" || joined == "or even" || joined == "and even" || joined == "and possibly"
		outOf := joined == "out of" || joined == "of" && a.Kind == Count && a.Noun == ""
		if !isRange && !outOf {
			continue
		}
		if a.Reason == "name" && isRange && b.Kind == Count && b.Noun == "" && b.Unit == "" {
			b.Kind, b.Reason = a.Kind, a.Reason // "Sections 32 to 34"
			continue
		}
		if b.Reason != "" && !b.noValue && a.Unit == "" && a.Noun == "" && a.Kind == Count && isRange {
			// "19 or 20 years old", "14–15 days": the first end is what
			// the second is.
			a.Kind, a.Reason = b.Kind, b.Reason
			continue
		}
		if b.Reason != "" && b.Kind != Count {
			continue
		}
		if isRange && !(s.w(a.First-1) == "from" || s.w(a.First-1) == "between" || joined != "to" || a.Unit == "" && b.Unit != "") {
			continue
		}
		if a.Kind == Year || a.Kind == Date || a.Kind == Time || b.Kind == Year || b.Kind == Date {
			continue
		}
		if a.Unit == "" && a.Noun == "" && (a.Kind == Count || a.Kind == Number) {
			if a.Kind == Number && a.Reason != "bare number word" && a.Reason != "counter" && a.Reason != "name" {
				continue
			}
			a.Kind, a.Unit, a.Reason = b.Kind, b.Unit, b.Reason
			if b.Kind == Count && b.Noun == "" {
				a.Reason = b.Reason
			}
			a.Noun, a.NounMod = b.Noun, b.NounMod
			if b.scaled && !a.scaled && isRange {
				// "from 5 to 7 billion": the scale belongs to both ends.
				if sc, ok := scales.Get(s.w(b.NumLast)); ok && a.Value.LessThan(b.Value.Div(sc)) {
					a.Value, a.step = a.Value.Mul(sc), a.step.Mul(sc)
				}
			}
			a.rangeStart = isRange
		}
	}
}
