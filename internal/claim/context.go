package claim

import (
	"fmt"
	"iter"
	"strconv"
	"strings"

	"github.com/transcripts/transcripts/internal/lex"
	"github.com/transcripts/transcripts/internal/words"
)

// metricOf returns the metric, scope and whether the figure states a change
// and a fall, for claim mention m of the sentence.
func (s *sentence) metricOf(lx *Lexicon, ms []Mention, idx int) (metric, scope string, change, down bool) {
	m := &ms[idx]
	change, down = s.change(m)
	switch m.Kind {
	case Count:
		if m.Noun != "" || !m.measure && !m.scaled {
			if m.comparative != "" && m.Noun != "" {
				// "3 million more people in work": a change of the count
				down := m.comparative == "fewer" || m.comparative == "less"
				return suffix(s.countMetric(m), true), s.countScope(m), true, down
			}
			return s.countMetric(m), s.countScope(m), change, down
		}
		// A quantity in units of measure, or a bare "20 billion": what is
		// measured is the subject.
	case Multiplier:
		// A multiplier is a change of its subject; the subject is often
		// far away ("shipments ... have grown: five-fold"), so only a
		// subject in the lexicon is named.
	}
	metric, scope, change, down = s.moneyMetric(lx, ms, idx, change, down)
	if m.Kind == Percent && !change && moneyMetrics[metric] {
		// "investment ... 18 percent": a percent of a sum of money is a
		// share of something the sentence does not name.
		return "", "", change, down
	}
	return metric, scope, change, down
}

// moneyMetric finds the metric and scope of a money, percent, fraction or
// multiplier figure.
func (s *sentence) moneyMetric(lx *Lexicon, ms []Mention, idx int, change, down bool) (metric, scope string, _, _ bool) {
	m := &ms[idx]
	// "$400 million worth of transit fees": the value of what follows.
	if s.w(m.Last+1) == "worth" && s.w(m.Last+2) == "of" {
		end := min(m.Last+3+lx.longest, s.n())
		var buf [8]string
		if p, n := lx.match(s.wordsFrom(buf[:0], m.Last+3, end), 0); p != "" {
			return suffix(p, change), s.scopeAround(m.Last+3, m.Last+3+n), change, down
		}
		return "", "", change, down
	}
	// "5 percent in trade", "50 percent of trade", "$2 billion of investment".
	if p, n, at := s.metricAfter(lx, m); p != "" {
		scope = s.scopeAround(at, at+n)
		if (s.w(m.Last+1) == "of" || s.w(m.Last+1) == "in") && m.Kind == Percent && !change {
			return p + " share", scope, false, false
		}
		return suffix(p, change), scope, change, down
	}
	// "a 70 percent tariff", "doubling our bilateral trade": the metric
	// right after the figure.
	if j := m.Last + 1; s.isWord(j) {
		for m.Kind == Multiplier && (determiners.Has(s.w(j)) || s.w(j) == "bilateral" || s.w(j) == "mutual") {
			j++
		}
		end := min(j+lx.longest, s.n())
		if end > j && s.allWords(j, end) || end > j && s.isWord(j) {
			k := j
			for k < end && s.isWord(k) {
				k++
			}
			var buf [8]string
			if p, n := lx.match(s.wordsFrom(buf[:0], j, k), 0); p != "" && (m.Kind == Multiplier || !s.isWord(j+n) || nounStops.Has(s.w(j+n))) {
				return suffix(p, change), s.scopeAround(j, j+n), change, down
			}
		}
	}
	// "110 joint projects worth a total of $23 billion": the value of what
	// was counted.
	if m.Kind == Money {
		for k := idx - 1; k >= 0; k-- {
			c := ms[k]
			if c.Kind != Count || c.Noun == "" {
				continue
			}
			gap := strings.Join(s.low[c.Last+1:m.First], " ")
			switch gap {
			case "worth", "valued at", "with a total value of", "with a value of", "worth a total of", "totalling", "totaling", "for a total of", "worth over", "worth about", "worth more than":
				return c.Noun + " value", "", false, false
			}
			break
		}
	}
	// The nearest metric before the figure in the same sentence.
	for j := m.First - 1; j >= 0; j-- {
		p, st := s.phraseEndingAt(lx, j)
		if p == "" {
			continue
		}
		if s.w(st-1) == "whose" || s.w(st-1) == "which" {
			return "", "", change, down // a part: "goods whose trade volume ..."
		}
		return suffix(p, change), s.scopeAround(st, j+1), change, down
	}
	return "", "", change, down
}

func suffix(metric string, change bool) string {
	if change && metric != "" {
		return metric + " growth"
	}
	return metric
}

// wordsFrom appends to out the lower-case words of tokens [a, b),
// possessives cut.
func (s *sentence) wordsFrom(out []string, a, b int) []string {
	for i := a; i < b; i++ {
		out = append(out, trimPossessive(s.low[i]))
	}
	return out
}

// metricAfter finds "in trade", "of trade", "in investment" right after the
// figure (after "percent", a change noun or "the"). It returns the metric,
// its word count and the token where it starts.
func (s *sentence) metricAfter(lx *Lexicon, m *Mention) (string, int, int) {
	j := m.Last + 1
	if changeOf(s.w(j)) != 0 {
		j++ // "a 5 percent increase in trade"
	}
	if s.w(j) != "in" && s.w(j) != "of" {
		return "", 0, 0
	}
	j++
	for s.w(j) == "the" || s.w(j) == "our" || s.w(j) == "their" || s.w(j) == "total" || s.w(j) == "all" {
		j++
	}
	end := j
	for end < s.n() && s.isWord(end) && end < j+lx.longest {
		end++
	}
	if end == j {
		return "", 0, 0
	}
	var buf [8]string
	words := s.wordsFrom(buf[:0], j, end)
	// "in trade", "in Government reserves": the phrase may follow one
	// modifier.
	for skip := 0; skip < 2 && skip < len(words); skip++ {
		if p, n := lx.match(words, skip); p != "" {
			return p, n, j + skip
		}
	}
	return "", 0, 0
}

// countMetric names what a count counts: the head of the counted noun
// phrase, with the word before it when the head means little alone, or
// from "the number of X" in the sentence.
func (s *sentence) countMetric(m *Mention) string {
	head := m.Noun
	if head == "times" {
		return "" // how often something happened: the event is a verb
	}
	if head == "" {
		if x := s.numberOf(); x != "" {
			return x
		}
		return ""
	}
	if !lightNouns.Value(head) {
		return head
	}
	if m.NounMod != "" {
		return m.NounMod + " " + head
	}
	// "the number of commodity items increased from 640 to 1,050 items"
	for j := 1; j < s.n(); j++ {
		if s.low[j] == head && s.isWord(j-1) && !nounStops.Has(s.low[j-1]) && !determiners.Has(s.low[j-1]) && s.kind(j-1) == lex.Word {
			return trimPossessive(s.low[j-1]) + " " + head
		}
	}
	return head
}

// pronounBefore reports whether a pronoun that can stand for the last
// metric named ("it", "they", "such transfers") comes before mention m.
func (s *sentence) pronounBefore(m *Mention) bool {
	for j := 0; j < m.First; j++ {
		switch s.low[j] {
		case "it", "they", "this", "these", "such", "its":
			return true
		}
	}
	return false
}

// hasPronoun reports whether the sentence has a pronoun that can stand for
// a metric named before it.
func (s *sentence) hasPronoun() bool {
	flags := s.flags[:len(s.low)]
	for i, f := range flags {
		if f&mayBePronoun == 0 {
			continue
		}
		switch s.low[i] {
		case "it", "they", "this", "these", "such", "its":
			return true
		}
	}
	return false
}

// lastMetric returns the metric of the last lexicon phrase in the sentence.
func (s *sentence) lastMetric(lx *Lexicon) string {
	for j := s.n() - 1; j >= 0; j-- {
		if p, _ := s.phraseEndingAt(lx, j); p != "" {
			return p
		}
	}
	return ""
}

// phraseEndingAt returns the metric of the longest lexicon phrase that ends
// at token j ("direct investment" before "investment"), and its first token.
func (s *sentence) phraseEndingAt(lx *Lexicon, j int) (string, int) {
	if !s.isWord(j) {
		return "", 0
	}
	if s.ends != nil && s.flags[j]&phraseKnown != 0 {
		return s.ends[j].metric, s.ends[j].start
	}
	p, st := s.findPhraseEndingAt(lx, j)
	if s.ends != nil {
		s.ends[j], s.flags[j] = phraseEnd{p, st}, s.flags[j]|phraseKnown
	}
	return p, st
}

// findPhraseEndingAt is phraseEndingAt without the sentence's memory: the
// phrase from the earliest start whose words, all of them, are a lexicon
// phrase.
func (s *sentence) findPhraseEndingAt(lx *Lexicon, j int) (string, int) {
	w := trimPossessive(s.low[j])
	if w != "" && (!lx.lastStarts.Has(w[0], len(w)) || !lx.lastShapes.Has(words.ShapeOf(w))) {
		return "", 0 // no phrase ends with this word: the common case, made cheap
	}
	lengths := lx.lasts[w] // of the phrases that end with w: only those are tried
	if lengths == 0 {
		return "", 0
	}
	var buf [128]byte
	for st := max(j-lx.longest+1, 0); st <= j; st++ {
		if lengths&phraseLength(j-st+1) == 0 || !lx.mayStart(trimPossessive(s.low[st])) || !s.allWords(st, j+1) {
			continue
		}
		phrase := buf[:0]
		for k := st; k <= j; k++ {
			if k > st {
				phrase = append(phrase, ' ')
			}
			phrase = append(phrase, trimPossessive(s.low[k])...)
		}
		if p, ok := lx.phrases[string(phrase)]; ok {
			return p, st
		}
	}
	return "", 0
}

// flowOf tells a stock ("accumulated investment exceeds $200 million",
// "to date", "the current volume") from a flow ("received $123 million",
// "inflow", a year's figure) for mention m with period p.
func (s *sentence) flowOf(ms []Mention, idx int, p string) Flow {
	m := ms[idx]
	for j, w := range s.marksBefore(ms, idx, mayMarkFlow) {
		if w == ";" {
			break
		}
		switch {
		case stockWords.Value(w) || w == "current" && s.w(j+1) == "volume" || w == "to" && s.w(j+1) == "date" || w == "so" && s.w(j+1) == "far":
			return Stock
		case flowWords.Value(w):
			return FlowOfPeriod
		}
	}
	switch {
	case len(p) == 10:
		return Stock // as of a day
	case p != "":
		return FlowOfPeriod
	case m.Kind == Count && m.Noun != "" && s.stateVerbAfter(m.nounEnd):
		// "1.2 million citizens of Tajikistan live and work in Russia": a
		// head count now, not the year's arrivals.
		return Stock
	}
	return ""
}

// stateVerbAfter reports whether a present verb of state follows token k
// in its clause, past a short phrase ("of Tajikistan").
func (s *sentence) stateVerbAfter(k int) bool {
	for j := k; j < s.n() && j < k+6; j++ {
		if stateVerbs.Has(s.w(j)) {
			return true
		}
		if !s.isWord(j) || looksLikeVerb(s.w(j)) && !nounStops.Has(s.w(j)) {
			return false
		}
	}
	return false
}

// stateVerbs in the present after a counted noun make the count a stock.
var stateVerbs = words.NewSet(map[string]bool{
	"live": true, "work": true, "study": true, "reside": true, "operate": true,
	"are": true, "remain": true, "stay": true, "exist": true, "serve": true,
})

// countScope returns the nationality or place adjectives of a counted noun
// phrase: "71 Russian regions" → russian, "seven Kyrgyz regions" → kyrgyz.
func (s *sentence) countScope(m *Mention) string {
	var words []string
	for j := m.NumLast + 1; j < m.nounEnd-1 && j < s.n(); j++ {
		if s.capitalised(j) && s.kind(j) == lex.Word {
			words = append(words, trimPossessive(s.low[j]))
		}
	}
	return strings.Join(words, " ")
}

// numberOf reads "the number of X" in the sentence and returns X's head.
func (s *sentence) numberOf() string {
	for j := 0; j+2 < s.n(); j++ {
		if s.low[j] != "number" || s.low[j+1] != "of" {
			continue
		}
		var words []string
		for k := j + 2; k < s.n() && s.isWord(k) && !nounStops.Has(s.low[k]) && !looksLikeVerb(s.low[k]); k++ {
			if determiners.Has(s.low[k]) {
				continue
			}
			words = append(words, trimPossessive(s.low[k]))
		}
		switch len(words) {
		case 0:
			return ""
		case 1:
			return words[0]
		}
		head := words[len(words)-1]
		if lightNouns.Value(head) {
			return words[len(words)-2] + " " + head
		}
		return head
	}
	return ""
}

// evaluative adjectives before a metric say nothing about its scope.
var evaluative = words.NewSet(map[string]bool{
	"unprecedented": true, "record": true, "steady": true, "significant": true,
	"substantial": true, "considerable": true, "strong": true, "rapid": true,
	"good": true, "high": true, "total": true, "overall": true, "annual": true,
	"general": true, "new": true, "further": true, "additional": true,
	"major": true, "big": true, "large": true, "huge": true, "notable": true,
	"impressive": true, "solid": true, "stable": true, "sustainable": true,
	"real": true, "nominal": true, "mutual": true, "bilateral": true,
	"current": true, "overall,": true, "positive": true, "negative": true,
	"steadily": true, "robust": true, "healthy": true, "modest": true,
	"slight": true, "sharp": true, "dramatic": true, "noticeable": true,
	"tangible": true, "our": true, "their": true, "this": true, "its": true,
	"growing": true, "increasing": true, "average": true, "cumulative": true,
})

// periodWords name a period, not a scope.
var periodWords = words.NewSet(map[string]bool{
	"last": true, "this": true, "next": true, "previous": true, "past": true,
	"today": true, "now": true, "currently": true,
})

// allWords reports whether tokens [a, b) are all words.
func (s *sentence) allWords(a, b int) bool {
	for i := a; i < b; i++ {
		if !s.isWord(i) {
			return false
		}
	}
	return true
}

// scopeFlowWords before a metric narrow it: "inflow of direct investment".
var scopeFlowWords = words.NewMap(map[string]bool{
	"inflow": true, "inflows": true, "outflow": true, "outflows": true,
	"accumulated": true, "stock": true, "net": true,
})

// scopePrepositions open a phrase after the metric that narrows it.
var scopePrepositions = words.NewMap(map[string]bool{
	"from": true, "to": true, "between": true, "with": true, "in": true, "into": true,
})

// scopeAround returns what narrows the metric phrase at tokens [a, b): the
// owner before it ("Russia’s investment"), the modifiers before it
// ("petroleum product exports"), stock or flow ("inflow of ..."), and the
// phrases after it ("from Russia to Kazakhstan").
func (s *sentence) scopeAround(a, b int) string {
	var buf [24]string // before, then after: a few words each
	before := buf[:0]
	// Possessive owner or modifiers.
	for j := a - 1; j >= 0 && j >= a-3; j-- {
		if !s.isWord(j) {
			if s.kind(j) == lex.Hyphen {
				continue
			}
			break
		}
		w := s.low[j]
		if trimPossessive(w) != w {
			before = prepend(before, trimPossessive(w))
			break
		}
		if _, money := currencyWords.Get(w); money || currencyAdjectives.Value(w) != "" || nounStops.Has(w) || determiners.Has(w) || evaluative.Has(w) || timeUnits.Has(w) || periodWords.Has(w) || looksLikeVerb(w) || strings.HasSuffix(w, "ly") || s.kind(j) != lex.Word {
			break
		}
		before = prepend(before, w)
	}
	// "inflow of direct investment"
	if s.w(a-1) == "of" && scopeFlowWords.Value(s.w(a-2)) {
		before = prepend(before, s.w(a-2))
	} else if scopeFlowWords.Value(s.w(a-1)) && len(before) == 0 {
		before = append(before, s.w(a-1))
	}
	all := before // then the words after
	nBefore := len(before)
	j := b
	for j < s.n() && len(all)-nBefore < 8 {
		w := s.w(j)
		if !scopePrepositions.Value(w) {
			break
		}
		if w == "in" && !s.capitalised(j+1) && s.w(j+1) != "the" {
			break
		}
		k := j + 1
		var phraseBuf [5]string
		phrase := phraseBuf[:0]
		for k < s.n() && s.isWord(k) && len(phrase) < 5 {
			x := s.low[k]
			if x == "the" {
				k++
				continue
			}
			if x == "and" && s.w(j) == "between" && len(phrase) > 0 {
				phrase = append(phrase, x)
				k++
				continue
			}
			if nounStops.Has(x) || looksLikeVerb(x) || strings.HasSuffix(x, "ly") {
				break
			}
			phrase = append(phrase, trimPossessive(x))
			k++
		}
		if len(phrase) == 0 {
			break
		}
		all = append(all, w)
		all = append(all, phrase...)
		j = k
	}
	return strings.Join(all, " ")
}

// prepend returns words with w put first.
func prepend(words []string, w string) []string {
	words = append(words, "")
	copy(words[1:], words)
	words[0] = w
	return words
}

// change reports whether the figure states a change, and a fall.
func (s *sentence) change(m *Mention) (change, down bool) {
	if m.Kind == Multiplier {
		for j := m.First - 1; j >= 0 && j >= m.First-8; j-- {
			if changeOf(s.w(j)) != 0 {
				return true, false // "fell threefold" is still a multiplier of 3
			}
		}
		return s.low[m.NumFirst] != "twice", false
	}
	if m.Kind == Count && m.Noun != "" {
		return false, false
	}
	prev := s.w(m.First - 1)
	// After the figure: "a 5 percent increase", "5 percent growth",
	// "one-third more than", "5 percent down".
	next := s.w(m.Last + 1)
	if c := changeOf(next); c != 0 && next != "up" && next != "down" {
		return true, c < 0
	}
	if next == "up" || next == "down" || next == "higher" || next == "lower" || next == "more" || next == "less" {
		if next == "more" || next == "less" {
			// "5 percent more than" compares; it is a change of the subject
			return true, next == "less"
		}
		return true, next == "down" || next == "lower"
	}
	// Level: "reaching $535 million", "up to $25.6 billion" after growth,
	// "rose to 5 percent".
	if levelWords.Has(prev) && prev != "of" || m.HedgeUpTo {
		return false, false
	}
	// Before the figure, back to the start of the clause.
	by := prev == "by" || prev == "of" && changeOf(s.w(m.First-2)) != 0
	for j := m.First - 1; j >= 0 && j >= m.First-10; j-- {
		w := s.w(j)
		if s.kind(j) == lex.Punct && (w == ";" || w == "." || w == ":" && j != m.First-1) {
			break // a colon right before the figure introduces it: "growth: 35 percent"
		}
		if c := changeOf(w); c != 0 || w == "another" {
			return true, c < 0
		}
		if j < m.First-1 && (s.kind(j) == lex.Number || s.kind(j) == lex.Currency) {
			break // another figure's verb
		}
	}
	if by && m.Kind != Money {
		return true, false
	}
	return false, false
}

// period is a period expression found in a sentence.
type period struct {
	first, last int    // tokens
	value       string // ISO 8601
	future      bool   // "next year", "by 2030": points at a target
}

// docDate is a document's date (YYYY-MM-DD) and its year and month, as
// isoDate reads them: read once for the sentences of a document.
type docDate struct {
	text        string
	year, month int
	ok          bool
}

// readDate returns the docDate of s.
func readDate(s string) docDate {
	y, m, ok := isoDate(s)
	return docDate{s, y, m, ok}
}

// isoDate reads a date YYYY-MM-DD as time.Parse("2006-01-02") does, and
// returns its year and month; with no date (or 0001-01-01, the zero time)
// it returns the zero time's, 1 and 1. It spares time.Parse's cost: the
// date is read for every document with a claim (Extractor.dateOf).
func isoDate(s string) (year, month int, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 1, 1, false
	}
	num := func(t string) int {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return -1
			}
			n = 10*n + int(t[i]-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || y == 1 && m == 1 && d == 1 {
		return 1, 1, false
	}
	return y, m, true
}

// daysIn returns the number of days of month m (1 to 12) of year y, in
// the proleptic Gregorian calendar the time package uses.
func daysIn(y, m int) int {
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 29
	}
	return [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
}

// inFigure reports whether token i is one of the numeral of a claim among
// mentions ms: "around 2000 companies" is no year.
func inFigure(ms []Mention, i int) bool {
	for k := range ms {
		if m := &ms[k]; m.Reason == "" && m.NumFirst <= i && i <= m.NumLast {
			return true
		}
	}
	return false
}

// periods appends to out the period expressions of the sentence,
// resolved against the document date, its mentions ms.
// Baselines of comparisons ("compared to last year") are left out.
func (s *sentence) periods(date docDate, ms []Mention, out []period) []period {
	docDate, year, month, haveDate := date.text, date.year, date.month, date.ok
	add := func(first, last int, v string, future bool) {
		// A baseline: "compared to last year", "than in 2019".
		for k := first - 1; k >= 0 && k >= first-3; k-- {
			w := s.w(k)
			if w == "compared" || w == "than" || w == "versus" || w == "against" || w == "since" {
				return
			}
			if w != "to" && w != "with" && w != "in" && w != "the" && w != "of" {
				break
			}
		}
		out = append(out, period{first, last, v, future})
	}
	toks, flags := s.toks, s.flags[:len(s.toks)]
	for i := 0; i < len(toks); i++ {
		if flags[i]&mayStartPeriod == 0 { // a month, a number or one of periodStarters
			continue // no period starts with this token: the common case
		}
		w := s.w(i)
		switch {
		case s.kind(i) == lex.Number:
			// A number starts no period but a year: the word cases below
			// are not asked.
			if !isYear(s.toks[i].Text) || inFigure(ms, i) {
				continue
			}
			y, _ := strconv.Atoi(s.toks[i].Text)
			// "from 2015 to 2020", "2015-2020"
			k := i + 1
			if s.kind(k) == lex.Hyphen && s.kind(k+1) == lex.Number && len(s.toks[k+1].Text) == 2 {
				// a financial year: 2013-14
				y2 := y/100*100 + atoi(s.toks[k+1].Text)
				if y2 == y+1 {
					add(i, k+1, pad(y, 4)+"/"+pad(y2, 4), haveDate && y2 > year)
					i = k + 1
					continue
				}
			}
			if (s.w(k) == "to" || s.kind(k) == lex.Dash || s.kind(k) == lex.Hyphen || s.w(k) == "and" && s.w(i-1) == "between") && s.kind(k+1) == lex.Number && isYear(s.toks[k+1].Text) {
				y2, _ := strconv.Atoi(s.toks[k+1].Text)
				add(i, k+1, pad(y, 4)+"/"+pad(y2, 4), haveDate && y2 > year)
				i = k + 1
				continue
			}
			prev := s.w(i - 1)
			if prev == "in" || prev == "by" || prev == "of" || prev == "for" || prev == "since" || prev == "during" || prev == "until" || prev == "year" || s.kind(i+1) == lex.Punct || s.kind(i+1) == lex.Word && !s.capitalised(i+1) {
				if s.kind(i+1) == lex.Percent || s.kind(i+1) == lex.Scale || s.w(i+1) == "percent" {
					continue
				}
				future := haveDate && y > year || prev == "by" && haveDate && y >= year
				if prev == "since" {
					if haveDate {
						add(i, i, pad(y, 4)+"/"+docDate, false)
					}
					continue
				}
				add(i, i, strconv.Itoa(y), future)
			}
		case haveDate && (w == "last" || w == "previous" || w == "past") && s.w(i+1) == "year" && w != "past":
			add(i, i+1, strconv.Itoa(year-1), false)
			i++
		case haveDate && (w == "this" || w == "current") && s.w(i+1) == "year":
			add(i, i+1, strconv.Itoa(year), false)
			i++
		case haveDate && w == "next" && s.w(i+1) == "year":
			add(i, i+1, strconv.Itoa(year+1), true)
			i++
		case haveDate && w == "last" && s.w(i+1) == "month":
			y, mo := year, month-1
			if mo == 0 {
				y, mo = y-1, 12
			}
			add(i, i+1, ym(y, mo), false)
			i++
		case haveDate && (w == "today" || w == "currently" || w == "presently" || w == "nowadays"):
			add(i, i, docDate, false)
		case haveDate && (w == "to" && s.w(i+1) == "date" || w == "at" && s.w(i+1) == "present"):
			add(i, i+1, docDate, false)
			i++
		case haveDate && (w == "as" && s.w(i+1) == "of" && (s.w(i+2) == "today" || s.w(i+2) == "now") || w == "at" && s.w(i+1) == "the" && s.w(i+2) == "moment"):
			add(i, i+2, docDate, false)
			i += 2
		case w == "first" && (s.kind(i+1) == lex.NumberWord || s.kind(i+1) == lex.Number) && (s.w(i+2) == "months" || s.w(i+2) == "month"):
			n, err := strconv.Atoi(s.toks[i+1].Text)
			if err != nil {
				n = int(units.Value(s.w(i + 1)))
			}
			y, last := s.yearAfter(i+3, year)
			if n >= 1 && n <= 12 && y > 0 {
				add(i, last, ym(y, 1)+"/"+ym(y, n), false)
				i = last
			}
		case (w == "first" || w == "second") && s.w(i+1) == "half":
			y, last := s.yearAfter(i+2, year)
			if y > 0 {
				if w == "first" {
					add(i, last, ym(y, 1)+"/"+ym(y, 6), false)
				} else {
					add(i, last, ym(y, 7)+"/"+ym(y, 12), false)
				}
				i = last
			}
		case (w == "first" || w == "second" || w == "third" || w == "fourth") && s.w(i+1) == "quarter":
			q := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}[w]
			y, last := s.yearAfter(i+2, year)
			if y > 0 {
				add(i, last, ym(y, 3*q-2)+"/"+ym(y, 3*q), false)
				i = last
			}
		case s.kind(i) == lex.Month && (s.capitalised(i) || w != "may" && w != "march"):
			m1 := monthNumber(w)
			// from May to October; January-September; between May and June
			k := i + 1
			if s.w(k) == "to" || s.w(k) == "and" || s.w(k) == "through" || s.kind(k) == lex.Dash || s.kind(k) == lex.Hyphen {
				if s.kind(k+1) == lex.Month {
					m2 := monthNumber(s.w(k + 1))
					y, last := year, k+1
					if s.kind(k+2) == lex.Number && len(s.toks[k+2].Text) == 4 {
						y, _ = strconv.Atoi(s.toks[k+2].Text)
						last = k + 2
					} else if haveDate && m2 > month {
						y--
					}
					if y > 0 {
						add(i, last, ym(y, m1)+"/"+ym(y, m2), false)
					}
					i = last
					continue
				}
			}
			if s.kind(k) == lex.Number && len(s.toks[k].Text) == 4 {
				y, _ := strconv.Atoi(s.toks[k].Text)
				add(i, k, ym(y, m1), haveDate && y > year)
				i = k
				continue
			}
			if s.kind(k) == lex.Number && len(s.toks[k].Text) <= 2 && s.w(k+1) == "," && s.kind(k+2) == lex.Number && len(s.toks[k+2].Text) == 4 {
				d, _ := strconv.Atoi(s.toks[k].Text)
				y, _ := strconv.Atoi(s.toks[k+2].Text)
				add(i, k+2, ym(y, m1)+"-"+pad(d, 2), haveDate && y > year)
				i = k + 2
				continue
			}
			if haveDate && s.kind(k) != lex.Number {
				// "in January", "this January", "last October": the month
				// of the document's year, or of the year before when it
				// has not come yet.
				y := year
				switch prev := s.w(i - 1); {
				case prev == "last" || prev == "previous":
					y--
				case prev == "next":
					y++
				case prev != "this" && m1 > month:
					y--
				}
				add(i, i, ym(y, m1), y > year)
			}
		}
	}
	return out
}

// yearAfter reads "of this year", "of the year", "of 2022", "this year"
// at k and returns the year and the last token used (k-1 when none).
func (s *sentence) yearAfter(k, year int) (int, int) {
	j := k
	if s.w(j) == "of" || s.w(j) == "in" {
		j++
	}
	switch {
	case (s.w(j) == "this" || s.w(j) == "the" || s.w(j) == "current") && s.w(j+1) == "year":
		return year, j + 1
	case s.w(j) == "last" && s.w(j+1) == "year":
		return year - 1, j + 1
	case s.kind(j) == lex.Number && isYear(s.toks[j].Text):
		y, _ := strconv.Atoi(s.toks[j].Text)
		return y, j
	}
	return year, k - 1
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func isYear(t string) bool {
	return len(t) == 4 && t >= "1800" && t <= "2199"
}

func monthNumber(w string) int {
	for i, m := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if m == w {
			return i + 1
		}
	}
	return 0
}

// nearestPeriod picks the period expression nearest to mention m, in its
// own clause (between semicolons) when there is one.
func (s *sentence) nearestPeriod(ps []period, m *Mention) (period, bool) {
	best, bestDist := period{}, -1
	for _, p := range ps {
		d := 0
		switch {
		case p.last < m.First:
			d = m.First - p.last
			if s.crosses(p.last, m.First) {
				d += 1000
			}
		case p.first > m.Last:
			d = p.first - m.Last
			if s.crosses(m.Last, p.first) {
				d += 1000
			}
		}
		// On a tie the period after the figure wins: "4 percent in 2011
		// and 5 percent in 2013".
		if bestDist < 0 || d < bestDist || d == bestDist && p.first > m.Last {
			best, bestDist = p, d
		}
	}
	return best, bestDist >= 0
}

// crosses reports whether a semicolon stands between tokens a and b.
func (s *sentence) crosses(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if s.low[i] == ";" {
			return true
		}
	}
	return false
}

// afterPreviousClaim returns the token just after the claim before ms[idx]
// in its sentence, or 0: the words a figure's own verb can stand in.
func afterPreviousClaim(ms []Mention, idx int) int {
	for k := idx - 1; k >= 0; k-- {
		if ms[k].Reason == "" {
			return ms[k].Last + 1
		}
	}
	return 0
}

// marksBefore yields, from mention ms[idx] back to the end of the claim
// before it, each token that is no word or a word with flag f, and its
// lower-case text: the tokens the target and flow look-ups read (the
// other words, most of them, are passed over).
func (s *sentence) marksBefore(ms []Mention, idx int, f wordFlag) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		start := max(afterPreviousClaim(ms, idx), 0)
		toks, flags := s.toks, s.flags[:len(s.toks)]
		for j := min(ms[idx].First, len(toks)) - 1; j >= start; j-- {
			if toks[j].Kind.IsWord() && flags[j]&f == 0 {
				continue
			}
			if !yield(j, s.low[j]) {
				return
			}
		}
	}
}

// isTarget reports whether mention m of the sentence is a goal, plan,
// forecast or wish: a target word stands before it in the same clause,
// after any earlier claim.
func (s *sentence) isTarget(ms []Mention, idx int) bool {
	m := ms[idx]
	for j, w := range s.marksBefore(ms, idx, mayMarkTarget) {
		if clauseOpeners.Value(w) || w == ";" || w == ":" || w == "(" {
			return false // the target word governs another clause
		}
		if targetWords.Value(w) {
			if w == "expected" && s.w(j-1) == "than" {
				continue
			}
			if wishWords.Value(w) && !s.targetVerbBetween(j, m.First) {
				continue // "I want to congratulate them for this $100 billion"
			}
			return true
		}
		if w == "should" || w == "could" || w == "would" {
			next := s.w(j + 1)
			if next == "reach" || next == "exceed" || next == "grow" || next == "increase" || next == "amount" || next == "total" || next == "have" && s.w(j+2) == "been" {
				return true
			}
		}
	}
	return false
}

// targetVerbBetween reports whether a verb of reaching a figure stands
// between tokens a and b.
func (s *sentence) targetVerbBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if targetVerbs.Value(s.w(j)) {
			return true
		}
	}
	return false
}

// clauseOpeners start a clause whose figures the words before them do not
// govern: "we do not want ..., as happened in Iraq where 40% ...".
var clauseOpeners = words.NewMap(map[string]bool{
	"where": true, "which": true, "who": true, "as": true, "while": true,
	"whereas": true, "but": true, "although": true, "because": true,
	"since": true, "when": true, "whereby": true,
})

// continuesPeriod reports whether the sentence opens with words that carry
// on the period of the one before ("At the same time, investments ...").
func (s *sentence) continuesPeriod() bool {
	if len(s.low) == 0 || !connectorStarts.Value(s.low[0]) {
		return false // the common case
	}
	// The sentence's first words, joined by spaces, start with one of
	// periodConnectors: its words but the last are the sentence's, and
	// its last starts the next (told word by word, no string built).
next:
	for _, c := range connectorWords {
		if len(c) > len(s.low) {
			continue
		}
		for k, w := range c[:len(c)-1] {
			if s.low[k] != w {
				continue next
			}
		}
		if strings.HasPrefix(s.low[len(c)-1], c[len(c)-1]) {
			return true
		}
	}
	return false
}

// connectorWords are the words of periodConnectors ("and " is "and" and
// an empty word: any word after it).
var connectorWords = func() (out [][]string) {
	for _, c := range periodConnectors {
		out = append(out, strings.Split(c, " "))
	}
	return out
}()

// connectorStarts are the first words of periodConnectors.
var connectorStarts = words.NewMap(func() map[string]bool {
	m := map[string]bool{}
	for _, c := range periodConnectors {
		w, _, _ := strings.Cut(c, " ")
		m[w] = true
	}
	return m
}())

// periodConnectors open a sentence that stays in the period of the last.
var periodConnectors = []string{
	"at the same time", "also", "in addition", "meanwhile", "moreover",
	"besides", "furthermore", "over the same period", "in the same period",
	"during the same period", "during this period", "over this period",
	"in that period", "likewise", "similarly", "at that time", "and ",
}

// ym formats year y and month m as a period's month: "2019-03".
func ym(y, m int) string { return pad(y, 4) + "-" + pad(m, 2) }

// pad formats v with at least w digits, zeros before, as fmt's "%0*d"
// does; periods are made of such parts, and fmt costs more than the rest
// of reading them.
func pad(v, w int) string {
	if v < 0 || v >= 10000 || w > 4 {
		return fmt.Sprintf("%0*d", w, v)
	}
	var b [4]byte
	for i := range w {
		b[w-1-i] = byte('0' + v%10)
		v /= 10
	}
	if v > 0 {
		return strconv.Itoa(v) + string(b[:w])
	}
	return string(b[:w])
}
