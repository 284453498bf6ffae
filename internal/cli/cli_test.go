package cli

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/spf13/cobra"
)

// testIO returns an IO that reads in and writes to two buffers.
func testIO(in string, tty bool) (IO, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	return IO{In: strings.NewReader(in), Out: out, ErrOut: errOut, StdinIsTerminal: tty}, out, errOut
}

// plain is a small transcript in the plain layout with one claim per
// speaker.
const plain = "ALICE: Trade grew 5 percent.\nBOB: It grew 7 percent.\n"

// writeFile writes a file called name in dir and returns its path.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// readCSV parses CSV output into its header and rows.
func readCSV(t *testing.T, s string) (header []string, rows []map[string]string) {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, s)
	}
	if len(recs) == 0 {
		t.Fatalf("no CSV header in output %q", s)
	}
	header = recs[0]
	for _, r := range recs[1:] {
		row := map[string]string{}
		for i, h := range header {
			row[h] = r[i]
		}
		rows = append(rows, row)
	}
	return header, rows
}

// flagCase is a command line and the options it should produce.
type flagCase struct {
	name      string
	args      []string
	files     []string
	format    string
	tolerance string
	layout    string
	lexicon   string
	wantErr   string // a substring of the error, or "" for none
}

func flagCases() []flagCase {
	return []flagCase{
		{name: "defaults", args: []string{}, format: "table", tolerance: "5%", layout: "auto"},
		{name: "files", args: []string{"a.txt", "b.txt"}, files: []string{"a.txt", "b.txt"},
			format: "table", tolerance: "5%", layout: "auto"},
		{name: "format csv", args: []string{"--format", "csv", "a.txt", "b.txt"},
			files: []string{"a.txt", "b.txt"}, format: "csv", tolerance: "5%", layout: "auto"},
		{name: "short format and stdin", args: []string{"-f", "json", "-"},
			files: []string{"-"}, format: "json", tolerance: "5%", layout: "auto"},
		{name: "format with equals", args: []string{"--format=markdown", "a.txt"},
			files: []string{"a.txt"}, format: "markdown", tolerance: "5%", layout: "auto"},
		{name: "unknown format is checked later", args: []string{"-f", "xml"},
			format: "xml", tolerance: "5%", layout: "auto"},
		{name: "tolerance", args: []string{"--tolerance", "2%", "a.txt"},
			files: []string{"a.txt"}, format: "table", tolerance: "2%", layout: "auto"},
		{name: "layout", args: []string{"--layout", "kremlin", "a.txt"},
			files: []string{"a.txt"}, format: "table", tolerance: "5%", layout: "kremlin"},
		{name: "lexicon", args: []string{"--lexicon", "x.txt", "a.txt"},
			files: []string{"a.txt"}, format: "table", tolerance: "5%", layout: "auto", lexicon: "x.txt"},
		{name: "flags after files", args: []string{"a.txt", "--layout", "plain", "-f", "csv"},
			files: []string{"a.txt"}, format: "csv", tolerance: "5%", layout: "plain"},
		{name: "everything", args: []string{"-f", "csv", "--tolerance", "0.1", "--layout", "plain", "--lexicon", "x.txt", "a.txt", "-"},
			files: []string{"a.txt", "-"}, format: "csv", tolerance: "0.1", layout: "plain", lexicon: "x.txt"},
		{name: "unknown flag", args: []string{"--bogus"}, wantErr: "unknown flag: --bogus"},
		{name: "format without value", args: []string{"--format"}, wantErr: "flag needs an argument"},
	}
}

// command is the part of *cobra.Command the flag tests use.
type command interface {
	SetArgs([]string)
	SetOut(io.Writer)
	SetErr(io.Writer)
	Execute() error
}

// runCmd runs a command built by newCmd with args, silencing cobra's own
// printing.
func runCmd(t *testing.T, args []string, newCmd func(IO) command) error {
	t.Helper()
	ios, _, _ := testIO("", true)
	cmd := newCmd(ios)
	cmd.SetArgs(args)
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	return cmd.Execute()
}

func checkFlags(t *testing.T, tt flagCase, err error, in InputOptions, format, tolerance string) {
	t.Helper()
	if tt.wantErr != "" {
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
		}
		return
	}
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	files := in.Files
	if len(files) == 0 {
		files = nil
	}
	if !reflect.DeepEqual(files, tt.files) {
		t.Errorf("Files = %q, want %q", files, tt.files)
	}
	if format != tt.format {
		t.Errorf("Format = %q, want %q", format, tt.format)
	}
	if tolerance != tt.tolerance {
		t.Errorf("Tolerance = %q, want %q", tolerance, tt.tolerance)
	}
	if in.Layout != tt.layout {
		t.Errorf("Input.Layout = %q, want %q", in.Layout, tt.layout)
	}
	if in.Lexicon != tt.lexicon {
		t.Errorf("Input.Lexicon = %q, want %q", in.Lexicon, tt.lexicon)
	}
}

func TestNewCmdReport(t *testing.T) {
	constructors := map[string]func(IO, func(*ReportOptions) error) *cobra.Command{
		"stats": NewCmdStats, "conflicts": NewCmdConflicts,
	}
	for name, newCmd := range constructors {
		for _, tt := range flagCases() {
			t.Run(name+"/"+tt.name, func(t *testing.T) {
				var got *ReportOptions
				err := runCmd(t, tt.args, func(ios IO) command {
					return newCmd(ios, func(o *ReportOptions) error {
						got = o
						return nil
					})
				})
				if tt.wantErr == "" && got == nil && err == nil {
					t.Fatal("runF was not called")
				}
				if tt.wantErr != "" && got != nil {
					t.Fatal("runF was called despite a flag error")
				}
				var o ReportOptions
				if got != nil {
					o = *got
				}
				checkFlags(t, tt, err, o.Input, o.Format, o.Tolerance)
			})
		}
	}
}

// TestRunFError checks that an error from runF reaches the caller.
func TestRunFError(t *testing.T) {
	boom := errors.New("boom")
	ios, _, _ := testIO("", true)
	cmd := NewCmdStats(ios, func(*ReportOptions) error { return boom })
	cmd.SetArgs([]string{"a.txt"})
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	if err := cmd.Execute(); !errors.Is(err, boom) {
		t.Errorf("Execute() = %v, want %v", err, boom)
	}
}

func TestMainUsage(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", plain)
	tests := []struct {
		name    string
		args    []string
		wantErr string // the whole first line of ErrOut
	}{
		{"unknown flag", []string{"stats", "--bogus", good},
			"transcripts: unknown flag: --bogus (see 'transcripts stats --help')"},
		{"unknown flag to conflicts", []string{"conflicts", "--bogus", good},
			"transcripts: unknown flag: --bogus (see 'transcripts conflicts --help')"},
		{"unknown shorthand flag", []string{"stats", "-z", good},
			"transcripts: unknown shorthand flag: 'z' in -z (see 'transcripts stats --help')"},
		{"unknown command", []string{"bogus"},
			`transcripts: unknown command "bogus" for "transcripts"`},
		{"unknown format", []string{"stats", "-f", "xml", good},
			`transcripts: unknown format "xml" (want one of table, csv, json, jsonl, markdown, github, sarif)`},
		{"unknown format to conflicts", []string{"conflicts", "--format", "yaml", good},
			`transcripts: unknown format "yaml" (want one of table, csv, json, jsonl, markdown, github, sarif)`},
		{"bad tolerance", []string{"stats", "--tolerance", "abc", good},
			`transcripts: bad tolerance "abc": want a percentage such as 5% or a fraction such as 0.05`},
		{"negative tolerance", []string{"conflicts", "--tolerance", "-1%", good},
			`transcripts: bad tolerance "-1%": want at least 0% and under 100%`},
		{"unknown layout", []string{"stats", "--layout", "foo", good},
			`transcripts: unknown layout "foo" (want one of auto, kremlin, whitehouse, hansard, plain)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, errOut := testIO("", true)
			if code := Main(tt.args, ios); code != ExitTrouble {
				t.Errorf("Main(%q) = %d, want %d", tt.args, code, ExitTrouble)
			}
			if got := errOut.String(); got != tt.wantErr+"\n" {
				t.Errorf("ErrOut = %q, want %q", got, tt.wantErr+"\n")
			}
			if out.Len() != 0 {
				t.Errorf("Out = %q, want nothing", out)
			}
		})
	}
}

func TestMainMissingFile(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", plain)
	b := writeFile(t, dir, "b.txt", "CAROL: Exports rose 3 percent.\n")
	missing := filepath.Join(dir, "missing.txt")
	for _, cmd := range []string{"stats", "conflicts"} {
		t.Run(cmd, func(t *testing.T) {
			ios, out, errOut := testIO("", true)
			code := Main([]string{cmd, "-f", "csv", a, missing, b}, ios)
			if code != ExitTrouble {
				t.Errorf("exit code = %d, want %d", code, ExitTrouble)
			}
			want := "transcripts: " + missing + ": no such file or directory\n"
			if got := errOut.String(); got != want {
				t.Errorf("ErrOut = %q, want %q", got, want)
			}
			header, rows := readCSV(t, out.String())
			if cmd == "conflicts" {
				if header[0] != "metric" {
					t.Errorf("conflicts header = %q", header)
				}
				return
			}
			files := map[string]bool{}
			for _, r := range rows {
				files[r["file"]] = true
			}
			if !files[a] || !files[b] || len(files) != 2 {
				t.Errorf("claims came from %v, want %s and %s", files, a, b)
			}
		})
	}
}

func TestMainNoInput(t *testing.T) {
	for _, cmd := range []string{"stats", "conflicts"} {
		t.Run(cmd, func(t *testing.T) {
			ios, out, errOut := testIO(plain, true)
			if code := Main([]string{cmd}, ios); code != ExitTrouble {
				t.Errorf("exit code = %d, want %d", code, ExitTrouble)
			}
			if got := errOut.String(); !strings.HasPrefix(got, "transcripts: no input") || strings.Count(got, "\n") != 1 {
				t.Errorf("ErrOut = %q, want one line starting %q", got, "transcripts: no input")
			}
			if out.Len() != 0 {
				t.Errorf("Out = %q, want nothing", out)
			}
		})
	}
}

func TestMainStdin(t *testing.T) {
	for _, args := range [][]string{{"stats", "-f", "csv"}, {"stats", "-f", "csv", "-"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			ios, out, errOut := testIO(plain, false)
			if code := Main(args, ios); code != ExitOK {
				t.Errorf("exit code = %d, want %d; ErrOut %q", code, ExitOK, errOut)
			}
			if errOut.Len() != 0 {
				t.Errorf("ErrOut = %q, want nothing", errOut)
			}
			header, rows := readCSV(t, out.String())
			want := strings.Split("file,document,date,speaker,line,kind,value,unit,qualifier,metric,scope,period,modality,text,context", ",")
			if !reflect.DeepEqual(header[:len(want)], want) {
				t.Errorf("header = %q, want %q first", header, want)
			}
			if len(rows) != 2 {
				t.Fatalf("got %d claims, want 2:\n%s", len(rows), out)
			}
			for i, speaker := range []string{"ALICE", "BOB"} {
				r := rows[i]
				if r["file"] != "<stdin>" || r["speaker"] != speaker || r["line"] != []string{"1", "2"}[i] {
					t.Errorf("row %d = file %q, speaker %q, line %q; want <stdin>, %s, %d",
						i, r["file"], r["speaker"], r["line"], speaker, i+1)
				}
			}
		})
	}
}

func TestMainConflicts(t *testing.T) {
	const talk = "ALICE: Trade reached $25.6 billion in 2021.\nBOB: Trade reached about $24 billion in 2021.\n"
	tests := []struct {
		tolerance string
		want      int
	}{
		{"5%", 1},  // about $24bn ±5% stops at $25.2bn
		{"10%", 0}, // ±10% reaches $26.4bn
	}
	for _, tt := range tests {
		t.Run(tt.tolerance, func(t *testing.T) {
			ios, out, errOut := testIO(talk, false)
			if code := Main([]string{"conflicts", "-f", "csv", "--tolerance", tt.tolerance}, ios); code != ExitOK {
				t.Fatalf("exit code = %d; ErrOut %q", code, errOut)
			}
			_, rows := readCSV(t, out.String())
			if len(rows) != tt.want {
				t.Fatalf("got %d conflicts, want %d:\n%s", len(rows), tt.want, out)
			}
			if tt.want == 0 {
				return
			}
			r := rows[0]
			if r["class"] != "contradiction" || r["speaker_a"] != "ALICE" || r["speaker_b"] != "BOB" ||
				r["file_a"] != "<stdin>" || r["line_b"] != "2" {
				t.Errorf("conflict = %v", r)
			}
		})
	}
}

func TestMainUnreadable(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", plain)
	bin := writeFile(t, dir, "bin.txt", "ALICE: Trade grew\x00 5 percent.\n")
	tests := []struct {
		name   string
		file   string
		reason string
	}{
		{"binary", bin, "binary file, skipped"},
		{"missing", filepath.Join(dir, "missing.txt"), "no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, errOut := testIO("", true)
			if code := Main([]string{"stats", "-f", "csv", tt.file, good}, ios); code != ExitTrouble {
				t.Errorf("exit code = %d, want %d", code, ExitTrouble)
			}
			want := "transcripts: " + tt.file + ": " + tt.reason + "\n"
			if got := errOut.String(); got != want {
				t.Errorf("ErrOut = %q, want %q", got, want)
			}
			_, rows := readCSV(t, out.String())
			if len(rows) != 2 || rows[0]["file"] != good {
				t.Errorf("the readable file was not reported:\n%s", out)
			}
		})
	}
}

// failWriter fails every write with err.
type failWriter struct{ err error }

func (w failWriter) Write(p []byte) (int, error) { return 0, w.err }

func TestMainWriteError(t *testing.T) {
	for _, cmd := range []string{"stats", "conflicts"} {
		for _, format := range []string{"table", "csv", "json", "markdown"} {
			t.Run(cmd+" "+format, func(t *testing.T) {
				ios, _, errOut := testIO(plain, false)
				ios.Out = failWriter{errors.New("disk full")}
				if code := Main([]string{cmd, "-f", format}, ios); code != ExitTrouble {
					t.Errorf("exit code = %d, want %d", code, ExitTrouble)
				}
				got := errOut.String()
				if !strings.HasPrefix(got, "transcripts: writing output") || !strings.Contains(got, "disk full") ||
					strings.Count(got, "\n") != 1 {
					t.Errorf("ErrOut = %q, want one line: transcripts: writing output: ... disk full", got)
				}
			})
		}
	}
}

func TestMainBrokenPipe(t *testing.T) {
	errs := []struct {
		name string
		err  error
	}{
		{"EPIPE", syscall.EPIPE},
		{"PathError", &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}},
	}
	for _, e := range errs {
		for _, cmd := range []string{"stats", "conflicts"} {
			for _, format := range []string{"table", "csv", "json", "markdown"} {
				t.Run(e.name+" "+cmd+" "+format, func(t *testing.T) {
					ios, _, errOut := testIO(plain, false)
					ios.Out = failWriter{e.err}
					if code := Main([]string{cmd, "-f", format}, ios); code != ExitOK {
						t.Errorf("exit code = %d, want %d", code, ExitOK)
					}
					if errOut.Len() != 0 {
						t.Errorf("ErrOut = %q, want nothing", errOut)
					}
				})
			}
		}
	}
}

func TestMainLexicon(t *testing.T) {
	dir := t.TempDir()
	talk := writeFile(t, dir, "talk.txt", "ALICE: Tourist arrivals grew 5 percent.\n")
	lexicon := writeFile(t, dir, "lexicon.txt", "# extra metrics\ntourism: tourist arrivals\n")

	metric := func(args ...string) string {
		t.Helper()
		ios, out, errOut := testIO("", true)
		if code := Main(append([]string{"stats", "-f", "csv"}, args...), ios); code != ExitOK {
			t.Fatalf("exit code = %d; ErrOut %q", code, errOut)
		}
		_, rows := readCSV(t, out.String())
		if len(rows) != 1 {
			t.Fatalf("got %d claims, want 1:\n%s", len(rows), out)
		}
		if rows[0]["value"] != "5" || rows[0]["kind"] != "percent" {
			t.Errorf("claim = %v, want 5 percent", rows[0])
		}
		return rows[0]["metric"]
	}
	if got := metric("--lexicon", lexicon, talk); got != "tourism growth" {
		t.Errorf("with the lexicon, metric = %q, want %q", got, "tourism growth")
	}
	if got := metric(talk); got == "tourism growth" {
		t.Errorf("without the lexicon, metric = %q", got)
	}

	t.Run("missing", func(t *testing.T) {
		missing := filepath.Join(dir, "nolexicon.txt")
		for _, cmd := range []string{"stats", "conflicts"} {
			ios, out, errOut := testIO("", true)
			if code := Main([]string{cmd, "-f", "csv", "--lexicon", missing, talk}, ios); code != ExitTrouble {
				t.Errorf("%s: exit code = %d, want %d", cmd, code, ExitTrouble)
			}
			want := "transcripts: " + missing + ": no such file or directory\n"
			if got := errOut.String(); got != want {
				t.Errorf("%s: ErrOut = %q, want %q", cmd, got, want)
			}
			if out.Len() != 0 {
				t.Errorf("%s: Out = %q, want nothing", cmd, out)
			}
		}
	})

	t.Run("directory", func(t *testing.T) {
		ios, out, errOut := testIO("", true)
		if code := Main([]string{"stats", "--lexicon", dir, talk}, ios); code != ExitTrouble {
			t.Errorf("exit code = %d, want %d", code, ExitTrouble)
		}
		if got := errOut.String(); !strings.HasPrefix(got, "transcripts: "+dir+": ") || strings.Count(got, "\n") != 1 {
			t.Errorf("ErrOut = %q, want one line naming %s", got, dir)
		}
		if out.Len() != 0 {
			t.Errorf("Out = %q, want nothing", out)
		}
	})

	t.Run("malformed", func(t *testing.T) {
		bad := writeFile(t, dir, "bad.txt", "tourism: tourist arrivals\nno separator here\n")
		ios, _, errOut := testIO("", true)
		if code := Main([]string{"stats", "--lexicon", bad, talk}, ios); code != ExitTrouble {
			t.Errorf("exit code = %d, want %d", code, ExitTrouble)
		}
		if got := errOut.String(); !strings.HasPrefix(got, "transcripts: "+bad+":2: ") {
			t.Errorf("ErrOut = %q, want it to name %s:2", got, bad)
		}
	})
}

// TestDirectories checks that directories are read recursively, in lexical
// order, by file name pattern, hidden directories skipped.
func TestDirectories(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.md", "a.txt", "c.csv", "sub/e.txt", ".hidden/d.txt"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, name, "ALICE: We built 5 schools.\n")
	}
	empty := t.TempDir()
	tests := []struct {
		args  []string
		files []string
		note  string
	}{
		{[]string{dir}, []string{"a.txt", "b.md", "sub/e.txt"}, ""},
		{[]string{"--glob", "*.csv", dir}, []string{"c.csv"}, ""},
		{[]string{"--glob", "*.csv,e.*", dir}, []string{"c.csv", "sub/e.txt"}, ""},
		{[]string{empty}, nil, "no files matching *.txt,*.md in " + empty},
	}
	for _, tt := range tests {
		ios, out, errOut := testIO("", true)
		if code := Main(append([]string{"stats", "-f", "csv"}, tt.args...), ios); code != 0 {
			t.Fatalf("%v: exit %d: %s", tt.args, code, errOut)
		}
		_, rows := readCSV(t, out.String())
		var got []string
		for _, r := range rows {
			rel, _ := filepath.Rel(dir, r["file"])
			got = append(got, filepath.ToSlash(rel))
		}
		if strings.Join(got, " ") != strings.Join(tt.files, " ") {
			t.Errorf("%v read %q, want %q", tt.args, got, tt.files)
		}
		if tt.note != "" && !strings.Contains(errOut.String(), tt.note) {
			t.Errorf("%v: stderr %q, want a note %q", tt.args, errOut, tt.note)
		}
	}
}
