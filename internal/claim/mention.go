package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/lex"
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
}

// sentence is the token stream of one sentence with lower-case words.
type sentence struct {
	toks  []lex.Token
	low   []string // lower-case text of each token
	start bool     // toks[0] starts the sentence
}

func (s *sentence) n() int { return len(s.toks) }

// w returns the lower-case text of token i, or "" outside the sentence.
func (s *sentence) w(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.low[i]
}

func (s *sentence) kind(i int) lex.Kind {
	if i < 0 || i >= len(s.toks) {
		return lex.Punct
	}
	return s.toks[i].Kind
}

// glued reports whether tokens i and i+1 touch (no space between them).
func (s *sentence) glued(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].End() == s.toks[i+1].Pos
}

func (s *sentence) isWord(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].Kind.IsWord() }

// capitalised reports whether token i is a word that starts with a capital.
func (s *sentence) capitalised(i int) bool {
	if !s.isWord(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.toks[i].Text)
	return unicode.IsUpper(r)
}

// mentions finds the numeric mentions of the sentence, in order.
func (s *sentence) mentions() []Mention {
	var out []Mention
	for i := 0; i < s.n(); {
		m, ok := s.mentionAt(i)
		if !ok {
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
		out = append(out, m)
		i = m.Last + 1
	}
	s.link(out)
	for i := range out {
		switch {
		case out[i].Reason != "":
		case s.bracketed(out[i].First):
			out[i].Reason = "citation" // [Official Report, 3 June 2009; Vol. 493, c. 268.]
		case s.conditional(out[i].First):
			out[i].Reason = "hypothetical" // "If there were only two Russians ..."
		}
	}
	return out
}

// bracketed reports whether token i stands inside square brackets: an
// editor's citation or insertion, not the speaker's words.
func (s *sentence) bracketed(i int) bool {
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

// conditional reports whether token i stands in an if-clause: "if",
// "unless" or "suppose" opens the clause it is in.
func (s *sentence) conditional(i int) bool {
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

// mentionAt tries to read a mention starting at token i.
func (s *sentence) mentionAt(i int) (Mention, bool) {
	t := s.toks[i]
	switch t.Kind {
	case lex.Time:
		return Mention{Kind: Time, Reason: "time", First: i, Last: i, NumFirst: i, NumLast: i}, true
	case lex.Ordinal:
		return s.ordinal(i, i), true
	case lex.Month:
		if m, ok := s.date(i); ok {
			return m, true
		}
		return Mention{}, false
	}
	switch t.Kind {
	case lex.Number, lex.NumberWord, lex.Fraction, lex.Currency, lex.Minus, lex.Word:
	default:
		return Mention{}, false // punctuation, dashes, scales alone
	}
	lw := s.low[i]
	if t.Kind == lex.Word && !mayStartFigure(lw, s.toks[i].Text) {
		return Mention{}, false // the common case: an ordinary word
	}
	if t.Kind == lex.Word {
		if ordinalWords[lw] {
			if m, ok := s.quantity(i); ok {
				return m, true // "a third" starts with "a"; "third" alone may be a fraction too
			}
			return s.ordinal(i, i), true
		}
		if v, ok := multiplierWords[lw]; ok {
			return s.multiplierWord(i, v)
		}
	}
	return s.quantity(i)
}

// mayStartFigure reports whether a word can start a figure: "a", "half",
// "one"-like words, ordinals, multipliers, currency codes and prefixes.
func mayStartFigure(lw, text string) bool {
	if lw == "a" || lw == "an" || lw == "half" || ordinalWords[lw] || denominators[lw] != 0 {
		return true
	}
	if _, ok := multiplierWords[lw]; ok {
		return true
	}
	if currencyPrefixes[lw] != "" {
		return true
	}
	_, ok := currencyWords[lw]
	return ok && isUpperCode(text)
}

func (s *sentence) ordinal(first, last int) Mention {
	return Mention{Kind: Ordinal, Reason: "ordinal used as a name", First: first, Last: last, NumFirst: first, NumLast: last}
}

// date reads "November 28, 2022", "October 2019" or "May 5" starting at
// the month name at i.
func (s *sentence) date(i int) (Mention, bool) {
	if s.low[i] == "may" && !s.capitalised(i) || s.low[i] == "march" && !s.capitalised(i) {
		return Mention{}, false
	}
	j := i + 1
	if s.kind(j) != lex.Number && s.kind(j) != lex.Ordinal {
		return Mention{}, false
	}
	last := j
	if s.w(j+1) == "," && s.kind(j+2) == lex.Number && len(s.toks[j+2].Text) == 4 && len(s.toks[j].Text) <= 2 {
		last = j + 2
	}
	return Mention{Kind: Date, Reason: "date", First: i, Last: last, NumFirst: i, NumLast: last}, true
}

// multiplierWord reads "doubled", "twice", "tenfold" at i.
func (s *sentence) multiplierWord(i int, v decimal.Decimal) (Mention, bool) {
	if s.w(i+1) == "down" {
		return Mention{Kind: Number, Reason: "idiom", First: i, Last: i + 1, NumFirst: i, NumLast: i}, true // doubling down
	}
	m := Mention{Kind: Multiplier, Value: v, Unit: "x", Qualifier: Exact, First: i, Last: i, NumFirst: i, NumLast: i, word: true, step: decimal.New(1, -1)}
	if s.low[i] == "twice" {
		// "twice as much", "twice the volume", "increased twice"; not "met twice".
		if !comparatives[s.w(i+1)] && !increaseWords[s.w(i-1)] && !decreaseWords[s.w(i-1)] {
			m.Kind, m.Reason = Number, "frequency"
		}
	}
	s.hedge(&m)
	return m, true
}

// numeral reads a number written in digits or words at i. It returns the
// value, the index after it, whether a scale word was applied and whether
// it was written in words.
func (s *sentence) numeral(i int) (v decimal.Decimal, step decimal.Decimal, next int, scaled, word, ok bool) {
	step = decimal.NewFromInt(1)
	switch s.kind(i) {
	case lex.Number:
		d, err := decimal.NewFromString(numberText(s.toks[i].Text))
		if err != nil {
			return v, step, i, false, false, false
		}
		v, next = d, i+1
		if d.Exponent() < 0 {
			step = decimal.New(1, d.Exponent())
		}
		if s.w(next) == "hundred" {
			v = v.Mul(decimal.NewFromInt(100))
			next++
		}
	case lex.Fraction:
		a, b, _ := strings.Cut(s.toks[i].Text, "/")
		num, err1 := decimal.NewFromString(a)
		den, err2 := decimal.NewFromString(b)
		if err1 != nil || err2 != nil || den.IsZero() {
			return v, step, i, false, false, false
		}
		return num.DivRound(den, 16), decimal.New(1, -4), i + 1, false, false, true
	default:
		v, next, ok = s.wordNumeral(i)
		if !ok {
			return v, step, i, false, false, false
		}
		word = true
	}
	// "two and a half", "2 and a half", "two and half-fold"
	if s.w(next) == "and" {
		if s.w(next+1) == "a" && s.w(next+2) == "half" {
			v, next, step = v.Add(decimal.New(5, -1)), next+3, decimal.New(5, -1)
		} else if s.w(next+1) == "half" {
			v, next, step = v.Add(decimal.New(5, -1)), next+2, decimal.New(5, -1)
		}
	}
	// Scale words: "25.6 billion", "2bn", "65-billion-".
	for {
		j := next
		if s.kind(j) == lex.Hyphen && s.kind(j+1) == lex.Scale {
			j++
		}
		sc, isScale := scales[s.w(j)]
		if !isScale || s.kind(j) != lex.Scale {
			break
		}
		v, step, next, scaled = v.Mul(sc), step.Mul(sc), j+1, true
		// "a million and a half": half of the scale
		if s.w(next) == "and" && (s.w(next+1) == "a" && s.w(next+2) == "half" || s.w(next+1) == "half") {
			half := sc.Div(decimal.NewFromInt(2))
			v, step = v.Add(half), half
			next += 2
			if s.w(next) == "half" {
				next++
			}
		}
	}
	return v, step, next, scaled, word, true
}

// numberText prepares a Number token for decimal: thousands separators go,
// a decimal comma ("4,2") becomes a point.
func numberText(t string) string {
	if i := strings.LastIndexByte(t, ','); i >= 0 && len(t)-i-1 != 3 {
		return strings.Replace(t, ",", ".", 1)
	}
	return strings.ReplaceAll(t, ",", "")
}

// wordNumeral reads a number in words: "forty-seven", "three hundred and
// fifty billion", "a hundred", "a dozen".
func (s *sentence) wordNumeral(i int) (decimal.Decimal, int, bool) {
	total, current := decimal.Zero, decimal.Zero
	any := false
	j := i
	if s.w(j) == "a" || s.w(j) == "an" {
		switch s.w(j + 1) {
		case "hundred", "thousand", "million", "billion", "trillion", "dozen":
			current, any = decimal.NewFromInt(1), true
			j++
		default:
			return total, i, false
		}
	}
	for j < s.n() {
		lw := s.low[j]
		if u, ok := units[lw]; ok && s.kind(j) == lex.NumberWord {
			current = current.Add(decimal.NewFromInt(u))
			any = true
			j++
			// forty-seven
			if s.kind(j) == lex.Hyphen && s.kind(j+1) == lex.NumberWord {
				if _, ok := units[s.w(j+1)]; ok && u >= 20 && u%10 == 0 {
					j++
				}
			}
			continue
		}
		switch {
		case lw == "hundred":
			if !any {
				current = decimal.NewFromInt(1)
			}
			current, any = current.Mul(decimal.NewFromInt(100)), true
			j++
			continue
		case lw == "dozen":
			if !any {
				current = decimal.NewFromInt(1)
			}
			current, any = current.Mul(decimal.NewFromInt(12)), true
			j++
			continue
		case any && s.kind(j) == lex.Scale && (lw == "thousand" || lw == "million" || lw == "billion" || lw == "trillion"):
			// Only a scale followed by more number words is part of the
			// numeral ("two million three hundred"); otherwise numeral()
			// applies it.
			if _, more := units[s.w(j+1)]; more && s.kind(j+1) == lex.NumberWord {
				total = total.Add(current.Mul(scales[lw]))
				current = decimal.Zero
				j++
				continue
			}
		case lw == "and" && any:
			if _, more := units[s.w(j+1)]; more && s.kind(j+1) == lex.NumberWord {
				j++
				continue
			}
		}
		break
	}
	if !any {
		return total, i, false
	}
	return total.Add(current), j, true
}

// quantity reads a figure starting at i: an optional currency, a numeral,
// its scale and its unit or counted noun.
func (s *sentence) quantity(i int) (Mention, bool) {
	m := Mention{First: i, Qualifier: Exact}
	j := i
	// A currency before the number: $, US$, USD, RUB.
	if s.kind(j) == lex.Currency {
		m.Unit = currencySigns[s.toks[j].Text]
		j++
	} else if s.kind(j) == lex.Word && s.glued(j) && s.kind(j+1) == lex.Currency && currencyPrefixes[s.w(j)] != "" {
		m.Unit = currencyPrefixes[s.w(j)]
		j += 2
	} else if code, ok := currencyWords[s.w(j)]; ok && isUpperCode(s.toks[j].Text) && (s.kind(j+1) == lex.Number) {
		m.Unit = code
		j++
	}
	negative := false
	if s.kind(j) == lex.Minus {
		negative = true
		j++
	}
	if m.Unit != "" && s.kind(j) == lex.Currency { // "US $" written apart
		j++
	}
	// "half a percent"
	if s.w(j) == "half" && s.w(j+1) == "a" && (s.w(j+2) == "percent" || s.w(j+2) == "per" && s.w(j+3) == "cent") {
		m.Kind, m.Unit, m.Value, m.NumFirst, m.step = Percent, "%", decimal.New(5, -1), j, decimal.New(5, -1)
		m.Last, m.NumLast = j+2, j+2
		if s.w(j+2) == "per" {
			m.Last, m.NumLast = j+3, j+3
		}
		s.hedge(&m)
		return m, true
	}
	// Fractions in words: "a third", "two-thirds", "half", "three quarters".
	if f, ok := s.fraction(j); ok {
		if f.Kind == Fraction && m.Unit != "" {
			return Mention{}, false
		}
		return f, true
	}
	v, step, next, scaled, word, ok := s.numeral(j)
	if !ok {
		return Mention{}, false
	}
	m.NumFirst, m.NumLast, m.Value, m.step, m.scaled, m.word = j, next-1, v, step, scaled, word
	if negative {
		m.Value = m.Value.Neg()
	}
	last := next - 1
	// What follows the number.
	k := next
	if s.kind(k) == lex.Hyphen && (s.isWord(k + 1)) {
		k++ // 3.6-fold, 30-year, 65-billion-U.S.-dollars
	}
	switch {
	case m.Unit != "":
		m.Kind = Money
	case s.kind(k) == lex.Percent:
		m.Kind, m.Unit, last = Percent, "%", k
	case s.w(k) == "percent" || s.w(k) == "pct" || s.w(k) == "per" && s.w(k+1) == "cent":
		m.Kind, m.Unit, last = Percent, "%", k
		if s.w(k) == "per" {
			last = k + 1
		}
		if s.w(last+1) == "." && s.low[last] == "cent" && last+1 == s.n()-1 {
			last = last + 0 // "per cent." ends the sentence; the stop is not part of it
		}
	case s.w(k) == "percentage" && (s.w(k+1) == "points" || s.w(k+1) == "point"):
		m.Kind, m.Unit, last = Percent, "pp", k+1
	case s.w(k) == "pp" || s.w(k) == "p.p.":
		m.Kind, m.Unit, last = Percent, "pp", k
	case s.w(k) == "fold":
		m.Kind, m.Unit, last = Multiplier, "x", k
	case s.w(k) == "times":
		if comparatives[s.w(k+1)] || s.changeBefore(j, 3) || s.w(j-1) == "by" {
			m.Kind, m.Unit, last = Multiplier, "x", k
		} else {
			m.Kind, m.Noun, last = Count, "times", k // how often: "met 30 times"
			m.nounEnd = k + 1
		}
	case (s.w(k) == "cents" || s.w(k) == "cent" && s.w(j-1) != "per") && m.Unit == "":
		m.Kind, m.Unit, last = Money, "USD", k // 10 cents
		m.Value, m.step = m.Value.Div(decimal.NewFromInt(100)), m.step.Div(decimal.NewFromInt(100))
	case s.w(k) == "in" && (s.kind(k+1) == lex.Number || s.kind(k+1) == lex.NumberWord) && !m.scaled:
		// "one in five": a fraction
		if d, _, n2, sc2, _, ok := s.numeral(k + 1); ok && !sc2 && d.GreaterThan(m.Value) && !d.IsZero() {
			m.Kind, m.Value, m.step, last = Fraction, m.Value.DivRound(d, 16), decimal.New(1, -4), n2-1
		}
	default:
		if code, n := s.currencyAfter(k); code != "" {
			m.Kind, m.Unit, last = Money, code, k+n-1
		}
	}
	if m.Kind == "" || m.Kind == Count && m.Noun == "times" {
		if m.Kind == Count {
			m.Last = last
			s.classify(&m)
			s.hedge(&m)
			return m, true
		}
		m.Kind = Count
		m.nounEnd = next
		s.countedNoun(&m, next)
		if m.Noun != "" || m.measure {
			last = m.nounEnd - 1
		}
	}
	m.Last = last
	s.classify(&m)
	s.hedge(&m)
	return m, true
}

// changeBefore reports whether a word of change stands among the n tokens
// before i ("dropped almost three times").
func (s *sentence) changeBefore(i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if increaseWords[s.w(j)] || decreaseWords[s.w(j)] {
			return true
		}
	}
	return false
}

// isUpperCode reports whether w is written like an ISO code: USD, RUB.
func isUpperCode(w string) bool {
	if len(w) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// currencyAfter reads a currency after a number: "dollars", "US dollars",
// "-U.S.-dollars", "rubles", "RUB". It returns the code and the tokens used.
func (s *sentence) currencyAfter(k int) (string, int) {
	if code, ok := currencyWords[s.w(k)]; ok && s.isWord(k) {
		if s.w(k) == "try" || s.w(k) == "sum" || s.w(k) == "won" || s.w(k) == "som" {
			if !isUpperCode(s.toks[k].Text) && s.w(k) != "won" {
				return "", 0
			}
			if s.w(k) == "won" && !s.capitalised(k) {
				return "", 0
			}
		}
		return code, 1
	}
	if adj, ok := currencyAdjectives[s.w(k)]; ok {
		j := k + 1
		if s.kind(j) == lex.Hyphen {
			j++
		}
		if s.w(k) == "hong" && s.w(j) == "kong" {
			j++
		}
		if w := s.w(j); w == "dollars" || w == "dollar" || w == "rubles" || w == "roubles" || w == "lira" || w == "ruble" || w == "rouble" {
			if strings.HasPrefix(w, "r") {
				adj = "RUB"
				if s.w(k) == "belarusian" {
					adj = "BYN"
				}
			}
			return adj, j - k + 1
		}
	}
	return "", 0
}

// fraction reads a fraction in words at i: "a third", "one-third",
// "two-thirds", "three quarters", "half" (not "first half").
func (s *sentence) fraction(i int) (Mention, bool) {
	j := i
	num := int64(1)
	switch w := s.w(j); {
	case w == "a" || w == "an" || w == "one":
		j++
	default:
		if u, ok := units[w]; ok && s.kind(j) == lex.NumberWord && u > 0 && u < 10 {
			num = u
			j++
		}
	}
	if s.kind(j) == lex.Hyphen {
		j++
	}
	den, ok := denominators[s.w(j)]
	if !ok || s.kind(j) != lex.Word {
		return Mention{}, false
	}
	if j == i { // a bare denominator: only "half", and only as "half of", "by half"
		if den != 2 || s.w(j) != "half" {
			return Mention{}, false
		}
		prev := s.w(i - 1)
		if ordinalWords[prev] || prev == "and" || prev == "second" || prev == "last" || prev == "past" {
			return Mention{}, false
		}
		if s.w(j+1) != "of" && s.w(j+1) != "the" && prev != "by" && prev != "than" && prev != "almost" && prev != "nearly" && prev != "about" && prev != "over" {
			return Mention{}, false
		}
	}
	if den == 2 && s.w(j) == "half" && s.kind(j+1) == lex.Hyphen {
		return Mention{}, false // half-fold belongs to a multiplier
	}
	// "a third country" is an ordinal; a fraction is followed by "of", a
	// preposition, a comparison or the end of a clause.
	next := s.w(j + 1)
	if next != "" && s.isWord(j+1) && !fractionFollowers[next] {
		return Mention{}, false
	}
	if num > 1 && !strings.HasSuffix(s.w(j), "s") && s.w(j) != "half" {
		return Mention{}, false // "two third" is not English
	}
	v := decimal.NewFromInt(num).DivRound(decimal.NewFromInt(den), 16)
	m := Mention{Kind: Fraction, Value: v, Qualifier: Exact, First: i, Last: j, NumFirst: i, NumLast: j, word: true, step: decimal.New(1, -4)}
	s.hedge(&m)
	return m, true
}

// fractionFollowers may follow a fraction word.
var fractionFollowers = map[string]bool{
	"of": true, "at": true, "in": true, "by": true, "to": true, "from": true,
	"for": true, "on": true, "over": true, "than": true, "and": true, "or": true,
	"since": true, "compared": true, "more": true, "less": true, "higher": true,
	"lower": true, "as": true, "was": true, "were": true, "is": true,
	"are": true, "came": true, "comes": true, "come": true, "went": true,
	"go": true, "goes": true, "the": true, "this": true, "that": true,
	"last": true, "year": true, "percent": true, "per": true,
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
		if determiners[s.w(k)] || s.w(k) == "them" {
			k++
		}
	}
	words, comparative := s.nounPhraseMore(k)
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
		if timeUnits[s.low[w]] {
			m.durationAdj = true // "a ten year period", "a 5-year contract"
		}
	}
	if len(words) > 1 {
		m.NounMod = trimPossessive(s.low[words[len(words)-2]])
	}
	m.nounEnd = last + 1
	if measureUnits[m.Noun] {
		// The text runs to the unit: "67 million tonnes".
		m.measure = true
		m.NounMod = ""
		if s.w(last+1) == "of" {
			if of := s.nounPhrase(last + 2); len(of) > 0 {
				m.Noun = trimPossessive(s.low[of[len(of)-1]])
				return
			}
		}
		m.Noun = ""
	}
}

// nounPhrase returns the tokens of the noun phrase at k, up to and
// including its head, the first plural noun.
func (s *sentence) nounPhrase(k int) []int {
	words, _ := s.nounPhraseMore(k)
	return words
}

// nounPhraseMore is nounPhrase that also returns a comparative word it
// skipped before the noun ("more", "fewer", "additional").
func (s *sentence) nounPhraseMore(k int) (words []int, comparative string) {
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
		if w == "and" && len(words) > 0 && adjectivesOnly && s.isWord(j+1) && !nounStops[s.w(j+1)] {
			continue
		}
		if (w == "more" || w == "fewer" || w == "less" || w == "additional" || w == "extra") && len(words) == 0 && s.w(j+1) != "than" && s.isWord(j+1) {
			comparative = w // "3 million more people": a change
			continue
		}
		if nounStops[w] || determiners[w] {
			break
		}
		if adverbs[w] || strings.HasSuffix(w, "ly") && len(w) > 4 && !isPlural(w) {
			continue // "two very highly respected people"
		}
		words = append(words, j)
		if !isAdjective(w) {
			adjectivesOnly = false
		}
		if isPlural(w) && !measureUnits[w] || measureUnits[w] && w != "cubic" && w != "square" {
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
	if irregularPlurals[w] || strings.HasSuffix(w, "men") && len(w) > 4 && w != "specimen" {
		return true // servicemen, businesswomen
	}
	w = trimPossessive(w)
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !isAdjective(w)
}

// looksLikeVerb reports whether w reads as a finite verb or participle.
func looksLikeVerb(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || levelWords[w] || increaseWords[w] || decreaseWords[w] || commonVerbs[w]
}

// commonVerbs are irregular and frequent verbs that end a noun phrase.
var commonVerbs = map[string]bool{
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
}

func isAdjective(w string) bool {
	for _, suf := range adjectiveSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	switch w {
	case "major", "joint", "new", "key", "large", "small", "big", "other", "more", "additional", "different", "main", "various", "several", "foreign", "local", "young", "old":
		return true
	}
	return false
}

func trimPossessive(w string) string {
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
	// Names with digits: COVID-19, S-400, Article 5.
	if m.Kind != Money && (s.kind(i-1) == lex.Hyphen && s.isWord(i-2) || s.glued(i-1) && s.isWord(i-1)) {
		m.Kind, m.Reason = Number, "name"
		return
	}
	if m.Kind == Count && m.Noun == "" && referenceNouns[strings.TrimSuffix(s.w(i-1), ".")] || m.Kind == Count && s.w(i-1) == "mk" {
		m.Kind, m.Reason = Number, "name" // Section 32, Vol. 493, Mk 2
		return
	}
	if m.Kind == Count && m.Noun == "" && !m.word && s.capitalised(i-1) && i-1 > 0 && !s.isHedgeWord(i-1) {
		m.Kind, m.Reason = Number, "name"
		return
	}
	if m.Kind == Count && timeUnits[m.Noun] {
		prev := s.w(m.NumFirst - 1)
		if prev == "first" || prev == "last" || prev == "past" || prev == "next" || prev == "previous" || prev == "coming" || prev == "recent" {
			m.Kind, m.Reason = Duration, "period words"
		} else {
			m.Kind, m.Reason = Duration, "duration"
		}
		return
	}
	if m.Kind == Count && (s.w(m.NumFirst-1) == "following" || m.word && m.Value.LessThanOrEqual(decimal.NewFromInt(10)) && listNouns[m.Noun]) {
		m.Kind, m.Reason = Number, "list marker" // "the following four proposals", "two main issues"
		return
	}
	if m.Kind == Count && s.w(m.NumFirst-1) == "top" {
		m.Kind, m.Reason = Number, "rank" // "among the top ten countries"
		return
	}
	if m.Kind == Count && s.kind(m.NumLast+1) == lex.Hyphen && s.glued(m.NumLast) && s.isWord(m.NumLast+2) && !m.measure && !timeUnits[s.w(m.NumLast+2)] {
		m.Kind, m.Reason = Number, "compound" // three-way talks, a 24-hour service
		return
	}
	if m.Kind == Count && m.Noun != "" && !m.measure && m.Noun != "times" && !m.Value.Equal(decimal.NewFromInt(1)) && !isPlural(m.Noun) && !irregularPlurals[m.Noun] {
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
	if m.Kind == Count && m.word && !m.scaled && m.Value.LessThanOrEqual(decimal.NewFromInt(3)) && idiomNouns[m.Noun] && m.NounMod == "" {
		m.Kind, m.Reason = Number, "idiom" // "from two countries"
		return
	}
	if m.Kind == Count && m.word && !m.scaled {
		prev := s.w(m.NumFirst - 1)
		if m.Value.LessThanOrEqual(decimal.NewFromInt(3)) && determiners[prev] && prev != "the" {
			m.Kind, m.Reason = Number, "idiom"
			return
		}
		if m.Value.Equal(decimal.NewFromInt(1)) {
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
	for _, h := range hedges {
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
		gap := s.low[a.Last+1 : b.First]
		joined := strings.Join(gap, " ")
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
		if b.Reason != "" && a.Unit == "" && a.Noun == "" && a.Kind == Count && isRange {
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
				if sc, ok := scales[s.w(b.NumLast)]; ok && a.Value.LessThan(b.Value.Div(sc)) {
					a.Value, a.step = a.Value.Mul(sc), a.step.Mul(sc)
				}
			}
			a.rangeStart = isRange
		}
	}
}
