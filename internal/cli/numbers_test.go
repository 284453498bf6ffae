package cli

import (
	"strings"
	"testing"
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
