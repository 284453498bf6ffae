package cli

import (
	"io"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
	"github.com/transcripts/transcripts/internal/facts"
	"github.com/transcripts/transcripts/internal/transcript"
)

func TestNewCmdCheck(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		facts     []string
		files     []string
		format    string
		tolerance string
		wantErr   string
	}{
		{name: "defaults", args: []string{"--facts", "f.csv"}, facts: []string{"f.csv"}, format: "table", tolerance: "5%"},
		{name: "no facts is checked later", args: []string{"a.txt"}, files: []string{"a.txt"}, format: "table", tolerance: "5%"},
		{name: "two tables", args: []string{"--facts", "a.csv", "--facts=b,c.csv", "x.txt"}, facts: []string{"a.csv", "b,c.csv"},
			files: []string{"x.txt"}, format: "table", tolerance: "5%"},
		{name: "everything", args: []string{"-f", "sarif", "--tolerance", "2%", "--facts", "f.csv", "-"}, facts: []string{"f.csv"},
			files: []string{"-"}, format: "sarif", tolerance: "2%"},
		{name: "facts without value", args: []string{"--facts"}, wantErr: "flag needs an argument"},
		{name: "fail-on is for conflicts", args: []string{"--fail-on", "self"}, wantErr: "unknown flag: --fail-on"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *CheckOptions
			err := runCmd(t, tt.args, func(ios IO) command {
				return NewCmdCheck(ios, func(o *CheckOptions) error { got = o; return nil })
			})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got == nil {
				t.Fatalf("error = %v, options %v", err, got)
			}
			files := got.Input.Files
			if len(files) == 0 {
				files = nil
			}
			if !reflect.DeepEqual(got.Facts, tt.facts) || !reflect.DeepEqual(files, tt.files) ||
				got.Format != tt.format || got.Tolerance != tt.tolerance {
				t.Errorf("options = %+v", *got)
			}
		})
	}
}

func TestNewCmdFailOn(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{nil, []string{"none"}},
		{[]string{"--fail-on", "contradiction"}, []string{"contradiction"}},
		{[]string{"--fail-on", "contradiction,self", "--fail-on", "possible"}, []string{"contradiction", "self", "possible"}},
	}
	for _, tt := range tests {
		var got *ReportOptions
		if err := runCmd(t, tt.args, func(ios IO) command {
			return NewCmdConflicts(ios, func(o *ReportOptions) error { got = o; return nil })
		}); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.FailOn, tt.want) {
			t.Errorf("%v: FailOn = %q, want %q", tt.args, got.FailOn, tt.want)
		}
	}
}

// talk has two speakers who disagree on 2021 trade.
const talk = "ALICE: Trade reached $25.6 billion in 2021.\nBOB: Trade reached about $24 billion in 2021.\nALICE: Exports grew 5 percent in 2021.\n"

func TestMainCheck(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "talk.txt", talk)
	agree := writeFile(t, dir, "agree.csv", "metric,period,value,unit\ntrade,2021,about $25 billion,\n")
	disagree := writeFile(t, dir, "disagree.csv", "\uFEFFmetric,period,value,unit,source\r\ntrade,2021,$24.5 billion,USD,Rosstat\r\n")
	bad := writeFile(t, dir, "bad.csv", "metric,period,value,unit\ntrade,2021,$24.5 billion,USD\nexports,2021,lots,\n")
	empty := writeFile(t, dir, "empty.csv", "metric,period,value,unit\n")
	tests := []struct {
		name    string
		args    []string
		stdin   string
		code    int
		out     string // a substring of Out, or "" for nothing
		errOut  string // the whole of ErrOut
		notLine string // a line Out must not name
	}{
		{"all agree", []string{"check", "--facts", agree, file}, "", ExitOK,
			"No claim disagrees with the fact table (2 of 3 claims checked against 1 fact).", "", ""},
		{"one disagrees", []string{"check", "--facts", disagree, file}, "", ExitFound,
			file + `:1: ALICE said "$25.6 billion" (trade, 2021); fact table says 24,500,000,000 USD (Rosstat; ` + disagree + ":2); difference +1,100,000,000 USD (+4.5%)", "", file + ":2:"},
		{"stdin", []string{"check", "--facts", disagree}, talk, ExitFound, "<stdin>:1: ALICE said", "", ""},
		{"github", []string{"check", "--facts", disagree, "-f", "github", file}, "", ExitFound,
			"::error file=" + file + ",line=1,title=disagrees with the fact table%3A trade::ALICE said", "", ""},
		{"no facts", []string{"check", file}, "", ExitTrouble, "",
			"transcripts: no fact table: give --facts FILE, a CSV with the columns metric,period,value,unit\n", ""},
		{"bad row", []string{"check", "--facts", bad, file}, "", ExitTrouble, "",
			"transcripts: " + bad + `:3: bad value: "lots" is not a figure (want a number, with an optional hedge, scale and unit: 24.5 billion, $24.5bn, 5%)` + "\n", ""},
		{"missing table", []string{"check", "--facts", filepath.Join(dir, "none.csv"), file}, "", ExitTrouble, "",
			"transcripts: " + filepath.Join(dir, "none.csv") + ": no such file or directory\n", ""},
		{"table is a directory", []string{"check", "--facts", dir, file}, "", ExitTrouble, "",
			"transcripts: " + dir + ": is a directory\n", ""},
		{"the same fact twice", []string{"check", "--facts", disagree, "--facts", disagree, file}, "", ExitTrouble, "",
			"transcripts: " + disagree + ":2: the fact for trade, 2021, in USD is already in " + disagree + ":2\n", ""},
		{"empty table", []string{"check", "--facts", empty, file}, "", ExitOK, "No claim disagrees", "transcripts: note: no facts in " + empty + "\n", ""},
		{"missing transcript wins over a disagreement", []string{"check", "--facts", disagree, filepath.Join(dir, "no.txt"), file}, "", ExitTrouble,
			file + ":1:", "transcripts: " + filepath.Join(dir, "no.txt") + ": no such file or directory\n", ""},
		{"bad format", []string{"check", "--facts", agree, "-f", "xml", file}, "", ExitTrouble, "",
			`transcripts: unknown format "xml" (want one of table, csv, json, jsonl, markdown, github, sarif)` + "\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, errOut := testIO(tt.stdin, tt.stdin == "")
			if code := Main(tt.args, ios); code != tt.code {
				t.Errorf("exit code = %d, want %d; ErrOut %q", code, tt.code, errOut)
			}
			if got := errOut.String(); got != tt.errOut {
				t.Errorf("ErrOut = %q, want %q", got, tt.errOut)
			}
			if tt.out == "" && out.Len() != 0 {
				t.Errorf("Out = %q, want nothing", out)
			}
			if !strings.Contains(out.String(), tt.out) {
				t.Errorf("Out =\n%s\nwant it to contain\n%s", out, tt.out)
			}
			if tt.notLine != "" && strings.Contains(out.String(), tt.notLine) {
				t.Errorf("Out names %s:\n%s", tt.notLine, out)
			}
		})
	}
}

func TestMainFailOn(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		errOut string
	}{
		{[]string{"conflicts"}, ExitOK, ""},
		{[]string{"conflicts", "--fail-on", "none"}, ExitOK, ""},
		{[]string{"conflicts", "--fail-on", "contradiction"}, ExitFound, ""},
		{[]string{"conflicts", "--fail-on", "Period-Mismatch,self"}, ExitOK, ""},
		{[]string{"conflicts", "--fail-on", "any"}, ExitFound, ""},
		{[]string{"stats", "--fail-on", "contradiction"}, ExitFound, ""},
		{[]string{"conflicts", "--fail-on", "contradiction", "-f", "sarif"}, ExitFound, ""},
		{[]string{"conflicts", "--fail-on", "bogus"}, ExitTrouble,
			"transcripts: unknown class \"bogus\" for --fail-on (want contradiction, period_mismatch, possible, self, any, none)\n"},
		{[]string{"conflicts", "--fail-on", "none,self"}, ExitTrouble, "transcripts: --fail-on none cannot be combined with classes\n"},
		{[]string{"stats", "-f", "github"}, ExitTrouble,
			"transcripts: format \"github\" is for check and conflicts; stats prints table, csv, json, jsonl or markdown\n"},
		{[]string{"stats", "-f", "sarif"}, ExitTrouble,
			"transcripts: format \"sarif\" is for check and conflicts; stats prints table, csv, json, jsonl or markdown\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			ios, out, errOut := testIO(talk, false)
			if code := Main(tt.args, ios); code != tt.code {
				t.Errorf("exit code = %d, want %d; ErrOut %q", code, tt.code, errOut)
			}
			if got := errOut.String(); got != tt.errOut {
				t.Errorf("ErrOut = %q, want %q", got, tt.errOut)
			}
			if tt.code == ExitTrouble && out.Len() != 0 {
				t.Errorf("Out = %q, want nothing", out)
			}
		})
	}
}

func TestMainFacts(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "talk.txt", talk)
	ios, out, errOut := testIO("", true)
	if code := Main([]string{"facts", file}, ios); code != ExitOK {
		t.Fatalf("exit code = %d; ErrOut %q", code, errOut)
	}
	want := "metric,period,value,unit,scope,qualifier,tolerance,source\n" +
		"exports growth,2021,5,%,,exact,," + file + ":3\n" +
		"trade,2021,25.6 billion,USD,,exact,," + file + ":1\n"
	if out.String() != want {
		t.Errorf("facts =\n%s\nwant\n%s", out, want)
	}
	// The round trip: only where the transcript disagrees with itself.
	table := writeFile(t, dir, "facts.csv", out.String())
	ios, out, _ = testIO("", true)
	if code := Main([]string{"check", "--facts", table, file}, ios); code != ExitFound {
		t.Fatalf("exit code = %d, want %d", code, ExitFound)
	}
	if !strings.HasPrefix(out.String(), file+`:2: BOB said "about $24 billion" (trade, 2021); fact table says 25,600,000,000 USD (`+file+":1; "+table+":3)") ||
		strings.Count(out.String(), "\n") != 3 {
		t.Errorf("check =\n%s", out)
	}
}

func TestMainCheckWriteError(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "talk.txt", talk)
	table := writeFile(t, dir, "f.csv", "metric,period,value,unit\ntrade,2021,1 billion,USD\n")
	for _, args := range [][]string{{"check", "--facts", table, file}, {"facts", file}} {
		ios, _, errOut := testIO("", true)
		ios.Out = failWriter{io.ErrClosedPipe}
		if code := Main(args, ios); code != ExitTrouble || !strings.HasPrefix(errOut.String(), "transcripts: writing output") {
			t.Errorf("%v: exit code = %d, ErrOut %q", args, code, errOut)
		}
	}
}

// TestReadClaimsChecksAlike checks that check and facts, which keep only
// the claims they can use (readClaims), find what they would in every
// claim: on each transcript of the tests, and on their directory read by
// one worker and by four, against the table of facts made from the same
// file (a fact for nearly every metric) and against one of a few facts,
// the disagreements and the claims checked are those of all the claims,
// the claims read are all of them, and the fact table is the same.
func TestReadClaimsChecksAlike(t *testing.T) {
	dir := t.TempDir()
	few := writeFile(t, dir, "few.csv", "metric,period,value,unit\ntrade,2021,$20 billion,USD\nagreements,,900,\ntrade growth,2021,10%,%\n")
	eachTestInput(t, func(procs int, in string, ios IO, o *InputOptions, all *input) {
		stated, err := readClaims(ios, o, facts.States)
		if err != nil {
			t.Fatal(err)
		}
		made := facts.FromClaims(all.claims)
		if got := facts.FromClaims(stated.claims); !reflect.DeepEqual(got, made) || len(stated.claims)+stated.dropped != len(all.claims) {
			t.Errorf("%d workers, %s: the fact table of the claims kept differs (%d kept, %d dropped, of %d)", procs, in, len(stated.claims), stated.dropped, len(all.claims))
		}
		fewFacts, err := readFactTable(few)
		if err != nil {
			t.Fatal(err)
		}
		for _, table := range []struct {
			facts []compare.Fact
			few   bool
		}{{made, false}, {fewFacts, true}} {
			some, err := readClaims(ios, o, compare.Checkable(table.facts))
			if err != nil {
				t.Fatal(err)
			}
			opts := compare.Options{Tolerance: decimal.RequireFromString("0.05")}
			wantDs, wantChecked := compare.Check(all.claims, table.facts, opts)
			gotDs, gotChecked := compare.Check(some.claims, table.facts, opts)
			if !reflect.DeepEqual(gotDs, wantDs) || gotChecked != wantChecked || len(some.claims)+some.dropped != len(all.claims) || some.transcripts != nil {
				t.Errorf("%d workers, %s, %d facts: %d disagreements, %d checked, %d claims read; want %d, %d, %d",
					procs, in, len(table.facts), len(gotDs), gotChecked, len(some.claims)+some.dropped, len(wantDs), wantChecked, len(all.claims))
			}
			if table.few && (some.dropped == 0 || in == testInputs[len(testInputs)-1] && len(wantDs) == 0) {
				t.Errorf("%s: %d claims dropped, %d disagreements with the few facts: the test tests nothing", in, some.dropped, len(wantDs))
			}
		}
	})
}

// TestConflictsKeepComparable checks that a conflicts run, which keeps
// only the claims compare.Comparable picks, finds the conflicts a run
// that keeps every claim finds, on every test transcript and their
// directory, with one worker and with four, and keeps the transcripts.
func TestConflictsKeepComparable(t *testing.T) {
	dropped, found := 0, 0
	eachTestInput(t, func(procs int, in string, ios IO, o *InputOptions, all *input) {
		some, err := readInputsTo(ios, o, nil, keeping{transcripts: true, wanted: compare.Comparable})
		if err != nil {
			t.Fatal(err)
		}
		want, err := conflictsOf(all, "5%")
		if err != nil {
			t.Fatal(err)
		}
		got, err := conflictsOf(some, "5%")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) || len(some.claims)+some.dropped != len(all.claims) || len(some.transcripts) != len(all.transcripts) {
			t.Errorf("%d workers, %s: %d conflicts of %d claims kept (%d dropped), %d transcripts; want %d of %d, %d",
				procs, in, len(got), len(some.claims), some.dropped, len(some.transcripts), len(want), len(all.claims), len(all.transcripts))
		}
		dropped += some.dropped
		found += len(want)
	})
	if dropped == 0 || found == 0 {
		t.Errorf("%d claims dropped, %d conflicts found: the test tests nothing", dropped, found)
	}
}

// TestSameSubject checks the test of two documents' common subject: two
// named people speak in both (anonymous speakers do not count), asked in
// any order, of one first claim against many and then of another.
func TestSameSubject(t *testing.T) {
	doc := func(title string, speakers ...string) transcript.Document {
		d := transcript.Document{Title: title}
		for _, s := range speakers {
			d.Turns = append(d.Turns, transcript.Turn{Speaker: s})
		}
		return d
	}
	ts := []*transcript.Transcript{
		{Name: "a.txt", Documents: []transcript.Document{
			doc("Talks", "Ann Lee", "Bo Kim", "Ann Lee", "Question"),
			doc("Press", "Ann Lee", "Moderator", "Question"),
		}},
		{Name: "b.txt", Documents: []transcript.Document{
			doc("Talks again", "Bo Kim", "Question", "Ann Lee"),
			doc("Visit", "Ann Lee", "Cy Park", "Moderator", "Question"),
			doc("Press", "Bo Kim"),
		}},
		{Name: "c.txt", Documents: []transcript.Document{
			doc("Summit", "Cy Park", "Ann Lee", "Bo Kim"),
			doc("Summit", "Dee Ray"), // a title repeated in a file: one document's people
		}},
	}
	same := sameSubject(ts)
	at := func(file, title string) *claim.Claim { return &claim.Claim{File: file, Document: title} }
	for _, tt := range []struct {
		a, b *claim.Claim
		want bool
	}{
		{at("a.txt", "Talks"), at("b.txt", "Talks again"), true},
		{at("a.txt", "Talks"), at("b.txt", "Visit"), false},                           // one shared
		{at("a.txt", "Talks"), at("a.txt", "Press"), false},                           // one, and anonymous ones
		{at("a.txt", "Talks"), at("c.txt", "Summit"), true},                           // two of three
		{at("a.txt", "Talks"), at("d.txt", "Nowhere"), false},                         // no such document
		{at("b.txt", "Visit"), at("c.txt", "Summit"), true},                           // another first claim
		{at("b.txt", "Visit"), at("a.txt", "Talks"), false},                           //
		{at("b.txt", "Press"), at("a.txt", "Talks"), false},                           // same title, other file
		{at("c.txt", "Summit"), at("b.txt", "Visit"), true},                           //
		{at("a.txt", "Talks"), at("b.txt", "Talks again"), true},                      // the first one again
		{at("d.txt", "Nowhere"), at("a.txt", "Talks"), false},                         //
		{at("c.txt", "Summit"), at("a.txt", "Talks"), true},                           //
		{at("a.txt", "Press"), at("b.txt", "Visit"), false},                           //
		{at("c.txt", "Summit"), at("c.txt", "Summit"), true},                          // itself
		{&claim.Claim{File: "a.txt", Document: "Press"}, at("a.txt", "Press"), false}, // one named person
	} {
		if got := same(tt.a, tt.b); got != tt.want {
			t.Errorf("%s %q against %s %q: %v, want %v", tt.a.File, tt.a.Document, tt.b.File, tt.b.Document, got, tt.want)
		}
	}
	// The subject key names what the test reads: two documents of one
	// key get one answer against any other, and the copies of a
	// document in other files have its key.
	ts = append(ts, &transcript.Transcript{Name: "copy/a.txt", Documents: append(slices.Clone(ts[0].Documents),
		doc("Visit", "Eve Moss", "Fay Ng"))}) // b.txt's title, other people

	same, key := subjects(ts)
	var all []*claim.Claim
	for _, tr := range ts {
		for _, d := range tr.Documents {
			all = append(all, at(tr.Name, d.Title))
		}
	}
	all = append(all, at("d.txt", "Nowhere"))
	if key(at("a.txt", "Talks")) != key(at("copy/a.txt", "Talks")) || key(at("a.txt", "Talks")) == key(at("b.txt", "Visit")) {
		t.Errorf("keys: a copy's %q, its original's %q, another's %q", key(at("copy/a.txt", "Talks")), key(at("a.txt", "Talks")), key(at("b.txt", "Visit")))
	}
	for _, a := range all {
		for _, b := range all {
			if key(a) != key(b) {
				continue
			}
			for _, c := range all {
				if same(a, c) != same(b, c) || same(c, a) != same(c, b) {
					t.Errorf("%s %q and %s %q share a key but not an answer against %s %q", a.File, a.Document, b.File, b.Document, c.File, c.Document)
				}
			}
		}
	}
}
