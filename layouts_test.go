package transcripts_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/transcripts/transcripts/internal/cli"
)

// The layouts of testdata/layouts (copies of ../shared/corpus files; see
// testdata/README.md): each file's speakers and turns, and a sample of
// claims checked by hand against the text.

type speakerTurns struct {
	name  string
	turns string
}

type sampleClaim struct {
	line    string
	speaker string
	value   string
	unit    string
}

var layoutTests = []struct {
	file     string
	count    int // speakers in all, when more than listed
	speakers []speakerTurns
	claims   []sampleClaim
	none     []string // lines that hold figures but no claim
}{
	{
		file: "testdata/layouts/2025-03-03-trump-tsmc-investment-announcement.md",
		speakers: []speakerTurns{
			{"President Trump", "37"}, {"Mr. Wei", "5"}, {"Secretary Lutnick", "2"}, {"Mr. Sacks", "1"}, {"Reporter (Q)", "34"},
		},
		claims: []sampleClaim{
			{"40", "President Trump", "100000000000", "USD"},
			{"52", "President Trump", "100000000000", "USD"},
			{"57", "President Trump", "165000000000", "USD"},
			{"60", "President Trump", "500000000000", "USD"}, // "$500" / "billion": one claim at the line where it starts
			{"127", "Mr. Wei", "100000000000", "USD"},
			{"128", "Mr. Wei", "65000000000", "USD"}, // 65-billion-U.S.-dollars
			{"133", "Mr. Wei", "165000000000", "USD"},
			{"163", "Secretary Lutnick", "65000000000", "USD"},
			{"163", "Secretary Lutnick", "10", "%"}, // "10" / "percent"
			{"166", "Secretary Lutnick", "100000000000", "USD"},
			{"181", "Secretary Lutnick", "100000000000", "USD"}, // "$100" / "billion investment"
		},
		none: []string{"12", "61", "182"}, // the time line; the second lines of split figures
	},
	{
		file: "testdata/layouts/2023-09-25-biden-harris-hbcu-board-of-advisors-remarks.md",
		speakers: []speakerTurns{
			{"President Biden", "13"}, {"Dr. Allen", "2"}, {"Vice President Harris", "4"}, {"Mr. Benjamin", "2"}, {"Reporter (Q)", "8"},
		},
		claims: []sampleClaim{
			{"35", "Dr. Allen", "7000000000", "USD"},
			{"38", "Dr. Allen", "1600000000", "USD"},
			{"100", "President Biden", "40", "%"},
			{"263", "Vice President Harris", "7000000000", "USD"},
		},
		none: []string{"13", "27"}, // the time line; "in March of ‘22"
	},
	{
		file:  "testdata/transcripts/2009-10-28-commons-prime-ministers-questions.txt",
		count: 38,
		speakers: []speakerTurns{
			{"Gordon Brown", "27"}, {"David Cameron", "6"}, {"Bob Ainsworth", "16"}, {"Mr. Speaker", "2"}, {"Hon. Members", "1"},
		},
		claims: []sampleClaim{
			{"15", "Gordon Brown", "9300", ""},
			{"28", "Gordon Brown", "200000", ""},
			{"31", "David Cameron", "2500000", ""},
			{"36", "Gordon Brown", "1500000", ""},
			{"78", "Bob Ainsworth", "14", ""},
		},
		none: []string{"2", "26", "54"}, // the sitting's date; a citation [Vol. 493, c. 268]; Sections 32 to 34
	},
	{
		file: "testdata/layouts/plain-debate.txt",
		speakers: []speakerTurns{
			{"MODERATOR", "2"}, {"ALICE MORGAN", "2"}, {"BOB", "1"}, {"Bob Jones", "1"},
		},
		claims: []sampleClaim{
			{"4", "ALICE MORGAN", "2400000000", "USD"},
			{"4", "ALICE MORGAN", "40", "%"},
			{"6", "BOB", "300", ""}, // a label alone on its line, the speech below
			{"8", "ALICE MORGAN", "1.5", "pp"},
			{"9", "Bob Jones", "-2", "%"},
		},
		none: []string{"1"}, // the title
	},
	{
		file: "testdata/layouts/kremlin-nbsp-2017-03-15-press-statements-following-russian-armenian-talks.txt",
		speakers: []speakerTurns{
			{"Vladimir Putin", "1"}, {"Serzh Sargsyan", "1"},
		},
		claims: []sampleClaim{
			{"13", "Vladimir Putin", "6", "%"},
			{"14", "Vladimir Putin", "3000000000", "USD"},
			{"33", "Serzh Sargsyan", "15", "%"},
			{"37", "Serzh Sargsyan", "4500000000", "USD"},
		},
	},
}

func TestLayouts(t *testing.T) {
	for _, tt := range layoutTests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			speakers := readCSV(t, run(t, "speakers", "--format", "csv", tt.file))
			turns := map[string]string{}
			for _, s := range speakers {
				turns[s["speaker"]] = s["turns"]
			}
			for _, s := range tt.speakers {
				if turns[s.name] != s.turns {
					t.Errorf("speaker %q has %q turns, want %s (speakers: %v)", s.name, turns[s.name], s.turns, turns)
				}
			}
			if want := max(tt.count, len(tt.speakers)); len(speakers) != want {
				t.Errorf("%d speakers, want %d: %v", len(speakers), want, turns)
			}
			claims := readCSV(t, run(t, "stats", "--format", "csv", tt.file))
			for _, want := range tt.claims {
				n := 0
				for _, c := range claims {
					if c["line"] == want.line && c["value"] == want.value && c["unit"] == want.unit {
						n++
						if c["speaker"] != want.speaker {
							t.Errorf("line %s %s %s: speaker %q, want %q", want.line, want.value, want.unit, c["speaker"], want.speaker)
						}
					}
				}
				if n != 1 {
					t.Errorf("line %s: %s %s found %d times, want once", want.line, want.value, want.unit, n)
				}
			}
			for _, line := range tt.none {
				for _, c := range claims {
					if c["line"] == line {
						t.Errorf("line %s: claim %q, want none", line, c["text"])
					}
				}
			}
		})
	}
}

// TestCorpus runs the tool over every file of testdata/kremlin (the
// benchmarks' transcripts, copied from ../shared/corpus/kremlin) and of
// ../shared/corpus, when it is there: each parses with exit 0, and no
// claim of a Kremlin file stands on a line of a See-also sidebar, a photo
// caption or the metadata block.
func TestCorpus(t *testing.T) {
	roots := []string{"testdata/kremlin"}
	if _, err := os.Stat("../shared/corpus"); err == nil {
		roots = append(roots, "../shared/corpus")
	}
	for _, root := range roots {
		corpusDir(t, root)
	}
}

// corpusDir is TestCorpus on the files of root.
func corpusDir(t *testing.T, root string) {
	err := filepath.WalkDir(root, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !(strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".md")) || strings.HasSuffix(path, "SOURCES.md") {
			return err
		}
		var out, errOut bytes.Buffer
		code := cli.Main([]string{"stats", "--format", "csv", path}, cli.IO{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, StdinIsTerminal: true})
		if code != 0 {
			t.Errorf("%s: exit %d: %s", path, code, errOut.String())
			return nil
		}
		if !strings.Contains(path, "kremlin") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines := strings.Split(string(data), "\n")
		for _, c := range readCSV(t, out.String()) {
			n := 0
			for i := 0; i < len(c["line"]); i++ {
				n = n*10 + int(c["line"][i]-'0')
			}
			text := strings.TrimSpace(lines[n-1])
			prev := ""
			for k := n - 2; k >= 0 && k >= n-3; k-- {
				if p := strings.TrimSpace(lines[k]); p == "See also" || p == "Additional" {
					prev = p
				}
			}
			switch {
			case prev != "", text == "See also", text == "Additional", strings.HasPrefix(text, "Publication date:"),
				strings.HasPrefix(text, "At the ") && len(strings.Fields(text)) <= 20 && strings.HasSuffix(text, "."):
				t.Errorf("%s:%d: claim %q stands on a line that is not speech: %q", path, n, c["text"], text)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
