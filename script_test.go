// Package transcripts_test holds the end-to-end tests of the transcripts
// command: testscript scripts in testdata/script and the seed's score.
package transcripts_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/transcripts/transcripts/internal/cli"
	"github.com/transcripts/transcripts/internal/golden"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"transcripts": func() { os.Exit(cli.Main(os.Args[1:], cli.System())) },
	})
}

// TestScripts runs testdata/script/*.txtar. Each script starts with the
// seed transcript in its work directory as seed.txt.
func TestScripts(t *testing.T) {
	seed, err := os.ReadFile(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: golden.Updating(),
		Cmds:          scriptCmds,
		Setup: func(env *testscript.Env) error {
			return os.WriteFile(filepath.Join(env.WorkDir, "seed.txt"), seed, 0o644)
		},
	})
}
