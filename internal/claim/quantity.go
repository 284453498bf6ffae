package claim

import (
	"github.com/transcripts/transcripts/internal/words"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/lex"
)

// quantity reads into m a figure starting at i: an optional currency, a
// sign, a numeral with its scale, and its unit or counted noun. Whether
// it is a claim or a year, a date, a name ... (classify) is left unread,
// for settleMentions.
func (s *sentence) quantity(m *Mention, i int) bool {
	*m = Mention{First: i, Qualifier: Exact}
	j := i
	// A currency before the number: $, US$, c $, USD, MUSD, dollar.
	code, mult, next := s.currencyBefore(j)
	if code != "" {
		m.Unit, j = code, next
	}
	negative := false
	switch {
	case s.kind(j) == lex.Minus:
		negative = true
		j++
	case s.isMinusWord(j):
		negative = true
		j++
	}
	if m.Unit != "" && s.kind(j) == lex.Currency { // "US $" written apart
		j++
	}
	// "half a percent", "half a percentage point", "a percentage point"
	// (not "as a percentage of GDP", nor "a percent").
	if m.Unit == "" {
		k, v := -1, one
		switch {
		case s.w(j) == "half" && s.w(j+1) == "a":
			k, v = j+2, decimal.New(5, -1)
		case s.w(j) == "a":
			k = j + 1
		}
		if u, last := s.percentAt(k); k > 0 && (u == "pp" || u == "%" && v.LessThan(one) && s.w(k) != "percentage") {
			m.Kind, m.Unit, m.Value, m.step, m.NumFirst = Percent, u, v, v, j
			m.Last, m.NumLast = last, last
			s.hedge(m)
			return true
		}
	}
	n, ok := s.numeral(j, m.Unit != "")
	if !ok {
		return false
	}
	if n.frac && !n.scaled {
		if s.fractionMention(m, j, n, negative) {
			return true
		}
		// "two thirds majority" is no fraction; read the number alone.
		c, ok := s.cardinal(j, m.Unit != "")
		if !ok {
			return false
		}
		n = num{v: c.v, step: c.step, next: c.next, scaled: c.scaled, word: c.word, lastSc: c.lastSc}
	}
	if !mult.IsZero() {
		n.v, n.step, n.scaled = mulDec(n.v, mult), mulDec(n.step, mult), true
	}
	m.NumFirst, m.NumLast, m.Value, m.step, m.scaled, m.word = j, n.next-1, n.v, n.step, n.scaled, n.word
	if negative {
		m.Value = m.Value.Neg()
	}
	last := n.next - 1
	// What follows the number.
	k := n.next
	if s.kind(k) == lex.Hyphen && (s.isWord(k + 1)) {
		k++ // 3.6-fold, 30-year, 65-billion-U.S.-dollars
	}
	switch {
	case s.w(j-1) == "of" && s.w(j-2) == "factor" && m.Unit == "":
		// "by a factor of 3"
		m.Kind, m.Unit = Multiplier, "x"
		m.First = j - 2
		if s.w(j-3) == "a" {
			m.First = j - 3
		}
	case m.Unit != "":
		m.Kind = Money
		// "75 USD million": a scale after a code written before.
		if sc, ok := s.scaleAt(k, true); ok && !m.scaled {
			m.Value, m.step, m.scaled, last = mulDec(m.Value, sc), mulDec(m.step, sc), true, k
			k++
		}
		// "$ 10 dollars": the currency said twice.
		if code, _, n := s.currencyAfter(k); code == m.Unit && s.kind(k) != lex.Currency {
			last = k + n - 1
		}
	case s.percentUnit(k) != "":
		u, l := s.percentAt(k)
		m.Kind, m.Unit, last = Percent, u, l
	case s.w(k) == "fold":
		m.Kind, m.Unit, last = Multiplier, "x", k
	case s.w(k) == "times":
		if comparatives.Has(s.w(k+1)) || s.changeBefore(j, 3) || s.w(j-1) == "by" {
			m.Kind, m.Unit, last = Multiplier, "x", k
		} else {
			m.Kind, m.Noun, last = Count, "times", k // how often: "met 30 times"
			m.nounEnd = k + 1
		}
	case subunits.Value(s.w(k)).code != "" && (s.w(k) != "cent" || s.w(j-1) != "per") && (s.isWord(k) || s.low[k] == "¢"):
		u := subunits.Value(s.w(k))
		m.Kind, m.Unit, last = Money, u.code, k // 10 cents
		m.Value, m.step = m.Value.Div(u.per), m.step.Div(u.per)
	case s.w(k) == "in" && (s.kind(k+1) == lex.Number || s.kind(k+1) == lex.NumberWord) && !m.scaled:
		// "one in five": a fraction
		if d, ok := s.numeral(k+1, false); ok && !d.scaled && d.v.GreaterThan(m.Value) && !d.v.IsZero() {
			m.Kind, m.Value, m.step, last = Fraction, quo(m.Value, d.v), decimal.New(1, -4), d.next-1
		}
	case (s.w(k) == "over" || s.w(k) == "out" && s.w(k+1) == "of") && !m.scaled && k == n.next:
		// "one over three", "2000 over 3", "one out of three": a
		// quotient, when nothing is counted after it (with a counted
		// noun, "76 out of 89 regions" is two counts).
		at := k + 1
		if s.w(k) == "out" {
			at++
		}
		if d, ok := s.numeral(at, false); ok && !d.scaled && !d.frac && d.v.Sign() > 0 && s.clauseEnds(d.next) &&
			!(d.next-at == 1 && isYearText(s.toks[at].Text)) && (s.w(k) == "over" || d.v.GreaterThan(m.Value)) {
			m.Value, m.step, last = quo(m.Value, d.v), decimal.New(1, -4), d.next-1
			m.Kind = Count
			if m.Value.Abs().LessThan(one) {
				m.Kind = Fraction
			}
		}
	default:
		if code, mult, n := s.currencyAfter(k); code != "" {
			m.Kind, m.Unit, last = Money, code, k+n-1
			if !mult.IsZero() {
				m.Value, m.step, m.scaled = mulDec(m.Value, mult), mulDec(m.step, mult), true
			}
			// "75 USD million"
			if sc, ok := s.scaleAt(last+1, true); ok && !m.scaled {
				m.Value, m.step, m.scaled, last = mulDec(m.Value, sc), mulDec(m.step, sc), true, last+1
			}
		}
	}
	if m.Kind == Money {
		last = s.cents(m, last)
	}
	if m.Kind == "" || m.Kind == Count && m.Noun == "times" {
		if m.Kind == Count {
			m.Last, m.unread = last, true
			s.hedge(m)
			return true
		}
		m.Kind = Count
		m.nounEnd = n.next
		s.countedNoun(m, n.next)
		if m.Noun != "" || m.measure {
			last = m.nounEnd - 1
		}
	}
	m.Last, m.unread = last, true // classify settles its kind (settleMentions)
	s.hedge(m)
	return true
}

// fractionMention makes m, the quantity read so far, the mention of
// fraction n read at j ("a third", "two-thirds", "half", "1/4"), or
// reports that the words are no fraction here, m left as it was: "a
// third country" is an ordinal, "half" alone is one only as "half of",
// "by half", "more than half".
func (s *sentence) fractionMention(m *Mention, j int, n num, negative bool) bool {
	if m.Unit != "" {
		return false
	}
	token := s.kind(j) == lex.Fraction
	if !token {
		prev, next := s.w(j-1), s.w(n.next)
		if s.w(j) == "half" && n.next == j+1 { // a bare "half"
			if ordinalWords[prev] || prev == "and" || prev == "last" || prev == "past" {
				return false
			}
			hedged := prev == "than" || prev == "almost" || prev == "nearly" || prev == "about" || prev == "over"
			if next != "of" && next != "the" && prev != "by" && !hedged {
				return false
			}
			if s.kind(n.next) == lex.Hyphen {
				return false // half-fold belongs to a multiplier
			}
			if hedged && isPlural(next) {
				next = "" // "more than half people"
			}
		}
		// A fraction is followed by "of", a preposition, a comparison or
		// the end of a clause: "a third country" is an ordinal, "a
		// half-hour debate" a compound.
		if next != "" && s.isWord(n.next) && !fractionFollowers[next] || s.kind(n.next) == lex.Hyphen && s.glued(n.next-1) {
			return false
		}
	}
	v := n.v
	if negative {
		v = v.Neg()
	}
	first := m.First
	*m = Mention{Kind: Fraction, Value: v, Qualifier: Exact, First: first, Last: n.next - 1, NumFirst: j, NumLast: n.next - 1, word: n.word, step: decimal.New(1, -4)}
	s.hedge(m)
	return true
}

// clauseEnds reports whether nothing that could be counted follows token
// j: the end of the sentence, punctuation, or a word that is no noun.
func (s *sentence) clauseEnds(j int) bool {
	if j >= s.n() || !s.isWord(j) {
		return s.kind(j) != lex.Number && s.kind(j) != lex.Currency && s.kind(j) != lex.Percent
	}
	w := s.w(j)
	return nounStops.Has(w) && !determiners.Has(w) || looksLikeVerb(w)
}

// isMinusWord reports whether token j is "minus" or "negative" used as a
// sign: before a number, and not between two figures ("ten minus three",
// "plus or minus 5 percent").
func (s *sentence) isMinusWord(j int) bool {
	if w := s.w(j); w != "minus" && w != "negative" {
		return false
	}
	switch s.kind(j + 1) {
	case lex.Number, lex.NumberWord, lex.Fraction:
	default:
		return false
	}
	switch prev := s.w(j - 1); {
	case prev == "plus" || (prev == "or" || prev == "and") && s.w(j-2) == "plus":
		return false
	case s.kind(j-1) == lex.Number || s.kind(j-1) == lex.NumberWord || s.kind(j-1) == lex.Scale || s.kind(j-1) == lex.Percent:
		return false
	}
	return true
}

// percentUnit returns the unit the words at k give a number: "%" for "%",
// "percent", "percents", "pct", "per cent", "percentage"; "pp" for
// "percentage points", "pp", "p.p.".
func (s *sentence) percentUnit(k int) string {
	u, _ := s.percentAt(k)
	return u
}

// percentAt is percentUnit that also returns the last token of the words.
func (s *sentence) percentAt(k int) (string, int) {
	switch w := s.w(k); {
	case k < 0:
	case s.kind(k) == lex.Percent:
		return "%", k
	case w == "percentage" && (s.w(k+1) == "points" || s.w(k+1) == "point"):
		return "pp", k + 1
	case w == "percent" || w == "percents" || w == "pct" || w == "percentage":
		return "%", k
	case w == "per" && s.w(k+1) == "cent":
		return "%", k + 1
	case w == "pp" || w == "p.p.":
		return "pp", k
	}
	return "", k
}

// changeBefore reports whether a word of change stands among the n tokens
// before i ("dropped almost three times").
func (s *sentence) changeBefore(i, n int) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if changeOf(s.w(j)) != 0 {
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

// ambiguousCurrency are currency words that are also common English words:
// they name a currency only after a number, and then only in capitals or
// with a capital ("10 TRY", "5,000 Won").
var ambiguousCurrency = words.NewMap(map[string]bool{
	"try": true, "sum": true, "won": true, "som": true, "soum": true, "lev": true,
	"leva": true, "dram": true, "drams": true, "pound": true, "pounds": true,
	"rub": true, "all": true, "sen": true,
})

// currencyCode returns the ISO 4217 code of token j as a currency name or
// code ("dollars", "USD", "rmb"), or "".
func (s *sentence) currencyCode(j int) string {
	if !s.isWord(j) {
		return ""
	}
	code, ok := currencyWords.Get(s.w(j))
	if !ok {
		return ""
	}
	if ambiguousCurrency.Value(s.w(j)) && !isUpperCode(s.toks[j].Text) && !(s.w(j) == "won" && s.capitalised(j)) && s.w(j) != "pounds" && s.w(j) != "pound" {
		return ""
	}
	return code
}

// millionCode reads a code for millions of a currency, as finance writes
// it: MUSD, MEUR, MGBP, MAUD.
func millionCode(text string) string {
	if len(text) != 4 || text[0] != 'M' {
		return "" // most words, told where the call is (inlined)
	}
	return millionCodeOf(text)
}

// millionCodeOf is millionCode for a word of four bytes that starts with M.
func millionCodeOf(text string) string {
	if !isUpperCode(text[1:]) {
		return ""
	}
	return currencyWords.Value(strings.ToLower(text[1:]))
}

var million = decimal.New(1, 6)

// currencyBefore reads a currency written before a number at j: a sign
// ($, €, ₽, 元), a prefix and a sign (US$, C$, HK$, Mex$, usd$, c $, u.s
// $), a code (USD 200, rmb 10, MAUD 60) or a singular name (dollar 22.5
// million). It returns the code, a multiplier for million-codes, and the
// token after the currency.
func (s *sentence) currencyBefore(j int) (code string, mult decimal.Decimal, next int) {
	switch {
	case s.kind(j) == lex.Currency:
		if c := currencySigns.Value(s.toks[j].Text); c != "" && !s.signAfterNumber(j) {
			return c, mult, j + 1
		}
	case s.kind(j) == lex.Word && s.kind(j+1) == lex.Currency && s.toks[j+1].Text == "$":
		// US$, C$, HK$, Mex$, nzd$ glued; us $, c $, hk $ apart (not
		// "a $20 billion agreement").
		if c := currencyPrefixes.Value(s.w(j)); c != "" && (s.glued(j) || spacedPrefixes.Value(s.w(j))) {
			return c, mult, j + 2
		}
		if c := s.currencyCode(j); c != "" && s.glued(j) && len(s.w(j)) == 3 {
			return c, mult, j + 2
		}
	case s.isWord(j) && (s.kind(j+1) == lex.Number || s.kind(j+1) == lex.NumberWord && isUpperCode(s.toks[j].Text)):
		text := s.toks[j].Text
		if c := millionCode(text); c != "" {
			return c, million, j + 1
		}
		c := s.currencyCode(j)
		if c == "" {
			return "", mult, j
		}
		w := s.w(j)
		switch {
		case isUpperCode(text), isCode(w) && s.kind(j+1) == lex.Number:
			return c, mult, j + 1
		case (w == "dollar" || w == "euro") && s.kind(j+1) == lex.Number && !s.capitalised(j+1):
			return c, mult, j + 1 // "dollar 22.5 million"
		}
	}
	return "", mult, j
}

// isCode reports whether w, lower-case, is an ISO code of the currency
// table: usd, eur, rmb (not a name such as dollars).
func isCode(w string) bool {
	if len(w) != 3 || ambiguousCurrency.Value(w) {
		return false
	}
	switch w {
	case "yen", "som", "sum", "lev", "won":
		return false
	}
	_, ok := currencyWords.Get(w)
	return ok
}

// signAfterNumber reports whether the currency sign at j belongs to the
// number before it: "10 $", "100 ₡", "100元", "10 $ 30 cent", not "1 $ 10
// dollars" or "50 $5".
func (s *sentence) signAfterNumber(j int) bool {
	if s.kind(j-1) != lex.Number && s.kind(j-1) != lex.Scale {
		return false
	}
	switch s.kind(j + 1) {
	case lex.Number, lex.NumberWord:
		if s.glued(j) && !s.glued(j-1) {
			return false // 1 $10
		}
		if s.kind(j+2) == lex.Currency || subunits.Value(s.w(j+2)).code != "" {
			return true // 10 $ 30 $, 10 $ 30 cent
		}
		return false
	}
	return true
}

// spacedPrefixes may stand apart from the "$" they qualify: "us $ 150
// million", "c $ 16.4 million", "hk $ 10.05 billion".
var spacedPrefixes = words.NewMap(map[string]bool{"us": true, "u.s.": true, "u.s": true, "c": true, "hk": true, "nz": true})

// currencyAfter reads a currency after a number: "dollars", "US dollars",
// "-U.S.-dollars", "Chinese yuan", "rubles", "RUB", "MUSD", "$", "₡", "元".
// It returns the code, a multiplier for million-codes, and the tokens
// used.
func (s *sentence) currencyAfter(k int) (string, decimal.Decimal, int) {
	var mult decimal.Decimal
	if s.kind(k) == lex.Currency {
		if c := currencySigns.Value(s.toks[k].Text); c != "" && s.signAfterNumber(k) {
			return c, mult, 1
		}
		return "", mult, 0
	}
	if !s.isWord(k) {
		return "", mult, 0
	}
	if c := millionCode(s.toks[k].Text); c != "" {
		return c, million, 1
	}
	// "3 USD50 cards": a code glued to the next number is that number's.
	if s.kind(k+1) == lex.Number && s.glued(k) {
		return "", mult, 0
	}
	if code := s.currencyCode(k); code != "" {
		return code, mult, 1
	}
	if adj, ok := currencyAdjectives.Get(s.w(k)); ok || nationalCurrencies.Value(s.w(k)) {
		j := k + 1
		if s.kind(j) == lex.Hyphen {
			j++
		}
		if s.w(k) == "hong" && s.w(j) == "kong" {
			j++
		}
		w := s.w(j)
		code := s.currencyCode(j)
		if code == "" {
			return "", mult, 0
		}
		switch {
		case (w == "dollars" || w == "dollar") && adj != "":
			code = adj
		case strings.HasPrefix(w, "r") && s.w(k) == "belarusian":
			code = "BYN"
		}
		return code, mult, j - k + 1
	}
	return "", mult, 0
}

// subunit is a hundredth (or other part) of a currency.
type subunit struct {
	code string
	per  decimal.Decimal // subunits in the unit
}

// subunits are the currency subunits: "50 cents" is 0.50 USD.
var subunits = words.NewMap(map[string]subunit{
	"cent": {"USD", hundred}, "cents": {"USD", hundred}, "¢": {"USD", hundred},
	"penny": {"GBP", hundred}, "pence": {"GBP", hundred},
	"kopeck": {"RUB", hundred}, "kopecks": {"RUB", hundred}, "kopek": {"RUB", hundred}, "kopeks": {"RUB", hundred},
	"mao": {"CNY", decimal.NewFromInt(10)}, "jiao": {"CNY", decimal.NewFromInt(10)}, "fen": {"CNY", hundred},
	"satoshi": {"BTC", decimal.New(1, 8)}, "satoshis": {"BTC", decimal.New(1, 8)},
})

// noCents are the currencies with no hundredths in use.
var noCents = words.NewMap(map[string]bool{"JPY": true, "KRW": true, "BTC": true})

// cents reads the hundredths after a sum of money m whose last token is
// last: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
// "15 dollars 50.", "17 USD 25", "c $ 100 and fifty". It returns the new
// last token.
func (s *sentence) cents(m *Mention, last int) int {
	if m.scaled || !m.Value.Equal(m.Value.Truncate(0)) || noCents.Value(m.Unit) || m.Value.Sign() < 0 {
		return last
	}
	if s.w(m.First-1) == "between" || s.w(m.First-1) == "from" {
		return last // "between $20 and 30": a range
	}
	k := last + 1
	and := s.w(k) == "and"
	if and {
		k++
	}
	if s.kind(k) != lex.Number && s.kind(k) != lex.NumberWord {
		return last
	}
	c, ok := s.cardinalFrom(k, false, false)
	if !ok || c.v.Sign() <= 0 || c.v.GreaterThanOrEqual(hundred) || !c.v.Equal(c.v.Truncate(0)) || c.last == atomPoint {
		return last
	}
	if c.last == atomDigits && len(strings.TrimLeft(s.toks[k].Text, "0")) > 2 {
		return last
	}
	end := c.next
	per := hundred
	switch u, ok := subunits.Get(s.w(end)); {
	case ok && (u.code == m.Unit || s.w(end) == "cent" || s.w(end) == "cents"):
		per = u.per
		end++
	case s.kind(end) == lex.Currency || s.currencyCode(end) != "" || !s.clauseEnds(end):
		return last
	}
	if c.v.GreaterThanOrEqual(per) {
		return last
	}
	m.Value = m.Value.Add(c.v.Div(per))
	m.step = one.Div(per)
	// "one kuai and five mao five": a tenth, then a hundredth.
	if per.Equal(decimal.NewFromInt(10)) && s.kind(end) == lex.NumberWord {
		if d, ok := s.cardinalFrom(end, false, false); ok && d.v.Sign() > 0 && d.v.LessThan(per) && s.clauseEnds(d.next) {
			m.Value, m.step, end = m.Value.Add(d.v.Div(hundred)), decimal.New(1, -2), d.next
		}
	}
	return end - 1
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
