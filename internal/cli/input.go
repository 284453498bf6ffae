package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
	"github.com/transcripts/transcripts/internal/report"
	"github.com/transcripts/transcripts/internal/textfile"
	"github.com/transcripts/transcripts/internal/transcript"
)

// InputOptions are the flags every command that reads transcripts shares.
type InputOptions struct {
	Files   []string
	Layout  string // auto, kremlin, whitehouse, hansard, plain
	Lexicon string // a file of extra metric synonyms
	Glob    string // comma-separated patterns of the file names read from directories
	Text    bool   // read files with NUL bytes as text instead of skipping them
}

// layouts lists the values --layout accepts.
var layouts = []string{"auto", "kremlin", "whitehouse", "hansard", "plain"}

// validate checks the options before any file is read.
func (o *InputOptions) validate() error {
	for _, l := range layouts {
		if o.Layout == l {
			return nil
		}
	}
	return usageError("unknown layout %q (want one of %s)", o.Layout, strings.Join(layouts, ", "))
}

// input is what the files held: the parsed transcripts and their claims.
type input struct {
	transcripts []*transcript.Transcript
	claims      []claim.Claim
	dropped     int                 // the claims read and not kept (readClaims)
	counts      []report.ClaimCount // the claims counted and not kept (readCounts)
	lexicon     *claim.Lexicon
	failed      bool // some file could not be read; its error was printed
}

// readInputs reads, parses and extracts every file. A file that cannot be
// read is reported on ios.ErrOut as `transcripts: FILE: reason` and
// skipped; the others are still processed.
func readInputs(ios IO, o *InputOptions) (*input, error) {
	return readInputsTo(ios, o, nil, keeping{transcripts: true})
}

// readClaims is readInputs for a command that needs only the claims
// wanted picks, in their order, and no transcript (check, facts): the
// other claims are counted (input.dropped) and forgotten as each part is
// read, so that memory grows with the claims wanted, not with all.
func readClaims(ios IO, o *InputOptions, wanted func(*claim.Claim) bool) (*input, error) {
	return readInputsTo(ios, o, nil, keeping{wanted: wanted})
}

// readCounts is readInputs for a command that needs the transcripts and
// only the number of claims each speaker made in each document, by kind
// (speakers): the claims are counted (input.counts) and forgotten as each
// part is read, so that memory grows with the documents and their turns,
// not with the claims.
func readCounts(ios IO, o *InputOptions) (*input, error) {
	return readInputsTo(ios, o, nil, keeping{transcripts: true, counts: true})
}

// keeping is what a run that keeps the parts it reads keeps of each.
type keeping struct {
	// transcripts keeps each part's transcript, compacted.
	transcripts bool
	// wanted picks the claims kept (nil: every claim); the others are
	// counted in input.dropped.
	wanted func(*claim.Claim) bool
	// counts keeps the counts of the claims (input.counts), not the
	// claims.
	counts bool
}

// sinkError is a failure to write what a sink was given.
type sinkError struct{ err error }

// Error returns the message of the write error.
func (e sinkError) Error() string { return e.err.Error() }

// rowWriter writes the claims of parts of files as rows of output.
type rowWriter interface {
	Write(claims []claim.Claim) error
	Flush() error
	Reset(w io.Writer) // write to w from now on, keeping the buffers
}

// newRows returns a rowWriter writing to w, with the output's header
// first when header is set.
type newRows func(w io.Writer, header bool) rowWriter

// readInputsTo is readInputs that, when rows is set, writes the claims of
// each part of each file (a file, or one document of a Kremlin file) to
// standard output as rows instead of keeping them: claims then carry their
// offsets and lines in the file, and nothing compares them (their
// extractors are Uncompared: no Flow, no Rounding). With many files, each
// worker formats the rows of the files it reads, and they are written in
// the order of the files.
func readInputsTo(ios IO, o *InputOptions, rows newRows, k keeping) (*input, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	in := &input{lexicon: claim.DefaultLexicon()}
	if o.Lexicon != "" {
		f, err := os.Open(o.Lexicon)
		if err != nil {
			return nil, &exitError{ExitTrouble, fmt.Errorf("%s: %v", o.Lexicon, reason(err))}
		}
		err = in.lexicon.Load(f, o.Lexicon)
		f.Close()
		if err != nil {
			return nil, &exitError{ExitTrouble, err}
		}
	}
	files := o.Files
	if len(files) == 0 {
		if ios.StdinIsTerminal {
			return nil, usageError("no input: give FILE arguments, or - to read standard input")
		}
		files = []string{"-"}
	}
	files = expand(ios, files, o.Glob)
	// keep keeps a part, compacted (compactPart) by whoever read it.
	keep := func(p parsed) error {
		if p.t != nil {
			in.transcripts = append(in.transcripts, p.t)
		}
		in.claims = append(in.claims, p.claims...)
		in.dropped += p.dropped
		in.counts = append(in.counts, p.counts...)
		return nil
	}
	compactPart := func(p parsed, strs map[string]string) parsed { return compact(p, strs, k) }
	// report prints what reading a file said, in the order of the files.
	report := func(name string, turns int, err error) error {
		var se sinkError
		if errors.As(err, &se) {
			return writeError(se.err)
		}
		if err != nil {
			fmt.Fprintf(ios.ErrOut, "transcripts: %s: %v\n", name, err)
			in.failed = true
		} else if turns == 0 {
			fmt.Fprintf(ios.ErrOut, "transcripts: note: no speaker turns found in %s\n", displayName(name))
		}
		return nil
	}
	// readers returns what a worker reads files with, kept from file to
	// file: claims written as rows are compared with none.
	readers := func() (*claim.Extractor, *transcript.Parser, *fileReader) {
		ex := claim.NewExtractor(in.lexicon)
		ex.Uncompared = rows != nil
		return ex, new(transcript.Parser), new(fileReader)
	}
	workers := runtime.GOMAXPROCS(0)
	if len(files) < 2 || workers < 2 || slices.Contains(files, "-") {
		// One file at a time, each part handed on as soon as it is read.
		ex, ps, fr := readers()
		strs := map[string]string{}
		each := func(p parsed) error { return keep(compactPart(p, strs)) }
		var w rowWriter
		if rows != nil {
			w = rows(ios.Out, true)
			each = func(p parsed) error {
				if err := w.Write(p.claims); err != nil {
					return sinkError{err}
				}
				return nil
			}
		}
		// With more than one core, the parts of a file (the document
		// groups of a Kremlin file) are read by workers at once, unless
		// the file is too small to have a few of them (its workers'
		// start would cost more than they save).
		inParts := func(name string) (int, error) {
			// The file's size is asked only when there are workers to
			// share it (a stat a file, for thousands of files).
			small := workers < 2 || name == "-"
			if !small {
				if fi, err := os.Stat(name); err == nil && fi.Mode().IsRegular() {
					small = fi.Size() < int64(parallelFrom*docGroup)
				}
			}
			if small {
				return readFileParts(ios, name, o, ps, ex, fr, rows != nil, each)
			}
			write := func(b []byte) error {
				// The rows of a part, after what w holds (the header).
				if err := w.Flush(); err != nil {
					return sinkError{err}
				}
				if _, err := ios.Out.Write(b); err != nil {
					return sinkError{err}
				}
				return nil
			}
			return readPartsInParallel(ios, name, o, workers, readers, fr, rows, write, compactPart, keep)
		}
		for _, name := range files {
			turns, err := inParts(name)
			if err := report(name, turns, err); err != nil {
				return nil, err
			}
		}
		if w != nil {
			if err := w.Flush(); err != nil {
				return nil, writeError(err)
			}
		}
		return in, nil
	}
	// Many files: GOMAXPROCS workers read, parse and extract them; the
	// results are handed on in the order of the files, so that the output
	// is the same, byte for byte, as one worker's. The worker that
	// finishes the next file in order hands it on, and the ones after it
	// that are done: no goroutine waits for a core to do it.
	type result struct {
		parts  []parsed
		out    *bytes.Buffer // the rows, when rows is set (from getBuffer)
		stderr bytes.Buffer
		turns  int
		err    error
		done   bool
	}
	results := make([]*result, len(files))
	for i := range results {
		results[i] = &result{}
	}
	var (
		mu      sync.Mutex
		handed  int   // the files handed on
		failure error // the first error that stops the run
		out     *bufio.Writer
	)
	if rows != nil {
		out = bufio.NewWriterSize(ios.Out, 64<<10)
		if err := rows(out, true).Flush(); err != nil { // the header
			failure = writeError(err)
		}
	}
	// window holds a place for each file taken and not yet handed on:
	// a worker takes a place before it takes a file, so that the next
	// file to hand on is always in some worker's hands.
	window := make(chan struct{}, 64*workers)
	var taken atomic.Int64
	finish := func(i int) {
		mu.Lock()
		defer mu.Unlock()
		results[i].done = true
		for handed < len(files) && results[handed].done {
			r := results[handed]
			if failure == nil {
				io.Copy(ios.ErrOut, &r.stderr)
				err := r.err
				if out != nil && r.out != nil && r.out.Len() > 0 {
					if _, werr := r.out.WriteTo(out); werr != nil {
						err = sinkError{werr}
					}
				}
				if r.out != nil {
					putBuffer(r.out)
				}
				for _, p := range r.parts {
					if err == nil {
						err = keep(p)
					}
				}
				failure = report(files[handed], r.turns, err)
			}
			results[handed] = nil
			handed++
			<-window
		}
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			ex, ps, fr := readers()
			var w rowWriter             // one for the worker's files, its buffer kept
			strs := map[string]string{} // the strings compact has copied
			for {
				window <- struct{}{}
				i := int(taken.Add(1)) - 1
				if i >= len(files) {
					<-window
					return
				}
				r := results[i]
				wios := ios
				wios.ErrOut = &r.stderr
				if rows == nil {
					r.turns, r.err = readFileParts(wios, files[i], o, ps, ex, fr, false, func(p parsed) error {
						r.parts = append(r.parts, compactPart(p, strs))
						return nil
					})
				} else {
					r.out = getBuffer()
					if w == nil {
						w = rows(r.out, false)
					} else {
						w.Reset(r.out)
					}
					r.turns, r.err = readFileParts(wios, files[i], o, ps, ex, fr, true, func(p parsed) error {
						return w.Write(p.claims)
					})
					if err := w.Flush(); r.err == nil {
						r.err = err
					}
				}
				finish(i)
			}
		})
	}
	wg.Wait()
	if failure == nil && out != nil {
		if err := out.Flush(); err != nil {
			failure = writeError(err)
		}
	}
	if failure != nil {
		return nil, failure
	}
	return in, nil
}

// buffers holds the buffers the workers gather a file's rows in, given
// back once the rows are written out: each is grown once, not once a file.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// getBuffer returns an empty buffer from buffers.
func getBuffer() *bytes.Buffer { return buffers.Get().(*bytes.Buffer) }

// putBuffer empties b and gives it back to buffers, unless it grew very
// large (a file of a huge part): that one is left to the collector.
func putBuffer(b *bytes.Buffer) {
	if b.Cap() > 4<<20 {
		return
	}
	b.Reset()
	buffers.Put(b)
}

// compact returns part p ready to be kept by a run that keeps every part:
// its transcript compacted (transcript.Compact) and its claims' strings
// copied out of the text (each distinct one once: strs holds those
// copied), so that what the run keeps grows with the claims and the
// documents, not with the text (the text of every document with a claim
// stayed in memory through its claims' strings), or dropped, as k says:
// with k.wanted set, only the claims it picks are kept (the others
// counted in dropped); with k.counts, the claims' counts
// (report.CountClaims), and no claim.
func compact(p parsed, strs map[string]string, k keeping) parsed {
	if k.transcripts {
		p.t.Compact()
	} else {
		p.t = nil
	}
	switch {
	case k.counts:
		p.counts = report.CountClaims(nil, p.claims)
		for i := range p.counts {
			n := &p.counts[i]
			n.File, n.Document, n.Date, n.Speaker = own(strs, n.File), own(strs, n.Document), own(strs, n.Date), own(strs, n.Speaker)
		}
		p.claims = nil
		return p
	case k.wanted != nil:
		kept := p.claims[:0]
		for i := range p.claims {
			if k.wanted(&p.claims[i]) {
				kept = append(kept, p.claims[i])
			}
		}
		p.dropped = len(p.claims) - len(kept)
		p.claims = slices.Clip(kept)
	}
	ownStrings(p.claims, strs)
	return p
}

// ownStrings copies the strings of claims cs out of the text of their
// documents, each distinct one once (strs holds those copied); a claim's
// text is its own.
func ownStrings(cs []claim.Claim, strs map[string]string) {
	for i := range cs {
		c := &cs[i]
		c.File, c.Document, c.Date, c.Speaker = own(strs, c.File), own(strs, c.Document), own(strs, c.Date), own(strs, c.Speaker)
		c.Unit, c.Metric, c.Scope, c.Period = own(strs, c.Unit), own(strs, c.Metric), own(strs, c.Scope), own(strs, c.Period)
		c.Context, c.Text = own(strs, c.Context), strings.Clone(c.Text)
	}
}

// own returns s copied out of the text it points into, the copy in strs
// when there is one (and put there when not).
func own(strs map[string]string, s string) string {
	if s == "" {
		return s
	}
	if o, ok := strs[s]; ok {
		return o
	}
	o := strings.Clone(s)
	strs[o] = o
	return o
}

// parsed is one part of a file, parsed, with its claims.
type parsed struct {
	t       *transcript.Transcript
	claims  []claim.Claim
	dropped int                 // claims read and not kept (compact)
	counts  []report.ClaimCount // the claims counted, when they were not kept (compact)
}

// displayName is the name reports give a file: standard input is <stdin>.
func displayName(name string) string {
	if name == "-" {
		return stdinName
	}
	return name
}

// readFileParts reads the file called name, parses it with ps and extracts
// it with ex (a worker's own: the parser remembers speakers' labels from
// file to file), and hands each part to emit: the whole file, or one
// document of a Kremlin file at a time (see readParts), with its claims'
// offsets and lines in the file. A stream hands on the claims of a
// paragraph at a time, and then hands the part's transcript back to the
// parser (the rows written, nothing of it is kept); the others hand on the
// claims of a part at a time. It returns the number of speaker turns found.
func readFileParts(ios IO, name string, o *InputOptions, ps *transcript.Parser, ex *claim.Extractor, fr *fileReader, stream bool, emit func(parsed) error) (int, error) {
	turns := 0
	each := func(p part) error {
		n, err := readPart(name, o, ps, ex, p, stream, emit)
		turns += n
		return err
	}
	return turns, readParts(ios, name, o, fr, each)
}

// readPart parses part p of the file called name with ps and reads its
// claims with ex, their offsets and lines those of the file, and hands
// them to emit with the part's transcript (see readFileParts; with
// stream set, a paragraph at a time, and the transcript is handed back
// to ps once they are). It returns the number of speaker turns found.
func readPart(name string, o *InputOptions, ps *transcript.Parser, ex *claim.Extractor, p part, stream bool, emit func(parsed) error) (int, error) {
	t := ps.Parse(displayName(name), p.text, transcript.Layout(o.Layout))
	turns := 0
	for _, d := range t.Documents {
		turns += len(d.Turns)
	}
	if !stream {
		cs := ex.Extract(t)
		inFile(cs, p)
		return turns, emit(parsed{t: t, claims: cs})
	}
	// A paragraph (or a window of a huge one) at a time.
	emitted := false
	err := ex.ExtractTo(t, func(cs []claim.Claim) error {
		inFile(cs, p)
		emitted = true
		return emit(parsed{t: t, claims: cs})
	})
	if err == nil && !emitted {
		err = emit(parsed{t: t}) // the sink still sees the part
	}
	ps.Release(t) // its claims are written: the next part takes its memory
	return turns, err
}

// inFile moves the offsets and lines of claims cs, found in part p, to
// those of the file.
func inFile(cs []claim.Claim, p part) {
	for i := range cs {
		cs[i].Pos += p.pos
		cs[i].End += p.pos
		cs[i].Line += p.line
		cs[i].Sentence += p.pos
	}
}

// expand replaces each directory among files with the files below it whose
// names match one of the comma-separated patterns of glob, in lexical
// order; hidden directories are skipped. Other names are kept as they are,
// for readFile to report.
func expand(ios IO, files []string, glob string) []string {
	patterns := strings.Split(glob, ",")
	for i, p := range patterns {
		patterns[i] = strings.TrimSpace(p)
	}
	var out []string
	for _, name := range files {
		fi, err := os.Stat(name)
		if name == "-" || err != nil || !fi.IsDir() {
			out = append(out, name)
			continue
		}
		n := len(out)
		err = filepath.WalkDir(name, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, path) // readFile says what is wrong with it
				return nil
			}
			if e.IsDir() {
				if path != name && strings.HasPrefix(e.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			for _, p := range patterns {
				if matchName(p, e.Name()) {
					out = append(out, path)
					break
				}
			}
			return nil
		})
		if err == nil && len(out) == n {
			fmt.Fprintf(ios.ErrOut, "transcripts: note: no files matching %s in %s\n", glob, name)
		}
	}
	return out
}

// matchName reports whether the file name (no separator in it) matches
// pattern, as filepath.Match does (a malformed pattern matches nothing). A
// pattern of a star and a plain ending ("*.txt") is told by the ending:
// filepath.Match tries the star at every place of the name, and a
// directory of thousands of files spent milliseconds there before any
// was read.
func matchName(pattern, name string) bool {
	if end, ok := strings.CutPrefix(pattern, "*"); ok && !strings.ContainsAny(end, `*?[\`) {
		return strings.HasSuffix(name, end)
	}
	ok, _ := filepath.Match(pattern, name)
	return ok
}

// stdinName is the file name reports give standard input.
const stdinName = "<stdin>"

// readFile reads the file called name ("-" is standard input) as text.
func readFile(ios IO, name string, allowBinary bool) (string, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(ios.In)
	} else {
		var fi os.FileInfo
		fi, err = os.Stat(name)
		if err == nil && fi.IsDir() {
			return "", errors.New("is a directory")
		}
		if err == nil {
			data, err = readWhole(name, fi.Size())
		}
	}
	if err != nil {
		return "", reason(err)
	}
	text, warning, err := textfile.Decode(data, allowBinary)
	if err != nil {
		return "", err
	}
	if warning != "" {
		fmt.Fprintf(ios.ErrOut, "transcripts: %s: %s\n", name, warning)
	}
	return text, nil
}

// readWhole is os.ReadFile with the file opened by openFile; size is the
// file's size as os.Stat gave it (readAll reads to the end whatever it is).
func readWhole(name string, size int64) ([]byte, error) {
	f, err := openFile(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAll(f, size)
}

// reason shortens an error from the os package to its cause: "no such
// file or directory", not "open x: no such file or directory".
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// runReport is the run of a reporting command that compares claims: check
// the flags, read the inputs, compare their claims and write the report
// with write (a method of report.Writer). With conflictsOnly (the
// conflicts command) only the claims Compare can pair are kept as the
// files are read: the report's claims and its counts of them are those
// (its writers' Conflicts prints none of them; its documents still name
// every file read, which the table's and Markdown's file tags number).
// Files that could not be read make the exit code 2 after the report of
// the others.
func runReport(ios IO, in *InputOptions, format, tolerance string, conflictsOnly bool, write func(report.Writer, *report.Report) error) error {
	w, err := report.New(format, ios.Out)
	if err != nil {
		return usageError("%v", err)
	}
	if _, err := parseTolerance(tolerance); err != nil {
		return err
	}
	k := keeping{transcripts: true} // compare's SameSubject asks who spoke in each document
	if conflictsOnly {
		k.wanted = compare.Comparable
	}
	inp, err := readInputsTo(ios, in, nil, k)
	if err != nil {
		return err
	}
	conflicts, err := conflictsOf(inp, tolerance)
	if err != nil {
		return err
	}
	if err := write(w, report.Summarize(inp.transcripts, inp.claims, conflicts)); err != nil {
		return writeError(err)
	}
	if inp.failed {
		return silentError{ExitTrouble}
	}
	return nil
}

// conflictsOf compares the claims with the tolerance given on the command
// line.
func conflictsOf(in *input, tolerance string) ([]compare.Conflict, error) {
	t, err := compare.ParseTolerance(tolerance)
	if err != nil {
		return nil, usageError("%v", err)
	}
	same, key := subjects(in.transcripts)
	return compare.Compare(in.claims, compare.Options{Tolerance: t, Related: in.lexicon.Related, SameSubject: same, SubjectKey: key}), nil
}

// anonymous are speakers who stand for many people; they do not tie two
// documents to one subject.
var anonymous = map[string]bool{
	"Question": true, "Remark": true, "Reply": true, "Response": true,
	"Answer": true, "Comment": true, "Q": true, "Reporter (Q)": true,
	"Moderator": true, "Interpreter": true, "Voice": true, "Voices": true,
	"Audience": true, "Hon. Members": true, "Mr. Speaker": true,
}

// sameSubject returns the test of compare.Options.SameSubject for the
// documents of ts: two documents are about the same thing when at least two
// named people speak in both (the same leaders meeting again, on another
// day). A comparison asks it of one claim against many in turn, so the
// people of the first claim's document are kept from one call to the
// next; the test is not for concurrent use.
func sameSubject(ts []*transcript.Transcript) func(a, b *claim.Claim) bool {
	same, _ := subjects(ts)
	return same
}

// subjects returns sameSubject's test for the documents of ts, and the
// key of compare.Options.SubjectKey that goes with it: the named people of
// a claim's document, sorted, which are all the test reads of it.
func subjects(ts []*transcript.Transcript) (same func(a, b *claim.Claim) bool, key func(c *claim.Claim) string) {
	people := map[[2]string][]string{} // file and document → its named speakers, in order
	for _, t := range ts {
		for _, d := range t.Documents {
			key := [2]string{t.Name, d.Title}
			named := people[key]
			for _, turn := range d.Turns {
				if !anonymous[turn.Speaker] {
					named = append(named, turn.Speaker)
				}
			}
			slices.Sort(named)
			people[key] = slices.Compact(named)
		}
	}
	keys := make(map[[2]string]string, len(people))
	for doc, named := range people {
		keys[doc] = strings.Join(named, "\x00")
	}
	key = func(c *claim.Claim) string { return keys[[2]string{c.File, c.Document}] }
	var lastKey [2]string // the document of the last first claim asked of
	var last []string     // and its people
	asked := false
	same = func(a, b *claim.Claim) bool {
		if k := [2]string{a.File, a.Document}; !asked || k != lastKey {
			lastKey, last, asked = k, people[k], true
		}
		pb := people[[2]string{b.File, b.Document}]
		shared := 0
		for i, j := 0, 0; i < len(last) && j < len(pb); {
			switch strings.Compare(last[i], pb[j]) {
			case -1:
				i++
			case 1:
				j++
			default:
				if shared++; shared == 2 {
					return true
				}
				i, j = i+1, j+1
			}
		}
		return false
	}
	return same, key
}
