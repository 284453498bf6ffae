package claim

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func TestParseFigure(t *testing.T) {
	tests := []struct {
		text                                   string
		kind, value, rounding, unit, qualifier string
	}{
		{"24.5 billion", "count", "24500000000", "50000000", "", "exact"},
		{"$24.5bn", "money", "24500000000", "50000000", "USD", "exact"},
		{"24,500,000,000", "count", "24500000000", "0.5", "", "exact"},
		{"  24.50 billion ", "count", "24500000000", "5000000", "", "exact"},
		{"USD 24.5 billion", "money", "24500000000", "50000000", "USD", "exact"},
		{"24.5 billion US dollars", "money", "24500000000", "50000000", "USD", "exact"},
		{"almost 1.9 billion dollars", "money", "1900000000", "50000000", "USD", "almost"},
		{"€3.5 mln", "money", "3500000", "50000", "EUR", "exact"},
		{"5%", "percent", "5", "0.5", "%", "exact"},
		{"5.0 %", "percent", "5", "0.05", "%", "exact"},
		{"-32 percent", "percent", "-32", "0.5", "%", "exact"},
		{"−32%", "percent", "-32", "0.5", "%", "exact"},
		{"1.5 percentage points", "percent", "1.5", "0.05", "pp", "exact"},
		{"3 pp", "percent", "3", "0.5", "pp", "exact"},
		{"2.5x", "multiplier", "2.5", "0.05", "x", "exact"},
		{"2.5 times", "multiplier", "2.5", "0.05", "x", "exact"},
		{"10×", "multiplier", "10", "0.5", "x", "exact"},
		{"five-fold", "multiplier", "5", "0.5", "x", "exact"},
		{"twice", "multiplier", "2", "0.05", "x", "exact"},
		{"a third", "fraction", "0.3333333333333333", "0.00005", "", "exact"},
		{"over 17,000", "count", "17000", "0.5", "", "over"},
		{"about 30 thousand", "count", "30000", "500", "", "about"},
		{"2021", "count", "2021", "0.5", "", "exact"},
		{"two and a half", "count", "2.5", "0.25", "", "exact"},
		{"0", "count", "0", "0.5", "", "exact"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c, err := ParseFigure(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if string(c.Kind) != tt.kind || !c.Value.Equal(decimal.RequireFromString(tt.value)) ||
				!c.Rounding.Equal(decimal.RequireFromString(tt.rounding)) || c.Unit != tt.unit || string(c.Qualifier) != tt.qualifier {
				t.Errorf("ParseFigure(%q) = %s %s ±%s %q %s, want %s %s ±%s %q %s", tt.text,
					c.Kind, c.Value, c.Rounding, c.Unit, c.Qualifier, tt.kind, tt.value, tt.rounding, tt.unit, tt.qualifier)
			}
			if c.Text != strings.TrimSpace(tt.text) {
				t.Errorf("Text = %q, want %q", c.Text, strings.TrimSpace(tt.text))
			}
		})
	}
}

func TestParseFigureErrors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"", "empty figure"},
		{"   ", "empty figure"},
		{"abc", `"abc" is not a figure`},
		{"24.5 billion in 2021", `"24.5 billion in 2021" is not a figure`},
		{"24.5 zillion", `"zillion" is not a scale or a unit`},
		{"110 projects", `"projects" is not a scale or a unit`},
		{"1e5", `"1e5" is not a figure`},
		{"November 28, 2022", `is not a figure but a date`},
		{"13:50", `is not a figure but a time`},
		{"18th", `is not a figure but an ordinal`},
		{"$5 x", `a multiplier has no other unit`},
		{"5 and 6", `is not a figure`},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			_, err := ParseFigure(tt.text)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseFigure(%q) error = %v, want one containing %q", tt.text, err, tt.want)
			}
		})
	}
}

// TestParseFigureAsExtracted checks that a figure means in a table what it
// means in a transcript.
func TestParseFigureAsExtracted(t *testing.T) {
	for _, text := range []string{"almost $24.5 billion", "up to $25.6 billion", "nine percent", "over 30", "a total of $23 billion", "5 percent"} {
		cs := extract("Trade reached " + text + ".")
		if len(cs) != 1 {
			t.Fatalf("%q: %d claims", text, len(cs))
		}
		c, err := ParseFigure(text)
		if err != nil {
			t.Fatal(err)
		}
		want := cs[0]
		if c.Kind != want.Kind || !c.Value.Equal(want.Value) || !c.Rounding.Equal(want.Rounding) || c.Unit != want.Unit || c.Qualifier != want.Qualifier {
			t.Errorf("%q: ParseFigure = %s %s ±%s %s %s, extractor = %s %s ±%s %s %s", text,
				c.Kind, c.Value, c.Rounding, c.Unit, c.Qualifier, want.Kind, want.Value, want.Rounding, want.Unit, want.Qualifier)
		}
	}
}
