package cli_test

import (
	"os"
	"strings"

	"github.com/transcripts/transcripts/internal/cli"
)

func ExampleMain() {
	in := strings.NewReader("ALICE: Exports grew by 5 percent last year.\nBOB: They grew 7 percent.\n")
	ios := cli.IO{In: in, Out: os.Stdout, ErrOut: os.Stdout}
	cli.Main([]string{"stats", "--format", "csv", "-"}, ios)
	// Output:
	// file,document,date,speaker,line,kind,value,unit,qualifier,metric,scope,period,modality,text,context
	// <stdin>,,,ALICE,1,percent,5,%,exact,exports growth,,,actual,5 percent,Exports grew by 5 percent last year.
	// <stdin>,,,BOB,2,percent,7,%,exact,,,,actual,7 percent,They grew 7 percent.
}
