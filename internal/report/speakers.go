package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// SpeakerColumns are the columns of the speakers listing in CSV.
var SpeakerColumns = []string{"speaker", "labels", "roles", "turns", "words", "claims"}

// WriteSpeakers prints the speakers of r in format (table, csv, json or
// markdown): each speaker's label forms, roles, turns, words and claims,
// so that a user can check who was taken for whom.
func WriteSpeakers(format string, w io.Writer, r *Report) error {
	switch format {
	case "table", "":
		tab, err := renderGrid(speakerFormsGrid(r, false), false)
		if err != nil {
			return err
		}
		return write(w, tidyLines(tab, MaxWidth))
	case "markdown", "md":
		tab, err := renderGrid(speakerFormsGrid(r, true).escaped(), true)
		if err != nil {
			return err
		}
		return write(w, tab)
	case "csv":
		rows := [][]string{SpeakerColumns}
		for _, s := range r.Speakers {
			rows = append(rows, []string{cell(s.Name), cell(strings.Join(s.Labels, " | ")), cell(strings.Join(s.Roles, " | ")),
				strconv.Itoa(s.Turns), strconv.Itoa(s.Words), strconv.Itoa(s.Total())})
		}
		return (&csvWriter{w: w}).write(rows)
	case "json":
		out := struct {
			Speakers []jsonSpeaker `json:"speakers"`
		}{Speakers: []jsonSpeaker{}}
		for _, s := range r.Speakers {
			out.Speakers = append(out.Speakers, speakerJSON(s))
		}
		return (&jsonWriter{w: w}).encode(out)
	case "jsonl":
		out := make([]jsonSpeaker, 0, len(r.Speakers))
		for _, s := range r.Speakers {
			out = append(out, speakerJSON(s))
		}
		return encodeLines(w, out)
	}
	return fmt.Errorf("unknown format %q for speakers (want one of table, csv, json, jsonl, markdown)", format)
}

// speakerFormsGrid is the table of speakers with the label forms seen.
func speakerFormsGrid(r *Report, whole bool) grid {
	g := grid{none: "No speakers."}
	g.cols = []column{
		{header: "speaker", max: 28, min: 12, soft: 20},
		{header: "turns", right: true},
		{header: "words", right: true},
		{header: "claims", right: true},
		{header: "label forms", max: 80, min: 20, soft: 40},
	}
	if whole {
		for i := range g.cols {
			g.cols[i].max, g.cols[i].min = 0, 0
		}
	}
	for _, s := range r.Speakers {
		g.rows = append(g.rows, []string{clean(s.Name), formatInt(s.Turns), formatInt(s.Words),
			formatInt(s.Total()), clean(strings.Join(s.Labels, " | "))})
	}
	return g
}
