package transcripts_test

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"unicode/utf16"

	"github.com/rogpeppe/go-internal/testscript"
)

// scriptCmds are the commands the scripts have beyond testscript's own.
var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"exits":  exits,
	"mkline": mkline,
	"utf16":  toUTF16,
}

// mkline SIZE FILE writes a transcript of one line of SIZE bytes: one
// speaker, a sentence with two figures, repeated with no full stop.
func mkline(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkline SIZE FILE")
	}
	size, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("mkline: bad size %q", args[0])
	}
	const phrase = "trade grew 5 percent and exports reached $2 billion, "
	b := []byte("ALICE: ")
	for len(b)+len(phrase) <= size {
		b = append(b, phrase...)
	}
	if err := os.WriteFile(ts.MkAbs(args[1]), b, 0o644); err != nil {
		ts.Fatalf("mkline: %v", err)
	}
}

// utf16 le|be IN OUT writes IN as UTF-16 with a byte order mark.
func toUTF16(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 || args[0] != "le" && args[0] != "be" {
		ts.Fatalf("usage: utf16 le|be IN OUT")
	}
	units := utf16.Encode([]rune(ts.ReadFile(args[1])))
	out := []byte{0xFF, 0xFE}
	if args[0] == "be" {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range units {
		if args[0] == "be" {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	if err := os.WriteFile(ts.MkAbs(args[2]), out, 0o644); err != nil {
		ts.Fatalf("utf16: %v", err)
	}
}

// exits N PROGRAM [ARGS...] runs PROGRAM as exec does, and checks that it
// exits with status N: where exec only tells success from failure, the
// scripts tell a check that found something (1) from one that could not
// run (2). Unlike exec, it leaves stdin as it was: set it again before the
// next command that reads it.
func exits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: bad status %q", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}
