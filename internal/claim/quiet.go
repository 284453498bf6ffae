package claim

import (
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/transcripts/transcripts/internal/bytemask"
	"github.com/transcripts/transcripts/internal/lex"
	"github.com/transcripts/transcripts/internal/words"
)

// hints appends to dst the byte offsets in text of everything that can
// carry a figure's value: a digit, a sign (currency, percent, fraction or
// any other symbol), and a word that names a value (a number word, a scale
// written out, a fraction word, a multiplier word, a percent word). Every
// claim has one of those, so a stretch of text with no hint in it — a
// quiet one — holds no claim and is passed over without being lexed: most
// of the words of a transcript are in quiet sentences. The scan goes from
// word to word by the masks of the text's letters (see scanHints); it errs
// on the side of a hint.
func hints(text string, dst []int) []int { return scanHints(valueWords(), text, dst, len(text)) }

// quiet reports whether text has no hint: it can hold no claim.
func quiet(text string) bool {
	var buf [1]int
	return len(scanHints(valueWords(), text, buf[:0], 1)) == 0
}

// scanHints is hints, by value words vw, that stops after the first limit
// hints (the Extractor hands vw down, not asking for it per paragraph). It walks
// the text's words by the masks of its letters and plainest bytes
// (bytemask), 64 bytes at a time: a word is found and measured with a few
// instructions whatever its length, and words are ruled out a block at a
// time, most by their first three letters as the masks are made (vw's
// prefixes: nine words in ten), then by their first two letters and
// length (words.Pairs.Filter); only the others are read, and the bytes
// that are neither letters nor plain (a digit, a sign, a rune's byte,
// other punctuation).
func scanHints(vw *wordFilter, text string, dst []int, limit int) []int {
	limit += len(dst)
	var blocks [8]bytemask.Block
	next := 0          // the first byte not read yet: a rune's bytes before it are passed over
	carry := uint64(0) // 1 when the byte before the block is a letter
	for base := 0; base < len(text); {
		var n int
		if vw.prefixes != nil {
			n = vw.prefixes.Fill(blocks[:], text[base:])
		} else {
			n = bytemask.Fill(blocks[:], text[base:])
		}
		for i, b := range blocks[:n] {
			// The next block's letters (when at hand: else all ones,
			// and 0 when there is none).
			after := ^uint64(0)
			if i+1 < n {
				after = blocks[i+1].Letters
			} else if base+64 >= len(text) {
				after = 0
			}
			// Where a word starts that may be one of vw's: by its first
			// three letters when it has three or more (Long), by its
			// first when fewer (Short); both when the next block is not
			// at hand. And every byte neither a letter nor plain (a
			// space, a comma, a full stop).
			starts := b.Letters &^ (b.Letters<<1 | carry)
			long := (b.Letters>>1 | after<<63) & (b.Letters>>2 | after<<62) // a letter at k+1 and k+2
			either := uint64(0)                                             // the places whose word may be long or short
			if i+1 == n && base+64 < len(text) {
				either = 3 << 62
			}
			events := starts&(b.Long&(long|either)|b.Short&(^long|either)) | ^(b.Letters | b.Plain)
			carry = b.Letters >> 63
			if skip := next - base; skip >= 64 {
				events = 0
			} else if skip > 0 {
				events &^= 1<<skip - 1
			}
			// What needs a look: the events but the words whose first
			// two letters and length are no word's of vw (its pairs hold
			// its words' first letters and lengths too), a word that
			// goes on into the next block measured by its mask when that
			// is at hand (most blocks end inside a word).
			events = vw.pairs.Filter(text[base:], b.Letters, after, events&b.Letters) | events&^b.Letters
			for ; events != 0; events &= events - 1 {
				k := bits.TrailingZeros64(events)
				p := base + k
				if b.Letters>>k&1 != 0 {
					// A word whose first letter and length may be a
					// value word's, or that goes on past the block.
					end := p + bits.TrailingZeros64(^(b.Letters >> k))
					if end-base == 64 {
						// It goes on in the next block, by its mask when
						// that is at hand and ends the word.
						if i+1 < n && ^blocks[i+1].Letters != 0 {
							end += bits.TrailingZeros64(^blocks[i+1].Letters)
						} else {
							for end < len(text) && byteClass[text[end]] == byteLetter {
								end++
							}
						}
						next = end
					}
					if !vw.mayBe(text, p, end) {
						continue
					}
				} else {
					if p < next {
						continue // a byte of a rune read
					}
					switch byteClass[text[p]] {
					case bytePlain:
						continue
					case byteMulti:
						r, w := utf8.DecodeRuneInString(text[p:])
						if next = p + w; plainRune(r) {
							continue
						}
					default:
					}
				}
				if dst = append(dst, p); len(dst) == limit {
					return dst
				}
			}
			base += 64
		}
	}
	return dst
}

// dropIdleHints removes from hs, the hints of text in order, those of a
// figure that is never a claim whatever the words around it, and returns
// what is left (in hs's memory): a sentence whose hints are all such
// holds no claim, and is passed over as a quiet one is (it hands on its
// period and topic as a sentence read with no claim does). Such a figure
// is a whole number that stands apart (after a space, a line feed, an
// opening bracket or nothing) and is
//
//   - a digit ordinal: "25th", "1st" (the lexer's Ordinal, never a claim);
//   - a year before a stop or a clause mark: "in 2019.", "(2010)";
//   - a number of time units: "25 years", "six months" (a duration);
//   - a number after a month's name: "March 8", "December 2019" (a date:
//     the month reads it);
//   - "one" before a stop or a plain word: "one of", "one country" (an
//     idiom, never a count);
//   - "two" or "three" after a determiner but "the" ("our two countries"),
//     or before a noun that names the parties to talks ("the two sides"):
//     an idiom;
//
// or a number after a hyphen glued to a word, before a stop or a plain
// word: "S-400", "COVID-19" (a name). And, read as the claim reader reads
// them (sentence.classify):
//
//   - a number glued to a word, before a stop or a plain word: "G20",
//     "CO2" (a name), unless the word names a currency, a scale or a
//     sign ("USD500", "bn5");
//   - a decade: "the 1990s", "the 80s", "the mid-1990s", before a stop
//     or a plain word;
//   - a range of two years before a stop: "for 2017–2020.", "(2008-2009)";
//   - a number after a word with a capital inside a sentence (neither its
//     first word nor a hedge's, a currency's or a sign's), before a stop
//     or a word that is never a noun (verbOrJoinAt): "Nord Stream 2.",
//     "Nord Stream 2 is", "Article 105," (a name; "Kazakhstan 500 tonnes"
//     is a count, so a plain word after is not taken);
//   - a number joined by a hyphen to a unit of time: "a 25-year effort",
//     "a 77-year-old man", "a three-year programme" (a duration), or to
//     another word that makes it part of a compound: "a two-way street",
//     "a one-off measure", "a 100-seat plane" (compoundAt);
//   - a number word after a word and a hyphen: the second "one" of
//     "one-on-one" (a name);
//   - an ordinal that is also a denominator, with no numeral just before
//     it: "my third visit", "Third, ...", "third countries" ("a third",
//     "one third" are fractions);
//   - a number after "top" or "following", before a stop or a plain
//     word: "the top ten countries" (a rank; "the top 10 percent" is a
//     claim), "the following four proposals" (a list);
//   - a number word but "one" before a stop: "grew by two." (a bare
//     number word; "one" is read above), and "one" before a possessive
//     ending: "one’s duty" (an idiom);
//   - a year before a verb of being or having, a modal, "and" or "or"
//     ("2020 will be", and so a range of two: "for 2017–2020 was"), or
//     after a date's day: "January 1, 2021".
//
// The rules are the claim reader's own, read off the bytes: each holds
// only where the reader's holds whatever else the sentence says, so
// each asks less than the reader does (a name's number before a stop,
// not before a word that may be what it counts). No currency and no minus may stand
// before the number ("rmb 2019.", "USD 5 years" are sums of money), and a
// plain word names no currency, scale or percent ("one dollar", "one bn",
// "one per cent", "Su-35 dollars" are claims). Any other hint is kept,
// and so is every hint of a number that may be more (a bracket's, a
// sign's, the digits after a point or a comma). The claims are the same
// with and without: tests compare them with reading every sentence
// (readAll). It appends to idles the offset of each figure it drops.
//
// The figures after one it keeps, up to the next full stop, are kept
// unread: they are in its sentence, which is read whatever they are (two
// in five of the figures the rules read on the benchmark's input). A
// full stop is all that is looked for; past a question mark, or a cut in
// a long sentence, a hint so kept makes a sentence read that need not
// be, which changes no claim.
func dropIdleHints(text string, hs, idles []int) (kept, _ []int) {
	n := 0 // the hints kept, at the start of hs
	// The hints before loudTo follow a figure kept with no full stop
	// between: most are in its sentence, which is read whatever they
	// are, and they are kept unread. (One that is not, past a question
	// mark or a long sentence's cut, only has its sentence read: a hint
	// kept is never wrong, only more reading.)
	loudTo := 0
	for i := 0; i < len(hs); {
		p := hs[i]
		if p < loudTo {
			hs[n] = p
			n++
			i++
			continue
		}
		end, idle := p+1, false
		switch c := text[p]; {
		case isDigit(c):
			for end < len(text) && isDigit(text[end]) {
				end++
			}
			if p == 0 || !isDigit(text[p-1]) {
				end, idle = idleNumber(text, p, end)
			}
		case byteClass[c] == byteLetter: // a value word
			for end < len(text) && byteClass[text[end]] == byteLetter {
				end++
			}
			idle = idleWord(text, p, end)
		}
		k := i + 1 // the hints of the number or word: each of its digits
		for k < len(hs) && hs[k] < end {
			k++
		}
		if idle {
			idles = append(idles, p)
			i = k
			continue
		}
		for ; i < k; i++ {
			hs[n] = hs[i]
			n++
		}
		if stop := strings.IndexByte(text[end:], '.'); stop >= 0 {
			loudTo = end + stop
		} else {
			loudTo = len(text)
		}
	}
	return hs[:n], idles
}

// idleWord reports whether the value word text[p:end] is a figure that
// is never a claim (see dropIdleHints). Only number words and ordinals
// ever are (wordClasses): the others (scales, percent words, fractions,
// multipliers) are told at once.
func idleWord(text string, p, end int) bool {
	var buf [16]byte
	if end-p > len(buf) {
		return false
	}
	cls := wordClassOf(string(foldLetters(buf[:], text[p:end])))
	if cls == 0 {
		return false
	}
	// A space or a hyphen and a unit's first letter after it first: most
	// number words have none.
	if cls&wordNumber != 0 && end+1 < len(text) && (text[end] == ' ' || text[end] == '-') && unitStart[text[end+1]] &&
		(timeUnitAt(text, end) || timeCompoundAt(text, end)) {
		return !figureBefore(text, p) // "six months", "two years", "a three-year plan"
	}
	if p >= 2 && text[p-1] == '-' && byteClass[text[p-2]] == byteLetter {
		// After a word and a hyphen: "one-on-one" (a name).
		return cls&wordNumber != 0 && afterHyphenWord(text, p) && (stopAt(text, end) || plainCountWordAt(text, end))
	}
	if end == len(text) || !standsApart(text, p) {
		return false
	}
	if cls&wordNumber != 0 && end+1 < len(text) && text[end] == '-' && compoundAt(text, end) {
		return !figureBefore(text, p) // "a two-way street", "a one-off measure"
	}
	if cls&wordOne != 0 {
		return (stopAt(text, end) || plainWordAt(text, end) || possessiveAt(text, end)) && !figureBefore(text, p)
	}
	if cls&(wordNumber|wordZero) != 0 {
		// A number word before a stop counts nothing: "grew by two." (a
		// bare number word); after "top" or "following", before a
		// plain word too: "the top ten countries", "the following four
		// proposals" (a rank, a list).
		if rankOrListBefore(text, p) {
			return (stopAt(text, end) || plainCountWordAt(text, end)) && !figureBefore(text, p)
		}
		if stopAt(text, end) {
			return !figureBefore(text, p)
		}
	}
	if cls&wordOrdinal != 0 {
		// "the fifth time", "my third visit", "Third, ...", "third
		// countries": an ordinal, unless a numeral stands just before
		// it ("a fifth", "one third": a fraction).
		return !numeralBefore(text, p) && !figureBefore(text, p)
	}
	if cls&wordTwoThree != 0 {
		// "our two countries", "these three issues": an idiom after a
		// determiner but "the"; "the two sides": an idiom before the
		// nouns that name the parties to talks (sentence.classify).
		if w := wordBefore(text, p); w != "the" && determiners.Has(w) && (stopAt(text, end) || plainWordAt(text, end)) {
			return true
		}
		return idiomNounAt(text, end) && !figureBefore(text, p)
	}
	return false
}

// The classes of wordClasses.
const (
	wordNumber   = 1 << iota // a number word from one to nineteen, or a ten up to ninety
	wordOne                  // "one"
	wordTwoThree             // "two" or "three"
	wordZero                 // "zero"
	wordOrdinal              // an ordinal that is also a denominator, in the singular: "third", "fifth"
)

// wordClassOf returns what the value word w, in lower case, is to
// idleWord (by a switch, which Go compiles to a search of the words by
// length and bytes: no hash).
func wordClassOf(w string) uint8 {
	switch w {
	case "one":
		return wordNumber | wordOne
	case "two", "three":
		return wordNumber | wordTwoThree
	case "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety":
		return wordNumber
	case "zero":
		return wordZero
	case "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
		"seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
		"fiftieth", "hundredth", "thousandth":
		return wordOrdinal
	}
	return 0
}

// rankOrListBefore reports whether "top" or "following" stands one space
// before text[p]: a number after it ranks or lists ("the top ten", "the
// following four"), the claim reader finds (sentence.classify).
func rankOrListBefore(text string, p int) bool {
	if p < 4 || text[p-1] != ' ' {
		return false
	}
	start, end := wordBoundsBefore(text, p)
	switch end - start {
	case 3:
		return strings.EqualFold(text[start:end], "top")
	case 9:
		return strings.EqualFold(text[start:end], "following")
	}
	return false
}

// idleNumber reports whether the digits text[p:end] are a figure that is
// never a claim (see dropIdleHints), and where that figure ends: at end,
// or past it (a decade's "s", a range's second year).
func idleNumber(text string, p, end int) (int, bool) {
	if p >= 2 && text[p-1] == '-' && byteClass[text[p-2]] == byteLetter {
		// A name: S-400, MiG-29, COVID-19; or a decade: mid-1990s.
		end = decadeEnd(text, p, end)
		return end, stopAt(text, end) || plainWordAt(text, end)
	}
	if p >= 1 && byteClass[text[p-1]] == byteLetter {
		// A name: G20, CO2.
		start := p - 1
		for start > 0 && byteClass[text[start-1]] == byteLetter {
			start--
		}
		return end, standsApart(text, start) && !figureWord(text[start:p]) && (stopAt(text, end) || plainWordAt(text, end))
	}
	if !standsApart(text, p) {
		return end, false
	}
	if d := decadeEnd(text, p, end); d > end {
		return d, (stopAt(text, d) || plainWordAt(text, d)) && !figureBefore(text, p)
	}
	switch {
	case ordinalAt(text, end):
		return end, true
	case afterMonth(text, p):
		return end, true
	case end-p == 4 && text[p:end] >= "1800" && text[p:end] <= "2199":
		if r := yearRangeEnd(text, end); r > end {
			// Two years: the second is a count when a noun follows
			// ("In 2017–2020 people came").
			return r, (stopAt(text, r) || verbOrJoinAt(text, r)) && !figureBefore(text, p)
		}
		// A year before a stop or a word that is no noun ("2020 will
		// be"), after a word that makes any count a year
		// (sentence.classify) before a plain word ("in 2019 trade"), or
		// after a date's day ("January 1, 2021").
		return end, (stopAt(text, end) || verbOrJoinAt(text, end)) && !figureBefore(text, p) ||
			yearWordBefore(text, p) && plainWordAt(text, end) || dayBefore(text, p)
	case end+1 < len(text) && unitStart[text[end+1]] && (timeUnitAt(text, end) || timeCompoundAt(text, end)):
		return end, !figureBefore(text, p)
	case (stopAt(text, end) || verbOrJoinAt(text, end)) && nameBefore(text, p):
		return end, true
	case compoundAt(text, end):
		return end, !figureBefore(text, p) // "a 100-seat plane"
	}
	if rankOrListBefore(text, p) && (stopAt(text, end) || plainCountWordAt(text, end)) {
		return end, !figureBefore(text, p) // "the top 10 countries" (a rank), "the following 4 points" (a list)
	}
	return end, false
}

// decadeEnd returns where the decade whose digits are text[p:end] ends,
// past its "s" ("1990s", "80s"), or end when they are none.
func decadeEnd(text string, p, end int) int {
	if (end-p == 4 || end-p == 2) && text[end-1] == '0' && end < len(text) && text[end] == 's' && wordEndsAt(text, end+1) {
		return end + 1
	}
	return end
}

// yearRangeEnd returns where the year after the one ending at text[i]
// ends, when a hyphen or an en dash joins them ("2017–2020"), or i.
func yearRangeEnd(text string, i int) int {
	j := i
	switch {
	case strings.HasPrefix(text[i:], "-"):
		j++
	case strings.HasPrefix(text[i:], "–"):
		j += len("–")
	default:
		return i
	}
	if j+4 > len(text) || j+4 < len(text) && isDigit(text[j+4]) {
		return i
	}
	for k := j; k < j+4; k++ {
		if !isDigit(text[k]) {
			return i // "2000–200!"
		}
	}
	if text[j:j+4] < "1800" || text[j:j+4] > "2199" {
		return i
	}
	return j + 4
}

// timeCompoundAt reports whether a hyphen and a unit of time follow a
// number ending at text[i] (hyphenWordAt): "25-year", "77-year-old",
// "24-hour".
func timeCompoundAt(text string, i int) bool {
	switch hyphenWordAt(text, i) {
	case "year", "month", "week", "day", "hour", "decade", "century":
		return true
	}
	return false
}

// hyphenWordAt returns the word of lower-case ASCII letters after a hyphen
// at text[i], when one stands there and ends with the word or goes on
// with another hyphen ("-year", "-year-old"), or "".
func hyphenWordAt(text string, i int) string {
	if i >= len(text) || text[i] != '-' {
		return ""
	}
	end := i + 1
	for end < len(text) && 'a' <= text[end] && text[end] <= 'z' {
		end++
	}
	if end < len(text) && text[end] != '-' && !wordEndsAt(text, end) {
		return ""
	}
	return text[i+1 : end]
}

// possessiveAt reports whether a possessive ending stands at text[i]
// ("one’s", "one's"), the word ending after it.
func possessiveAt(text string, i int) bool {
	for _, suf := range [...]string{"’s", "'s"} {
		if strings.HasPrefix(text[i:], suf) && wordEndsAt(text, i+len(suf)) {
			return true
		}
	}
	return false
}

// verbOrJoinAt reports whether a word that is never what a number counts
// follows the number ending at text[i]: a verb of being or having, a
// modal, or "and" or "or" (what a number after it counts is a figure of
// its own, with its own hint).
func verbOrJoinAt(text string, i int) bool {
	switch wordAt(text, i) {
	case "was", "were", "is", "are", "will", "would", "has", "have", "had", "and", "or":
		return true
	}
	return false
}

// dayBefore reports whether the year at text[p] follows a date's day and a
// comma, the day after a month's name: "January 1, 2021" is one date.
func dayBefore(text string, p int) bool {
	if p < 5 || text[p-1] != ' ' || text[p-2] != ',' {
		return false
	}
	d := p - 2 // the day's end
	start := d
	for start > 0 && isDigit(text[start-1]) && d-start < 3 {
		start--
	}
	if end := p + 4; end < len(text) && end+1 < len(text) && (text[end] == '.' || text[end] == ',') && isDigit(text[end+1]) {
		return false // "January 1, 2021.5": more than a year
	}
	return start < d && d-start <= 2 && standsApart(text, start) && afterMonth(text, start)
}

// compoundAt reports whether a hyphen and a word of lower-case letters
// follow a number ending at text[i], the word ending there or going on
// with a hyphen, and the word makes the number part of a compound
// adjective ("two-way", "one-off", "100-seat", "one-on-one"): it is no
// value word, no unit of measure ("10-tonne" counts tonnes), none of
// figureWord's ("two-dollar", "5-percent") and no word that joins two
// numbers or makes a multiplier ("one-to-one", "2-fold").
func compoundAt(text string, i int) bool {
	w := hyphenWordAt(text, i)
	if w == "" || len(w) > 16 {
		return false
	}
	end := i + 1 + len(w)
	switch w {
	case "and", "or", "to", "in", "out", "of", "by", "per", "from", "than", "fold", "times", "x":
		return false
	}
	return !valueWords().mayBe(text, i+1, end) && !measureUnits.Has(w) && !figureWord(w)
}

// afterHyphenWord reports whether the value word at text[p] follows a word
// of ASCII letters and a hyphen ("on-one", "COVID-nineteen"), the word
// standing apart or after a hyphen itself ("one-on-one"): a part of a
// name to the claim reader, unless the word is itself a value word (the
// "twenty" of "twenty-five" starts the number) or one of figureWord's.
func afterHyphenWord(text string, p int) bool {
	start := p - 1
	for start > 0 && byteClass[text[start-1]] == byteLetter {
		start--
	}
	return (standsApart(text, start) || text[start-1] == '-') && start < p-1 && !valueWords().mayBe(text, start, p-1) && !figureWord(text[start:p-1])
}

// numeralBefore reports whether a numeral may stand just before the word
// at text[p]: digits, a value word, "a" or "an" one space before it, or
// anything not read here (white space other than one space, a rune, a
// dash: "a\nthird", "a  third" are fractions too). Nothing before it, an
// opening bracket, or a stop or clause mark and a space is no numeral
// ("Third, ...", "first, second, third").
func numeralBefore(text string, p int) bool {
	if p == 0 || text[p-1] == '(' {
		return false
	}
	if text[p-1] != ' ' {
		return true
	}
	if p < 2 {
		return false
	}
	c := text[p-2]
	if byteClass[c] != byteLetter {
		switch c {
		case ',', ';', ':', '.', '!', '?', ')', '"':
			return false
		}
		return true // a digit, white space, a dash, a rune
	}
	start, end := wordBoundsBefore(text, p)
	if start == end {
		return true // a word not of ASCII letters alone: not read here
	}
	w := text[start:end]
	return len(w) <= 2 && (w[0]|0x20 == 'a') || valueWords().mayBe(text, start, end)
}

// plainCountWordAt is plainWordAt for a count: the word after the number
// is no multiplier's ("five times") and no comparison's either.
func plainCountWordAt(text string, i int) bool {
	switch wordAt(text, i) {
	case "times", "fold", "more", "less", "x":
		return false
	}
	return plainWordAt(text, i)
}

// nameBefore reports whether the number at text[p] follows a word that
// starts with a capital, one space before it, inside a sentence: a letter
// or a digit and a space stand before the word (so it is not a sentence's
// first). The word may be no hedge's last ("Over 50"), no
// value word and no word of figureWord: the claim reader takes such a
// number for part of a name ("Nord Stream 2", "Article 105"), when no
// noun follows it.
func nameBefore(text string, p int) bool {
	start, end := wordBoundsBefore(text, p)
	if end-start < 2 || end-start > 16 || text[start] < 'A' || text[start] > 'Z' || start < 2 || text[start-1] != ' ' {
		return false
	}
	if c := text[start-2]; byteClass[c] != byteLetter && !isDigit(c) {
		return false // a comma may end a long sentence's first part (splitSentencesTo)
	}
	var buf [16]byte
	w := string(foldLetters(buf[:], text[start:end]))
	if _, ok := hedgesEndingWith.Get(w); ok || nameStops[w] || valueWords().mayBe(text, start, end) {
		return false
	}
	return !figureWord(text[start:end])
}

// nameStops are words that may join a number to the figure before it
// ("3 to 5", "76 out of 89"), or make it a figure: nameBefore does not
// take a number after them for a name.
var nameStops = map[string]bool{
	"a": true, "an": true, "and": true, "or": true, "to": true, "of": true, "out": true,
	"from": true, "between": true, "than": true, "by": true, "up": true, "down": true,
	"minus": true, "negative": true, "plus": true, "times": true, "x": true,
}

// figureWord reports whether the word w of ASCII letters may make a
// number next to it more than a count: a currency's name, code, prefix
// or adjective, a scale, a subunit, a code for millions, a percent word,
// or a sign.
func figureWord(w string) bool {
	if millionCode(w) != "" {
		return true
	}
	if len(w) > 16 {
		return false // longer than any of them
	}
	var buf [16]byte
	lw := string(foldLetters(buf[:], w))
	if _, ok := currencyWords.Get(lw); ok {
		return true
	}
	if _, ok := currencyPrefixes.Get(lw); ok {
		return true
	}
	if _, ok := currencyAdjectives.Get(lw); ok {
		return true
	}
	if _, ok := scales.Get(lw); ok {
		return true
	}
	if _, ok := subunits.Get(lw); ok {
		return true
	}
	switch lw {
	case "percent", "percents", "percentage", "pct", "per", "pp", "p", "x", "minus", "negative", "plus":
		return true
	}
	return nationalCurrencies.Value(lw)
}

// standsApart reports whether text[p] starts the text, or follows a space,
// a line feed or an opening bracket.
func standsApart(text string, p int) bool {
	return p == 0 || text[p-1] == ' ' || text[p-1] == '\n' || text[p-1] == '('
}

// stopAt reports whether text ends at i, or a stop or a clause mark that
// ends a figure stands there: one of ,.;:)?! before a space, a line feed
// or the end.
func stopAt(text string, i int) bool {
	if i == len(text) {
		return true
	}
	if !strings.ContainsRune(",.;:)?!", rune(text[i])) {
		return false
	}
	return i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'
}

// wordEndsAt reports whether a word ends at text[i]: the end, or an ASCII
// byte that is no letter, no digit, no hyphen and no apostrophe (the word
// goes on past them).
func wordEndsAt(text string, i int) bool {
	if i == len(text) {
		return true
	}
	c := text[i]
	return c < utf8.RuneSelf && byteClass[c] != byteLetter && !isDigit(c) && c != '-' && c != '\''
}

// ordinalAt reports whether a digit ordinal's suffix stands at text[i]:
// "25th" is one token, an Ordinal.
func ordinalAt(text string, i int) bool {
	if i+2 > len(text) || !wordEndsAt(text, i+2) {
		return false
	}
	switch text[i : i+2] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// wordAt returns the word of ASCII letters after the space at text[i],
// when one stands there and ends cleanly, or "".
func wordAt(text string, i int) string {
	if i >= len(text) || text[i] != ' ' {
		return ""
	}
	end := i + 1
	for end < len(text) && byteClass[text[end]] == byteLetter {
		end++
	}
	if end == i+1 || !wordEndsAt(text, end) {
		return ""
	}
	return text[i+1 : end]
}

// idiomNounAt reports whether one of idiomNouns, in lower case, follows a
// number ending at text[i], and ends there (possessive or not): "two
// countries", "the two sides’ positions", "the two countries' trade". A
// possessive is one as the reader trims it (trimPossessive): an apostrophe
// and perhaps an s that end the lexer's word; "countries’As" is one word
// of the lexer's, no idiom noun.
func idiomNounAt(text string, i int) bool {
	if i >= len(text) || text[i] != ' ' {
		return false
	}
	end := i + 1
	for end < len(text) && 'a' <= text[end] && text[end] <= 'z' {
		end++
	}
	if end == i+1 {
		return false
	}
	if !wordEndsAt(text, end) {
		rest := end // after an apostrophe and an s, if that is what follows
		switch {
		case strings.HasPrefix(text[end:], "’"):
			rest += len("’")
		case text[end] == '\'':
			rest++
		default:
			return false
		}
		if rest < len(text) && text[rest] == 's' {
			rest++
		}
		if !wordEndsAt(text, rest) {
			return false
		}
	}
	return idiomNouns.Value(text[i+1 : end])
}

// timeUnitAt reports whether a unit of time follows a number ending at
// text[i]: " years", " months" ... (a duration, never a claim).
func timeUnitAt(text string, i int) bool {
	switch wordAt(text, i) {
	case "year", "years", "month", "months", "week", "weeks", "day", "days",
		"hour", "hours", "decade", "decades", "century", "centuries":
		return true
	}
	return false
}

// unitStart marks the first letters of the units timeUnitAt reads.
var unitStart = [256]bool{'y': true, 'm': true, 'w': true, 'd': true, 'h': true, 'c': true}

// plainWordAt reports whether a word that names no currency, scale or
// percent follows the number ending at text[i]: the number, a name's or
// an idiom's, stays what it is before it.
func plainWordAt(text string, i int) bool {
	w := wordAt(text, i)
	if len(w) < 2 || millionCode(w) != "" {
		return false // "p.p.", "k", "MUSD"
	}
	var buf [16]byte
	if hasCapital(w) {
		// The tables hold lower case ("USD", "Chinese").
		if len(w) > len(buf) {
			return true // longer than any currency, scale or percent word
		}
		w = string(foldLetters(buf[:], w))
	}
	if w == "per" {
		return false // "per cent"
	}
	_, money := currencyWords.Get(w)
	_, prefix := currencyPrefixes.Get(w)
	_, adjective := currencyAdjectives.Get(w)
	_, scale := scales.Get(w)
	_, subunit := subunits.Get(w)
	return !money && !prefix && !adjective && !scale && !subunit && !nationalCurrencies.Value(w)
}

// hasCapital reports whether the ASCII letters of w hold a capital.
func hasCapital(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' {
			return true
		}
	}
	return false
}

// figureBefore reports whether the word before the number at text[p] may
// make it more than it reads alone (sentence.currencyBefore,
// sentence.isMinusWord): a currency name or code ("rmb", "USD",
// "dollar"), a code for millions (MUSD), "minus" or "negative", or a word
// not of plain ASCII letters, which is not read here.
func figureBefore(text string, p int) bool {
	end := p
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '\n') {
		end--
	}
	if end == 0 {
		return false
	}
	if c := text[end-1]; byteClass[c] != byteLetter {
		// No word before: a bracket, a stop, a digit (a hint of its own)
		// or a sign (a hint that is kept). A rune or a control byte is not
		// read here.
		return c >= utf8.RuneSelf || c < ' '
	}
	start := end
	for start > 0 && byteClass[text[start-1]] == byteLetter {
		start--
	}
	if !standsApart(text, start) {
		return true // "u.s. 2019", "x-rub 5": not read here
	}
	w := strings.ToLower(text[start:end])
	_, money := currencyWords.Get(w)
	return money || millionCode(text[start:end]) != "" || w == "minus" || w == "negative"
}

// wordBefore returns the word of ASCII letters, lower-cased, that stands
// apart one space before text[p], or "".
func wordBefore(text string, p int) string {
	start, end := wordBoundsBefore(text, p)
	return strings.ToLower(text[start:end])
}

// wordBoundsBefore returns where the word of ASCII letters that stands
// apart one space before text[p] starts and ends in text (start == end
// when there is none).
func wordBoundsBefore(text string, p int) (start, end int) {
	end = p - 1
	if end < 1 || text[end] != ' ' {
		return p, p
	}
	start = end
	for start > 0 && byteClass[text[start-1]] == byteLetter {
		start--
	}
	if start == end || !standsApart(text, start) {
		return p, p
	}
	return start, end
}

// yearWordBefore reports whether a word that makes a count of four digits
// from 1800 to 2199 a year stands before text[p] (sentence.classify): "in
// 2019", "since 2010", "the 2008 crisis".
func yearWordBefore(text string, p int) bool {
	switch wordBefore(text, p) {
	case "in", "since", "by", "until", "of", "from", "to", "for", "year", "the":
		return true
	}
	return false
}

// afterMonth reports whether the number at text[p] follows a month's name
// with a capital, after one space: "March 8" is a date, whatever comes
// after the number (sentence.date).
func afterMonth(text string, p int) bool {
	start, end := wordBoundsBefore(text, p)
	if n := end - start; n < 3 || n > 9 || text[start] < 'A' || text[start] > 'Z' {
		return false
	}
	var buf [9]byte
	switch string(foldLetters(buf[:], text[start:end])) {
	case "january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december":
		return true
	}
	return false
}

// foldLetters writes the ASCII letters of w into buf lower-cased (the bit
// 0x20 lower-cases a letter) and returns them there; w must fit in buf.
func foldLetters(buf []byte, w string) []byte {
	b := buf[:len(w)]
	for i := range len(w) {
		b[i] = w[i] | 0x20
	}
	return b
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// mayBe reports whether the word text[start:end] of ASCII letters is one
// of f's words, in any case: its first letter and length, then its first
// two letters, last letter and length rule most others out before it is
// hashed.
func (f *wordFilter) mayBe(text string, start, end int) bool {
	c, n := text[start], end-start
	if !f.starts.Has(c, n) {
		return false
	}
	second := text[end-1]
	if n > 1 {
		second = text[start+1]
	}
	if !f.pairs.Has(c, second, n) || !f.shapes.Has(words.Shape(c, second, text[end-1], n)) {
		return false
	}
	w := text[start:end]
	_, ok := f.words.Get(words.Hash(w), w)
	return ok
}

// The classes of bytes the hint scan tells apart.
const (
	bytePlain  = iota // space and punctuation that carry no figure
	byteLetter        // a-z, A-Z
	byteMulti         // the first byte of a multi-byte rune
	byteOther         // digits, $, %, control bytes and other signs
)

// byteClass classifies each byte.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = byteLetter
		case c >= utf8.RuneSelf:
			t[c] = byteMulti
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			t[c] = bytePlain
		case c < ' ' || c == 0x7f || '0' <= c && c <= '9':
			t[c] = byteOther
		default:
			t[c] = bytePlain
		}
	}
	for _, c := range "$%#+=<>^~|\\`" {
		t[c] = byteOther
	}
	return t
}()

// plainRune reports whether the non-ASCII rune r can carry no figure:
// punctuation, space, a mark, an invisible format character (a zero-width
// space, a soft hyphen, a direction mark: the Kremlin's pages have
// zero-width spaces), or a letter that does not lower-case to an ASCII one
// (as the Kelvin sign does). Currency signs, fraction characters, digits
// of other scripts, other symbols and invalid bytes are not plain.
func plainRune(r rune) bool {
	switch {
	case r == '’' || r == '–' || r == '—' || r == '“' || r == '”' || r == '‘' || r == '\u00a0':
		return true // the common ones, before the Unicode tables: punctuation and a space
	case r == utf8.RuneError:
		return false
	case unicode.IsPunct(r), unicode.IsSpace(r), unicode.IsMark(r), unicode.Is(unicode.Cf, r):
		return true
	case unicode.IsLetter(r):
		return unicode.ToLower(r) >= utf8.RuneSelf && unicode.ToUpper(r) >= utf8.RuneSelf
	}
	return false
}

// valueWords are the words that can carry a figure's value, in lower
// case: every claim has a digit, a sign or one of them. They are the
// number words, the scales written out in the singular (a scale in the
// plural, "thousands", is vague, and an abbreviated one, "bn", follows a
// number), the fraction words, the multiplier words and the percent words
// (and "p", of "a p.p.": one percentage point).
// Ordinals that are no fraction ("first", "second") are not among them:
// alone they are ordinals, never claims.
var valueWords = sync.OnceValue(func() *wordFilter {
	set := map[string]bool{"percent": true, "percents": true, "percentage": true, "pct": true, "pp": true,
		"thousand": true, "million": true, "billion": true, "trillion": true, "lakh": true, "crore": true,
		"p": true} // of "p.p.": a percentage point
	lex.Keywords(lex.NumberWord, func(w string) { set[w] = true })
	for w := range denominators.All() {
		set[w] = true
	}
	for w := range multiplierWords {
		set[w] = true
	}
	return newWordFilter(set)
})

// newWordFilter returns the wordFilter of the words of set, lower case.
func newWordFilter(set map[string]bool) *wordFilter {
	f := newPlainWordFilter(set)
	f.prefixes, _ = bytemask.NewPrefixes(f.words.Words(), words.CommonEnglish())
	return f
}

// newPlainWordFilter is newWordFilter without the prefixes, whose tables
// take a tenth of a millisecond to make: for a filter that reads a few
// short texts.
func newPlainWordFilter(set map[string]bool) *wordFilter {
	f := &wordFilter{words: words.New(set)}
	for w := range set {
		f.shapes.Add(w)
		f.starts.AddFold(w)
		f.pairs.Add(w)
	}
	return f
}

// wordFilter is a set of lower-case words, with the shapes of its words
// to pass most other words over without a look-up.
type wordFilter struct {
	words *words.Table[bool]
	// prefixes, when not nil, rule out most words by their first three
	// letters before the filters below see them, 64 bytes at a time
	// (the hint scan's).
	prefixes *bytemask.Prefixes
	shapes   words.Shapes
	starts   words.Starts // their first letters, in either case, and lengths
	pairs    words.Pairs  // their first two letters and lengths
}

// mayStatePeriod reports whether text, which has no hint, may state a
// period (see sentence.periods): with no digit and no number word, a
// period needs one of quietPeriodWords ("last year", "to date", "at
// present", "today", "in May"). The words are found as the hint scan finds
// them, by the masks of the text's letters (scanHints with those words);
// a byte that is neither a letter nor plain (none, in a sentence with no
// hint) says yes too, which is only more reading.
func mayStatePeriod(text string) bool {
	var buf [1]int
	return len(scanHints(quietPeriodWords(), text, buf[:0], 1)) > 0
}

// quietPeriodWords are the words one of which every period that
// sentence.periods finds in a sentence with no hint has: the months, and
// the last word of the others.
var quietPeriodWords = sync.OnceValue(func() *wordFilter {
	set := map[string]bool{"year": true, "month": true, "today": true, "currently": true,
		"presently": true, "nowadays": true, "date": true, "present": true, "now": true, "moment": true}
	lex.Keywords(lex.Month, func(w string) { set[w] = true })
	return newWordFilter(set)
})
