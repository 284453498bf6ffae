package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/transcripts/transcripts/internal/claim"
)

// jsonlWriter prints JSON Lines: the objects the json format puts in its
// list (the claims of stats, the conflicts, the disagreements of check),
// one compact object a line, with nothing around them. Each line is what
// encoding/json makes of that object (HTML characters left as they are,
// as in the json format), so that a line of stats is byte for byte an
// element of the json format's "claims", written without indentation.
type jsonlWriter struct {
	w io.Writer
}

// Stats prints one claim a line.
func (j *jsonlWriter) Stats(r *Report) error { return writeRows(NewClaimJSONL(j.w), r.Claims) }

// Conflicts prints one conflict a line.
func (j *jsonlWriter) Conflicts(r *Report) error {
	return encodeLines(j.w, conflictsJSON(r.Conflicts))
}

// Check prints one disagreement a line.
func (j *jsonlWriter) Check(r *CheckReport) error {
	return encodeLines(j.w, disagreementsJSON(r.Disagreements))
}

// encodeLines writes each element of list to w on a line of its own.
func encodeLines[T any](w io.Writer, list []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, v := range list {
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("report: jsonl: %w", err)
		}
	}
	return nil
}

// ClaimJSONL writes claims as JSON Lines as they come, one object a line
// (the json format's claim objects, compact): the stream of a file of any
// size, one part at a time, as ClaimCSV writes its rows. It formats the
// objects itself into a buffer it reuses, because encoding/json's
// reflection on each claim would cost more than reading it.
type ClaimJSONL struct {
	rowBuffer
	sharedCells // head: the object's start, up to the line's key; tail: the context and the line's end
}

// NewClaimJSONL returns a ClaimJSONL writing to w.
func NewClaimJSONL(w io.Writer) *ClaimJSONL {
	return &ClaimJSONL{rowBuffer: rowBuffer{w: w, format: "jsonl"}}
}

// Reset makes j write to w from now on, keeping its buffers; it forgets
// an earlier write error. Call it after Flush.
func (j *ClaimJSONL) Reset(w io.Writer) { j.reset(w) }

// Write writes one line for each of claims.
func (j *ClaimJSONL) Write(claims []claim.Claim) error {
	if j.err != nil {
		return j.err
	}
	b := j.buf
	for i := range claims {
		c := &claims[i]
		var prev *claim.Claim
		if i > 0 {
			prev = &claims[i-1]
		}
		if j.newTurn(c, prev) {
			h := appendJSONString(append(j.head[:0], `{"file":`...), c.File)
			h = appendJSONString(append(h, `,"document":`...), c.Document)
			h = appendJSONString(append(h, `,"date":`...), c.Date)
			h = appendJSONString(append(h, `,"speaker":`...), c.Speaker)
			j.head = append(h, `,"line":`...)
		}
		if j.newSentence(c, prev) {
			j.tail = appendJSONString(append(j.tail[:0], `,"context":`...), c.Context)
			j.tail = append(j.tail, "}\n"...)
		}
		b = append(b, j.head...)
		b = strconv.AppendInt(b, int64(c.Line), 10)
		b = strconv.AppendInt(append(b, `,"pos":`...), int64(c.Pos), 10)
		b = strconv.AppendInt(append(b, `,"end":`...), int64(c.End), 10)
		b = appendJSONString(append(b, `,"kind":`...), string(c.Kind))
		b = appendDecimal(append(b, `,"value":"`...), c.Value)
		b = appendJSONString(append(b, `","unit":`...), c.Unit)
		b = appendJSONString(append(b, `,"qualifier":`...), string(c.Qualifier))
		b = appendJSONString(append(b, `,"metric":`...), c.Metric)
		b = appendJSONString(append(b, `,"scope":`...), c.Scope)
		b = appendJSONString(append(b, `,"period":`...), c.Period)
		b = appendJSONString(append(b, `,"modality":`...), string(c.Modality))
		b = strconv.AppendBool(append(b, `,"change":`...), c.Change)
		b = appendJSONString(append(b, `,"text":`...), c.Text)
		b = append(b, j.tail...)
		if len(b) >= flushAt {
			if b = j.write(b); j.err != nil {
				return j.err
			}
		}
	}
	j.buf = b
	return nil
}

// Flush writes what is gathered.
func (j *ClaimJSONL) Flush() error { return j.flush() }

// jsonPlain marks the ASCII bytes a JSON string holds as they are: not a
// control character, a quote or a backslash.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendJSONString appends s as a JSON string, as encoding/json writes it
// with HTML escaping off: quotes, backslashes and control characters
// escaped (\n, \r, \t, \b and \f by name, the others as \u00XX), each
// byte of invalid UTF-8 as \ufffd, and U+2028 and U+2029 as \u2028 and
// \u2029 (JavaScript reads them as line ends).
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonPlain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
