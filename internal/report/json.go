package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

// jsonWriter prints a report as one indented JSON object. Every list is
// an array, [] when empty, never null; figures are strings holding exact
// decimals, never floating-point numbers.
type jsonWriter struct {
	w io.Writer
}

// jsonStats is the object Stats prints (a member at a time: jsonStream).
type jsonStats struct {
	Documents []Document     `json:"documents"`
	Speakers  []jsonSpeaker  `json:"speakers"`
	Claims    []jsonClaim    `json:"claims"`
	Conflicts []jsonConflict `json:"conflicts"`
}

// jsonConflicts is the object Conflicts prints.
type jsonConflicts struct {
	Conflicts []jsonConflict `json:"conflicts"`
}

type jsonSpeaker struct {
	Name   string         `json:"name"`
	Labels []string       `json:"labels"`
	Roles  []string       `json:"roles"`
	Turns  int            `json:"turns"`
	Words  int            `json:"words"`
	Claims map[string]int `json:"claims"` // by kind, every claim kind present
}

type jsonClaim struct {
	File      string `json:"file"`
	Document  string `json:"document"`
	Date      string `json:"date"`
	Speaker   string `json:"speaker"`
	Line      int    `json:"line"`
	Pos       int    `json:"pos"`
	End       int    `json:"end"`
	Kind      string `json:"kind"`
	Value     string `json:"value"`
	Unit      string `json:"unit"`
	Qualifier string `json:"qualifier"`
	Metric    string `json:"metric"`
	Scope     string `json:"scope"`
	Period    string `json:"period"`
	Modality  string `json:"modality"`
	Change    bool   `json:"change"`
	Text      string `json:"text"`
	Context   string `json:"context"`
}

type jsonConflict struct {
	Metric             string    `json:"metric"`
	Scope              string    `json:"scope"`
	Class              string    `json:"class"`
	A                  jsonClaim `json:"a"`
	B                  jsonClaim `json:"b"`
	Difference         string    `json:"difference"`
	RelativeDifference string    `json:"relative_difference"` // rounded to 4 places, as in the CSV
}

// Stats prints documents, speakers, claims and conflicts: the object
// jsonStats, as json.Encoder prints it indented (see jsonStream).
func (j *jsonWriter) Stats(r *Report) error {
	s := newJSONStream(j.w)
	jsonArray(s, "documents", r.Documents, func(d Document) any { return d })
	jsonArray(s, "speakers", r.Speakers, func(sp Speaker) any { return speakerJSON(sp) })
	s.claims(r.Claims)
	jsonArray(s, "conflicts", r.Conflicts, func(cf compare.Conflict) any { return conflictJSON(cf) })
	return s.close()
}

// Conflicts prints the conflicts: the object jsonConflicts.
func (j *jsonWriter) Conflicts(r *Report) error {
	s := newJSONStream(j.w)
	jsonArray(s, "conflicts", r.Conflicts, func(cf compare.Conflict) any { return conflictJSON(cf) })
	return s.close()
}

func (j *jsonWriter) encode(v any) error {
	enc := json.NewEncoder(j.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("report: json: %w", err)
	}
	return nil
}

// jsonStream prints an object of arrays as jsonWriter.encode prints it
// (indented by two spaces, HTML left unescaped), an element at a time,
// its output written every flushAt bytes: the encoder builds the whole
// output compact, then again indented, and a report's claims were copied
// into a list of their JSON form first (on 52 MB of transcripts, 35 MB
// of JSON, one core: 0.99 to 1.25 s and 211 to 261 MB then; 0.58 to 0.66
// s and 89 MB an element at a time, its claims formatted by
// appendClaimJSON).
type jsonStream struct {
	w       io.Writer
	buf     bytes.Buffer
	enc     *json.Encoder // encodes into buf
	members int           // the object's members written
	err     error
}

// newJSONStream returns a jsonStream writing to w, its object started.
func newJSONStream(w io.Writer) *jsonStream {
	s := &jsonStream{w: w}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	s.enc.SetIndent("    ", "  ") // an array's element, two levels in
	s.buf.WriteString("{")
	return s
}

// close ends the object (it has members: Stats and Conflicts write at
// least one) and writes what is left.
func (s *jsonStream) close() error {
	s.buf.WriteString("\n}\n")
	s.flush()
	return s.err
}

// member starts the object's member name, whose value follows.
func (s *jsonStream) member(name string) {
	if s.members > 0 {
		s.buf.WriteString(",")
	}
	s.members++
	s.buf.WriteString("\n  ")
	s.buf.WriteString(strconv.Quote(name)) // the names are plain ASCII
	s.buf.WriteString(": ")
}

// element appends v encoded as an element of one of the object's arrays,
// without the line feed the encoder ends it with.
func (s *jsonStream) element(v any) {
	if s.err != nil {
		return
	}
	if err := s.enc.Encode(v); err != nil {
		s.err = fmt.Errorf("report: json: %w", err)
		return
	}
	s.buf.Truncate(s.buf.Len() - 1)
	if s.buf.Len() >= flushAt {
		s.flush()
	}
}

// flush writes what buf holds.
func (s *jsonStream) flush() {
	if s.err == nil {
		_, s.err = s.w.Write(s.buf.Bytes())
	}
	s.buf.Reset()
}

// claims appends the member "claims", the report's claims as jsonArray
// would append them, each formatted by appendClaimJSON rather than by the
// encoder: its reflection, and above all its indenting of what it made,
// took 0.98 s of four runs' 3.5 (as long as the claims' reading).
func (s *jsonStream) claims(cs []claim.Claim) {
	s.member("claims")
	if len(cs) == 0 {
		s.buf.WriteString("[]")
		return
	}
	b := append(s.buf.AvailableBuffer(), '[')
	for i := range cs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendClaimJSON(b, &cs[i])
		if len(b) >= flushAt {
			s.buf.Write(b)
			if s.flush(); s.err != nil {
				return
			}
			b = s.buf.AvailableBuffer()
		}
	}
	s.buf.Write(append(b, "\n  ]"...))
}

// appendClaimJSON appends claim c as an element of the json format's
// "claims" (from its line feed): claimJSON's object as json.Encoder
// indents it there, by two spaces a level and four before the element,
// its strings escaped as the encoder escapes them with HTML left alone
// (appendJSONString).
func appendClaimJSON(b []byte, c *claim.Claim) []byte {
	const key = "\n      " // before each key
	b = appendJSONString(append(b, "\n    {"+key+`"file": `...), c.File)
	b = appendJSONString(append(b, ","+key+`"document": `...), c.Document)
	b = appendJSONString(append(b, ","+key+`"date": `...), c.Date)
	b = appendJSONString(append(b, ","+key+`"speaker": `...), c.Speaker)
	b = strconv.AppendInt(append(b, ","+key+`"line": `...), int64(c.Line), 10)
	b = strconv.AppendInt(append(b, ","+key+`"pos": `...), int64(c.Pos), 10)
	b = strconv.AppendInt(append(b, ","+key+`"end": `...), int64(c.End), 10)
	b = appendJSONString(append(b, ","+key+`"kind": `...), string(c.Kind))
	b = appendDecimal(append(b, ","+key+`"value": "`...), c.Value)
	b = appendJSONString(append(b, `",`+key+`"unit": `...), c.Unit)
	b = appendJSONString(append(b, ","+key+`"qualifier": `...), string(c.Qualifier))
	b = appendJSONString(append(b, ","+key+`"metric": `...), c.Metric)
	b = appendJSONString(append(b, ","+key+`"scope": `...), c.Scope)
	b = appendJSONString(append(b, ","+key+`"period": `...), c.Period)
	b = appendJSONString(append(b, ","+key+`"modality": `...), string(c.Modality))
	b = strconv.AppendBool(append(b, ","+key+`"change": `...), c.Change)
	b = appendJSONString(append(b, ","+key+`"text": `...), c.Text)
	b = appendJSONString(append(b, ","+key+`"context": `...), c.Context)
	return append(b, "\n    }"...)
}

// jsonArray appends the object member name, the array of the JSON forms
// (by form) of items, [] when there are none.
func jsonArray[T any](s *jsonStream, name string, items []T, form func(T) any) {
	s.member(name)
	if len(items) == 0 {
		s.buf.WriteString("[]")
		return
	}
	s.buf.WriteString("[")
	for i := range items {
		if i > 0 {
			s.buf.WriteString(",")
		}
		s.buf.WriteString("\n    ")
		s.element(form(items[i]))
	}
	s.buf.WriteString("\n  ]")
}

func speakerJSON(s Speaker) jsonSpeaker {
	out := jsonSpeaker{Name: s.Name, Labels: append([]string{}, s.Labels...), Roles: append([]string{}, s.Roles...), Turns: s.Turns, Words: s.Words,
		Claims: map[string]int{}}
	for _, k := range ClaimKinds {
		out.Claims[string(k)] = 0
	}
	for k, n := range s.Claims {
		out.Claims[string(k)] += n
	}
	return out
}

func claimJSON(c claim.Claim) jsonClaim {
	return jsonClaim{
		File: c.File, Document: c.Document, Date: c.Date, Speaker: c.Speaker,
		Line: c.Line, Pos: c.Pos, End: c.End,
		Kind: string(c.Kind), Value: c.Value.String(), Unit: c.Unit,
		Qualifier: string(c.Qualifier), Metric: c.Metric, Scope: c.Scope,
		Period: c.Period, Modality: string(c.Modality), Change: c.Change,
		Text: c.Text, Context: c.Context,
	}
}

func conflictsJSON(cfs []compare.Conflict) []jsonConflict {
	out := make([]jsonConflict, 0, len(cfs))
	for _, cf := range cfs {
		out = append(out, conflictJSON(cf))
	}
	return out
}

func conflictJSON(cf compare.Conflict) jsonConflict {
	return jsonConflict{
		Metric: cf.Metric, Scope: cf.Scope, Class: string(cf.Class),
		A: claimJSON(cf.A), B: claimJSON(cf.B),
		Difference:         cf.Difference.String(),
		RelativeDifference: relativeString(cf),
	}
}
