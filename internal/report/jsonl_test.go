package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
)

// encodingJSON returns what encoding/json writes for v with HTML
// escaping off (as the json and jsonl formats write), without its line end.
func encodingJSON(t testing.TB, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

func TestAppendJSONString(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", `""`},
		{"plain $25.6 billion", `"plain $25.6 billion"`},
		{`say "almost" \ twice`, `"say \"almost\" \\ twice"`},
		{"a\nb\rc\td\be\ff", `"a\nb\rc\td\be\ff"`},
		{"\x00\x01\x1f\x7f", `"\u0000\u0001\u001f` + "\x7f" + `"`},
		{"<b>&amp;</b>", `"<b>&amp;</b>"`},
		{"Tokayev’s — “25%” €5", `"Tokayev’s — “25%” €5"`},
		{"line\u2028para\u2029end", `"line\u2028para\u2029end"`},
		{"bad \xff byte, cut \xe2\x80", `"bad \ufffd byte, cut \ufffd\ufffd"`},
		{"🙂 4-byte", `"🙂 4-byte"`},
	}
	for _, tt := range tests {
		got := string(appendJSONString(nil, tt.in))
		if got != tt.want {
			t.Errorf("appendJSONString(%q) = %s, want %s", tt.in, got, tt.want)
		}
		if lib := encodingJSON(t, tt.in); got != lib {
			t.Errorf("appendJSONString(%q) = %s, encoding/json %s", tt.in, got, lib)
		}
	}
}

// FuzzAppendJSONString checks appendJSONString against encoding/json on
// any bytes.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", `a "b" \c`, "\x00\n\u2028\xff\xe2\x80", "“25%” — €5", "<&>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendJSONString([]byte("x"), s)), "x"+encodingJSON(t, s); got != want {
			t.Errorf("appendJSONString(%q) = %s, encoding/json %s", s, got, want)
		}
	})
}

// jsonlClaims are claims whose turn (file, document, date, speaker) and
// sentence change from claim to claim in every way ClaimJSONL's kept
// pieces must notice, equal strings sometimes in other memory, and with
// strings that need escaping.
func jsonlClaims() []claim.Claim {
	contexts := []string{"Trade grew, to $5 billion.", "Trade grew, to $5 billion.", `He said "5%" <twice>.`, "Trade grew, to $5 billion."}
	var claims []claim.Claim
	for i := range 12 {
		c := claim.Claim{
			File: "a.txt", Document: "Talks", Date: "2022-11-28", Speaker: "Anna Smith",
			Line: i + 1, Pos: 100 * i, End: 100*i + 10, Kind: claim.Money, Value: decimal.New(int64(i)-3, int32(i%4)-2), Unit: "USD",
			Qualifier: claim.Exact, Metric: "trade", Modality: claim.Actual, Change: i%3 == 0,
			Text: "$5 billion", Context: contexts[i%len(contexts)],
		}
		switch i % 5 {
		case 1:
			c.Speaker = `Ivan "Vanya" Petrov`
		case 2:
			c.Document = "Talks, again"
		case 3:
			c.File, c.Date, c.Period = "b\tc.txt", "", "2021"
		}
		c.Context = string([]byte(c.Context)) // equal strings in other memory, as a new document's are
		claims = append(claims, c)
	}
	return claims
}

// TestClaimJSONLLines checks that each line ClaimJSONL writes is what
// encoding/json makes of the json format's object for the claim, whether
// the claims come in one Write or one a Write.
func TestClaimJSONLLines(t *testing.T) {
	claims := jsonlClaims()
	out := writeTwice(t, func(w io.Writer) claimWriter { return NewClaimJSONL(w) }, claims)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(claims) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(claims), out)
	}
	for i, c := range claims {
		if want := encodingJSON(t, claimJSON(c)); lines[i] != want {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, lines[i], want)
		}
	}
}

// TestJSONLIsJSONList checks that the jsonl format prints, one a line,
// the elements of the json format's list: the claims of stats, the
// conflicts, the disagreements of check.
func TestJSONLIsJSONList(t *testing.T) {
	lines := func(s string) []string {
		if s == "" {
			return nil
		}
		if !strings.HasSuffix(s, "\n") {
			t.Fatalf("output does not end with a line end: %q", s)
		}
		return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	}
	same := func(what string, got []string, want []string) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: %d lines, want %d", what, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s, line %d:\n got %s\nwant %s", what, i+1, got[i], want[i])
			}
		}
	}
	var stats jsonStats
	if err := json.Unmarshal([]byte(run(t, "json", sample(), false)), &stats); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range stats.Claims {
		want = append(want, encodingJSON(t, c))
	}
	same("stats", lines(run(t, "jsonl", sample(), false)), want)

	var conflicts jsonConflicts
	if err := json.Unmarshal([]byte(run(t, "json", sample(), true)), &conflicts); err != nil {
		t.Fatal(err)
	}
	want = nil
	for _, c := range conflicts.Conflicts {
		want = append(want, encodingJSON(t, c))
	}
	same("conflicts", lines(run(t, "jsonl", sample(), true)), want)

	var check jsonCheck
	if err := json.Unmarshal([]byte(runCheck(t, "json", sampleCheck())), &check); err != nil {
		t.Fatal(err)
	}
	want = nil
	for _, d := range check.Disagreements {
		want = append(want, encodingJSON(t, d))
	}
	same("check", lines(runCheck(t, "jsonl", sampleCheck())), want)

	for _, empty := range []string{run(t, "jsonl", &Report{}, false), run(t, "jsonl", &Report{}, true), runCheck(t, "jsonl", &CheckReport{})} {
		if empty != "" {
			t.Errorf("jsonl of nothing: %q, want no line", empty)
		}
	}
}

// failWriter fails every write after the first n bytes.
type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return f.n, errors.New("disk full")
	}
	f.n -= len(p)
	return len(p), nil
}

// TestClaimJSONLWriteError checks that a failed write is returned, by the
// Write that met it or by Flush, and by every call after it until Reset.
func TestClaimJSONLWriteError(t *testing.T) {
	claims := jsonlClaims()
	for len(claims) < 2*flushAt/200 { // enough lines to fill the buffer
		claims = append(claims, claims...)
	}
	w := NewClaimJSONL(&failWriter{n: 100})
	err := w.Write(claims)
	if err == nil {
		err = w.Flush()
	}
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("error %v, want the writer's", err)
	}
	if again := w.Write(claims[:1]); again == nil {
		t.Errorf("Write after a failed write: no error")
	}
	if again := w.Flush(); again == nil {
		t.Errorf("Flush after a failed write: no error")
	}
	var buf bytes.Buffer
	w.Reset(&buf)
	if err := w.Write(claims[:1]); err != nil {
		t.Fatalf("Write after Reset: %v", err)
	}
	if err := w.Flush(); err != nil || strings.Count(buf.String(), "\n") != 1 {
		t.Errorf("after Reset: %v, %q", err, buf.String())
	}
}
