// Package report prints what the tool found: documents, speakers, claims and
// inconsistencies, as a table for people or as CSV, JSON or Markdown for
// other programs.
//
// One Writer interface, one file per format and a factory (New) that rejects
// unknown formats, in the manner of miller's record writers. Machine outputs
// stay valid when there is nothing to report: CSV keeps its header, JSON
// prints [] and never null.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
	"github.com/transcripts/transcripts/internal/transcript"
)

// Document summarises one document of one file.
type Document struct {
	File      string `json:"file"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	Turns     int    `json:"turns"`
	Words     int    `json:"words"`     // words of speech
	Narration int    `json:"narration"` // words of narration (lead, captions, headings, metadata)
	Speakers  int    `json:"speakers"`  // distinct speakers
	Claims    int    `json:"claims"`    // claims made in the document
}

// Speaker summarises one speaker over every document read.
type Speaker struct {
	Name   string             `json:"name"`
	Labels []string           `json:"labels"` // the label forms seen ("President of Russia Vladimir Putin", "Vladimir Putin")
	Roles  []string           `json:"roles"`  // offices the labels state ("President of Russia")
	Turns  int                `json:"turns"`
	Words  int                `json:"words"`
	Claims map[claim.Kind]int `json:"claims"` // claims by kind
}

// Total returns the speaker's number of claims of every kind.
func (s Speaker) Total() int {
	n := 0
	for _, c := range s.Claims {
		n += c
	}
	return n
}

// Report is everything one run found.
type Report struct {
	Documents []Document
	Speakers  []Speaker
	Claims    []claim.Claim
	Conflicts []compare.Conflict
	// FailOn are the classes of conflicts that fail the run (conflicts
	// --fail-on): the github and sarif formats report them as errors, the
	// others as warnings.
	FailOn []compare.Class
}

// Summarize builds the report of transcripts ts, their claims and the
// conflicts among them. Speakers keep the order in which they first speak.
func Summarize(ts []*transcript.Transcript, claims []claim.Claim, conflicts []compare.Conflict) *Report {
	r := SummarizeCounts(ts, CountClaims(nil, claims))
	r.Claims, r.Conflicts = claims, conflicts
	if r.Claims == nil {
		r.Claims = []claim.Claim{}
	}
	if r.Conflicts == nil {
		r.Conflicts = []compare.Conflict{}
	}
	return r
}

// ClaimCount is the number of claims of one kind that one speaker made in
// one document: all a report's documents and speakers tell of the claims.
// A document is known by its file, title and date, as a claim names it
// (the CSV's file, document and date): a file may hold several documents
// of one title ("Telephone conversation with ..."), each on its day.
type ClaimCount struct {
	File, Document, Date, Speaker string
	Kind                          claim.Kind
	N                             int
}

// CountClaims appends to dst the counts of claims by file, document (its
// title and date), speaker and kind, each in the order it first comes, so that a run that
// reports only documents and speakers (transcripts speakers) can forget
// the claims as it reads them.
func CountClaims(dst []ClaimCount, claims []claim.Claim) []ClaimCount {
	type key struct {
		file, document, date, speaker string
		kind                          claim.Kind
	}
	at := map[key]int{} // where in dst each key's count is
	for i := range claims {
		c := &claims[i]
		k := key{c.File, c.Document, c.Date, c.Speaker, c.Kind}
		j, ok := at[k]
		if !ok {
			j = len(dst)
			at[k] = j
			dst = append(dst, ClaimCount{File: c.File, Document: c.Document, Date: c.Date, Speaker: c.Speaker, Kind: c.Kind})
		}
		dst[j].N++
	}
	return dst
}

// SummarizeCounts builds the report of transcripts ts from the counts of
// their claims (a key may come more than once: its counts add up), with
// no claims and no conflicts. Speakers keep the order in which they first
// speak.
func SummarizeCounts(ts []*transcript.Transcript, counts []ClaimCount) *Report {
	r := &Report{Claims: []claim.Claim{}, Conflicts: []compare.Conflict{}}
	speakers := map[string]*Speaker{}
	var order []string
	type doc struct{ file, title, date string }
	docClaims := map[doc]int{}
	for _, n := range counts {
		docClaims[doc{n.File, n.Document, n.Date}] += n.N
	}
	for _, t := range ts {
		t.CountWords() // a compacted transcript has its counts already
		for _, d := range t.Documents {
			doc := Document{File: t.Name, Title: d.Title, Date: d.Date, Turns: len(d.Turns),
				Narration: d.NarrationWords, Claims: docClaims[doc{t.Name, d.Title, d.Date}]}
			seen := map[string]bool{}
			for _, turn := range d.Turns {
				words := turn.Words
				doc.Words += words
				if !seen[turn.Speaker] {
					seen[turn.Speaker] = true
					doc.Speakers++
				}
				s := speakers[turn.Speaker]
				if s == nil {
					s = &Speaker{Name: turn.Speaker, Roles: []string{}, Labels: []string{}, Claims: map[claim.Kind]int{}}
					speakers[turn.Speaker] = s
					order = append(order, turn.Speaker)
				}
				s.Turns++
				s.Words += words
				if turn.Role != "" && !contains(s.Roles, turn.Role) {
					s.Roles = append(s.Roles, turn.Role)
				}
				if !contains(s.Labels, turn.Label) {
					s.Labels = append(s.Labels, turn.Label)
				}
			}
			r.Documents = append(r.Documents, doc)
		}
	}
	for _, n := range counts {
		if s := speakers[n.Speaker]; s != nil {
			s.Claims[n.Kind] += n.N
		}
	}
	for _, name := range order {
		r.Speakers = append(r.Speakers, *speakers[name])
	}
	if r.Documents == nil {
		r.Documents = []Document{}
	}
	if r.Speakers == nil {
		r.Speakers = []Speaker{}
	}
	return r
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// ClaimKinds lists the kinds of claims in the order reports show them.
var ClaimKinds = []claim.Kind{claim.Money, claim.Percent, claim.Count, claim.Multiplier, claim.Fraction}

// Writer prints a report in one format.
type Writer interface {
	// Stats prints documents, speakers, claims and conflicts (CSV and
	// JSON Lines: the claims).
	Stats(r *Report) error
	// Conflicts prints the conflicts only.
	Conflicts(r *Report) error
	// Check prints the claims that disagree with a fact table.
	Check(r *CheckReport) error
}

// Formats lists the names New accepts. The CIFormats (github, sarif) print
// conflicts and checks only.
var Formats = []string{"table", "csv", "json", "jsonl", "markdown", "github", "sarif"}

// New returns the Writer for format, writing to w.
func New(format string, w io.Writer) (Writer, error) {
	switch format {
	case "table", "":
		return &tableWriter{w: w}, nil
	case "csv":
		return &csvWriter{w: w}, nil
	case "json":
		return &jsonWriter{w: w}, nil
	case "jsonl":
		return &jsonlWriter{w: w}, nil
	case "markdown", "md":
		return &markdownWriter{w: w}, nil
	case "github":
		return &githubWriter{w: w}, nil
	case "sarif":
		return &sarifWriter{w: w}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// claimsBySpeaker groups the claims by speaker, each speaker's in reading
// order.
func claimsBySpeaker(r *Report) map[string][]claim.Claim {
	m := map[string][]claim.Claim{}
	for _, c := range r.Claims {
		m[c.Speaker] = append(m[c.Speaker], c)
	}
	for _, cs := range m {
		sort.SliceStable(cs, func(i, j int) bool {
			if cs[i].File != cs[j].File {
				return cs[i].File < cs[j].File
			}
			return cs[i].Pos < cs[j].Pos
		})
	}
	return m
}
