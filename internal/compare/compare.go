package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
)

// DefaultTolerance is the relative tolerance t of spec §5: 5%.
var DefaultTolerance = decimal.New(5, -2)

// Options tunes Compare.
type Options struct {
	// Tolerance widens hedged figures ("about", "almost", "over" ...), as a
	// fraction: 0.05 is 5%. Callers usually pass DefaultTolerance.
	Tolerance decimal.Decimal
	// Related reports whether two different metrics measure overlapping
	// things (class "possible"); nil relates none.
	Related func(a, b string) bool
	// SameSubject reports whether the documents of two claims from
	// different files are about the same thing (the same people met),
	// so that their unstated scopes are one; nil: never.
	SameSubject func(a, b *claim.Claim) bool
	// SubjectKey, when set, names what SameSubject reads of a claim (the
	// people of its document): SameSubject gives two claims of one key
	// the same answer against any other claim. Compare then asks
	// SameSubject once for each pair of keys among a statement's repeats
	// across files, not once for each pair of repeats (see firstPair).
	SubjectKey func(c *claim.Claim) string
}

// ParseTolerance reads a tolerance written as "5%", "0.05" or "5 %".
func ParseTolerance(s string) (decimal.Decimal, error) {
	t := strings.TrimSpace(s)
	percent := strings.HasSuffix(t, "%")
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	d, err := decimal.NewFromString(t)
	if err != nil {
		return decimal.Zero, fmt.Errorf("bad tolerance %q: want a percentage such as 5%% or a fraction such as 0.05", s)
	}
	if percent {
		d = d.Div(decimal.NewFromInt(100))
	}
	if d.IsNegative() || d.GreaterThanOrEqual(decimal.NewFromInt(1)) {
		return decimal.Zero, fmt.Errorf("bad tolerance %q: want at least 0%% and under 100%%", s)
	}
	return d, nil
}

// Interval returns the values a claim's figure is consistent with: its
// rounding for an exact figure, and for a hedged one the range the hedge
// allows, widened by tolerance t (spec §5).
func Interval(c claim.Claim, t decimal.Decimal) (lo, hi decimal.Decimal) {
	x := c.Value.Abs()
	one := decimal.NewFromInt(1)
	down, up := x.Mul(one.Sub(t)), x.Mul(one.Add(t))
	switch c.Qualifier {
	case claim.About:
		lo, hi = down, up
	case claim.Almost, claim.Under, claim.UpTo:
		lo, hi = down, x
	case claim.Over, claim.AtLeast:
		lo, hi = x, up
	default:
		lo, hi = x.Sub(c.Rounding), x.Add(c.Rounding)
	}
	if c.Value.IsNegative() {
		lo, hi = hi.Neg(), lo.Neg()
	}
	return lo, hi
}

// Compare returns the pairs of claims whose figures disagree, in reading
// order of their first claim. Only actual claims with a metric take part;
// claims made in one sentence are never compared (a speaker listing
// figures in one breath); targets are never compared with facts.
func Compare(claims []claim.Claim, opts Options) []Conflict {
	t := opts.Tolerance
	var es []entry
	// A statement repeated in one file is compared once, by its first
	// occurrence: a long transcript that repeats a figure costs no more
	// than one that states it once.
	stated := map[string]bool{}
	for i := range claims {
		c := &claims[i]
		if !Comparable(c) {
			continue
		}
		stmt := statement(*c)
		key := c.File + "\x00" + stmt
		if stated[key] {
			continue
		}
		stated[key] = true
		e := newEntry(c, t)
		e.statement = stmt
		es = append(es, e)
	}
	// A statement repeated across files is judged once against another
	// (see alike), and its repeats only where the two pass.
	sets, reps := alike(es)
	related := opts.Related
	if related != nil {
		// The pairs of sets are found once, with either first: the
		// metrics are related for the look whichever way round.
		related = func(a, b string) bool { return opts.Related(a, b) || opts.Related(b, a) }
	}
	cands := newCandidates(reps, related)
	// first holds, for each pair of statements, the first pair of their
	// entries (in reading order of the first claim, then of the second)
	// that conflict: a speaker who repeats a figure makes one statement,
	// and each pair of statements is reported once, by that pair.
	first := map[[2]string]found{}
	files := newFileRules(es, opts)
	var later []int
	for s := range sets {
		later = append(cands.after(s, later[:0]), s) // and the set with itself
		for _, u := range later {
			// A pair of s's entry and a later one of u's is judged as
			// reps[s] and reps[u] are, and one of u's and a later one of
			// s's the other way round, when there is such a pair (of
			// sets of one entry, only the first).
			a, b := sets[s], sets[u]
			ab, _ := judgeValues(&reps[s], &reps[u], opts)
			var ba Class
			if b[0] < a[len(a)-1] {
				ba, _ = judgeValues(&reps[u], &reps[s], opts)
			}
			if ab == "" && ba == "" {
				continue
			}
			f, ok := files.firstPair(a, b, ab, ba)
			if !ok {
				continue
			}
			key := [2]string{es[f.i].statement, es[f.j].statement}
			if key[1] < key[0] {
				key[0], key[1] = key[1], key[0]
			}
			if g, seen := first[key]; !seen || f.before(g) {
				first[key] = f
			}
		}
	}
	fs := make([]found, 0, len(first))
	for _, f := range first {
		fs = append(fs, f)
	}
	slices.SortFunc(fs, func(f, g found) int { return cmp.Or(cmp.Compare(f.i, g.i), cmp.Compare(f.j, g.j)) })
	var out []Conflict
	for _, f := range fs {
		out = append(out, newConflict(f.class, *es[f.i].c, *es[f.j].c))
	}
	return out
}

// found is a pair of entries that conflict: i before j.
type found struct {
	i, j  int
	class Class
}

// before reports whether f comes before g in reading order of the first
// entry, then of the second.
func (f found) before(g found) bool { return f.i < g.i || f.i == g.i && f.j < g.j }

// alike sorts entries es into sets that judgeValues cannot tell apart:
// the same statement, and the same kind, flow, change, interval and
// period. An archive repeats statements across files (a transcript
// published twice, remarks quoted again): judging every pair of the
// repeats of two statements grows with the square of the repeats, where
// judging the two statements once, and then the files' rules
// (filesAllow) of their repeats until a pair passes, mostly takes a few
// steps (conflicts on 22,550 files made of 41 documents took 518 s, and
// now 45). It returns each set's entries, in order, and its first entry,
// the sets in the order of their first entries.
func alike(es []entry) (sets [][]int, reps []entry) {
	at := map[string]int{} // each set's place, by its key
	var key []byte
	for i := range es {
		e := &es[i]
		key = append(key[:0], e.statement...)
		for _, s := range []string{string(e.c.Kind), string(e.c.Flow), strconv.FormatBool(e.c.Change), e.lo.String(), e.hi.String()} {
			key = append(append(key, 0), s...)
		}
		for _, t := range []time.Time{e.span.from, e.span.to} {
			key = strconv.AppendInt(append(key, 0), t.Unix(), 10)
			key = strconv.AppendInt(append(key, '.'), int64(t.Nanosecond()), 10)
		}
		k, ok := at[string(key)]
		if !ok {
			k = len(sets)
			at[string(key)] = k
			sets = append(sets, nil)
			reps = append(reps, *e)
		}
		sets[k] = append(sets[k], i)
	}
	return sets, reps
}

// firstPair returns the first pair of entries, one of set a and one of
// set b (or two of a, when a and b are one set), that judge finds in
// conflict, in reading order of the first entry, then of the second. ab
// and ba are the classes judgeValues finds for an entry of a before one
// of b, and for one of b before one of a ("" when it finds none: no such
// pair can conflict); what is left to judge is filesAllow.
func (r *fileRules) firstPair(a, b []int, ab, ba Class) (found, bool) {
	same := &a[0] == &b[0]
	// The entries of both sets in order, each first of a pair with those
	// of the other set after it.
	for x, y := 0, 0; x < len(a) || y < len(b); {
		var i int
		var others []int
		var class Class
		switch {
		case same: // a set with itself: each entry with the later ones
			i, others, class, x, y = a[x], a, ab, x+1, len(b)
		case y == len(b) || x < len(a) && a[x] < b[y]:
			i, others, class, x = a[x], b, ab, x+1
		default:
			i, others, class, y = b[y], a, ba, y+1
		}
		if class == "" {
			continue
		}
		if j, ok := r.firstAllowed(i, others); ok {
			return found{i, j, class}, true
		}
	}
	return found{}, false
}

// fileRules answers filesAllow for Compare's entries. With a subject key
// (Options.SubjectKey) it finds the first entry of a set that an entry
// may be paired with by the set's entries of each key, SameSubject asked
// once for each pair of keys: a statement repeated in n files, held
// against another whose files are about other people, took n² answers of
// SameSubject, all no, and now takes n look-ups: on 22,550 files made of
// 41 documents `conflicts` took 33 to 45 s, and now 5.4 (2,255 files:
// 0.87 to 0.41 s).
type fileRules struct {
	es          []entry
	sameSubject func(a, b *entry) bool
	subject     []int              // each entry's subject key, numbered; nil: no keys
	rep         []int              // an entry of each key
	same        map[[2]int]bool    // SameSubject of two keys, once asked
	index       map[*int]*keyIndex // each set's, by its first entry's place (each set's list is its own)
}

// keyIndex lists the entries of a set (in order) by subject key and by
// file.
type keyIndex struct {
	keys   []int         // the keys, each once
	byKey  map[int][]int // the entries of each key
	byFile map[string][]int
}

func newFileRules(es []entry, opts Options) *fileRules {
	r := &fileRules{es: es, sameSubject: opts.sameSubject()}
	if opts.SubjectKey == nil || opts.SameSubject == nil {
		return r
	}
	r.subject = make([]int, len(es))
	r.same, r.index = map[[2]int]bool{}, map[*int]*keyIndex{}
	number := map[string]int{}
	for i := range es {
		key := opts.SubjectKey(es[i].c)
		k, ok := number[key]
		if !ok {
			k = len(r.rep)
			number[key] = k
			r.rep = append(r.rep, i)
		}
		r.subject[i] = k
	}
	return r
}

// firstAllowed returns the first entry of set others after entry i that
// filesAllow lets i be paired with.
func (r *fileRules) firstAllowed(i int, others []int) (int, bool) {
	k, _ := slices.BinarySearch(others, i+1)
	if r.subject == nil {
		for _, j := range others[k:] {
			if filesAllow(&r.es[i], &r.es[j], r.sameSubject) {
				return j, true
			}
		}
		return 0, false
	}
	if k == len(others) {
		return 0, false
	}
	x := r.indexOf(others)
	a := &r.es[i]
	best := -1
	// In i's file, the first entry after it said in another breath.
	for _, j := range after(x.byFile[a.c.File], i) {
		if r.es[j].c.Sentence != a.c.Sentence {
			best = j
			break
		}
	}
	// In other files, the first entry after i of each key that may be
	// paired with i's: a stated scope that both name, or a common subject.
	// (A set's entries state one scope: the scope of i's set and of
	// others' decides for every pair.)
	scoped := a.c.Scope != "" && a.c.Scope == r.es[others[0]].c.Scope
	for _, key := range x.keys {
		if !scoped && !r.sameKeys(r.subject[i], key) {
			continue
		}
		for _, j := range after(x.byKey[key], i) {
			if best >= 0 && j >= best {
				break
			}
			if r.es[j].c.File != a.c.File {
				best = j
				break
			}
		}
	}
	return best, best >= 0
}

// after returns the entries of list (in order) that come after entry i.
func after(list []int, i int) []int {
	k, _ := slices.BinarySearch(list, i+1)
	return list[k:]
}

// sameKeys reports SameSubject of an entry of key a and one of key b,
// asked once.
func (r *fileRules) sameKeys(a, b int) bool {
	same, ok := r.same[[2]int{a, b}]
	if !ok {
		same = r.sameSubject(&r.es[r.rep[a]], &r.es[r.rep[b]])
		r.same[[2]int{a, b}] = same
	}
	return same
}

// indexOf returns the key index of set, made once.
func (r *fileRules) indexOf(set []int) *keyIndex {
	x := r.index[&set[0]]
	if x != nil {
		return x
	}
	x = &keyIndex{byKey: map[int][]int{}, byFile: map[string][]int{}}
	for _, j := range set {
		key := r.subject[j]
		if x.byKey[key] == nil {
			x.keys = append(x.keys, key)
		}
		x.byKey[key] = append(x.byKey[key], j)
		f := r.es[j].c.File
		x.byFile[f] = append(x.byFile[f], j)
	}
	r.index[&set[0]] = x
	return x
}

// Comparable reports whether Compare may pair claim c with another: an
// actual claim with a metric. Compare's result is the same on those claims
// alone as on all, so that a run that only compares need keep no other.
func Comparable(c *claim.Claim) bool {
	return c.Modality == claim.Actual && c.Metric != ""
}

// candidates finds, for each entry, the later ones it may conflict with:
// those of its kind and unit, of its metric or a metric related to it,
// and of a period that may overlap its own. judge turns down every other
// pair, so Compare looks at those pairs instead of at every pair: on an
// archive, every claim against every other was most of a run (some five
// seconds for 580 transcripts), and an archive of many years holds many
// figures for one metric, few of them for the same time.
type candidates struct {
	group   []group  // each entry's
	years   [][2]int // each entry's first and last year, or 0, 0 when unknown or very long
	byGroup map[group]*groupIndex
	related map[string][]string
}

// group is what the entries a pair is made of must share, but for a
// metric related to the other's.
type group struct {
	metric string
	kind   claim.Kind
	unit   string
}

// groupIndex lists the entries of a group, in order: all of them, those
// whose period is in each year (overlapping periods share a year), and
// those whose period is unknown or too long to list by year.
type groupIndex struct {
	all, anyYear []int
	byYear       map[int][]int
}

// maxYears is the longest period listed year by year.
const maxYears = 50

// newCandidates indexes es by group and year; related (nil: none) relates
// metrics as judge's Options.Related does.
func newCandidates(es []entry, related func(a, b string) bool) *candidates {
	c := &candidates{group: make([]group, len(es)), years: make([][2]int, len(es)), byGroup: map[group]*groupIndex{}, related: map[string][]string{}}
	var metrics []string
	seen := map[string]bool{}
	for i, e := range es {
		g := group{e.c.Metric, e.c.Kind, e.c.Unit}
		c.group[i] = g
		x := c.byGroup[g]
		if x == nil {
			x = &groupIndex{byYear: map[int][]int{}}
			c.byGroup[g] = x
		}
		x.all = append(x.all, i)
		if from, to := e.span.from.Year(), e.span.to.Year(); e.span.known() && to >= from && to-from < maxYears {
			c.years[i] = [2]int{from, to}
			for y := from; y <= to; y++ {
				x.byYear[y] = append(x.byYear[y], i)
			}
		} else {
			x.anyYear = append(x.anyYear, i)
		}
		if !seen[g.metric] {
			seen[g.metric] = true
			metrics = append(metrics, g.metric)
		}
	}
	if related != nil {
		for _, a := range metrics {
			for _, b := range metrics {
				if a != b && related(a, b) {
					c.related[a] = append(c.related[a], b)
				}
			}
		}
	}
	return c
}

// after appends to dst the entries after entry i of its group and of the
// groups of the metrics related to its own, whose periods may overlap
// its own, in order, and returns dst.
func (c *candidates) after(i int, dst []int) []int {
	g := c.group[i]
	lists := 0 // the lists dst has entries of
	appendList := func(list []int) {
		n := len(dst)
		if dst = appendAfter(dst, list, i); len(dst) > n {
			lists++
		}
	}
	add := func(x *groupIndex) {
		if x == nil {
			return
		}
		if years := c.years[i]; years != [2]int{} {
			for y := years[0]; y <= years[1]; y++ {
				appendList(x.byYear[y])
			}
			appendList(x.anyYear)
			return
		}
		appendList(x.all)
	}
	add(c.byGroup[g])
	for _, r := range c.related[g.metric] {
		add(c.byGroup[group{r, g.kind, g.unit}])
	}
	if lists > 1 {
		slices.Sort(dst)
		dst = slices.Compact(dst) // a period of several years is listed in each
	}
	return dst
}

// appendAfter appends the indices of list (in order) that are above i.
func appendAfter(dst, list []int, i int) []int {
	k, _ := slices.BinarySearch(list, i+1)
	return append(dst, list[k:]...)
}

// entry is a claim (of the caller's slice: entries do not copy the
// claims) with its interval, its period and what it states.
type entry struct {
	c         *claim.Claim
	lo, hi    decimal.Decimal
	span      span
	statement string // statement(c), set by Compare
}

func newEntry(c *claim.Claim, t decimal.Decimal) entry {
	lo, hi := Interval(*c, t)
	return entry{c: c, lo: lo, hi: hi, span: periodOf(*c)}
}

// Judge reports whether Compare would report claims a and b, and in which
// class.
func Judge(a, b claim.Claim, opts Options) (Class, bool) {
	ea, eb := newEntry(&a, opts.Tolerance), newEntry(&b, opts.Tolerance)
	return judge(&ea, &eb, opts)
}

// judge applies the rules of Compare to one pair: judgeValues, then
// filesAllow (every rule turns a pair down on its own, so their order
// does not change what is reported).
func judge(a, b *entry, opts Options) (Class, bool) {
	class, ok := judgeValues(a, b, opts)
	if !ok || !filesAllow(a, b, opts.sameSubject()) {
		return "", false
	}
	return class, true
}

// sameSubject returns SameSubject for two entries (never, when nil).
func (o Options) sameSubject() func(a, b *entry) bool {
	return func(a, b *entry) bool { return o.SameSubject != nil && o.SameSubject(a.c, b.c) }
}

// filesAllow applies the rules of Compare that read where two claims
// were made: never two figures given in one breath, and across files
// only figures that name the same scope, or whose documents are about
// the same thing (sameSubject): an unstated scope is the subject of its
// own file ("our trade").
func filesAllow(a, b *entry, sameSubject func(a, b *entry) bool) bool {
	if a.c.File == b.c.File {
		return a.c.Sentence != b.c.Sentence
	}
	return a.c.Scope != "" && a.c.Scope == b.c.Scope || sameSubject(a, b)
}

// judgeValues applies the rules of Compare that read what two claims
// state, not where: their speakers, metrics, scopes, flows, kinds, units,
// figures and periods (the fields alike compares). It reports the class
// of the conflict judge finds when the files' rules pass too.
func judgeValues(a, b *entry, opts Options) (Class, bool) {
	if a.c.Kind != b.c.Kind || a.c.Unit != b.c.Unit {
		return "", false
	}
	if a.c.Scope != "" && b.c.Scope != "" && a.c.Scope != b.c.Scope {
		return "", false
	}
	if a.c.Flow != "" && b.c.Flow != "" && a.c.Flow != b.c.Flow {
		return "", false // an accumulated stock and a period's flow
	}
	same := a.c.Metric == b.c.Metric
	if !same && (opts.Related == nil || !opts.Related(a.c.Metric, b.c.Metric)) {
		return "", false
	}
	if !a.span.overlaps(b.span) {
		return "", false
	}
	selfPair := a.c.Speaker == b.c.Speaker
	if selfPair && (!same || a.c.Scope != b.c.Scope || a.c.Period == "" || b.c.Period == "") {
		// One speaker's figures for one metric are mostly about different
		// parts (a project, a region, a year's share); only figures for
		// the same scope and stated periods are held against each other.
		return "", false
	}
	if !(a.hi.LessThan(b.lo) || b.hi.LessThan(a.lo)) {
		return "", false // the figures agree
	}
	if !a.c.Change && !b.c.Change && apart(a.c.Value, b.c.Value) {
		return "", false // an order of magnitude apart: two different things
	}
	switch {
	case selfPair:
		return Self, true
	case !same:
		return Possible, true
	case a.c.Period != b.c.Period && a.c.Period != "" && b.c.Period != "":
		return PeriodMismatch, true
	}
	return Contradiction, true
}

func newConflict(class Class, a, b claim.Claim) Conflict {
	c := Conflict{Metric: a.Metric, Scope: a.Scope, Class: class, A: a, B: b}
	if c.Scope == "" {
		c.Scope = b.Scope
	}
	c.Difference = b.Value.Sub(a.Value)
	if !a.Value.IsZero() {
		c.RelativeDifference = c.Difference.DivRound(a.Value.Abs(), 4)
	}
	return c
}

// maxRatio is how far apart two figures for one thing may be: a speaker
// who misstates a figure is rarely off by more, while figures five times
// apart are almost always about different things (a project and a total,
// one region and the country).
var maxRatio = decimal.NewFromInt(5)

// apart reports whether levels a and b are more than maxRatio times apart.
// Changes are not held to it (growth of 2% and of 15% can be about one
// thing), nor is zero.
func apart(a, b decimal.Decimal) bool {
	a, b = a.Abs(), b.Abs()
	if a.IsZero() || b.IsZero() {
		return false
	}
	if a.GreaterThan(b) {
		a, b = b, a
	}
	return b.GreaterThan(a.Mul(maxRatio))
}

// statement identifies what a claim states, whoever repeats it where.
func statement(c claim.Claim) string {
	return strings.Join([]string{c.Speaker, c.Metric, c.Scope, c.Value.String(), c.Unit, string(c.Qualifier), c.Period}, "\x00")
}

// periodOf returns the period a claim refers to. A claim that states none
// refers to the year up to its document's date: speakers state current
// figures, so an undated figure of 2014 is not compared with one of 2018.
func periodOf(c claim.Claim) span {
	if c.Period != "" {
		return parsePeriod(c.Period)
	}
	_, day, ok := parseDate(c.Date)
	if !ok || len(c.Date) != 10 {
		return span{}
	}
	return span{day.AddDate(-1, 0, 1), day}
}

// span is a period as a range of days; the zero span is unknown.
type span struct {
	from, to time.Time
}

func (s span) known() bool { return !s.from.IsZero() }

// overlaps reports whether two periods overlap or one of them is unknown.
func (s span) overlaps(o span) bool {
	if !s.known() || !o.known() {
		return true
	}
	return !s.to.Before(o.from) && !o.to.Before(s.from)
}

// parsePeriod reads an ISO 8601 period: a year, a month, a day, or an
// interval of them ("2022-01/2022-08"). Anything else is unknown.
func parsePeriod(p string) span {
	if p == "" {
		return span{}
	}
	a, b, isRange := strings.Cut(p, "/")
	from, _, ok1 := parseDate(a)
	if !isRange {
		b = a
	}
	_, to, ok2 := parseDate(b)
	if !ok1 || !ok2 {
		return span{}
	}
	return span{from, to}
}

// parseDate reads YYYY, YYYY-MM or YYYY-MM-DD and returns its first and
// last day.
func parseDate(s string) (first, last time.Time, ok bool) {
	switch len(s) {
	case 4:
		t, err := time.Parse("2006", s)
		return t, t.AddDate(1, 0, -1), err == nil
	case 7:
		t, err := time.Parse("2006-01", s)
		return t, t.AddDate(0, 1, -1), err == nil
	case 10:
		t, err := time.Parse("2006-01-02", s)
		return t, t, err == nil
	}
	return time.Time{}, time.Time{}, false
}
