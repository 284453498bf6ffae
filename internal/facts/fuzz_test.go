package facts

import (
	"bytes"
	"os"
	"testing"
)

// FuzzRead reads arbitrary fact tables. Invariants: no panic; an error
// names the file; a table that reads without error round-trips through
// Write: its facts read back the same, and writing them again gives the
// same bytes.
func FuzzRead(f *testing.F) {
	if table, err := os.ReadFile("testdata/seed.facts.csv.golden"); err == nil {
		f.Add(string(table)) // the table `transcripts facts` writes for the seed
	}
	for _, seed := range []string{
		"metric,period,value,unit\ntrade,2021,$24.5 billion,USD\n",
		"\uFEFFmetric,period,value,unit,scope,qualifier,tolerance,source\r\ntrade,2021,almost 24.5bn,usd,Between Russia and Kazakhstan,almost,2%,\"Rosstat, 2022\"\r\n",
		"# facts\nmetric,period,value,unit\n\ninflation,2022-01/2022-08,-5%,\n,,,\n",
		"metric,period,value,unit,source\n'=x,2022-11-28,\"24,500,000,000\",,'@y\n",
		"metric,period,value,unit\ntrade,2021,1,USD\ntrade,2021,2,USD\n",
		"metric,period,value,unit\ntrade,2021,24.5 zillion,USD\n",
		"metric,period,value,unit\ntrade,\"20\n21\",1,\n",
		"value,unit,period,metric\na third,,,share\n",
		"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, table string) {
		fs, err := Read(bytes.NewReader([]byte(table)), "f.csv")
		if err != nil {
			if e, ok := err.(*Error); !ok || e.File != "f.csv" {
				t.Fatalf("error %v does not name the file", err)
			}
			return
		}
		var out bytes.Buffer
		if err := Write(&out, fs); err != nil {
			t.Fatal(err)
		}
		back, err := Read(bytes.NewReader(out.Bytes()), "f.csv")
		if err != nil {
			t.Fatalf("the written table does not read: %v\n%s", err, out.Bytes())
		}
		if len(back) != len(fs) {
			t.Fatalf("%d facts read back, want %d\n%s", len(back), len(fs), out.Bytes())
		}
		for i := range fs {
			if !same(back[i], fs[i]) || back[i].Text != fs[i].Text {
				t.Fatalf("fact %d reads back as %+v, want %+v", i, back[i], fs[i])
			}
		}
		var again bytes.Buffer
		if err := Write(&again, back); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), out.Bytes()) {
			t.Fatalf("writing again differs:\n%s\nvs\n%s", again.Bytes(), out.Bytes())
		}
	})
}
