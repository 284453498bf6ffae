package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

// jsonWriter prints a report as one indented JSON object. Every list is
// an array, [] when empty, never null; figures are strings holding exact
// decimals, never floating-point numbers.
type jsonWriter struct {
	w io.Writer
}

// jsonStats is the object Stats prints.
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

// Stats prints documents, speakers, claims and conflicts.
func (j *jsonWriter) Stats(r *Report) error {
	out := jsonStats{
		Documents: make([]Document, 0, len(r.Documents)),
		Speakers:  make([]jsonSpeaker, 0, len(r.Speakers)),
		Claims:    make([]jsonClaim, 0, len(r.Claims)),
		Conflicts: conflictsJSON(r.Conflicts),
	}
	out.Documents = append(out.Documents, r.Documents...)
	for _, s := range r.Speakers {
		out.Speakers = append(out.Speakers, speakerJSON(s))
	}
	for _, c := range r.Claims {
		out.Claims = append(out.Claims, claimJSON(c))
	}
	return j.encode(out)
}

// Conflicts prints the conflicts.
func (j *jsonWriter) Conflicts(r *Report) error {
	return j.encode(jsonConflicts{Conflicts: conflictsJSON(r.Conflicts)})
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
		out = append(out, jsonConflict{
			Metric: cf.Metric, Scope: cf.Scope, Class: string(cf.Class),
			A: claimJSON(cf.A), B: claimJSON(cf.B),
			Difference:         cf.Difference.String(),
			RelativeDifference: relativeString(cf),
		})
	}
	return out
}
