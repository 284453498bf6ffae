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

	"github.com/transcripts/transcripts/internal/report"
	"github.com/transcripts/transcripts/internal/textfile"
	"github.com/transcripts/transcripts/internal/transcript"
)

// part is a piece of a file parsed on its own: a whole file, or one
// document of a Kremlin file read document by document.
type part struct {
	text string
	pos  int // byte offset of text in the file
	line int // lines of the file before text
}

// maxPart bounds a part read as a whole; a Kremlin document is a few
// hundred kilobytes at most, and a longer one is split at a line end.
const maxPart = 64 << 20

// readParts calls each for the parts of the file called name, in order. A
// Kremlin file (the layout that puts many documents in one file) is read
// document by document, so that memory stays flat however large the file;
// any other file, and standard input, is read whole. It returns errors
// that name no file: the caller adds the name.
func readParts(ios IO, name string, o *InputOptions, each func(part) error) error {
	if name == "-" {
		text, err := readFile(ios, name, o.Text)
		if err != nil {
			return err
		}
		return each(part{text: text})
	}
	size := int64(1 << 20) // the read buffer: 1 MB, or less for a smaller file
	fileSize := int64(-1)
	if fi, err := os.Stat(name); err == nil && fi.IsDir() {
		return errors.New("is a directory")
	} else if err == nil && fi.Mode().IsRegular() {
		size = min(size, max(fi.Size()+1, 16<<10))
		fileSize = fi.Size()
	}
	f, err := os.Open(name)
	if err != nil {
		return reason(err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, int(size))
	head, _ := br.Peek(8000)
	layout := transcript.Layout(o.Layout)
	if layout == "auto" || layout == "" {
		layout = transcript.Detect(string(head))
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
	return splitDocuments(br, func(chunk []byte, pos, line int) error {
		if !utf8.Valid(chunk) {
			text, warning, _ := textfile.Decode(chunk, true)
			if warning != "" {
				fmt.Fprintf(ios.ErrOut, "transcripts: %s: %s (in the part at byte %d)\n", name, warning, pos)
			}
			return each(part{text: text, pos: pos, line: line})
		}
		return each(part{text: string(chunk), pos: pos, line: line})
	})
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

// splitDocuments reads r line by line and calls each with every Kremlin
// document: from an "Events" line (or the "Events" glued to the end of the
// last document's "Text version") to the next. pos is the document's byte
// offset and line the number of lines before it.
func splitDocuments(r *bufio.Reader, each func(chunk []byte, pos, line int) error) error {
	var chunk []byte
	pos, line := 0, 0         // where the chunk starts
	readPos, readLine := 0, 0 // where the next line starts
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		err := each(chunk, pos, line)
		chunk = chunk[:0]
		return err
	}
	var long []byte // a line longer than r's buffer, put together
	for {
		l, err := r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			long = append(long[:0], l...)
			for err == bufio.ErrBufferFull {
				l, err = r.ReadSlice('\n')
				long = append(long, l...)
			}
			l = long
		}
		if len(l) > 0 {
			var trimmed []byte
			if c := l[0]; c == 'E' || c == 'T' || c <= ' ' || c >= utf8.RuneSelf {
				// Only such a line may be "Events" once trimmed, or
				// start with "Text version": most lines are neither.
				trimmed = bytes.TrimSpace(l)
			}
			switch {
			case bytes.Equal(trimmed, []byte("Events")):
				if err := flush(); err != nil {
					return err
				}
				pos, line = readPos, readLine
			case bytes.HasPrefix(l, []byte("Text version")) && bytes.HasSuffix(trimmed, []byte("Events")):
				// "Text versionEvents": the document ends inside the line.
				cut := bytes.LastIndex(l, []byte("Events"))
				chunk = append(chunk, l[:cut]...)
				if err := flush(); err != nil {
					return err
				}
				pos, line = readPos+cut, readLine
				readPos += cut
				l = l[cut:]
			case len(chunk) > maxPart:
				if err := flush(); err != nil {
					return err
				}
				pos, line = readPos, readLine
			}
			chunk = append(chunk, l...)
			readPos += len(l)
			if l[len(l)-1] == '\n' {
				readLine++
			}
		}
		if err == io.EOF {
			return flush()
		}
		if err != nil {
			return reason(err)
		}
	}
}

// streamCSV is `stats --format csv`, printed as the files are read: each
// part's claims are written and forgotten, so that memory stays flat on a
// file of any size made of documents of ordinary size.
func streamCSV(ios IO, o *InputOptions) error {
	in, err := readInputsTo(ios, o, func(w io.Writer, header bool) rowWriter {
		if header {
			return report.NewClaimCSV(w)
		}
		return report.NewClaimRows(w)
	})
	if err != nil {
		return err
	}
	if in.failed {
		return silentError{ExitTrouble}
	}
	return nil
}
