package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/compare"
)

func TestEscapeGitHub(t *testing.T) {
	tests := []struct {
		in, data, property string
	}{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"file: a, b", "file: a, b", "file%3A a%2C b"},
		{"%0A", "%250A", "%250A"},
		{"::error::", "::error::", "%3A%3Aerror%3A%3A"},
	}
	for _, tt := range tests {
		if got := escapeData(tt.in); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := escapeProperty(tt.in); got != tt.property {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.property)
		}
	}
}

func TestGitHubConflicts(t *testing.T) {
	r := sample()
	r.FailOn = []compare.Class{compare.Contradiction}
	got := run(t, "github", r, true)
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want one annotation per conflict:\n%s", got)
	}
	// The contradiction fails the run: an error, at its second claim.
	want := "::error file=" + cica + ",line=9,title=contradiction%3A trade::@Kassym-Jomart Tokayev said \"over $26 billion\" (trade, 2021); " +
		"Vladimir Putin said \"almost $24.5 billion\" (trade, 2021) at " + talks + ":14; difference +1,500,000,000 USD (+6.1%25)"
	if lines[0] != want {
		t.Errorf("annotation =\n%s\nwant\n%s", lines[0], want)
	}
	// The self-inconsistency does not: a warning, naming the same file's line.
	if !strings.HasPrefix(lines[1], "::warning file="+talks+",line=15,title=self%3A trade growth (of steel)::") || !strings.Contains(lines[1], " at line 15;") {
		t.Errorf("annotation = %s", lines[1])
	}
}

func TestGitHubStdin(t *testing.T) {
	r := sample()
	for i := range r.Conflicts {
		r.Conflicts[i].A.File, r.Conflicts[i].B.File = stdinName, stdinName
	}
	got := run(t, "github", r, true)
	if strings.Contains(got, "file=") || !strings.HasPrefix(got, "::warning title=contradiction%3A trade::<stdin>:9: ") {
		t.Errorf("annotations of standard input name no file property:\n%s", got)
	}
}

func TestCINotForStats(t *testing.T) {
	for _, format := range CIFormats {
		var buf bytes.Buffer
		w, err := New(format, &buf)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Stats(sample()); err == nil || !strings.Contains(err.Error(), "is for check and conflicts") {
			t.Errorf("%s: Stats error = %v", format, err)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: Stats wrote %q", format, buf.String())
		}
	}
}

func TestCIEmpty(t *testing.T) {
	if got := run(t, "github", &Report{}, true); got != "" {
		t.Errorf("github conflicts of nothing = %q, want nothing", got)
	}
	golden(t, "empty.conflicts.sarif.json.golden", run(t, "sarif", &Report{}, true))
}
