package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/compare"
)

// encodedIndented is what json.Encoder prints of v, indented by two
// spaces, HTML left alone: the json format as it was made in one call.
func encodedIndented(t *testing.T, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestJSONIsEncoders checks that the json format, written a member and an
// element at a time (jsonStream, appendClaimJSON), is byte for byte what
// json.Encoder makes of the whole object (jsonStats, jsonConflicts): with
// strings that need escaping, with none of each list, and with enough
// claims and conflicts to be flushed on the way.
func TestJSONIsEncoders(t *testing.T) {
	claims := jsonlClaims()
	var conflicts []compare.Conflict
	for i := 0; i+1 < len(claims); i += 2 {
		conflicts = append(conflicts, compare.Conflict{Metric: "trade", Scope: `"<ru>"`, Class: compare.Contradiction,
			A: claims[i], B: claims[i+1], Difference: decimal.New(int64(i), -1), RelativeDifference: decimal.New(5, -2)})
	}
	many := func(n int) ([]claim.Claim, []compare.Conflict) {
		var cs []claim.Claim
		var cfs []compare.Conflict
		for len(cs) < n {
			cs, cfs = append(cs, claims...), append(cfs, conflicts...)
		}
		return cs, cfs
	}
	bigClaims, bigConflicts := many(flushAt / 100) // some 300 bytes a claim, 1,100 a conflict
	reports := map[string]*Report{
		"empty": {Claims: []claim.Claim{}, Conflicts: []compare.Conflict{}},
		"nil":   {},
		"some": {
			Documents: []Document{{File: "a.txt", Title: `Talks "2022"`, Date: "2022-11-28", Turns: 3, Claims: 12}, {File: "b\tc.txt"}},
			Speakers:  []Speaker{{Name: "Anna Smith", Labels: []string{"Anna Smith"}, Claims: map[claim.Kind]int{claim.Money: 2}}, {Name: "Q"}},
			Claims:    claims, Conflicts: conflicts,
		},
		"flushed": {Claims: bigClaims, Conflicts: bigConflicts},
	}
	for name, r := range reports {
		want := jsonStats{Documents: append([]Document{}, r.Documents...), Speakers: []jsonSpeaker{}, Claims: []jsonClaim{}, Conflicts: conflictsJSON(r.Conflicts)}
		for _, s := range r.Speakers {
			want.Speakers = append(want.Speakers, speakerJSON(s))
		}
		for _, c := range r.Claims {
			want.Claims = append(want.Claims, claimJSON(c))
		}
		var out strings.Builder
		if err := (&jsonWriter{w: &out}).Stats(r); err != nil {
			t.Fatal(err)
		}
		if got, want := out.String(), encodedIndented(t, want); got != want {
			t.Errorf("%s: Stats:\n%s\nwant\n%s", name, got, want)
		}
		out.Reset()
		if err := (&jsonWriter{w: &out}).Conflicts(r); err != nil {
			t.Fatal(err)
		}
		if got, want := out.String(), encodedIndented(t, jsonConflicts{Conflicts: conflictsJSON(r.Conflicts)}); got != want {
			t.Errorf("%s: Conflicts:\n%s\nwant\n%s", name, got, want)
		}
	}
}

// TestJSONWriteError checks that a failed write is reported once, and
// that nothing more is written after it.
func TestJSONWriteError(t *testing.T) {
	claims := jsonlClaims()
	for len(claims) < 2*flushAt/100 {
		claims = append(claims, claims...)
	}
	w := &failsAfter{ok: 1}
	err := (&jsonWriter{w: w}).Stats(&Report{Claims: claims})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("got error %v, want the write's", err)
	}
	if w.writes != 2 {
		t.Errorf("%d writes, want 2 (one that worked, one that failed)", w.writes)
	}
}

// failsAfter lets its first ok writes through and fails the others,
// counting them all.
type failsAfter struct{ ok, writes int }

func (f *failsAfter) Write(p []byte) (int, error) {
	if f.writes++; f.writes > f.ok {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}
