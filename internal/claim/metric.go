package claim

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/transcripts/transcripts/internal/words"
)

// Lexicon maps the phrases speakers use for a measured quantity to a
// canonical metric key: "mutual trade", "trade turnover" and "volume of
// trade" are all "trade".
type Lexicon struct {
	phrases map[string]string // phrase (lower case, words joined by one space) → metric
	lasts   map[string]uint64 // the last words of the phrases, and their phrases' lengths (phraseLength)
	firsts  map[string]bool   // and their first words
	// Filters that rule most words out before the maps: the last words'
	// first letters and lengths, and shapes; the first words' shapes.
	lastStarts  words.Starts
	lastShapes  words.Shapes
	firstShapes words.Shapes
	longest     int                 // words in the longest phrase
	related     map[string][]string // metric → metrics worth comparing as "possible"
}

// builtinMetrics is the built-in lexicon: canonical metric, then its
// synonyms. The canonical key is itself a synonym.
var builtinMetrics = [][]string{
	{"trade", "mutual trade", "bilateral trade", "trade turnover", "mutual trade turnover",
		"bilateral trade turnover", "turnover", "volume of trade", "trade volume", "trade volumes",
		"volume of mutual trade", "commodity turnover", "goods turnover",
		"trade in goods", "mutual trade volume", "trade flows"},
	{"investment", "investments", "direct investment", "direct investments",
		"foreign direct investment", "foreign direct investments", "fdi", "capital investment",
		"capital investments", "accumulated investment", "investment volume", "volume of investment",
		"invested", "invest", "invests", "investing", "direct foreign investment",
		"direct foreign investments", "foreign investment", "foreign investments"},
	{"remittances", "money transfers", "remittance", "personal transfers", "transfers"},
	{"exports", "export", "export volume", "export volumes", "volume of exports", "export revenue",
		"exported", "exporting"},
	{"imports", "import", "import volume", "volume of imports", "imported", "importing"},
	{"gdp", "gross domestic product", "economic growth"},
	{"inflation", "inflation rate", "consumer prices", "consumer price index", "cpi"},
	{"unemployment", "unemployment rate", "jobless rate"},
	{"budget deficit", "deficit", "fiscal deficit"},
	{"budget surplus", "surplus"},
	{"trade deficit", "trade gap", "deficit in trade"},
	{"foreign trade", "foreign trade turnover", "external trade", "foreign trade volume"},
	{"trade surplus", "trade balance", "balance of trade", "foreign trade surplus"},
	{"public debt", "national debt", "government debt", "sovereign debt", "state debt"},
	{"external debt", "foreign debt"},
	{"reserves", "international reserves", "foreign exchange reserves", "gold and foreign currency reserves",
		"foreign currency reserves", "gold reserves"},
	{"budget revenue", "revenue", "revenues", "budget revenues"},
	{"spending", "expenditure", "expenditures", "budget spending", "budget expenditure", "spending on",
		"spent", "spend"},
	{"wages", "wage", "salaries", "salary", "real wages", "average wage", "average salary"},
	{"pensions", "pension"},
	{"taxes", "tax", "taxation", "tax burden"},
	{"industrial production", "industrial output", "manufacturing output"},
	{"oil production", "oil output"},
	{"gas production", "gas output"},
	{"shipments", "shipments of goods", "shipment", "supplies", "deliveries"},
	{"trade", "reciprocal deliveries", "mutual deliveries", "reciprocal trade"},
	{"population"},
	{"tourists", "tourist flow", "tourist trips", "tourism", "tourist exchanges", "tourist arrivals"},
	{"freight", "cargo transportation", "freight traffic", "cargo traffic", "transit"},
	{"national currencies share", "share of national currencies"},
	{"income", "incomes", "real incomes", "household incomes", "real disposable incomes"},
	{"prices", "price"},
	{"output", "production"},
	{"market capitalisation", "market capitalization"},
	{"loans", "loan", "lending", "credit", "credits", "borrowing", "borrowings"},
	{"profit", "profits"},
	{"sales"},
	{"funding", "financing", "funds"},
	{"authorised capital", "authorized capital"},
	{"tariffs", "tariff", "duties", "duty"},
	{"military spending", "defence spending", "defense spending", "military budget", "defence budget"},
}

// builtinRelated pairs metrics that measure overlapping things: figures for
// them are worth a human look when they disagree (class "possible").
var builtinRelated = [][2]string{
	{"investment", "projects value"},
	{"investment", "investment projects value"},
	{"projects", "investment projects"},
	{"budget revenue", "income"},
}

// DefaultLexicon returns the built-in lexicon.
func DefaultLexicon() *Lexicon {
	lx := &Lexicon{phrases: map[string]string{}, lasts: map[string]uint64{}, firsts: map[string]bool{}, related: map[string][]string{}}
	for _, m := range builtinMetrics {
		for _, p := range m {
			lx.add(p, m[0])
		}
	}
	for _, r := range builtinRelated {
		lx.relate(r[0], r[1])
	}
	return lx
}

func (lx *Lexicon) add(phrase, metric string) {
	phrase = strings.Join(strings.Fields(strings.ToLower(phrase)), " ")
	lx.phrases[phrase] = metric
	last := phrase[strings.LastIndexByte(phrase, ' ')+1:]
	lx.lasts[last] |= phraseLength(strings.Count(phrase, " ") + 1)
	if last != "" {
		lx.lastShapes.Add(last)
		lx.lastStarts.Add(last)
	}
	first, _, _ := strings.Cut(phrase, " ")
	lx.firsts[first] = true
	if first != "" {
		lx.firstShapes.Add(first)
	}
	if n := strings.Count(phrase, " ") + 1; n > lx.longest {
		lx.longest = n
	}
}

// phraseWords returns a wordFilter of one word of each phrase, its
// longest (most often the rarest: "spending", not "on"), for a scan that
// rules out the texts with no phrase (Extractor.mayNamePhrase); nil when
// one of those words is not of ASCII letters, which such a scan may not
// find.
func (lx *Lexicon) phraseWords() *wordFilter {
	set := map[string]bool{}
	for phrase := range lx.phrases {
		longest := ""
		for w := range strings.FieldsSeq(phrase) {
			if len(w) > len(longest) {
				longest = w
			}
		}
		for i := 0; i < len(longest); i++ {
			if c := longest[i]; c < 'a' || c > 'z' {
				return nil
			}
		}
		if longest == "" {
			return nil
		}
		set[longest] = true
	}
	return newPlainWordFilter(set)
}

// phraseLength is the bit of a phrase of n words among the lengths of the
// phrases that end with a word (Lexicon.lasts): bit n-1, and the last
// bit for every phrase of 64 words or more.
func phraseLength(n int) uint64 { return 1 << min(n-1, 63) }

// mayStart reports whether a phrase of the lexicon starts with word w;
// most words are told no by their shape.
func (lx *Lexicon) mayStart(w string) bool {
	if w != "" && !lx.firstShapes.Has(words.ShapeOf(w)) {
		return false
	}
	return lx.firsts[w]
}

func (lx *Lexicon) relate(a, b string) {
	lx.related[a] = append(lx.related[a], b)
	lx.related[b] = append(lx.related[b], a)
}

// Related reports whether metrics a and b measure overlapping things: one
// counted noun ends the other ("projects", "investment projects"), or the
// lexicon relates them.
func (lx *Lexicon) Related(a, b string) bool {
	if a == "" || b == "" || a == b {
		return false
	}
	// Counted nouns: "investment projects" and "projects". Lexicon metrics
	// are told apart on purpose ("foreign trade" is not "trade").
	if (endsWithWord(a, b) || endsWithWord(b, a)) && !lx.canonical(a) && !lx.canonical(b) {
		return true
	}
	for _, r := range lx.related[a] {
		if r == b {
			return true
		}
	}
	return false
}

// endsWithWord reports whether a ends with " "+b, without building it
// (conflicts relate every two metrics of an archive).
func endsWithWord(a, b string) bool {
	return len(a) > len(b) && a[len(a)-len(b)-1] == ' ' && strings.HasSuffix(a, b)
}

// canonical reports whether m, less a " growth" or " share", is a metric of
// the lexicon.
func (lx *Lexicon) canonical(m string) bool {
	m = baseMetric(m)
	p, ok := lx.phrases[m]
	return ok && p == m
}

// baseMetric strips " growth" and " share" from a metric.
func baseMetric(m string) string {
	return strings.TrimSuffix(strings.TrimSuffix(m, " growth"), " share")
}

// Load extends the lexicon from r, read from the file called name. Each
// line is `metric: synonym, synonym, ...` (adds synonyms) or
// `metric ~ other` (relates two metrics); blank lines and lines starting
// with # are skipped.
func (lx *Lexicon) Load(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if a, b, ok := strings.Cut(line, "~"); ok {
			a, b = strings.TrimSpace(strings.ToLower(a)), strings.TrimSpace(strings.ToLower(b))
			if a == "" || b == "" {
				return fmt.Errorf("%s:%d: want `metric ~ other`", name, n)
			}
			lx.relate(a, b)
			continue
		}
		metric, syns, ok := strings.Cut(line, ":")
		metric = strings.TrimSpace(strings.ToLower(metric))
		if !ok || metric == "" {
			return fmt.Errorf("%s:%d: want `metric: synonym, synonym, ...`", name, n)
		}
		lx.add(metric, metric)
		for _, s := range strings.Split(syns, ",") {
			if s = strings.TrimSpace(s); s != "" {
				lx.add(s, metric)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// Metrics lists the canonical metrics of the lexicon, sorted.
func (lx *Lexicon) Metrics() []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range lx.phrases {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	sort.Strings(out)
	return out
}

// match returns the metric of the longest phrase that starts at word i of
// words (lower case), and the number of words it takes.
func (lx *Lexicon) match(words []string, i int) (string, int) {
	if i >= len(words) || !lx.mayStart(words[i]) {
		return "", 0 // no phrase starts with the word: the common case
	}
	n := lx.longest
	if i+n > len(words) {
		n = len(words) - i
	}
	var buf [128]byte
	for ; n > 0; n-- {
		phrase := buf[:0]
		for k := i; k < i+n; k++ {
			if k > i {
				phrase = append(phrase, ' ')
			}
			phrase = append(phrase, words[k]...)
		}
		if m, ok := lx.phrases[string(phrase)]; ok {
			return m, n
		}
	}
	return "", 0
}
