package report

import (
	"io"
	"strconv"
	"strings"
)

// githubWriter prints GitHub Actions workflow commands, one annotation a
// line: `::error file=F,line=L,title=T::message`. GitHub shows them on the
// run and on the lines of a pull request's files.
type githubWriter struct {
	w io.Writer
}

// Stats is not a thing to annotate.
func (g *githubWriter) Stats(*Report) error { return errNotForStats("github") }

// Conflicts prints one annotation per conflict, at its second claim.
func (g *githubWriter) Conflicts(r *Report) error {
	return g.write(conflictFindings(r))
}

// Check prints one annotation per claim that disagrees with a fact.
func (g *githubWriter) Check(r *CheckReport) error {
	return g.write(checkFindings(r))
}

func (g *githubWriter) write(fs []finding) error {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(annotation(f))
	}
	return write(g.w, b.String())
}

// annotation is the workflow command of f, ending in a new line. A place
// that is not a file (standard input) gets no file or line: the message
// still names it.
func annotation(f finding) string {
	var props []string
	message := f.message
	if f.at.file == stdinName {
		message = f.at.file + ":" + strconv.Itoa(f.at.line) + ": " + message
	} else {
		props = append(props, "file="+escapeProperty(f.at.file), "line="+strconv.Itoa(f.at.line))
	}
	props = append(props, "title="+escapeProperty(f.title))
	return "::" + f.level + " " + strings.Join(props, ",") + "::" + escapeData(message) + "\n"
}

// stdinName is the name claims read from standard input carry.
const stdinName = "<stdin>"

// escapeData escapes the message of a workflow command as GitHub's
// actions/toolkit does: % CR LF.
var escapeData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace

// escapeProperty escapes a property of a workflow command: % CR LF : ,.
var escapeProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace
