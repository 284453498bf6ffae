package transcripts_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/cli"
)

// TestRoundTrip writes a fact table from every file of ../shared/corpus
// (when it is there) and checks the file against it: the check may report
// only the transcript's own inconsistencies, the pairs `conflicts` reports
// (or a repeat of one of their statements).
func TestRoundTrip(t *testing.T) {
	root := "../shared/corpus"
	if _, err := os.Stat(root); err != nil {
		t.Skipf("no corpus at %s", root)
	}
	paths, _ := filepath.Glob(root + "/*/*")
	dir := t.TempDir()
	for _, path := range paths {
		if !(strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".md")) || strings.HasSuffix(path, "SOURCES.md") {
			continue
		}
		facts := filepath.Join(dir, "facts.csv")
		if err := os.WriteFile(facts, []byte(mainOut(t, 0, "facts", path)), 0o644); err != nil {
			t.Fatal(err)
		}
		checked := mainOut(t, -1, "check", "--facts", facts, "--format", "csv", path)
		pairs := map[[2]string]bool{}
		statements := map[string]bool{} // speaker and value of each side, with the other side's line
		for _, c := range readCSV(t, mainOut(t, -1, "conflicts", "--format", "csv", path)) {
			pairs[[2]string{c["line_a"], c["line_b"]}] = true
			pairs[[2]string{c["line_b"], c["line_a"]}] = true
			statements[c["speaker_a"]+"|"+c["value_a"]+"|"+c["line_b"]] = true
			statements[c["speaker_b"]+"|"+c["value_b"]+"|"+c["line_a"]] = true
		}
		for _, d := range readCSV(t, checked) {
			src := d["fact_source"][strings.LastIndexByte(d["fact_source"], ':')+1:] // the line the fact was taken from
			if !pairs[[2]string{d["line"], src}] && !statements[d["speaker"]+"|"+d["value"]+"|"+src] {
				t.Errorf("%s:%s: %q disagrees with the fact from line %s, which conflicts does not report", path, d["line"], d["text"], src)
			}
		}
	}
}

// mainOut runs the tool and returns its standard output; want is the exit
// code expected, or -1 for 0 or 1 (a check that found something).
func mainOut(t *testing.T, want int, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	code := cli.Main(args, cli.IO{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, StdinIsTerminal: true})
	if want >= 0 && code != want || want < 0 && code > 1 {
		t.Fatalf("transcripts %s: exit %d: %s", strings.Join(args, " "), code, errOut.String())
	}
	return out.String()
}
