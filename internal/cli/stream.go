package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"unicode/utf8"
	"unsafe"

	"github.com/transcripts/transcripts/internal/bytemask"
	"github.com/transcripts/transcripts/internal/report"
	"github.com/transcripts/transcripts/internal/textfile"
	"github.com/transcripts/transcripts/internal/transcript"
)

// part is a piece of a file parsed on its own: a whole file, or one
// document of a Kremlin file read document by document.
type part struct {
	text   string
	pos    int  // byte offset of text in the file
	line   int  // lines of the file before text
	shared bool // text is the reader's buffer, valid only until each returns
}

// docGroup is the size to which consecutive Kremlin documents are
// gathered and read as one part (one transcript): a group ends with the
// document that brings it to docGroup bytes or more. The claim reader
// then reads them in one batch, each of its stages over all of them, so
// that its code stays in the processor's caches from document to
// document (documents are some 13 KB on average, and a stage's code
// outgrew the caches between the few sentences of one). The claims are
// the same: a transcript of several documents is read as its documents
// one by one are. Tests set it to 0 (a document at a time).
var docGroup = 128 << 10

// maxPart bounds a part read as a whole; a Kremlin document is a few
// hundred kilobytes at most, and a longer one is split at a line end.
const maxPart = 64 << 20

// readParts calls each for the parts of the file called name, in order. A
// Kremlin file (the layout that puts many documents in one file) is read
// document by document, so that memory stays flat however large the file;
// any other file, and standard input, is read whole. A Kremlin part's text
// is the read buffer's memory (or, for a file of mapFrom bytes or more,
// the file's own, mapped into memory), valid only until each returns:
// whatever is kept of it must be copied out (compact does). It returns
// errors that name no file: the caller adds the name.
func readParts(ios IO, name string, o *InputOptions, fr *fileReader, each func(part) error) error {
	if name == "-" {
		text, err := readFile(ios, name, o.Text)
		if err != nil {
			return err
		}
		return each(part{text: text})
	}
	// The file is opened first and then asked its size (fstat): a stat
	// of its name first walked the path a second time, a few
	// microseconds a file in a directory of thousands.
	f, err := openFile(name)
	if err != nil {
		if fi, serr := os.Stat(name); serr == nil && fi.IsDir() {
			return errors.New("is a directory") // one that may not be opened
		}
		return reason(err)
	}
	defer f.Close()
	size := int64(1 << 20) // half the splitter's read: 1 MB, or less for a smaller file
	fileSize := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return errors.New("is a directory")
	} else if err == nil && fi.Mode().IsRegular() {
		size = min(size, max(fi.Size()+1, 16<<10))
		fileSize = fi.Size()
	}
	// The buffered reader serves the head's look (Peek) and a file read
	// whole; the splitter reads past it, 2*size bytes at a time. (A
	// buffer of size for it was filled once, a megabyte of memory first
	// touched and copied out, for the 8 KB the head needs.)
	br := fr.reader(f, int(min(size, 64<<10)))
	head, _ := br.Peek(8000)
	layout := transcript.Layout(o.Layout)
	if layout == "auto" || layout == "" {
		// Detect keeps nothing of the text it is given: the head is
		// looked at where it is, not copied (a copy a file was a tenth
		// of what a run over thousands of small files allocated).
		layout = transcript.Detect(unsafe.String(unsafe.SliceData(head), len(head)))
	}
	if layout != transcript.Kremlin || bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		data, err := readAll(br, fileSize)
		if err != nil {
			return reason(err)
		}
		text, warning, err := textfile.Decode(data, o.Text)
		if err != nil {
			return err
		}
		if warning != "" {
			fmt.Fprintf(ios.ErrOut, "transcripts: %s: %s\n", name, warning)
		}
		return each(part{text: text})
	}
	if !o.Text && bytes.IndexByte(head, 0) >= 0 {
		return textfile.ErrBinary
	}
	onChunk := func(chunk []byte, pos, line int) error {
		if !utf8.Valid(chunk) {
			// Each document of the chunk is decoded, and warned of, on
			// its own, as it is when documents are read one at a time.
			var room []byte
			return splitDocumentsInto(bytes.NewReader(chunk), 0, maxPart, 0, &room, func(doc []byte, at, lines int) error {
				if utf8.Valid(doc) {
					return each(part{text: string(doc), pos: pos + at, line: line + lines})
				}
				text, warning, _ := textfile.Decode(doc, true)
				if warning != "" {
					fmt.Fprintf(ios.ErrOut, "transcripts: %s: %s (in the part at byte %d)\n", name, warning, pos+at)
				}
				return each(part{text: text, pos: pos + at, line: line + lines})
			})
		}
		// The part's text is the buffer's bytes, not a copy of them:
		// each is done with them when it returns (what a run keeps is
		// copied out by compact; the rows are written), and copying
		// every document doubled what a run allocated, and the page
		// faults of a heap grown by as much.
		err := each(part{text: unsafe.String(unsafe.SliceData(chunk), len(chunk)), pos: pos, line: line, shared: true})
		if partDone != nil {
			partDone(chunk)
		}
		return err
	}
	if fileSize >= mapFrom {
		if m := mapFile(f, fileSize); m != nil {
			defer m.close()
			return m.guard(func() error { return splitMapped(m, maxPart, docGroup, onChunk) })
		}
	}
	return splitDocumentsInto(br, int(2*size), maxPart, docGroup, &fr.buf, onChunk)
}

// partDone, when set (by tests), is called with the bytes of a Kremlin
// part once each is done with them; it may overwrite them, as the next
// read may.
var partDone func(chunk []byte)

// fileReader holds the buffers a worker reads its files with, kept from
// file to file.
type fileReader struct {
	br  *bufio.Reader
	buf []byte // the document splitter's
}

// reader returns fr's reader, reading f, with a buffer of size bytes or
// more.
func (fr *fileReader) reader(f io.Reader, size int) *bufio.Reader {
	if fr.br == nil || fr.br.Size() < size {
		fr.br = bufio.NewReaderSize(f, size)
	} else {
		fr.br.Reset(f)
	}
	return fr.br
}

// readAll is io.ReadAll into a buffer made for size bytes (when size is
// known, not -1): a file read whole takes its size once in memory, not
// the up to twice as much of a buffer grown as it is read.
func readAll(r io.Reader, size int64) ([]byte, error) {
	if size < 0 || size > math.MaxInt32 {
		return io.ReadAll(r)
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// splitDocumentsInto reads r and calls each with every Kremlin document:
// from an "Events" line (a line that is "Events" once trimmed of white
// space, or the "Events" glued to the end of the last document's "Text
// version") to the next; a document of more than limit bytes is cut at
// the first line end after limit. Consecutive whole documents are handed
// on together, as one chunk, until they reach group bytes (0: one at a
// time; see docGroup); the text before the first document and the pieces
// of a document cut are handed on alone. pos is the chunk's byte offset
// and line the number of lines before it. chunk is valid only until each
// returns. It reads size bytes at a time (64 KB when size is 0; twice the
// buffer of r at least when r is a bufio.Reader, so that its reads go
// past that buffer) into *bufp (its room reused, grown when too small),
// which it leaves with the buffer for the next file.
//
// It reads the text a block at a time into one buffer that holds the
// document being read, and looks only at the lines that hold "Events"
// (every line that starts a document does), found a block at a time:
// the other lines are passed over without being looked at one by one.
func splitDocumentsInto(r io.Reader, size, limit, group int, bufp *[]byte, each func(chunk []byte, pos, line int) error) error {
	if size == 0 {
		size = 64 << 10
	}
	if br, ok := r.(*bufio.Reader); ok {
		// Reads of its size or more go past its buffer.
		size = max(size, 2*br.Size())
	}
	buf := (*bufp)[:0]
	if cap(buf) < size {
		buf = make([]byte, 0, size)
	}
	defer func() { *bufp = buf[:0] }()
	return splitDocumentsFrom(r, &buf, nil, limit, group, each)
}

// splitMapped is splitDocumentsInto on a file mapped into memory, m: its
// chunks are m's bytes, none copied, and the pages before the chunks
// handed on are given back (m.release) every releaseEvery bytes.
func splitMapped(m *mapping, limit, group int, each func(chunk []byte, pos, line int) error) error {
	return splitDocumentsFrom(nil, nil, m, limit, group, each)
}

// splitDocumentsFrom is splitDocumentsInto reading r into *bufp (with m
// nil), or splitMapped (with m; r and bufp are not used).
func splitDocumentsFrom(r io.Reader, bufp *[]byte, m *mapping, limit, group int, each func(chunk []byte, pos, line int) error) error {
	var buf []byte // the text read and not handed on
	if m != nil {
		buf = m.data
	} else {
		buf = *bufp
		defer func() { *bufp = buf }()
	}
	var (
		base  int        // the file offset of buf[0]
		doc   int        // where the text not handed on starts in buf
		cur   int        // where the document being read starts in buf (doc, or after the whole documents held back)
		whole bool       // the text from doc starts with a document, not the file's start or a cut
		lines int        // the lines of the file before doc
		scan  int        // the next line of buf to look at (a line start, cur or after)
		seen  int        // no "Events" starts in buf[scan:seen], and no line ends there
		eof   = m != nil // a mapped file is read whole
	)
	// handOn hands on buf[doc:end] when it is not empty, and starts the
	// next chunk (and document) at end.
	handOn := func(end int) error {
		if end == doc {
			return nil
		}
		// Counted before each reads the chunk, not after, when its bytes
		// have left the cache: the count brings them in for the reader.
		n := bytes.Count(buf[doc:end], []byte{'\n'})
		err := each(buf[doc:end], base+doc, lines)
		lines += n
		doc, cur = end, end
		if m != nil && doc-m.released >= releaseEvery {
			m.release(doc)
		}
		return err
	}
	// flush ends the document being read at end, and hands on the text
	// held back with it, unless it is whole documents still short of
	// group bytes.
	flush := func(end int) error {
		if end == cur {
			whole = whole || end == doc // a document starts the text not handed on
			return nil
		}
		if whole && end-doc < group {
			cur = end // held back, with the next
			return nil
		}
		err := handOn(end)
		whole = true
		return err
	}
	// cutLong cuts the document at the first line start in [scan, to) that
	// is more than limit bytes after its start, as often as it is so long.
	// The whole documents held back before it are handed on first.
	cutLong := func(to int) error {
		for to-cur > limit {
			if err := handOn(cur); err != nil {
				return err
			}
			if scan > cur+limit {
				// scan is itself a line start past the limit.
				if err := handOn(scan); err != nil {
					return err
				}
				whole = false
				continue
			}
			from := cur + limit
			i := bytes.IndexByte(buf[from:to], '\n')
			if i < 0 || from+i+1 >= to {
				return nil // no line starts past the limit before to
			}
			if err := handOn(from + i + 1); err != nil {
				return err
			}
			whole = false
		}
		return nil
	}
	// fill reads more into buf, dropping what is handed on and growing
	// buf when the document fills it. When the text not handed on fills
	// buf, the whole documents held back are handed on first: buf grows
	// only for a document, as it would with none held back.
	fill := func() error {
		if doc == 0 && len(buf) == cap(buf) {
			if err := handOn(cur); err != nil {
				return err
			}
		}
		if doc > 0 {
			n := copy(buf, buf[doc:])
			buf, base, scan, seen, cur, doc = buf[:n], base+doc, scan-doc, max(seen-doc, 0), cur-doc, 0
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		switch {
		case err == io.EOF:
			eof = true
		case err != nil:
			return reason(err)
		}
		return nil
	}
	events := []byte("Events")
	for {
		from := max(scan, seen)
		k := bytemask.Index(buf[from:], "Events")
		if k < 0 {
			// No document starts in the lines read: the whole lines are
			// passed over, the last (unfinished) one is looked at again
			// with what comes after it.
			last := scan
			if nl := bytes.LastIndexByte(buf[from:], '\n'); nl >= 0 {
				last = from + nl + 1
			}
			if eof {
				last = len(buf)
			}
			seen = max(len(buf)-len(events)+1, 0) // "Events" may start in the last bytes
			if err := cutLong(last); err != nil {
				return err
			}
			scan = max(scan, last)
			if eof {
				return handOn(len(buf))
			}
			if err := fill(); err != nil {
				return err
			}
			continue
		}
		k += from
		start := scan + bytes.LastIndexByte(buf[scan:k], '\n') + 1 // the line of "Events"
		if err := cutLong(start); err != nil {
			return err
		}
		scan = max(scan, start)
		end := bytes.IndexByte(buf[k:], '\n')
		if end < 0 && !eof {
			seen = k // the line is read on, from its "Events"
			if err := fill(); err != nil {
				return err
			}
			continue // the line is looked at again, whole
		}
		if end < 0 {
			end = len(buf)
		} else {
			end += k + 1
		}
		l := buf[start:end]
		trimmed := bytes.TrimSpace(l)
		switch {
		case bytes.Equal(trimmed, events):
			if err := flush(start); err != nil {
				return err
			}
		case bytes.HasPrefix(l, []byte("Text version")) && bytes.HasSuffix(trimmed, events):
			// "Text versionEvents": the document ends inside the line.
			if err := flush(start + bytes.LastIndex(l, events)); err != nil {
				return err
			}
		default:
			if err := cutLong(start + 1); err != nil {
				return err
			}
		}
		scan = end
	}
}

// claimRows holds, for each format stats prints one line a claim in (csv
// and jsonl), what writes those lines.
var claimRows = map[string]newRows{
	"csv": func(w io.Writer, header bool) rowWriter {
		if header {
			return report.NewClaimCSV(w)
		}
		return report.NewClaimRows(w)
	},
	"jsonl": func(w io.Writer, _ bool) rowWriter { return report.NewClaimJSONL(w) },
}

// streamClaims is `stats --format csv` (or jsonl), printed as the files
// are read: each part's claims are written and forgotten, so that memory
// stays flat on a file of any size made of documents of ordinary size.
func streamClaims(ios IO, o *InputOptions, rows newRows) error {
	in, err := readInputsTo(ios, o, rows, keeping{transcripts: true})
	if err != nil {
		return err
	}
	if in.failed {
		return silentError{ExitTrouble}
	}
	return nil
}
