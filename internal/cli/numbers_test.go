package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/report"
	"github.com/transcripts/transcripts/internal/transcript"
)

func TestNumbersFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want NumbersOptions
	}{
		{"defaults", nil, NumbersOptions{Format: "table", Layout: "auto"}},
		{"file and format", []string{"-f", "jsonl", "a.txt"}, NumbersOptions{File: "a.txt", Format: "jsonl", Layout: "auto"}},
		{"stdin, layout and text", []string{"--layout", "plain", "--text", "-"}, NumbersOptions{File: "-", Format: "table", Layout: "plain", Text: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, _, _ := testIO("", true)
			var got *NumbersOptions
			cmd := NewCmdNumbers(ios, func(o *NumbersOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			if err := cmd.Execute(); err != nil {
				t.Fatal(err)
			}
			got.IO = IO{}
			if *got != tt.want {
				t.Errorf("options %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestNumbersRun(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		stdin      string
		tty        bool
		code       int
		out, erred string
	}{
		{"speech is a claim", []string{"numbers", "-f", "csv"}, plain, false, 0,
			"18,27,1,5 percent,percent,5,%,exact,false,true,\n", ""},
		{"text with no speaker is narration", []string{"numbers", "-f", "csv", "-"}, "It cost $5.\n", false, 0,
			"8,10,1,$5,money,5,USD,exact,false,false,narration\n", ""},
		{"no input on a terminal", []string{"numbers"}, "", true, 2, "", "no input"},
		{"bad format", []string{"numbers", "-f", "json", "-"}, plain, false, 2, "", `unknown format "json" for numbers`},
		{"missing file", []string{"numbers", "missing.txt"}, "", true, 2, "", "transcripts: missing.txt: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, errOut := testIO(tt.stdin, tt.tty)
			if code := Main(tt.args, ios); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, tt.code, errOut)
			}
			if !strings.Contains(out.String(), tt.out) {
				t.Errorf("stdout %q, want it to contain %q", out, tt.out)
			}
			if !strings.Contains(errOut.String(), tt.erred) || tt.erred == "" && errOut.Len() > 0 {
				t.Errorf("stderr %q, want %q", errOut, tt.erred)
			}
		})
	}
}

// TestNumbersInParts checks that numbers in csv and jsonl, which reads a
// Kremlin file a part at a time (a document or a group of them) and
// writes each part's mentions as it goes, prints what the mentions of the
// whole file, read at once, print: offsets and lines those of the file,
// read into memory or mapped, a document at a time or in groups.
func TestNumbersInParts(t *testing.T) {
	defer func(g int) { docGroup = g }(docGroup)
	text := kremlinTestdata(t, 300<<10)
	path := writeFile(t, t.TempDir(), "kremlin.txt", text)
	tr := transcript.Parse(path, text, "")
	if len(tr.Documents) < 10 {
		t.Fatalf("%d documents: the test tests little", len(tr.Documents))
	}
	found := claim.NewExtractor(nil).Mentions(tr)
	for _, format := range []string{"csv", "jsonl"} {
		var want bytes.Buffer
		if err := report.WriteNumbers(format, &want, found); err != nil {
			t.Fatal(err)
		}
		for _, group := range []int{0, 16 << 10, 1 << 20} {
			for _, mapped := range []int64{1, 1 << 40} {
				docGroup = group
				withMapFrom(mapped, func() {
					ios, out, errOut := testIO("", true)
					if code := Main([]string{"numbers", "--format", format, path}, ios); code != 0 {
						t.Fatalf("exit %d: %s", code, errOut)
					}
					if got := out.String(); got != want.String() {
						t.Errorf("%s, groups of %d bytes, mapped from %d: %s", format, group, mapped, firstDiff(got, want.String()))
					}
				})
			}
		}
	}
}

// firstDiff describes where got and want first differ.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	return fmt.Sprintf("byte %d: got %.80q, want %.80q", i, got[i:], want[i:])
}
