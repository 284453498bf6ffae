package claim

import (
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/lex"
	"github.com/transcripts/transcripts/internal/words"
)

// The number grammar: how a run of tokens reads as one number. A number is
// written in digits ("1,050", "25.6", "1.3e6"), in words ("three hundred
// and fifty", "twenty-one trillion and three hundred", "two point five"),
// or in both ("4 thousand 3 hundred and 21"); scale words multiply it
// ("25.6 billion", "three lakh crore"); a fraction may stand alone ("a
// third", "two-thirds", "1/4", "½"), end it ("two and a half", "one
// hundred and three quarters", "2 1/4") or be scaled ("half a million",
// "two thirds of a million", "one billion and a half million").

// Values the reader compares and multiplies with, made once (a decimal
// made in a comparison is an allocation each time).
var (
	one     = decimal.NewFromInt(1)
	three   = decimal.NewFromInt(3)
	ten     = decimal.NewFromInt(10)
	twelve  = decimal.NewFromInt(12)
	hundred = decimal.NewFromInt(100)
)

// num is a number read by numeral.
type num struct {
	v, step decimal.Decimal // the value and the unit of its last stated digit
	next    int             // the token after the number
	scaled  bool            // a scale word was applied ("25.6 billion")
	word    bool            // the number starts with a word ("forty", "a hundred")
	frac    bool            // a fraction with no whole part: "two thirds", "a third", "1/4"
	mixed   bool            // a whole number and a fraction: "two and a half", "2 1/4"
	lastSc  decimal.Decimal // the last scale applied, or zero
}

// maxExponent bounds the powers of ten a number may state (1e100): a
// larger one is no figure anyone says, and printing it would take memory.
const maxExponent = 100

// maxDigits bounds the digits a number in digits may have once read.
const maxDigits = 100

// groupSpaces removes the spaces that group a number's digits.
var groupSpaces = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "\u2009", "")

// numberValue reads the text of a Number token: digits with thousands
// separators (1,050; 12,34,567; 40 000), a decimal point or comma (25.6;
// 62,8; 1.111,11), scientific notation (1.3x10^6) or a power
// (1.1^23, 2.5^-1). It returns the value and the unit of its last digit.
func numberValue(t string) (v, step decimal.Decimal, ok bool) {
	if v, step, ok := plainNumber(t); ok {
		return v, step, true
	}
	return anyNumber(t)
}

// anyNumber is numberValue for any number, the long way.
func anyNumber(t string) (v, step decimal.Decimal, ok bool) {
	if strings.IndexByte(t, ' ') >= 0 || strings.ContainsAny(t, "\u00a0\u202f\u2009") {
		t = groupSpaces.Replace(t)
	}
	base, exp, power := strings.Cut(t, "^")
	n := 0
	if power {
		neg := strings.Count(exp, "-")%2 == 1
		exp = strings.TrimLeft(exp, "+-")
		if len(exp) == 0 || len(exp) > 3 {
			return v, step, false
		}
		for _, c := range exp {
			n = 10*n + int(c-'0')
		}
		if neg {
			n = -n
		}
		if n > maxExponent || n < -maxExponent {
			return v, step, false
		}
	}
	sci := false
	for _, x := range []string{"x10", "X10", "×10"} {
		if b, ok := strings.CutSuffix(base, x); ok && power {
			base, sci = b, true
			break
		}
	}
	// Separators: the last of "." and "," that is not followed by exactly
	// three digits marks the decimals; the others group thousands.
	dot, comma := strings.LastIndexByte(base, '.'), strings.LastIndexByte(base, ',')
	switch {
	case dot >= 0 && comma > dot: // 1.111,11
		base = strings.ReplaceAll(base, ".", "")
		base = strings.Replace(base, ",", ".", 1)
	case comma >= 0 && dot < 0 && len(base)-comma-1 != 3: // 62,8
		base = strings.Replace(base, ",", ".", 1)
	default: // 1,050.5
		base = strings.ReplaceAll(base, ",", "")
	}
	if strings.ContainsAny(base, "eE") {
		return v, step, false // E notation is not read (see lex)
	}
	d, err := decimal.NewFromString(base)
	if err != nil || d.Exponent() > maxExponent || d.Exponent() < -maxExponent || len(d.Coefficient().String()) > 40 {
		return v, step, false
	}
	step = decimal.New(1, d.Exponent())
	switch {
	case sci:
		d = d.Shift(int32(n))
		step = step.Shift(int32(n))
	case power:
		p := one
		for k := 0; k < abs(n); k++ {
			p = p.Mul(d)
		}
		if n < 0 {
			if p.IsZero() {
				return v, step, false
			}
			p = one.DivRound(p, 20)
		}
		d = p
		step = decimal.New(1, min(d.Exponent(), 0))
	}
	if len(d.Coefficient().String()) > maxDigits {
		return v, step, false // 2700^88 is no figure
	}
	return d, step, true
}

// plainNumber reads the common number: at most 18 digits with at most one
// decimal point between them, and commas that group thousands where
// anyNumber takes them so (25.6, 2021, 1.5, 1,050, 24,500.5). ok is false
// for any other text, which numberValue reads the long way.
func plainNumber(t string) (v, step decimal.Decimal, ok bool) {
	n, exp, ok := plainParts(t)
	if !ok {
		return v, step, false
	}
	return newDec(n, exp), unitStep(exp), true
}

// plainParts is plainNumber's number as a coefficient and an exponent.
func plainParts(t string) (n int64, exp int32, ok bool) {
	if len(t) == 0 || len(t) > 26 {
		return 0, 0, false
	}
	digits, point, comma := 0, -1, -1
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case '0' <= c && c <= '9':
			n = 10*n + int64(c-'0')
			if digits++; digits > 18 {
				return 0, 0, false
			}
		case c == '.' && point < 0 && i > 0 && i < len(t)-1:
			point = i
		case c == ',' && point < 0 && i > 0 && i < len(t)-1:
			comma = i
		default:
			return 0, 0, false
		}
	}
	if comma >= 0 && point < 0 && len(t)-comma-1 != 3 {
		return 0, 0, false // a decimal comma: 62,8
	}
	if point >= 0 {
		exp = -int32(len(t) - point - 1)
	}
	return n, exp, true
}

// smallInts are the integers up to 2199, most numbers in speech (small
// ones and years), each made once, a hundred at a time when one of them
// is first asked for (2,200 at every start were a fifth of the claim
// package's).
var smallInts [22]struct {
	once sync.Once
	d    [100]decimal.Decimal
}

// smallInt returns decimal.New(n, 0) for 0 <= n < 2200, made once.
func smallInt(n int64) decimal.Decimal {
	c := &smallInts[n/100]
	c.once.Do(func() {
		for i := range c.d {
			c.d[i] = decimal.New(n/100*100+int64(i), 0)
		}
	})
	return c.d[n%100]
}

// unitSteps are 10^e for e from -18 to 0, made once: the steps of the
// plain numbers (a Decimal is never changed, so they are shared).
var unitSteps = func() (t [19]decimal.Decimal) {
	for e := range t {
		t[e] = decimal.New(1, -int32(e))
	}
	return t
}()

// scaleSteps are 10^e for e from 1 to 18, made once: the steps of
// figures with a scale ("25.6 billion" counts in hundreds of millions).
var scaleSteps = func() (t [19]decimal.Decimal) {
	for e := 1; e < len(t); e++ {
		t[e] = decimal.New(1, int32(e))
	}
	return t
}()

// unitStep returns decimal.New(1, exp).
func unitStep(exp int32) decimal.Decimal {
	switch {
	case exp <= 0 && exp >= -18:
		return unitSteps[-exp]
	case exp > 0 && exp <= 18:
		return scaleSteps[exp]
	}
	return decimal.New(1, exp)
}

// newDec returns decimal.New(coef, exp), one made once when it is a small
// whole number or a power of ten (the same coefficient and exponent), so
// that figures' arithmetic seldom allocates.
func newDec(coef int64, exp int32) decimal.Decimal {
	switch {
	case exp == 0 && coef >= 0 && coef < 100*int64(len(smallInts)):
		return smallInt(coef)
	case coef == 1:
		return unitStep(exp)
	}
	return decimal.New(coef, exp)
}

// mulDec is a.Mul(b), the same coefficient and exponent, made in int64
// arithmetic when the product has at most 18 digits (mulFig).
func mulDec(a, b decimal.Decimal) decimal.Decimal {
	return mulFig(figOf(a), figOf(b)).dec()
}

// addDec is a.Add(b), the same coefficient and exponent (the smaller of
// the two), made in int64 arithmetic when both have at most 18 digits
// once brought to that exponent (addFig).
func addDec(a, b decimal.Decimal) decimal.Decimal {
	// A zero that needs no rescaling adds nothing: the other is the sum,
	// coefficient and exponent, and is handed back itself (a Decimal is
	// never changed, so it is shared; made again, it would allocate).
	if b.IsZero() && b.Exponent() >= a.Exponent() {
		return a
	}
	if a.IsZero() && a.Exponent() >= b.Exponent() {
		return b
	}
	return addFig(figOf(a), figOf(b)).dec()
}

// pow10 are the powers of ten that fit in an int64.
var pow10 = func() (t [19]int64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 10
	}
	return t
}()

// halfOf returns half of step, the rounding of a figure whose last digit
// stands for step: the value of step.Div(2) (an exact half when step has
// at most 15 decimal places), without a long division.
func halfOf(step decimal.Decimal) decimal.Decimal {
	e := step.Exponent()
	if e >= -15 && e < int32(len(halfUnits))-15 && step.CoefficientInt64() == 1 && step.NumDigits() == 1 {
		return halfUnits[e+15] // the common step, 10^e
	}
	if e >= -15 && e < 100 && step.NumDigits() <= 17 {
		return decimal.New(step.CoefficientInt64()*5, e-1)
	}
	return step.Div(decimal.NewFromInt(2))
}

// halfUnits are the halves of 10^e for e from -15 to 30, made once.
var halfUnits = func() (t [46]decimal.Decimal) {
	for i := range t {
		t[i] = decimal.New(5, int32(i)-15-1)
	}
	return t
}()

// quo returns a/b to 16 decimal places, or more for a small quotient so
// that it keeps 16 significant digits: 1/3 is 0.3333333333333333, 1/105
// 0.009523809523809524. b must not be zero.
func quo(a, b decimal.Decimal) decimal.Decimal {
	q := a.DivRound(b, 16)
	if q.IsZero() || q.Abs().GreaterThanOrEqual(decimal.New(1, -1)) {
		return q
	}
	// The place of the first significant digit: 10^-k.
	k := int32(0)
	for t := q.Abs(); t.LessThan(one) && k < 2*maxExponent; t = t.Shift(1) {
		k++
	}
	return a.DivRound(b, 15+k)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// vulgarFractions are the fraction characters and their values.
var vulgarFractions = map[string][2]int64{
	"½": {1, 2}, "⅓": {1, 3}, "⅔": {2, 3}, "¼": {1, 4}, "¾": {3, 4}, "⅕": {1, 5},
	"⅖": {2, 5}, "⅗": {3, 5}, "⅘": {4, 5}, "⅙": {1, 6}, "⅚": {5, 6}, "⅐": {1, 7},
	"⅛": {1, 8}, "⅜": {3, 8}, "⅝": {5, 8}, "⅞": {7, 8}, "⅑": {1, 9}, "⅒": {1, 10},
}

// fractionToken returns the value of a Fraction token: "1/2", "½".
func fractionToken(t string) (decimal.Decimal, bool) {
	if f, ok := vulgarFractions[t]; ok {
		return quo(decimal.NewFromInt(f[0]), decimal.NewFromInt(f[1])), true
	}
	a, b, _ := strings.Cut(t, "/")
	num, err1 := decimal.NewFromString(a)
	den, err2 := decimal.NewFromString(b)
	if err1 != nil || err2 != nil || den.IsZero() || len(a) > 18 || len(b) > 18 {
		return decimal.Decimal{}, false
	}
	return quo(num, den), true
}

// The atoms of a cardinal number, by what they are.
const (
	atomNone    = iota
	atomUnit    // zero ... nine
	atomTeen    // ten ... nineteen
	atomTens    // twenty ... ninety
	atomDigits  // a number in digits
	atomHundred // hundred
	atomDozen   // dozen
	atomScale   // thousand, million, lakh ...
	atomPoint   // the decimals after "point"
)

// cardinal is a whole number read by (*sentence).cardinal.
type cardinal struct {
	v, step decimal.Decimal
	next    int
	word    bool            // the first atom is a word
	scaled  bool            // a scale word was applied
	lastSc  decimal.Decimal // the last scale word applied
	last    int             // the kind of the last atom
	tensAt  int             // a bare tens word that ends the number ("one hundred thirty"), or -1
}

// dozenWords multiply by twelve.
var dozenWords = words.NewSet(map[string]bool{
	"dozen": true, "dozens": true, "dz": true, "dzs": true, "doz": true, "dozs": true,
})

// scaleAt reports whether token j is a scale word that applies here: a
// spaced lower-case "m" is a metre unless money is being read ("£5 m").
func (s *sentence) scaleAt(j int, money bool) (decimal.Decimal, bool) {
	if s.kind(j) != lex.Scale {
		return decimal.Decimal{}, false
	}
	sc, ok := scales.Get(s.w(j))
	if !ok {
		return sc, false
	}
	if s.toks[j].Text == "m" && !money && !s.glued(j-1) {
		return sc, false
	}
	return sc, true
}

// cardinal reads a whole number at i in digits, words or both: "1,050",
// "forty-seven", "three hundred and fifty billion", "a hundred", "a dozen",
// "4 thousand 3 hundred and 21", "two hundred point zero three". Groups
// after "and" must be smaller than the multiplier before it ("one hundred
// and six"), so that "between two and three" stays two numbers.
func (s *sentence) cardinal(i int, money bool) (cardinal, bool) {
	return s.cardinalFrom(i, money, true)
}

func (s *sentence) cardinalFrom(i int, money, withScales bool) (cardinal, bool) {
	c := cardinal{step: one, tensAt: -1}
	// The number is summed in machine integers (fig) while it fits, and
	// made a decimal once, at the end.
	var total, cur fig
	biggest := decimal.Zero // the biggest scale applied
	lastMult := decimal.Zero
	groups := 0 // groups of digits or words started
	j := i
	if w := s.w(j); w == "a" || w == "an" {
		next := s.w(j + 1)
		_, isScale := s.scaleAt(j+1, money)
		if next != "hundred" && next != "dozen" && !(isScale && len(next) > 3) {
			return c, false
		}
		cur, c.last, c.word, groups = fig{coef: 1}, atomUnit, true, 1
		j++
	}
loop:
	for j < s.n() {
		if s.kind(j) == lex.Hyphen && s.kind(j+1) == lex.Scale && c.last != atomNone && withScales {
			if _, ok := s.scaleAt(j+1, money); ok {
				j++ // 65-billion-U.S.-dollars
			}
		}
		lw, k := s.low[j], s.kind(j)
		switch {
		case k == lex.NumberWord && isUnitWord(lw):
			u := units.Value(lw)
			atom := atomUnit
			if u >= 20 {
				atom = atomTens
			} else if u >= 10 {
				atom = atomTeen
			}
			switch c.last {
			case atomNone, atomHundred:
			case atomScale:
				if !c.word {
					break loop // "$5 billion two years ago"
				}
			case atomTens:
				if atom != atomUnit || u == 0 {
					break loop
				}
			default:
				break loop
			}
			if c.last == atomNone {
				c.word = true
			}
			if c.last == atomNone || c.last == atomScale {
				groups++
			}
			cur = addFig(cur, fig{coef: u})
			c.tensAt = -1
			if atom == atomTens {
				c.tensAt = j
			}
			c.last = atom
			j++
			// forty-seven, fifty - two
			if atom == atomTens && (s.kind(j) == lex.Hyphen || s.kind(j) == lex.Dash && s.low[j] == "-") && s.kind(j+1) == lex.NumberWord {
				if v, ok := units.Get(s.w(j + 1)); ok && v > 0 && v < 10 {
					j++
				}
			}
		case k == lex.Number:
			if c.last != atomNone && !(c.last == atomScale && s.multiplierNext(j+1)) {
				break loop
			}
			d, step, ok := numberFig(s.toks[j].Text)
			if !ok {
				break loop
			}
			if c.last == atomScale && !isInteger(s.toks[j].Text) {
				break loop
			}
			cur, c.step, c.last = d, step, atomDigits
			groups++
			j++
		case lw == "hundred" || lw == "hundreds":
			switch {
			case c.last == atomNone:
				cur, c.word = fig{coef: 1}, true
				groups++
			case c.last == atomDigits, c.last == atomUnit, c.last == atomTeen, c.last == atomTens:
				if c.last != atomDigits && !cur.below(100) {
					break loop
				}
			default:
				break loop
			}
			if lw == "hundreds" && c.last == atomNone {
				break loop // "hundreds of": vague
			}
			cur, c.last, lastMult, c.tensAt = mulFig(cur, fig{coef: 100}), atomHundred, hundred, -1
			if groups == 1 && !c.scaled {
				c.step = mulDec(c.step, hundred)
			}
			j++
		case dozenWords.Has(lw) && (k == lex.Word || k == lex.NumberWord):
			if c.last == atomNone {
				if lw != "dozen" {
					break loop
				}
				cur, c.word = fig{coef: 1}, true
				groups++
			} else if c.last == atomScale || c.last == atomDozen || c.last == atomPoint {
				break loop
			}
			cur, c.last, lastMult, c.tensAt = mulFig(cur, fig{coef: 12}), atomDozen, twelve, -1
			j++
		case k == lex.Scale:
			sc, ok := s.scaleAt(j, money)
			if !ok || !withScales || c.last == atomNone {
				break loop
			}
			if cur.isZero() && total.isZero() {
				break loop
			}
			scf := figOf(sc)
			switch {
			case cur.isZero(): // three lakh crore
				total = mulFig(total, scf)
			case biggest.IsZero() || sc.GreaterThan(biggest):
				total = mulFig(addFig(total, cur), scf)
			default:
				total = addFig(total, mulFig(cur, scf))
			}
			if groups == 1 {
				c.step = mulDec(c.step, sc)
			} else {
				c.step = one
			}
			cur, c.last, lastMult, c.tensAt = fig{}, atomScale, sc, -1
			c.scaled, c.lastSc = true, sc
			if sc.GreaterThan(biggest) {
				biggest = sc
			}
			j++
			// "a million and a half" is read by numeral, not here.
		case lw == "and" && (c.last == atomHundred || c.last == atomScale || c.last == atomDozen):
			g, ok := s.cardinalFrom(j+1, money, false)
			if !ok || g.v.Sign() <= 0 || g.v.GreaterThanOrEqual(lastMult) || g.last == atomPoint || s.denominatorAfter(g.next) {
				break loop // "one hundred and three quarters" is read by numeral
			}
			if (!g.word || !c.word) && s.kind(g.next) == lex.Scale || !g.word && c.last != atomHundred {
				break loop // "3 hundred and 21", "6 crore and two hundred", but "300 billion and 5 million rubles" is two figures
			}
			cur = addFig(cur, figOf(g.v))
			c.last, c.tensAt = g.last, -1
			if c.last == atomDigits {
				c.last = atomUnit // the group is whole: no more digits after it
			}
			groups++
			c.step = one
			j = g.next
		case lw == "point" && c.word && c.last != atomPoint && c.last != atomDigits:
			digits, next := s.pointDigits(j + 1)
			if digits == "" {
				break loop
			}
			d, err := decimal.NewFromString("0." + digits)
			if err != nil {
				break loop
			}
			cur = figOf(cur.dec().Add(d))
			c.step = decimal.New(1, -int32(len(digits)))
			c.last, c.tensAt = atomPoint, -1
			j = next
		default:
			break loop
		}
	}
	if c.last == atomNone {
		return c, false
	}
	c.next = j
	if !total.isZero() || total.exponent() != 0 || cur.exponent() > 0 {
		cur = addFig(total, cur) // 0 + cur is cur when cur needs no rescaling
	}
	c.v = cur.dec()
	return c, true
}

// multiplierNext reports whether token j is "hundred" or a scale: a number
// in digits after a scale word starts a new group only then ("4 thousand 3
// hundred"), never in "$5 billion 2 years ago".
func (s *sentence) multiplierNext(j int) bool {
	return s.w(j) == "hundred" || s.kind(j) == lex.Scale
}

// isInteger reports whether the text of a Number token is a whole number
// written plainly (1050, 1,050), not a decimal or in scientific notation.
func isInteger(t string) bool {
	comma := -1
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '.', 'e', 'E', '^':
			return false
		case ',':
			comma = i
		}
	}
	return comma < 0 || len(t)-comma-1 == 3
}

func isUnitWord(w string) bool {
	_, ok := units.Get(w)
	return ok
}

// pointDigits reads the decimals after "point": digit words one by one
// ("zero three", "nought four") or one number under a hundred ("seventy-
// one", "eleven"). It returns the digits and the token after them.
func (s *sentence) pointDigits(j int) (string, int) {
	digits := ""
	for s.kind(j) == lex.NumberWord {
		u, ok := units.Get(s.low[j])
		if !ok {
			break
		}
		if u < 10 {
			digits += decimal.NewFromInt(u).String()
			j++
			continue
		}
		if digits != "" {
			break
		}
		j++
		// seventy-one
		if u >= 20 && u%10 == 0 && (s.kind(j) == lex.Hyphen || s.kind(j) == lex.Dash && s.low[j] == "-") && s.kind(j+1) == lex.NumberWord {
			if v, ok := units.Get(s.w(j + 1)); ok && v > 0 && v < 10 {
				u += v
				j += 2
			}
		}
		return decimal.NewFromInt(u).String(), j
	}
	return digits, j
}

// denominator reads a fraction's denominator at j: "third", "quarters",
// "hundredths", "twenty-first", "thirty fifths", "one hundred and fifth".
// It returns the denominator, whether it is plural, and the token after
// it.
func (s *sentence) denominator(j int) (den int64, plural bool, next int, ok bool) {
	if d, ok := denominators.Get(s.w(j)); ok && s.kind(j) == lex.Word {
		return d, isPluralOrdinal(s.w(j)), j + 1, true
	}
	// twenty-first, thirty fifths
	if t, ok := units.Get(s.w(j)); ok && s.kind(j) == lex.NumberWord && t >= 20 && t%10 == 0 {
		k := j + 1
		if s.kind(k) == lex.Hyphen {
			k++
		}
		if u, ok := unitOrdinals.Get(s.w(k)); ok && s.kind(k) == lex.Word {
			return t + u, isPluralOrdinal(s.w(k)), k + 1, true
		}
		return 0, false, j, false
	}
	// one hundred fifth, hundred and fifth
	k, h := j, int64(1)
	if u, ok := units.Get(s.w(k)); ok && s.kind(k) == lex.NumberWord && u > 0 && u < 10 && s.w(k+1) == "hundred" {
		h = u
		k++
	}
	if s.w(k) != "hundred" {
		return 0, false, j, false
	}
	k++
	if s.w(k) == "and" {
		k++
	}
	if d, p, n, ok := s.denominator(k); ok && d < 100 {
		return 100*h + d, p, n, true
	}
	return 0, false, j, false
}

// denominatorAfter reports whether a denominator starts at j, after an
// optional hyphen: "and three quarters", "and fifty-four hundredths".
func (s *sentence) denominatorAfter(j int) bool {
	if s.kind(j) == lex.Hyphen {
		j++
	}
	_, _, _, ok := s.denominator(j)
	return ok
}

func isPluralOrdinal(w string) bool {
	return strings.HasSuffix(w, "s") && w != "halves" || w == "halves"
}

// fractionPhrase reads a fraction with no whole part at j: "a third", "an
// eighth", "one-third", "two thirds", "three quarters", "a twenty-first",
// "fifty-four hundredths", "a hundred thousand trillionths", "half". It
// returns its value, numerator and denominator, and the token after it.
func (s *sentence) fractionPhrase(j int, money bool) (v, numer decimal.Decimal, den int64, next int, ok bool) {
	return s.fractionPhraseOf(j, money, nil)
}

// fractionPhraseOf is fractionPhrase given the cardinal at j, when the
// caller has read it (nil: it is read here).
func (s *sentence) fractionPhraseOf(j int, money bool, known *cardinal) (v, numer decimal.Decimal, den int64, next int, ok bool) {
	k := j
	switch w := s.w(j); {
	case (w == "a" || w == "an") && !(s.w(j+1) == "hundred" || s.kind(j+1) == lex.Scale):
		numer = one
		k++
	case w == "half" && s.kind(j) == lex.Word:
		return decimal.New(5, -1), one, 2, j + 1, true
	default:
		c, ok := cardinal{}, true
		if known != nil {
			c = *known
		} else {
			c, ok = s.cardinal(j, money)
		}
		if !ok || !c.word || c.last == atomPoint || c.last == atomDozen {
			return v, numer, 0, j, false
		}
		numer, k = c.v, c.next
		if c.tensAt >= 0 && c.tensAt == c.next-1 {
			// "one hundred thirty fifths": the tens word belongs to the
			// denominator when the numerator keeps something.
			if d, p, n, ok := s.denominator(c.tensAt); ok && d > 20 {
				if rest := c.v.Sub(decimal.NewFromInt(units.Value(s.low[c.tensAt]))); rest.Sign() > 0 && agrees(rest, p) {
					return quo(rest, decimal.NewFromInt(d)), rest, d, n, true
				}
			}
		}
	}
	if s.kind(k) == lex.Hyphen || s.kind(k) == lex.Dash && s.low[k] == "-" {
		k++
	}
	d, plural, next, ok := s.denominator(k)
	if !ok || d < 2 || !agrees(numer, plural) {
		return v, numer, 0, j, false
	}
	return quo(numer, decimal.NewFromInt(d)), numer, d, next, true
}

// agrees reports whether a numerator agrees with its denominator: "one
// third", "two thirds", not "two third".
func agrees(numer decimal.Decimal, plural bool) bool {
	return plural || numer.Equal(one)
}

// numeral reads a number at i: a cardinal with its fraction, decimals and
// scales, or a fraction alone. money says a currency was written before it
// (so that "£5 m" is five million).
func (s *sentence) numeral(i int, money bool) (num, bool) {
	n := num{step: one}
	if s.kind(i) == lex.Fraction {
		v, ok := fractionToken(s.toks[i].Text)
		if !ok {
			return n, false
		}
		n.v, n.step, n.next, n.frac = v, unitStep(-4), i+1, true
		return s.scaleFraction(n, money), true
	}
	c, ok := s.cardinal(i, money)
	if !ok {
		// A fraction alone: "a third", "half a million", "quarter million".
		v, _, _, next, ok := s.fractionPhrase(i, money)
		if !ok {
			if w := s.w(i); (w == "half" || w == "quarter") && s.kind(i) == lex.Word {
				v = decimal.New(5, -1)
				if w == "quarter" {
					v = decimal.New(25, -2)
				}
				if sc := s.scaleFraction(num{v: v, next: i + 1, frac: true, word: true}, money); sc.scaled {
					return sc, true
				}
			}
			return n, false
		}
		n.v, n.next, n.frac, n.word, n.step = v, next, true, true, unitStep(-4)
		return s.scaleFraction(n, money), true
	}
	n.v, n.step, n.next, n.scaled, n.word, n.lastSc = c.v, c.step, c.next, c.scaled, c.word, c.lastSc
	if c.word && c.last != atomPoint {
		// Two thirds, twenty-three fifths, a hundred trillionths, one
		// hundred thirty fifths, three twenty firsts.
		if v, _, _, next, ok := s.fractionPhraseOf(i, money, &c); ok && next >= c.next {
			n.v, n.next, n.frac, n.step, n.scaled = v, next, true, unitStep(-4), false
			return s.scaleFraction(n, money), true
		}
	}
	// 2 1/4, 2½
	if c.last == atomDigits && isInteger(s.toks[c.next-1].Text) && s.kind(c.next) == lex.Fraction && !c.scaled {
		if f, ok := fractionToken(s.toks[c.next].Text); ok && f.LessThan(one) {
			n.v, n.next, n.mixed, n.step = n.v.Add(f), c.next+1, true, unitStep(-4)
			return n, true
		}
	}
	// "two and a half", "one and a fourth", "one hundred and three
	// quarters", "a million and a half", "one billion and a half million",
	// "six million and two thirds", "two and half-fold". A fraction of one
	// or more after "and" makes the whole a numerator: "one hundred and
	// thirty-two fifths" is 132/5.
	if s.w(n.next) == "and" && c.last != atomPoint {
		f, numer, den, next, ok := s.fractionPhrase(n.next+1, money)
		switch {
		case !ok:
		case f.LessThan(one):
			n.mixed = true
			switch sc, isScale := s.scaleAt(next, money); {
			case isScale && n.scaled && sc.LessThan(n.lastSc):
				n.v, n.next, n.step = n.v.Add(f.Mul(sc)), next+1, unitStep(-4).Mul(sc)
				return n, true
			case n.scaled:
				n.v, n.next, n.step = n.v.Add(f.Mul(n.lastSc)), next, stepOf(f).Mul(n.lastSc)
				return n, true
			default:
				n.v, n.next, n.step = n.v.Add(f), next, stepOf(f)
			}
		case c.word && !c.scaled:
			n.v = quo(n.v.Add(numer), decimal.NewFromInt(den))
			n.next, n.frac, n.step = next, true, unitStep(-4)
			return n, true
		}
	}
	// Scales after a fraction: "five and a half million".
	for {
		sc, ok := s.scaleAt(n.next, money)
		if !ok || !n.mixed {
			break
		}
		n.v, n.step, n.next, n.scaled, n.lastSc = mulDec(n.v, sc), mulDec(n.step, sc), n.next+1, true, sc
	}
	return n, true
}

// stepOf is the unit of the last digit of a fraction that ends a number:
// a half for "two and a half", a quarter for "and a quarter".
func stepOf(f decimal.Decimal) decimal.Decimal {
	switch {
	case f.Equal(decimal.New(5, -1)):
		return f
	case f.Equal(decimal.New(25, -2)), f.Equal(decimal.New(75, -2)):
		return decimal.New(25, -2)
	}
	return unitStep(-4)
}

// scaleFraction applies the scale words after fraction n: "half a million",
// "two thirds of a million", "three quarters billion", "half a dozen".
func (s *sentence) scaleFraction(n num, money bool) num {
	k := n.next
	if s.w(k) == "of" && (s.w(k+1) == "a" || s.w(k+1) == "an") {
		k += 2
	} else if s.w(k) == "a" || s.w(k) == "an" {
		k++
	}
	sc, ok := s.scaleAt(k, money)
	if !ok && s.w(k) == "dozen" {
		sc, ok = twelve, true
	}
	if !ok {
		return n
	}
	n.v, n.step, n.next, n.scaled, n.lastSc, n.frac = n.v.Mul(sc), unitStep(-4).Mul(sc), k+1, true, sc, false
	return n
}
