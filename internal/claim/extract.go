package claim

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/lex"
	"github.com/transcripts/transcripts/internal/transcript"
	"github.com/transcripts/transcripts/internal/words"
)

// Extractor finds claims. Its zero value is not ready: use NewExtractor.
type Extractor struct {
	Lexicon *Lexicon
	// Uncompared, when set, leaves out of each claim what only comparing
	// claims reads (the compare and facts packages): its Flow and its
	// Rounding stay zero. A run that writes claims and compares none (the
	// claims CSV, which has no column for either) sets it: the two cost
	// some 1.5% of a run's instructions.
	Uncompared bool
	toks       []lex.Token // reused between paragraphs
	low        []string    // the lower-case words of toks, as far as read
	lowText    []byte      // the memory of their lower case (lowerWordsIn's arena)
	flags      []wordFlag  // and what each word may start
	ends       []phraseEnd // and the lexicon phrase ending at each
	hints      []int       // offsets in the paragraph of the hints of a paragraph (or window)
	idles      []int       // offsets in the paragraph of the figures that are never claims (dropIdleHints)
	doc        docScan     // the hints of the document being read
	valueWords *wordFilter // the hint scan's words (valueWords), asked for once
	line       int         // the line of the last claim made in the transcript (0: none yet)
	date       docDate     // the last document date read (dateOf)
	dated      bool        // and whether there is one
	// The batch (see batchTokens): its units, and the loud flags and
	// mentions of its sentences (msEnd[g]: the end in ms of sentence
	// g's); its tokens and sentences are toks and sents.
	units       []unit
	batchTokens int // the tokens at which a batch is flushed (tests make it 1)
	loud        []bool
	ms          []Mention
	msEnd       []int
	periodEnd   []int         // where the periods of sentence g of the batch end in periods (see flush)
	metrics     []claimMetric // what each claim of the batch measures, by its mention's place in ms (see flush)
	// What claims hands on from unit to unit.
	prev     handOn
	topic    string
	unread   bool
	currency string
	turn     *transcript.Turn
	// Buffers reused from sentence to sentence and window to window.
	sents        []sentence
	pronounLater []bool
	claimOf      []int
	periods      []period // the batch's periods, by sentence (periodEnd)
	wins         []transcript.Span
	out          []Claim
	lexer        lex.Lexer
	handed       handRoom
	before       handRoom // where topicBefore reads
	readAll      bool     // read quiet paragraphs too (tests compare the two)
	// phraseWords has a word of each phrase of the Lexicon (made when
	// topicBefore first needs it, and again when the Lexicon has grown
	// since: phraseCount is how many phrases it had); nil when one of
	// those words is not of ASCII letters.
	phraseWords *wordFilter
	phraseCount int
}

// handRoom is the memory in which a sentence's period and topic are read
// when a later one needs them (handOn): the tokens and sentences of a
// sentence before those lexed, and the lower-case words, flags, phrase
// ends and mentions of a sentence with no claim. Only one sentence at a
// time hands on what it states.
type handRoom struct {
	lexer   lex.Lexer
	toks    []lex.Token
	sents   []sentence
	low     []string
	flags   []wordFlag
	ends    []phraseEnd
	ms      []Mention
	periods []period
}

// NewExtractor returns an Extractor with lexicon lx (nil: the built-in one).
func NewExtractor(lx *Lexicon) *Extractor {
	if lx == nil {
		lx = DefaultLexicon()
	}
	e := &Extractor{Lexicon: lx, batchTokens: batchTokens, valueWords: valueWords()}
	// The lexer finds each word's flags with its keyword kind.
	e.lexer.Tags = wordFlags().tags
	e.handed.lexer.Tags = e.lexer.Tags
	e.before.lexer.Tags = e.lexer.Tags
	return e
}

// Extract returns the claims of every turn of t, in reading order. Figures
// in narration (leads, captions, headings, metadata) are not claims.
func (e *Extractor) Extract(t *transcript.Transcript) []Claim {
	var out []Claim
	e.ExtractTo(t, func(cs []Claim) error {
		out = append(out, cs...)
		return nil
	})
	return out
}

// ExtractTo is Extract handing the claims to emit a batch of paragraphs
// (see batchTokens) at a time, in reading order, so that a caller can
// write them and forget them: the slice is reused, and valid only until
// emit returns. It stops at emit's first error and returns it.
func (e *Extractor) ExtractTo(t *transcript.Transcript, emit func([]Claim) error) error {
	e.startBatch()
	e.turn, e.line = nil, 0
	for di := range t.Documents {
		d := &t.Documents[di]
		e.scanDocument(t.Text, d)
		for ti := range d.Turns {
			turn := &d.Turns[ti]
			for _, sp := range turn.Speech {
				one := sp.End-sp.Pos <= maxWindow // one window: see read
				if one {
					text := t.Text[sp.Pos:sp.End]
					var ok bool
					if e.hints, ok = e.doc.spanHints(t.Text, sp, e.hints[:0]); !ok {
						e.hints = scanHints(e.valueWords, text, e.hints[:0], len(text))
					}
					e.hints, e.idles = dropIdleHints(text, e.hints, e.idles[:0])
				}
				if !e.readAll && (one && len(e.hints) == 0 || !one && quiet(t.Text[sp.Pos:sp.End])) {
					// No claim, and nothing a later paragraph carries
					// over: its period and topic end with it.
					continue
				}
				if err := e.read(t, d, turn, sp, !e.readAll && one, emit); err != nil {
					return err
				}
			}
		}
	}
	return e.flush(t, emit)
}

// docScan holds the hints of a document's speech, found in one scan
// (Extractor.scanDocument), and hands them out paragraph by paragraph: a
// paragraph at a time, the scan took half as long again, in the calls'
// starts and ends (on the seed's paragraphs, 1.5 GB/s against 2.3 for
// the whole text).
type docScan struct {
	from  int   // where the text scanned starts in the transcript's; -1 when nothing was
	to    int   // and where it ends
	hints []int // the hints, as offsets from from
	next  int   // the first hint not handed out
}

// scanDocument finds the hints of the text of document d from the start
// of its first speech span to the end of its last (the labels and
// narration between them are scanned too, their hints passed over), when
// that is no longer than maxScan.
func (e *Extractor) scanDocument(text string, d *transcript.Document) {
	from, to := len(text), -1
	for ti := range d.Turns {
		for _, sp := range d.Turns[ti].Speech {
			from, to = min(from, sp.Pos), max(to, sp.End)
		}
	}
	e.doc.from, e.doc.next = -1, 0
	if to < 0 || to-from > maxScan {
		return
	}
	e.doc.from, e.doc.to = from, to
	e.doc.hints = scanHints(e.valueWords, text[from:to], e.doc.hints[:0], to-from)
}

// maxScan is the most bytes of a document's speech scanned at once: its
// hints are held until its paragraphs are read, as many as a run-on
// paragraph's window holds at most (a text of digits has one a byte).
const maxScan = maxWindow

// spanHints appends to dst the hints of speech span sp of text, as
// offsets in sp, and reports whether it could: sp must be inside the
// text scanned, and apart (spanApart). The spans of a document come in
// order, so the look for sp's first hint goes on from the last span's
// end (a binary search's branches, taken every paragraph, mispredicted
// what the one scan saved).
func (ds *docScan) spanHints(text string, sp transcript.Span, dst []int) ([]int, bool) {
	if ds.from < 0 || sp.Pos < ds.from || sp.End > ds.to || !spanApart(text, sp) {
		return dst, false
	}
	start, end := sp.Pos-ds.from, sp.End-ds.from
	if ds.next > 0 && ds.hints[ds.next-1] >= start {
		ds.next, _ = slices.BinarySearch(ds.hints, start) // not in order
	}
	for ds.next < len(ds.hints) && ds.hints[ds.next] < start {
		ds.next++
	}
	for ; ds.next < len(ds.hints) && ds.hints[ds.next] < end; ds.next++ {
		dst = append(dst, ds.hints[ds.next]-start)
	}
	return dst, true
}

// spanApart reports whether a scan of text finds in span sp the hints a
// scan of sp alone finds: no letter stands just before it or at its end
// (a word there would go on across them), and no rune crosses its ends.
func spanApart(text string, sp transcript.Span) bool {
	return (sp.Pos == 0 || byteClass[text[sp.Pos-1]] != byteLetter) &&
		(sp.End == len(text) || byteClass[text[sp.End]] != byteLetter) &&
		(sp.Pos == len(text) || utf8.RuneStart(text[sp.Pos])) &&
		(sp.End == len(text) || utf8.RuneStart(text[sp.End]))
}

// A batch of paragraphs is read in stages, each over all of them before
// the next, so that each stage's code stays in the processor's
// instruction cache (it does not when a paragraph goes through all of
// them before the next: each stage's code pushes the others' out). read
// lexes the stretch of a paragraph that may hold claims and splits it
// into sentences, a window at a time (a unit), and tells the loud ones
// (with a hint); flush then lower-cases the loud sentences' words, reads
// their mentions (readMentions), settles the mentions' kinds
// (settleMentions), finds what each claim measures (metricOf) and the
// periods each sentence with a claim states, and then makes the claims
// of each unit in order (claims), and hands them to emit. A batch ends
// when its tokens reach batchTokens, and with the transcript.
const batchTokens = 4096

// unit is a window of a paragraph (most paragraphs are one) read by
// Extractor.read, its claims not made yet.
type unit struct {
	d         *transcript.Document
	turn      *transcript.Turn
	sp        transcript.Span // the paragraph
	read      transcript.Span // the stretch of it read (all of it unless fast)
	before    transcript.Span // the sentence before read, not lexed (fast), when hasBefore
	hasBefore bool            // there is such a sentence
	idle      bool            // before holds a figure that is never a claim
	first     bool            // the paragraph's first window
	last      bool            // and its last
	sents     int             // its first sentence in Extractor.sents
	n         int             // its sentences
	loud      int             // where its loud flags start in Extractor.loud (n+1 of them)
	tokAt     int             // where its tokens start in Extractor.toks
}

// startBatch empties the batch, keeping the buffers' room.
func (e *Extractor) startBatch() {
	e.toks, e.sents, e.loud, e.ms, e.msEnd, e.units = e.toks[:0], e.sents[:0], e.loud[:0], e.ms[:0], e.msEnd[:0], e.units[:0]
}

// read reads the speech span sp of turn as far as its sentences, and
// which are loud, a unit a window, and flushes the batch when it is
// full. fast reads only the sentences from the first hint to the last (a
// paragraph of one window), and those before only when a claim needs
// their period or topic (handOn.periodOf, topicBefore).
func (e *Extractor) read(t *transcript.Transcript, d *transcript.Document, turn *transcript.Turn, sp transcript.Span, fast bool, emit func([]Claim) error) error {
	h := 0 // the next hint, an offset in sp
	u := unit{d: d, turn: turn, sp: sp, read: sp}
	if fast {
		// The sentences before the first one with a hint, and after
		// the last, hold no claim: they are not lexed, unless a claim
		// needs the period or topic of one before.
		u.read.Pos = sentenceStartBefore(t.Text, sp, sp.Pos+e.hints[0])
		u.read.End = sentenceEndAfter(t.Text, sp, sp.Pos+e.hints[len(e.hints)-1])
		if u.read.Pos > sp.Pos {
			// The sentence before those read is the last of the
			// stretch since the sure sentence end before it.
			u.before, u.hasBefore = transcript.Span{Pos: sentenceStartBefore(t.Text, sp, u.read.Pos-1), End: u.read.Pos}, true
			u.idle = anyWithin(e.idles, u.before.Pos-sp.Pos, u.read.Pos-sp.Pos)
		}
	}
	wins := windowsTo(e.wins[:0], t.Text, u.read)
	e.wins = wins
	for w, win := range wins {
		if len(wins) > 1 {
			// A run-on paragraph's hints are found a window at a time,
			// so that they never fill memory.
			e.hints, h = hints(t.Text[win.Pos:win.End], e.hints[:0]), 0
			for k := range e.hints {
				e.hints[k] += win.Pos - sp.Pos
			}
		}
		u.first, u.last = w == 0, w+1 == len(wins)
		u.tokAt, u.sents, u.loud = len(e.toks), len(e.sents), len(e.loud)
		e.toks = e.lexer.AppendAt(e.toks, t.Text[win.Pos:win.End], win.Pos)
		e.sents = splitSentencesTo(e.sents, e.toks[u.tokAt:])
		u.n = len(e.sents) - u.sents
		if cap(e.low) < len(e.toks) {
			// No sentence of the batch is lower-cased yet (flush does
			// it): they all are in the new room, by their tokens' places.
			n := max(2*len(e.toks), batchTokens)
			e.low, e.flags, e.ends = make([]string, n), make([]wordFlag, n), make([]phraseEnd, n)
		}
		// loud[i]: the i-th sentence may hold a claim (it has a hint);
		// the others are read only as far as a later loud sentence
		// needs them (claims).
		e.loud = slices.Grow(e.loud, u.n+1)[:u.loud+u.n+1]
		loud := e.loud[u.loud:]
		clear(loud)
		for i := range u.n {
			s := &e.sents[u.sents+i]
			end := s.toks[len(s.toks)-1].End() - sp.Pos
			for h < len(e.hints) && e.hints[h] < end {
				loud[i] = true
				h++
			}
			loud[i] = loud[i] || e.readAll
		}
		e.units = append(e.units, u)
		if len(e.toks) >= e.batchTokens {
			if err := e.flush(t, emit); err != nil {
				return err
			}
		}
	}
	return nil
}

// flush lower-cases the loud sentences of the batch, reads their
// mentions and settles their kinds, finds their claims' metrics and
// their periods, then makes the claims of its units in order, hands them
// to emit at once, and empties it.
func (e *Extractor) flush(t *transcript.Transcript, emit func([]Claim) error) error {
	// The loud sentences' words lower-cased, for the whole batch before
	// their mentions are found (see batchTokens).
	for _, u := range e.units {
		loud := e.loud[u.loud:]
		at := u.tokAt // the first token of sentence i in e.toks
		for i := range u.n {
			s := &e.sents[u.sents+i]
			if loud[i] {
				s.lowerWordsIn(&e.lowText, e.low[at:], e.flags[at:], e.ends[at:])
			}
			at += len(s.toks)
		}
	}
	for _, u := range e.units {
		loud := e.loud[u.loud:]
		for i := range u.n {
			if loud[i] {
				// The mentions are found in e.ms's room after those
				// found before, and copied there only when it had too
				// little.
				at := len(e.ms)
				ms := e.sents[u.sents+i].readMentions(e.ms[at:at])
				if len(ms) > 0 && at < cap(e.ms) && &ms[0] == &e.ms[:at+1][at] {
					e.ms = e.ms[:at+len(ms)]
				} else {
					e.ms = append(e.ms, ms...)
				}
			}
			e.msEnd = append(e.msEnd, len(e.ms))
		}
	}
	// Their kinds settled, a stage of its own (mentionsTo).
	for _, u := range e.units {
		for i := range u.n {
			if _, ms := e.mentionsOf(u.sents + i); len(ms) > 0 {
				e.sents[u.sents+i].settleMentions(ms)
			}
		}
	}
	// What each claim measures, found for the whole batch before the
	// claims are made, so that the metric rules' code stays in the
	// instruction cache (see batchTokens); claims takes them in order.
	e.metrics = slices.Grow(e.metrics[:0], len(e.ms))[:len(e.ms)]
	for _, u := range e.units {
		loud := e.loud[u.loud:]
		for i := range u.n {
			if !loud[i] {
				continue
			}
			from, ms := e.mentionsOf(u.sents + i)
			s := &e.sents[u.sents+i]
			for k := range ms {
				if ms[k].Reason == "" && ms[k].Kind.IsClaim() {
					c := &e.metrics[from+k]
					c.metric, c.scope, c.change, c.down = s.metricOf(e.Lexicon, ms, k)
					c.target = s.isTarget(ms, k)
				}
			}
		}
	}
	// The periods each sentence with a claim states, a stage of its own.
	e.periodEnd = slices.Grow(e.periodEnd[:0], len(e.sents))[:len(e.sents)]
	e.periods = e.periods[:0]
	for _, u := range e.units {
		loud := e.loud[u.loud:]
		date := e.dateOf(u.d.Date)
		for i := range u.n {
			g := u.sents + i
			if loud[i] {
				if _, ms := e.mentionsOf(g); anyClaim(ms) {
					e.periods = e.sents[g].periods(date, ms, e.periods)
				}
			}
			e.periodEnd[g] = len(e.periods)
		}
	}
	e.out = e.out[:0]
	for k := range e.units {
		e.claims(t, &e.units[k])
	}
	if len(e.out) > 0 {
		if err := emit(e.out); err != nil {
			return err
		}
	}
	if n := len(e.units); n > 0 && !e.units[n-1].last {
		// The next window's tokens take the place of this one's: what
		// it hands on is read now.
		e.prev.periodOf(e.dateOf(e.units[n-1].d.Date), &e.handed)
		e.prev.topicIs(e.Lexicon, "")
	}
	e.startBatch()
	return nil
}

// claimMetric is what metricOf found for a claim: its metric and scope,
// and whether it states a change and a fall.
type claimMetric struct {
	metric, scope string
	change, down  bool
	target        bool // isTarget
}

// mentionsOf returns the mentions of sentence g of the batch (none when
// it is not loud), and where they start in e.ms.
func (e *Extractor) mentionsOf(g int) (from int, _ []Mention) {
	if g > 0 {
		from = e.msEnd[g-1]
	}
	return from, e.ms[from:e.msEnd[g]]
}

// rounding is a claim's Rounding for a figure of step step: halfOf it,
// or zero when e is Uncompared.
func (e *Extractor) rounding(step decimal.Decimal) decimal.Decimal {
	if e.Uncompared {
		return decimal.Decimal{}
	}
	return halfOf(step)
}

// claims makes the claims of unit u, whose mentions are found, and
// appends them to e.out. What a sentence hands on to the next (its period
// and topic) and the paragraph's last metric go on from unit to unit of a
// paragraph, and the last currency named from paragraph to paragraph of a
// turn.
func (e *Extractor) claims(t *transcript.Transcript, u *unit) {
	d, turn, sp, read := u.d, u.turn, u.sp, u.read
	if u.first {
		// The period the last sentence stated or carried, and the
		// metric it spoke of: a sentence that goes on about the same
		// metric, or says it goes on ("At the same time"), keeps the
		// period.
		e.prev, e.topic, e.unread = handOn{}, "", false
		if u.hasBefore {
			// The sentences before read hold a topic not looked for yet.
			e.prev.before, e.prev.hasBefore, e.prev.text, e.prev.idle = u.before, true, t.Text, u.idle
			e.unread = true
		}
	}
	if turn != e.turn {
		e.turn, e.currency = turn, "" // the last currency the speaker named in this turn
	}
	prev, topic, unread, currency := e.prev, e.topic, e.unread, e.currency
	date := e.dateOf(d.Date)
	sentences := e.sents[u.sents : u.sents+u.n]
	loud := e.loud[u.loud : u.loud+u.n+1]
	out := e.out
	// pronounLater[i]: a loud sentence after the i-th has a pronoun that
	// may stand for a metric named before it.
	pronounLater := resetBools(&e.pronounLater, len(sentences)+1)
	for i := len(sentences) - 1; i >= 0; i-- {
		pronounLater[i] = pronounLater[i+1] || loud[i+1] && sentences[i+1].hasPronoun()
	}
	at := u.tokAt
	for i := range sentences {
		s := &sentences[i]
		at += len(s.toks)
		if !loud[i] {
			// No claim here: a later pronoun may need its topic, and
			// the next sentence its period.
			if pronounLater[i] {
				s.lowerWordsIn(&e.lowText, e.low[at-len(s.toks):], e.flags[at-len(s.toks):], e.ends[at-len(s.toks):])
				if t := s.lastMetric(e.Lexicon); t != "" {
					topic = t
				}
			}
			prev = handOn{}
			if loud[i+1] {
				prev.quiet = s
			}
			continue
		}
		msAt, ms := e.mentionsOf(u.sents + i)
		if !anyClaim(ms) {
			// A date, an ordinal, an idiom: no claim after all. The
			// period it hands on is read only if the next needs it.
			if pronounLater[i] {
				if t := s.lastMetric(e.Lexicon); t != "" {
					topic = t
				}
			}
			prev = handOn{quiet: s}
			continue
		}
		g := u.sents + i
		from := 0
		if g > 0 {
			from = e.periodEnd[g-1]
		}
		ps := e.periods[from:e.periodEnd[g]:e.periodEnd[g]] // s.periods(date, ms, nil), found in flush
		continues := s.continuesPeriod()
		carried := false
		first := len(out) // this sentence's claims start here
		context := ""     // the sentence, white space folded, once made
		plain := false    // and it had nothing to fold
		claimOf := e.claimOf[:0]
		for range ms {
			claimOf = append(claimOf, -1)
		}
		e.claimOf = claimOf
		for i := range ms {
			m := &ms[i]
			if m.Reason != "" || !m.Kind.IsClaim() {
				continue
			}
			// The claim is made in place at the end of out (a Claim is
			// some 300 bytes: made aside and appended, it was copied).
			claimOf[i] = len(out)
			out = append(out, Claim{
				File: t.Name, Document: d.Title, Date: d.Date, Speaker: turn.Speaker,
				Kind: m.Kind, Value: m.Value, Unit: m.Unit, Qualifier: m.Qualifier,
				Rounding: e.rounding(m.step),
				Modality: Actual, Sentence: s.toks[0].Pos + 1,
			})
			c := &out[len(out)-1]
			c.Pos = s.toks[m.First].Pos
			c.End = s.toks[m.Last].End()
			c.Line = t.LineAfter(c.Pos, e.line) // claims come in reading order
			e.line = c.Line
			if context == "" {
				context, plain = s.foldText(t.Text, 0, len(s.toks)-1)
			}
			if plain {
				c.Text = t.Text[c.Pos:c.End] // a stretch of a sentence with nothing to fold
			} else {
				c.Text = s.foldedText(t.Text, m.First, m.Last)
			}
			c.Context = context
			cm := &e.metrics[msAt+i] // s.metricOf(e.Lexicon, ms, i), found in flush
			metric, scope, change, down := cm.metric, cm.scope, cm.change, cm.down
			if metric == "" && c.Kind != Count && topic == "" && unread && s.pronounBefore(m) {
				topic, unread = e.topicBefore(t.Text, sp.Pos, read.Pos), false
			}
			if metric == "" && topic != "" && c.Kind != Count && s.pronounBefore(m) {
				// "We noted a positive dynamic in bilateral
				// trade. Last year it increased by 17 percent."
				metric = suffix(topic, change)
			}
			c.Metric, c.Scope, c.Change = metric, scope, change
			if c.Kind == Money {
				currency = c.Unit
			} else if c.Kind == Count && m.scaled && m.Noun == "" && currency != "" && moneyMetrics[strings.TrimSuffix(metric, " growth")] {
				// "Russian capital investments are nearing $24
				// billion, while Austria's is approaching four
				// billion": the currency carries over.
				c.Kind, c.Unit = Money, currency
			}
			if down && c.Kind != Multiplier {
				c.Value = c.Value.Neg()
			}
			if m.HedgeUpTo && change == false && hasChangeBefore(s, m) {
				c.Qualifier = Exact // "grew ..., up to $25.6 billion": rising to
			}
			if p, ok := s.nearestPeriod(ps, m); ok {
				c.Period = p.value
				if p.future {
					c.Modality = Target
				}
			} else if p := prev.periodOf(date, &e.handed); p != "" && (continues || prev.topicIs(e.Lexicon, baseMetric(c.Metric))) {
				c.Period, carried = p, true
			}
			if !e.Uncompared {
				c.Flow = s.flowOf(ms, i, c.Period)
			}
			if cm.target {
				c.Modality = Target
			}
		}
		// The first end of a range measures what the second does:
		// "a 30 to 40 to 70 percent tariff".
		for i := len(ms) - 2; i >= 0; i-- {
			a, b := claimOf[i], claimOf[i+1]
			if ms[i].rangeStart && a >= first && b >= first && out[a].Metric == "" {
				out[a].Metric, out[a].Scope = out[b].Metric, out[b].Scope
			}
		}
		// The paragraph's topic is looked for only when a
		// later sentence may need it: it has a pronoun.
		if pronounLater[i] {
			if t := s.lastMetric(e.Lexicon); t != "" {
				topic = t
			}
		}
		switch {
		case len(ps) > 0:
			prev = handOn{period: ps[len(ps)-1].value, topicOf: s}
		case !carried:
			prev = handOn{}
		}
	}
	e.prev, e.topic, e.unread, e.currency, e.out = prev, topic, unread, currency, out
}

// topicBefore returns the topic that the sentences of text[from:to], the
// start of a paragraph before the sentences lexed (none with a hint),
// hand on to a later sentence with a pronoun: the metric of the last
// lexicon phrase of the last of them that names one. Read in full, the
// paragraph would have looked for it in each of them, since a later
// sentence has a pronoun; to is a sure sentence end, up to which the
// lexer and splitSentences read as they do in the whole paragraph.
//
// The sentences are read from the last back, from one sure sentence end
// (sentenceStartBefore) to the one after it, and the reading stops at the
// first that names a metric. A stretch none of whose words is one of a
// lexicon phrase (mayNamePhrase) names none, and is not lexed: most such
// paragraph starts name no metric at all (141 of 237 in 5 MB of Kremlin
// transcripts), and lexing them was half of what looking for their
// topic cost.
func (e *Extractor) topicBefore(text string, from, to int) string {
	r := &e.before
	sp := transcript.Span{Pos: from, End: to}
	for end := to; end > from; {
		start := sentenceStartBefore(text, sp, end-1)
		if !e.mayNamePhrase(text[start:end]) {
			end = start
			continue
		}
		r.toks = r.lexer.AppendAt(r.toks[:0], text[start:end], start)
		r.sents = splitSentencesTo(r.sents[:0], r.toks)
		for i := len(r.sents) - 1; i >= 0; i-- {
			s := &r.sents[i]
			s.lowerWords(r.low, r.flags, r.ends)
			r.low, r.flags, r.ends = s.low[:0], s.flags[:0], s.ends[:0] // grown, perhaps
			if t := s.lastMetric(e.Lexicon); t != "" {
				return t
			}
		}
		end = start
	}
	return ""
}

// mayNamePhrase reports whether text, which has no hint, may hold a
// phrase of the Lexicon: every phrase has a word of phraseWords, and
// each word a token is read as (lower case, without a possessive "'s")
// stands in the text as its letters, found as the hint scan finds its
// words (scanHints); a byte that is neither a letter nor plain says yes
// too, which is only more reading.
func (e *Extractor) mayNamePhrase(text string) bool {
	if n := len(e.Lexicon.phrases); e.phraseCount != n {
		e.phraseWords, e.phraseCount = e.Lexicon.phraseWords(), n
	}
	if e.phraseWords == nil {
		return true
	}
	var buf [1]int
	return len(scanHints(e.phraseWords, text, buf[:0], 1)) > 0
}

// foldedText returns the text (of which s is part) from token first to
// token last of s, its white space folded as transcript.FoldSpace folds
// it. Most texts are returned as they are, which their tokens tell: the
// lexer skips white space between tokens, so a text whose gaps are single
// spaces or none, made of tokens with no white space in them, has nothing
// to fold.
func (s *sentence) foldedText(text string, first, last int) string {
	folded, _ := s.foldText(text, first, last)
	return folded
}

// foldText is foldedText that also reports whether the text's tokens show
// it has nothing to fold: then no stretch of those tokens has either.
func (s *sentence) foldText(text string, first, last int) (folded string, plain bool) {
	toks := s.toks[first : last+1]
	raw := text[toks[0].Pos:toks[len(toks)-1].End()]
	end := toks[0].Pos // where the token before ends
	for k := range toks {
		t := &toks[k]
		if gap := t.Pos - end; gap > 1 || gap == 1 && text[end] != ' ' || !t.Letters && !spaceless(t.Text) {
			return transcript.FoldSpace(raw), false
		}
		end = t.Pos + len(t.Text)
	}
	return raw, true
}

// spaceless reports whether token text holds no white space to fold: its
// ASCII bytes are printable (a space between a number's digit groups,
// "40 000", is folded already), and none of its other runes is a space
// ("40\u00a0000" has one). Most tokens are ASCII; a word with a curly
// apostrophe ("Russia’s") has one rune to read.
func spaceless(text string) bool {
	for i := 0; i < len(text); {
		c := text[i]
		if c >= ' ' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < ' ' {
			return false
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// anyClaim reports whether one of ms may become a claim.
func anyClaim(ms []Mention) bool {
	for i := range ms {
		if ms[i].Reason == "" && ms[i].Kind.IsClaim() {
			return true
		}
	}
	return false
}

// resetBools sets *b to n false values, reusing its array, and returns it.
func resetBools(b *[]bool, n int) []bool {
	if cap(*b) < n {
		*b = make([]bool, n)
	}
	*b = (*b)[:n]
	clear(*b)
	return *b
}

// handOn is what a sentence hands on to the next: the period it stated
// (or carried), and the metric it spoke of, which the next sentence
// keeps when it goes on about the same metric. Both are read only when
// the next sentence has a claim with no period of its own.
type handOn struct {
	before    transcript.Span // it is the last sentence of before in text, not lexed yet, when hasBefore
	hasBefore bool            // there is such a sentence
	idle      bool            // before holds a figure that is never a claim (its only hints)
	text      string
	period    string
	topic     string
	quiet     *sentence // a sentence with no claim, its periods not read yet
	topicOf   *sentence // the sentence whose last metric is topic, not read yet
}

// periodOf returns the period handed on, reading it in room (which the
// sentence read keeps until the next periodOf).
func (h *handOn) periodOf(date docDate, room *handRoom) string {
	if b := h.before; h.hasBefore {
		h.hasBefore = false
		if !h.idle && !mayStatePeriod(h.text[b.Pos:b.End]) {
			return h.period // no word a period of a sentence with no hint needs
		}
		room.toks = room.lexer.AppendAt(room.toks[:0], h.text[b.Pos:b.End], b.Pos)
		if room.sents = splitSentencesTo(room.sents[:0], room.toks); len(room.sents) > 0 {
			h.quiet = &room.sents[len(room.sents)-1]
		}
	}
	if s := h.quiet; s != nil {
		h.quiet = nil
		if s.low == nil {
			s.lowerWords(room.low, room.flags, room.ends)
			room.low, room.flags, room.ends = s.low[:0], s.flags[:0], s.ends[:0] // grown, perhaps
		}
		room.ms = s.mentionsTo(room.ms[:0])
		ps := s.periods(date, room.ms, room.periods[:0])
		if room.periods = ps; len(ps) > 0 {
			h.period, h.topicOf = ps[len(ps)-1].value, s
		}
	}
	return h.period
}

// dateOf returns the docDate of s, read again only when the document's
// date changes.
func (e *Extractor) dateOf(s string) docDate {
	if !e.dated || e.date.text != s {
		e.date, e.dated = readDate(s), true
	}
	return e.date
}

// anyWithin reports whether one of offsets, in order, is in [from, to).
func anyWithin(offsets []int, from, to int) bool {
	i, _ := slices.BinarySearch(offsets, from)
	return i < len(offsets) && offsets[i] < to
}

// topicIs reports whether the metric handed on is metric (not "").
func (h *handOn) topicIs(lx *Lexicon, metric string) bool {
	if s := h.topicOf; s != nil {
		h.topicOf = nil
		h.topic = s.lastMetric(lx)
	}
	return h.topic != "" && h.topic == metric
}

// sentenceEndAfter returns the offset just after the first full stop
// after from (within span sp) that surely ends a sentence, or sp.End:
// ". " and a capital after a word of two letters or more that stands
// after a space and is no abbreviation. splitSentences ends a sentence
// there whatever comes before, and the lexer reads the text up to there
// as it reads it in the whole paragraph.
func sentenceEndAfter(text string, sp transcript.Span, from int) int {
	for p := from; p < sp.End; p++ {
		i := strings.Index(text[p:sp.End], ". ")
		if i < 0 {
			break
		}
		p += i
		if p+2 < sp.End && 'A' <= text[p+2] && text[p+2] <= 'Z' && endsWord(text[sp.Pos:p]) {
			return p + 1
		}
	}
	return sp.End
}

// sentenceStartBefore returns the offset just after the last full stop
// before to (within span sp) that surely ends a sentence (see
// sentenceEndAfter), or sp.Pos.
func sentenceStartBefore(text string, sp transcript.Span, to int) int {
	for p := to; p > sp.Pos; {
		i := lastFullStop(text[sp.Pos:p])
		if i < 0 {
			break
		}
		p = sp.Pos + i
		if p+2 < sp.End && 'A' <= text[p+2] && text[p+2] <= 'Z' && p+2 <= to && endsWord(text[sp.Pos:p]) {
			return p + 1
		}
	}
	return sp.Pos
}

// lastFullStop is strings.LastIndex(s, ". "), read back eight bytes at a
// time: the full stops of a block are found all at once (SWAR), and only
// they are looked at.
func lastFullStop(s string) int {
	b := unsafe.Slice(unsafe.StringData(s), len(s)) // read only
	end := len(s) - 1                               // a full stop before end has a byte after it
	for ; end >= 8; end -= 8 {
		x := binary.LittleEndian.Uint64(b[end-8:]) ^ 0x2e2e2e2e2e2e2e2e // a full stop is a zero byte
		// The high bit of every zero byte is set (and perhaps of some
		// bytes after one: each is looked at).
		for stops := (x - 0x0101010101010101) &^ x & 0x8080808080808080; stops != 0; {
			k := (63 - bits.LeadingZeros64(stops)) >> 3
			if p := end - 8 + k; s[p] == '.' && s[p+1] == ' ' {
				return p
			}
			stops &^= 0x80 << (8 * k)
		}
	}
	for p := end - 1; p >= 0; p-- {
		if s[p] == '.' && s[p+1] == ' ' {
			return p
		}
	}
	return -1
}

// endsWord reports whether s ends with a word of two ASCII letters or more
// that follows a space (or starts s) and is no abbreviation.
func endsWord(s string) bool {
	i := len(s)
	for i > 0 && asciiLetter(s[i-1]) {
		i--
	}
	if len(s)-i < 2 || i > 0 && s[i-1] != ' ' {
		return false
	}
	return !isAbbreviation(s[i:]) // ASCII letters
}

// isAbbreviation reports whether w, of ASCII letters in any case, is one
// of abbreviations.
func isAbbreviation(w string) bool {
	_, ok := abbreviationTable.Get(words.Hash(w), w)
	return ok
}

// abbreviationTable is abbreviations for words of ASCII letters, looked
// up in any case without lower-casing them.
var abbreviationTable = func() *words.Table[bool] {
	m := map[string]bool{}
	for w, in := range abbreviations.All() {
		if in {
			m[w] = true
		}
	}
	return words.New(m)
}()

func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// maxWindow is the most bytes of a paragraph lexed at once: a run-on
// paragraph of megabytes (a transcript with no line breaks) is read a
// window at a time, so that its tokens and claims never fill memory.
const maxWindow = 256 << 10

// windowsTo appends to out the windows of the speech span sp of text:
// pieces of about maxWindow bytes, each ending after a sentence or clause
// mark (". ", ", ", "; ") or at least at a space, so that no figure is cut
// in two.
func windowsTo(out []transcript.Span, text string, sp transcript.Span) []transcript.Span {
	if sp.End-sp.Pos <= maxWindow {
		return append(out, sp)
	}
	for pos := sp.Pos; pos < sp.End; {
		end := pos + maxWindow
		if end >= sp.End {
			out = append(out, transcript.Span{Pos: pos, End: sp.End})
			break
		}
		cut := -1
		for _, mark := range []string{". ", "; ", ", ", " "} {
			if i := strings.Index(text[end:min(sp.End, end+maxWindow/4)], mark); i >= 0 {
				cut = end + i + len(mark)
				break
			}
		}
		if cut < 0 {
			cut = end
			for cut < sp.End && !utf8.RuneStart(text[cut]) {
				cut++
			}
		}
		out = append(out, transcript.Span{Pos: pos, End: cut})
		pos = cut
	}
	return out
}

// moneyMetrics are the metrics that are sums of money: a bare "20 billion"
// of them is money in the currency last named.
var moneyMetrics = map[string]bool{
	"trade": true, "investment": true, "exports": true, "imports": true,
	"gdp": true, "budget deficit": true, "budget surplus": true,
	"trade surplus": true, "public debt": true, "external debt": true,
	"reserves": true, "budget revenue": true, "spending": true,
	"wages": true, "pensions": true, "income": true, "loans": true,
	"profit": true, "sales": true, "funding": true, "authorised capital": true,
	"market capitalisation": true, "military spending": true,
	"projects value": true,
}

// hasChangeBefore reports whether a change word stands before mention m in
// its sentence ("trade growth: almost 35 percent, up to $25.6 billion").
func hasChangeBefore(s *sentence, m *Mention) bool {
	for j := m.First - 1; j >= 0 && j >= m.First-12; j-- {
		if w := s.w(j); w != "up" && w != "down" && changeOf(w) != 0 {
			return true
		}
	}
	return false
}

// maxSentence is the most tokens a sentence may have; real ones rarely
// pass a hundred.
const maxSentence = 400

// splitSentences splits a paragraph's tokens into sentences: a full stop,
// question or exclamation mark ends one when the next token starts a new
// one, and the stop does not end an abbreviation (Mr., U.S.) or an initial.
func splitSentences(toks []lex.Token) []sentence { return splitSentencesTo(nil, toks) }

// splitSentencesTo is splitSentences appending to out.
func splitSentencesTo(out []sentence, toks []lex.Token) []sentence {
	start := 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != lex.Punct && i-start < maxSentence {
			continue // most tokens: no stop, no cut
		}
		if i-start >= maxSentence || i-start >= maxSentence/2 && t.Kind == lex.Punct && (t.Text == "," || t.Text == ";") {
			// A run-on "sentence" (a transcript without stops, a 50 MB
			// line) is cut, so that looking back within a sentence stays
			// cheap.
			out = append(out, sentence{toks: toks[start : i+1]})
			start = i + 1
			continue
		}
		if t.Kind != lex.Punct || !isStop(t.Text) {
			continue
		}
		if i+1 < len(toks) && !startsSentence(&toks[i+1]) {
			continue
		}
		if t.Text == "." && i > 0 && toks[i-1].Kind.IsWord() && toks[i-1].End() == t.Pos {
			if prev := &toks[i-1]; prev.Letters {
				if _, abbr := abbreviationTable.Get(words.Hash(prev.Text), prev.Text); abbr || len(prev.Text) == 1 {
					continue // Mr., U.S. (a letter of ASCII: the common case)
				}
			} else if prev := strings.ToLower(prev.Text); abbreviations.Value(prev) || utf8.RuneCountInString(prev) == 1 {
				continue
			}
		}
		out = append(out, sentence{toks: toks[start : i+1]})
		start = i + 1
	}
	if start < len(toks) {
		out = append(out, sentence{toks: toks[start:]})
	}
	return out
}

func isStop(p string) bool {
	return p == "." || p == "?" || p == "!" || p == "…"
}

// startsSentence reports whether t can start a sentence.
func startsSentence(t *lex.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || t.Kind == lex.Currency || strings.ContainsRune("\"“‘'(«[<", r)
}

func newSentence(toks []lex.Token) sentence {
	s := sentence{toks: toks}
	s.lowerWords(nil, nil, nil)
	return s
}

// textArena is the size of the memory lowerWordsIn takes at a time.
const textArena = 32 << 10

// lowerWords sets s.low, the lower-case text of each token, and s.flags,
// what each word may start, once, and gives s.ends room to remember the
// lexicon phrases found; it reuses low, flags and ends when they have
// room. splitSentences leaves it for the caller, so that a sentence that
// is passed over is never lower-cased.
func (s *sentence) lowerWords(low []string, flags []wordFlag, ends []phraseEnd) {
	s.lowerWordsIn(nil, low, flags, ends)
}

// lowerWordsIn is lowerWords that keeps the lower case of the words with
// capitals in *arena's memory when arena is not nil: an append-only
// buffer, its bytes never written again once handed out (a string of
// them stays what it is), replaced by a new one of textArena bytes when
// full, instead of a string allocated for each sentence.
func (s *sentence) lowerWordsIn(arena *[]byte, low []string, flags []wordFlag, ends []phraseEnd) {
	if s.low != nil {
		return
	}
	n := len(s.toks)
	if cap(low) < n || cap(flags) < n || cap(ends) < n {
		low, flags, ends = make([]string, n), make([]wordFlag, n), make([]phraseEnd, n)
	}
	s.low, s.flags, s.ends = low[:n], flags[:n], ends[:n]
	toks := s.toks
	low, flags = s.low[:len(toks)], s.flags[:len(toks)]
	ft := wordFlags()
	// First every token as its own lower case, with the flags of its
	// kind and of its tag (a token that is no word of letters has none):
	// right for punctuation, numbers and the like, and for the words of
	// ASCII letters with no capital that the lexer tagged (the
	// Extractor's lexers tag every one). The others are listed in rest
	// for the loop after. The loop calls nothing but on the way to a
	// word listed, so that its state stays in registers (a call on the
	// way of every word made Go keep it on the stack).
	// Each token's place is written, and kept (the count of those kept
	// goes up) by what the token is, with no branch: whether a word has a
	// capital is a coin toss the processor cannot foresee, and the
	// branch on it was mispredicted on two words of three.
	var restBuf [128]int32
	var rest []int32
	if len(toks) <= len(restBuf) {
		rest = restBuf[:len(toks)]
	} else {
		rest = make([]int32, len(toks))
	}
	kept := 0
	for i := range toks {
		t := &toks[i]
		low[i], flags[i] = t.Text, wordFlag(t.Tag)|kindFlags[t.Kind]
		rest[kept] = int32(i)
		kept += int(wordKinds[t.Kind] & (b2u(t.Caps) | b2u(!t.Letters) | b2u(!t.Tagged)))
	}
	rest = rest[:kept]
	if len(rest) == 0 {
		return
	}
	// The ASCII words with capitals are lower-cased into one string for
	// the sentence (one allocation, not one a word); ends[i].start holds
	// where word i's lower case starts in it until then, and capped
	// lists those words.
	var buf [128]byte
	var capBuf [32]int32
	caps, capped := buf[:0], capBuf[:0]
	for _, i := range rest {
		t := &toks[i]
		if t.Letters && !t.Caps { // not tagged
			flags[i] = ft.letterFlags(t) | kindFlags[t.Kind]
			continue
		}
		if t.Letters {
			// A million-code's flag (MUSD) is added below.
			low[i], flags[i] = "", ft.letterFlags(t)|kindFlags[t.Kind]
			s.ends[i].start = len(caps)
			capped = append(capped, i)
			caps = append(caps, t.Text...)
			for k := len(caps) - len(t.Text); k < len(caps); k++ {
				caps[k] |= 0x20 // letters only: the bit lower-cases
			}
			if millionCode(t.Text) != "" {
				flags[i] |= mayStartFigure
			}
			continue
		}
		switch c := asciiCase(t.Text); {
		case c == caseLower:
			low[i] = t.Text
		case c == caseMixed || caselessRunes(t.Text):
			// ASCII with capitals, or with other runes that have no case
			// ("Russia’s"): the capitals' bit set, the other bytes
			// copied (strings.ToLower built a string for each word).
			low[i], s.ends[i].start = "", len(caps)
			capped = append(capped, i)
			at := len(caps)
			for k := 0; k < len(t.Text); k++ {
				caps = append(caps, t.Text[k]|asciiUpper[t.Text[k]])
			}
			flags[i] = flagsOf(t.Text, unsafe.String(&caps[at], len(t.Text))) | kindFlags[t.Kind]
			continue
		default:
			low[i] = strings.ToLower(t.Text)
		}
		flags[i] = flagsOf(t.Text, low[i]) | kindFlags[t.Kind]
	}
	if len(caps) == 0 {
		return
	}
	var all string
	if arena == nil {
		all = string(caps)
	} else {
		if cap(*arena)-len(*arena) < len(caps) {
			*arena = make([]byte, 0, max(textArena, len(caps)))
		}
		at := len(*arena)
		*arena = append(*arena, caps...)
		all = unsafe.String(&(*arena)[at], len(caps))
	}
	for _, i := range capped {
		if t := &s.toks[i]; t.Text != "" {
			at := s.ends[i].start
			low[i] = all[at : at+len(t.Text)]
			s.ends[i].start = 0
		}
	}
}

// The cases of a word that asciiCase tells apart.
const (
	caseLower = iota // ASCII, no capital: its own lower case
	caseMixed        // ASCII with capitals
	caseOther        // not ASCII: lower-cased as Unicode says
)

// asciiCase tells how word w is lower-cased.
func asciiCase(w string) int {
	c := caseLower
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= utf8.RuneSelf:
			return caseOther
		case 'A' <= b && b <= 'Z':
			c = caseMixed
		}
	}
	return c
}

// caselessRunes reports whether w, valid UTF-8, has a rune that is not
// ASCII, and none that unicode.ToLower changes: strings.ToLower changes
// only its ASCII capitals. (An invalid byte, which ToLower replaces, says
// no.)
func caselessRunes(w string) bool {
	other := false
	for i := 0; i < len(w); {
		if w[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return false
		}
		other = true
		i += n
	}
	return other
}

// wordKinds is 1 for the token kinds that are words (lex.Kind.IsWord).
var wordKinds = func() (t [256]uint8) {
	for k := range t {
		if lex.Kind(k).IsWord() {
			t[k] = 1
		}
	}
	return t
}()

// b2u returns 1 for true and 0 for false, with no branch.
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// asciiUpper is 0x20 for the ASCII capitals, the bit that lower-cases them.
var asciiUpper = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 0x20
	}
	return t
}()
