package claim

import (
	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/words"
)

// The word tables the extractor reads. Every entry is lower case and names
// a general fact of English, never a particular transcript.

// units are the values of the number words.
var units = words.NewMap(map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90, "nought": 0, "naught": 0,
})

// scales are the multipliers of scale words and abbreviations.
var scales = words.NewMap(map[string]decimal.Decimal{
	"thousand": decimal.New(1, 3), "k": decimal.New(1, 3),
	"million": decimal.New(1, 6), "m": decimal.New(1, 6), "mn": decimal.New(1, 6), "mln": decimal.New(1, 6),
	"billion": decimal.New(1, 9), "bn": decimal.New(1, 9), "bln": decimal.New(1, 9),
	"trillion": decimal.New(1, 12), "tn": decimal.New(1, 12), "trn": decimal.New(1, 12),
	"tln": decimal.New(1, 12),
	// Lexed as scales only glued to a number: 1.2b, $5b, 1MM; "mil" in
	// "$2 mil".
	"b": decimal.New(1, 9), "mm": decimal.New(1, 6), "mil": decimal.New(1, 6),
	// The Indian scales: 13 lakh, 1 crore, three lakh crore.
	"lakh": decimal.New(1, 5), "lakhs": decimal.New(1, 5), "crore": decimal.New(1, 7), "crores": decimal.New(1, 7),
})

// denominators are the fraction words: "a third", "two-thirds", "a
// hundredth". First and second are left out: they are not said alone as
// fractions ("twenty-first" and "a second" are read otherwise).
var denominators = words.NewMap(map[string]int64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9,
	"ninths": 9, "tenth": 10, "tenths": 10, "eleventh": 11, "elevenths": 11,
	"twelfth": 12, "twelfths": 12, "thirteenth": 13, "thirteenths": 13,
	"fourteenth": 14, "fourteenths": 14, "fifteenth": 15, "fifteenths": 15,
	"sixteenth": 16, "sixteenths": 16, "seventeenth": 17, "seventeenths": 17,
	"eighteenth": 18, "eighteenths": 18, "nineteenth": 19, "nineteenths": 19,
	"twentieth": 20, "twentieths": 20, "thirtieth": 30, "thirtieths": 30,
	"fortieth": 40, "fortieths": 40, "fiftieth": 50, "fiftieths": 50,
	"sixtieth": 60, "sixtieths": 60, "seventieth": 70, "seventieths": 70,
	"eightieth": 80, "eightieths": 80, "ninetieth": 90, "ninetieths": 90,
	"hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
	"millionth": 1000000, "millionths": 1000000, "billionth": 1000000000,
	"billionths": 1000000000, "trillionth": 1000000000000, "trillionths": 1000000000000,
})

// unitOrdinals end a compound ordinal: "twenty-first", "thirty fifths"
// (not "second": "twenty seconds" is a time).
var unitOrdinals = words.NewMap(map[string]int64{
	"first": 1, "firsts": 1, "third": 3, "thirds": 3,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
})

// ordinalWords are ordinal numbers written as words; they are ranks and
// names, never claims.
var ordinalWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true,
	"eleventh": true, "twelfth": true, "thirteenth": true, "fourteenth": true,
	"fifteenth": true, "sixteenth": true, "seventeenth": true, "eighteenth": true,
	"nineteenth": true, "twentieth": true, "thirtieth": true, "fortieth": true,
	"fiftieth": true, "hundredth": true, "thousandth": true, "firstly": true,
	"secondly": true, "thirdly": true,
}

// ordinalNumbers are the numbers the ordinal words name.
var ordinalNumbers = map[string]int64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000, "millionth": 1000000,
	"billionth": 1000000000, "trillionth": 1000000000000,
	"firstly": 1, "secondly": 2, "thirdly": 3,
}

// currencySigns maps currency signs to ISO 4217 codes.
var currencySigns = words.NewMap(map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₸": "KZT", "¥": "CNY",
	"₹": "INR", "₩": "KRW", "₴": "UAH", "₡": "CRC", "₾": "GEL", "₭": "LAK",
	"₿": "BTC", "元": "CNY", "円": "JPY", "₦": "NGN", "₱": "PHP", "₪": "ILS",
	"₫": "VND", "₺": "TRY", "฿": "THB", "₮": "MNT", "₲": "PYG", "₵": "GHS",
	"₼": "AZN", "₨": "INR", "௹": "INR",
})

// currencyPrefixes are letters written before "$": US$, C$, A$.
var currencyPrefixes = words.NewMap(map[string]string{
	"us": "USD", "u.s.": "USD", "u.s": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD",
	"hk": "HKD", "nz": "NZD", "s": "SGD", "mex": "MXN", "r": "BRL", "nt": "TWD",
})

// currencyWords maps currency names and ISO codes to ISO 4217 codes.
var currencyWords = words.NewMap(map[string]string{
	"dollar": "USD", "dollars": "USD", "usd": "USD",
	"ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rub": "RUB",
	"tenge": "KZT", "kzt": "KZT",
	"euro": "EUR", "euros": "EUR", "eur": "EUR",
	"yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "rmb": "CNY",
	"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP",
	"yen": "JPY", "jpy": "JPY",
	"rupee": "INR", "rupees": "INR", "inr": "INR",
	"won": "KRW", "krw": "KRW",
	"hryvnia": "UAH", "hryvnias": "UAH", "uah": "UAH",
	"lira": "TRY", "liras": "TRY", "lire": "TRY", "try": "TRY",
	"som": "KGS", "soms": "KGS", "kgs": "KGS",
	"somoni": "TJS", "tjs": "TJS",
	"sum": "UZS", "soum": "UZS", "uzs": "UZS",
	"dram": "AMD", "drams": "AMD", "amd": "AMD",
	"manat": "AZN", "manats": "AZN", "azn": "AZN",
	"lev": "BGN", "leva": "BGN", "bgn": "BGN",
	"franc": "CHF", "francs": "CHF", "chf": "CHF",
	"cad": "CAD", "aud": "AUD", "hkd": "HKD", "sgd": "SGD", "nzd": "NZD",
	"mxn": "MXN", "brl": "BRL", "zar": "ZAR", "sek": "SEK", "nok": "NOK",
	"dkk": "DKK", "pln": "PLN", "czk": "CZK", "huf": "HUF", "ils": "ILS",
	"sar": "SAR", "aed": "AED", "byn": "BYN",
	"kuai": "CNY", "ரூ": "INR", "markka": "FIM", "markkaa": "FIM",
	"peseta": "ESP", "pesetas": "ESP", "guilder": "NLG", "guilders": "NLG",
	"bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC",
})

// currencyAdjectives narrow "dollars": "Canadian dollars", "US dollars".
var currencyAdjectives = words.NewMap(map[string]string{
	"canadian": "CAD", "australian": "AUD", "singapore": "SGD",
	"hong": "HKD", "us": "USD", "u.s.": "USD", "american": "USD",
	"belarusian": "BYN", "russian": "RUB", "turkish": "TRY",
})

// nationalCurrencies are the adjectives that only name a currency before
// its name ("Chinese yuan", "Swiss francs", "Finnish markka"); unlike
// currencyAdjectives they stay in a metric's scope ("Kazakh investment").
var nationalCurrencies = words.NewMap(map[string]bool{
	"chinese": true, "swiss": true, "dutch": true, "finnish": true, "japanese": true,
	"indian": true, "mexican": true, "british": true, "kazakh": true,
})

// hedges are the phrases before a figure that qualify it, longest first
// where one is the start of another.
var hedges = []struct {
	words []string
	q     Qualifier
}{
	{[]string{"just", "under"}, Almost},
	{[]string{"just", "below"}, Almost},
	{[]string{"just", "short", "of"}, Almost},
	{[]string{"close", "to"}, Almost},
	{[]string{"almost"}, Almost},
	{[]string{"nearly"}, Almost},
	{[]string{"approaching"}, Almost},
	{[]string{"more", "than"}, Over},
	{[]string{"greater", "than"}, Over},
	{[]string{"higher", "than"}, Over},
	{[]string{"in", "excess", "of"}, Over},
	{[]string{"upwards", "of"}, Over},
	{[]string{"just", "over"}, Over},
	{[]string{"well", "over"}, Over},
	{[]string{"well", "above"}, Over},
	{[]string{"over"}, Over},
	{[]string{"above"}, Over},
	{[]string{"exceeding"}, Over},
	{[]string{"exceeded"}, Over},
	{[]string{"exceeds"}, Over},
	{[]string{"exceed"}, Over},
	{[]string{"surpassed"}, Over},
	{[]string{"surpassing"}, Over},
	{[]string{"topped"}, Over},
	{[]string{"at", "least"}, AtLeast},
	{[]string{"no", "less", "than"}, AtLeast},
	{[]string{"not", "less", "than"}, AtLeast},
	{[]string{"no", "fewer", "than"}, AtLeast},
	{[]string{"a", "minimum", "of"}, AtLeast},
	{[]string{"minimum", "of"}, AtLeast},
	{[]string{"less", "than"}, Under},
	{[]string{"fewer", "than"}, Under},
	{[]string{"lower", "than"}, Under},
	{[]string{"under"}, Under},
	{[]string{"below"}, Under},
	{[]string{"up", "to"}, UpTo},
	{[]string{"as", "many", "as"}, UpTo},
	{[]string{"as", "much", "as"}, UpTo},
	{[]string{"at", "most"}, UpTo},
	{[]string{"a", "maximum", "of"}, UpTo},
	{[]string{"about"}, About},
	{[]string{"around"}, About},
	{[]string{"approximately"}, About},
	{[]string{"approx"}, About},
	{[]string{"roughly"}, About},
	{[]string{"some"}, About},
	{[]string{"circa"}, About},
	{[]string{"an", "estimated"}, About},
	{[]string{"estimated"}, About},
	{[]string{"in", "the", "region", "of"}, About},
	{[]string{"on", "the", "order", "of"}, About},
	{[]string{"a", "total", "of"}, Exact},
	{[]string{"totalling"}, Exact},
	{[]string{"totaling"}, Exact},
	{[]string{"exactly"}, Exact},
	{[]string{"precisely"}, Exact},
}

// increaseWords state a rise; decreaseWords a fall. Together they mark a
// figure as a change ("trade grew 9 percent").
var increaseWords = words.NewSet(map[string]bool{
	"grew": true, "grow": true, "grows": true, "grown": true, "growing": true,
	"growth": true, "increase": true, "increased": true, "increases": true,
	"increasing": true, "rose": true, "rise": true, "rises": true, "risen": true,
	"rising": true, "gained": true, "gain": true, "gains": true, "added": true,
	"jumped": true, "jump": true, "climbed": true, "surged": true, "soared": true,
	"expanded": true, "expansion": true, "up": true, "higher": true,
	"boosted": true, "upturn": true,
})

var decreaseWords = words.NewSet(map[string]bool{
	"fell": true, "fall": true, "falls": true, "fallen": true, "falling": true,
	"decreased": true, "decrease": true, "decreases": true, "decreasing": true,
	"declined": true, "decline": true, "declines": true, "declining": true,
	"dropped": true, "drop": true, "drops": true, "down": true, "shrank": true,
	"shrunk": true, "shrinking": true, "contracted": true, "contraction": true,
	"reduced": true, "reduction": true, "lost": true, "lower": true,
	"slumped": true, "plunged": true, "plummeted": true, "diminished": true,
	"slid": true, "sank": true, "cut": true, "cuts": true, "cutting": true,
	"reduce": true, "reduces": true, "reducing": true, "lowered": true,
	"lowering": true, "slashed": true, "downturn": true,
})

// changeWords holds increaseWords (1) and decreaseWords (-1), so that a
// word is looked up once to tell a rise, a fall or neither (the two sets
// have no word in common; a fall would win).
var changeWords = func() *words.Map[int8] {
	m := map[string]int8{}
	for w := range increaseWords.All() {
		m[w] = 1
	}
	for w := range decreaseWords.All() {
		m[w] = -1
	}
	return words.NewMap(m)
}()

// changeOf returns 1 for a word of increaseWords, -1 for one of
// decreaseWords, 0 for any other.
func changeOf(w string) int8 { return changeWords.Value(w) }

// levelWords introduce a level, not a change: "rose 5 percent, reaching
// $2 billion".
var levelWords = words.NewSet(map[string]bool{
	"reaching": true, "reached": true, "reach": true, "totalled": true,
	"totaled": true, "totals": true, "total": true, "amounted": true,
	"amounting": true, "amounts": true, "stood": true, "stands": true,
	"standing": true, "worth": true, "valued": true, "at": true, "to": true,
	"record": true, "of": true, "is": true, "was": true, "were": true,
	"are": true, "be": true, "been": true, "from": true,
})

// stockWords say a figure is an amount built up over time, flowWords one
// that came in a period: an accumulated investment and a year's inflow are
// never compared.
var stockWords = words.NewMap(map[string]bool{
	"accumulated": true, "accumulate": true, "cumulative": true, "totals": true,
	"stock": true, "portfolio": true, "overall": true,
})

var flowWords = words.NewMap(map[string]bool{
	"inflow": true, "inflows": true, "outflow": true, "outflows": true,
	"received": true, "attracted": true, "annually": true, "annual": true,
	"yearly": true,
})

// multiplierWords are verbs and adverbs that state a multiplier.
var multiplierWords = map[string]decimal.Decimal{
	"doubled": decimal.NewFromInt(2), "doubling": decimal.NewFromInt(2),
	"tripled": decimal.NewFromInt(3), "trebled": decimal.NewFromInt(3),
	"tripling": decimal.NewFromInt(3), "quadrupled": decimal.NewFromInt(4),
	"halved": decimal.New(5, -1), "twice": decimal.NewFromInt(2),
	"threefold": decimal.NewFromInt(3), "twofold": decimal.NewFromInt(2),
	"fourfold": decimal.NewFromInt(4), "fivefold": decimal.NewFromInt(5),
	"sixfold": decimal.NewFromInt(6), "sevenfold": decimal.NewFromInt(7),
	"eightfold": decimal.NewFromInt(8), "ninefold": decimal.NewFromInt(9),
	"tenfold": decimal.NewFromInt(10), "hundredfold": decimal.NewFromInt(100),
}

// comparatives after "N times" make it a multiplier ("three times more").
var comparatives = words.NewSet(map[string]bool{
	"more": true, "less": true, "higher": true, "lower": true, "larger": true,
	"smaller": true, "greater": true, "bigger": true, "faster": true,
	"as": true, "over": true, "fewer": true, "cheaper": true, "the": true,
})

// timeUnits after a count make it a duration or a period, not a claim.
var timeUnits = words.NewSet(map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true,
	"weeks": true, "day": true, "days": true, "hour": true, "hours": true,
	"minute": true, "minutes": true, "second": true, "seconds": true,
	"decade": true, "decades": true, "century": true, "centuries": true,
	"quarter": true, "quarters": true, "half-year": true, "fortnight": true,
	"weekend": true, "weekends": true, "night": true, "nights": true,
	"year-old": true, "years-old": true, "generation": true, "generations": true,
})

// determiners before a small spelled number make an idiom: "our two
// countries", "the three of us".
var determiners = words.NewSet(map[string]bool{
	"the": true, "our": true, "these": true, "those": true, "their": true,
	"your": true, "its": true, "his": true, "her": true, "my": true,
	"both": true, "all": true, "this": true, "that": true, "every": true,
	"each": true, "which": true, "whose": true, "any": true, "no": true,
})

// nounStops end a counted noun phrase: "110 joint projects worth ...".
var nounStops = words.NewSet(map[string]bool{
	"of": true, "in": true, "with": true, "for": true, "to": true, "from": true,
	"on": true, "at": true, "by": true, "worth": true, "that": true,
	"which": true, "who": true, "whose": true, "where": true, "when": true,
	"are": true, "is": true, "were": true, "was": true, "have": true,
	"has": true, "had": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "may": true, "might": true, "must": true,
	"and": true, "or": true, "but": true, "as": true, "than": true, "per": true,
	"each": true, "a": true, "an": true, "the": true, "this": true,
	"these": true, "those": true, "into": true, "across": true, "over": true,
	"under": true, "between": true, "among": true, "about": true, "out": true,
	"up": true, "down": true, "since": true, "until": true, "during": true,
	"including": true, "not": true, "so": true, "if": true, "we": true,
	"they": true, "it": true, "i": true, "you": true, "he": true, "she": true,
	"there": true, "here": true, "now": true, "then": true, "also": true,
	"already": true, "only": true, "just": true, "more": true, "less": true,
	"do": true, "does": true, "did": true, "be": true, "been": true,
	"being": true, "against": true, "through": true, "after": true,
	"before": true, "within": true, "without": true, "via": true, "like": true,
	"while": true, "although": true, "because": true, "yet": true,
	"compared": true, "respectively": true, "altogether": true,
	"last": true, "next": true, "previous": true, "past": true, "every": true,
	"annually": true, "yearly": true, "monthly": true, "daily": true,
	"today": true, "yesterday": true, "tomorrow": true, "currently": true,
	"again": true, "too": true, "alone": true, "plus": true, "minus": true,
	"versus": true, "nor": true,
})

// adverbs inside a counted noun phrase are skipped: "two very big plants".
var adverbs = words.NewSet(map[string]bool{
	"very": true, "most": true, "quite": true, "really": true, "rather": true,
	"extremely": true, "highly": true, "fairly": true,
})

// irregularPlurals are plural nouns that do not end in s.
var irregularPlurals = words.NewSet(map[string]bool{
	"people": true, "children": true, "men": true, "women": true,
	"staff": true, "personnel": true, "police": true, "cattle": true,
	"livestock": true, "youth": true, "specialists": true, "data": true,
	"media": true, "criteria": true, "aircraft": true, "equipment": true,
})

// measureUnits name a unit of measure: a count of them measures what
// follows "of" ("67 million tonnes of oil") or the clause's subject.
var measureUnits = words.NewSet(map[string]bool{
	"tonnes": true, "tons": true, "tonne": true, "ton": true, "metres": true,
	"meters": true, "kilometres": true, "kilometers": true, "km": true,
	"barrels": true, "litres": true, "liters": true, "hectares": true,
	"kwh": true, "megawatts": true, "gigawatts": true, "mw": true, "gw": true,
	"kilowatt-hours": true, "acres": true, "miles": true, "kilograms": true,
	"kg": true, "gigawatt-hours": true, "cubic": true, "square": true,
	"teu": true, "units": true, "megawatt": true, "gigawatt": true,
	"kilowatt": true, "barrel": true, "litre": true, "liter": true,
	"hectare": true, "metre": true, "meter": true, "kilometre": true,
	"kilometer": true, "mile": true,
})

// idiomNouns after a small spelled number make an idiom: "two countries",
// "both sides", "three presidents".
var idiomNouns = words.NewMap(map[string]bool{
	"countries": true, "states": true, "nations": true, "sides": true,
	"peoples": true, "presidents": true, "leaders": true, "governments": true,
	"capitals": true, "parties": true, "delegations": true, "heads": true,
	"ministries": true, "economies": true, "republics": true, "friends": true,
	"partners": true, "neighbours": true, "neighbors": true, "allies": true,
})

// referenceNouns before a number make it a reference, not a quantity:
// "Article 5", "Sections 32 to 34", "Vol. 493", "c. 268".
var referenceNouns = words.NewMap(map[string]bool{
	"article": true, "articles": true, "section": true, "sections": true,
	"chapter": true, "chapters": true, "clause": true, "clauses": true,
	"paragraph": true, "paragraphs": true, "page": true, "pages": true,
	"vol": true, "volume": true, "no": true, "rule": true, "rules": true,
	"resolution": true, "regulation": true, "regulations": true, "annex": true,
	"schedule": true, "part": true, "item": true, "c": true, "col": true,
	"column": true, "columns": true, "amendment": true, "amendments": true,
	"question": true, "footnote": true, "motion": true, "appendix": true, "exhibit": true,
})

// listNouns, counted in words, number the speaker's own points: "two main
// issues", "three proposals".
var listNouns = words.NewMap(map[string]bool{
	"issues": true, "points": true, "questions": true, "things": true,
	"remarks": true, "aspects": true, "proposals": true, "priorities": true,
	"tasks": true, "comments": true, "words": true, "topics": true,
	"ideas": true, "reasons": true, "problems": true, "conclusions": true,
	"suggestions": true, "principles": true, "factors": true,
})

// lightNouns mean little alone; a counted light noun keeps the word before
// it ("government bodies", "restrictive measures", "commodity items").
var lightNouns = words.NewMap(map[string]bool{
	"bodies": true, "body": true, "measures": true, "measure": true,
	"items": true, "item": true, "units": true, "unit": true, "points": true,
	"cases": true, "types": true, "kinds": true, "sorts": true, "forms": true,
	"groups": true, "entities": true, "objects": true, "facilities": true,
	"things": true, "pieces": true, "elements": true, "positions": true,
	"categories": true, "lines": true, "sets": true, "areas": true,
})

// adjectiveSuffixes mark words that can be joined by "and" before a noun
// ("interdepartmental and interregional agreements").
var adjectiveSuffixes = []string{"al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ian", "ese", "ish", "ern"}

// targetVerbs follow a wish or plan word when it governs a figure: "we
// want trade to reach $100 billion", not "I want to congratulate them on
// $100 billion".
var targetVerbs = words.NewMap(map[string]bool{
	"reach": true, "grow": true, "increase": true, "exceed": true,
	"double": true, "triple": true, "raise": true, "boost": true,
	"bring": true, "achieve": true, "hit": true, "get": true, "go": true,
	"rise": true, "expand": true, "invest": true, "build": true,
	"create": true, "total": true, "amount": true, "be": true, "have": true,
	"attract": true, "cut": true, "reduce": true, "lower": true, "spend": true,
	"allocate": true, "provide": true, "make": true, "see": true,
})

// wishWords need a target verb after them to make a figure a target.
var wishWords = words.NewMap(map[string]bool{
	"want": true, "wants": true, "wish": true, "wishes": true, "hope": true,
	"hopes": true, "need": true, "needs": true, "seek": true, "seeks": true,
	"strive": true, "aspire": true,
})

// targetWords mark a goal, plan, forecast or wish: the figures after them
// in the same clause are targets.
var targetWords = words.NewMap(map[string]bool{
	"want": true, "wants": true, "wish": true, "wishes": true, "plan": true,
	"plans": true, "planned": true, "planning": true, "goal": true,
	"goals": true, "target": true, "targets": true, "targeted": true,
	"aim": true, "aims": true, "aiming": true, "intend": true, "intends": true,
	"expect": true, "expects": true, "expected": true, "forecast": true,
	"forecasts": true, "projected": true, "projection": true, "will": true,
	"shall": true, "hope": true, "hopes": true, "objective": true,
	"envisage": true, "envisaged": true, "envisages": true, "strive": true,
	"ambition": true, "seek": true, "seeks": true, "'ll": true,
	"need": true, "needs": true,
	"intention": true, "aspire": true,
})

// abbreviations end in a full stop that does not end the sentence.
var abbreviations = words.NewMap(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true,
	"vs": true, "etc": true, "e.g": true, "i.e": true, "prof": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "jr": true, "sr": true,
	"approx": true, "vol": true, "cf": true, "fig": true, "inc": true,
	"co": true, "corp": true, "ltd": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
})
