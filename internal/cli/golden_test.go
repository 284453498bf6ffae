package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/golden"
)

// TestGoldenHelp pins the help a user reads.
func TestGoldenHelp(t *testing.T) {
	var all bytes.Buffer
	for _, args := range [][]string{{"--help"}, {"stats", "--help"}, {"conflicts", "--help"}, {"check", "--help"}, {"facts", "--help"}} {
		var out, errOut bytes.Buffer
		if code := Main(args, IO{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
		}
		all.WriteString("$ transcripts " + strings.Join(args, " ") + "\n")
		all.Write(out.Bytes())
		all.WriteString("\n")
	}
	golden.Check(t, "help.golden", all.Bytes())
}
