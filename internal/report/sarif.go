package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
)

// SARIFSchema is the JSON schema the SARIF output follows: SARIF 2.1.0, as
// OASIS publishes it.
const SARIFSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// toolURI is where the tool's rules are explained.
const toolURI = "https://github.com/transcripts/transcripts"

// sarifWriter prints a SARIF 2.1.0 log: one run of the tool, one rule per
// class, one result per finding with the file and line of its claim
// (artifactLocation uri, region startLine) and the places it relates to.
// Code scanning (github/codeql-action/upload-sarif) reads it.
type sarifWriter struct {
	w io.Writer
}

// Stats is not a thing to report as results.
func (s *sarifWriter) Stats(*Report) error { return errNotForStats("sarif") }

// Conflicts prints the conflicts as results of the class rules.
func (s *sarifWriter) Conflicts(r *Report) error {
	return s.write(conflictRules, conflictFindings(r))
}

// Check prints the disagreements with the fact table as results.
func (s *sarifWriter) Check(r *CheckReport) error {
	return s.write(factRules, checkFindings(r))
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifText    `json:"shortDescription"`
	FullDescription      sarifText    `json:"fullDescription"`
	DefaultConfiguration sarifDefault `json:"defaultConfiguration"`
	HelpURI              string       `json:"helpUri"`
}

type sarifDefault struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifText       `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
}

type sarifLocation struct {
	ID               int           `json:"id,omitempty"` // related locations count from 1
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int        `json:"startLine"`
	Snippet   *sarifText `json:"snippet,omitempty"`
}

func (s *sarifWriter) write(rules []rule, fs []finding) error {
	driver := sarifDriver{Name: "transcripts", InformationURI: toolURI, Rules: make([]sarifRule, 0, len(rules))}
	index := map[string]int{}
	for i, r := range rules {
		index[r.id] = i
		driver.Rules = append(driver.Rules, sarifRule{
			ID: r.id, Name: r.name,
			ShortDescription:     sarifText{r.short},
			FullDescription:      sarifText{r.full},
			DefaultConfiguration: sarifDefault{Level: r.level},
			HelpURI:              toolURI + "#" + r.anchor,
		})
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, Results: make([]sarifResult, 0, len(fs))}
	for _, f := range fs {
		res := sarifResult{
			RuleID: f.rule, RuleIndex: index[f.rule], Level: f.level,
			Message:   sarifText{f.message},
			Locations: []sarifLocation{{PhysicalLocation: physical(f.at)}},
		}
		for i, p := range f.related {
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID: i + 1, PhysicalLocation: physical(p), Message: &sarifText{p.message},
			})
		}
		run.Results = append(run.Results, res)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}}); err != nil {
		return fmt.Errorf("report: sarif: %w", err)
	}
	_, err := s.w.Write(b.Bytes())
	return err
}

// physical is the SARIF physical location of p.
func physical(p place) sarifPhysical {
	ph := sarifPhysical{ArtifactLocation: sarifArtifact{URI: artifactURI(p.file)}, Region: sarifRegion{StartLine: max(p.line, 1)}}
	if p.snippet != "" {
		ph.Region.Snippet = &sarifText{p.snippet}
	}
	return ph
}

// artifactURI is a file's path as a URI reference: relative paths stay
// relative (code scanning resolves them against the repository), with
// forward slashes and what a URI cannot hold escaped ("a b.txt" →
// "a%20b.txt", "<stdin>" → "%3Cstdin%3E"); absolute paths become file URIs.
func artifactURI(path string) string {
	u := url.URL{Path: filepath.ToSlash(path)}
	if filepath.IsAbs(path) {
		u.Scheme = "file"
	}
	return u.String()
}
