package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/transcripts/transcripts/internal/compare"
)

// sarifSchema compiles testdata/sarif-schema-2.1.0.json (see its LICENSE
// file), asserting formats (uri, uri-reference) too.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	s, err := c.Compile("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSARIFSchema validates every SARIF output against the SARIF 2.1.0
// JSON schema.
func TestSARIFSchema(t *testing.T) {
	schema := sarifSchema(t)
	stdin := sample()
	for i := range stdin.Conflicts {
		stdin.Conflicts[i].B.File = stdinName
		stdin.Conflicts[i].A.File = "/abs/dir with space/a.txt"
	}
	outputs := map[string]string{
		"conflicts":       run(t, "sarif", sample(), true),
		"conflicts stdin": run(t, "sarif", stdin, true),
		"no conflicts":    run(t, "sarif", &Report{}, true),
		"check":           runCheck(t, "sarif", sampleCheck()),
		"no check":        runCheck(t, "sarif", &CheckReport{}),
	}
	for name, out := range outputs {
		t.Run(name, func(t *testing.T) {
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(out)))
			if err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			if err := schema.Validate(doc); err != nil {
				t.Errorf("not valid SARIF 2.1.0: %v", err)
			}
		})
	}
}

// TestSARIFSchemaRejects checks that the schema would catch a broken log.
func TestSARIFSchemaRejects(t *testing.T) {
	schema := sarifSchema(t)
	for _, bad := range []string{
		`{"version": "2.1.0"}`,
		`{"version": "2.0.0", "runs": []}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}`,
	} {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(bad)))
		if err != nil {
			t.Fatal(err)
		}
		if schema.Validate(doc) == nil {
			t.Errorf("the schema accepts %s", bad)
		}
	}
}

// TestSARIFFields checks by hand what code scanning needs: one rule per
// class, and results with a rule, a level, a message, a file and a line.
func TestSARIFFields(t *testing.T) {
	r := sample()
	r.FailOn = []compare.Class{compare.Self}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(run(t, "sarif", r, true)), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "transcripts" {
		t.Fatalf("log = %+v", log)
	}
	rules := log.Runs[0].Tool.Driver.Rules
	if len(rules) != len(compare.Classes) {
		t.Fatalf("%d rules, want one per class", len(rules))
	}
	for i, c := range compare.Classes {
		if rules[i].ID != string(c) {
			t.Errorf("rule %d = %q, want %q", i, rules[i].ID, c)
		}
	}
	want := []struct {
		rule, level, uri string
		line             int
	}{
		{"contradiction", "warning", cica, 9},
		{"self", "error", talks, 15},
	}
	res := log.Runs[0].Results
	if len(res) != len(want) {
		t.Fatalf("%d results, want %d", len(res), len(want))
	}
	for i, w := range want {
		got := res[i]
		if got.RuleID != w.rule || rules[got.RuleIndex].ID != w.rule || got.Level != w.level || got.Message.Text == "" ||
			len(got.Locations) != 1 || got.Locations[0].PhysicalLocation.ArtifactLocation.URI != w.uri ||
			got.Locations[0].PhysicalLocation.Region.StartLine != w.line {
			t.Errorf("result %d = %+v, want %+v", i, got, w)
		}
	}
}

func TestArtifactURI(t *testing.T) {
	tests := []struct{ path, want string }{
		{"seed.txt", "seed.txt"},
		{"testdata/transcripts/a.txt", "testdata/transcripts/a.txt"},
		{"a b.txt", "a%20b.txt"},
		{"<stdin>", "%3Cstdin%3E"},
		{"c:x.txt", "./c:x.txt"},
		{"/abs/a.txt", "file:///abs/a.txt"},
		{"50%.txt", "50%25.txt"},
	}
	for _, tt := range tests {
		if got := artifactURI(tt.path); got != tt.want {
			t.Errorf("artifactURI(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}
