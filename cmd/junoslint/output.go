package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// fileReport is what `lint` learned about one file, handed to a reporter in
// path order.
type fileReport struct {
	name   string // path as given or found in the walk, or the stdin name
	format ast.Format
	// src and lines are the file's text, kept for writers that show source
	// lines or convert columns; nil when the file was not read.
	src   []byte
	lines *ast.LineIndex
	// secrets are the spans of secret values in src, masked wherever a
	// writer shows source text (grammar.Secrets).
	secrets []ast.Span
	diags   []lint.Diagnostic // sorted by position; Node cleared
	// edits holds, per finding, its preferred fix as byte edits on src (nil
	// when it has none that applies without input); filled for SARIF only.
	edits [][]fix.Edit
}

// summary counts a run's findings.
type summary struct {
	checked   int // files linted
	withDiags int // files with at least one finding
	errors    int
	warnings  int
	infos     int
}

func (s *summary) add(r *fileReport) {
	s.checked++
	if len(r.diags) > 0 {
		s.withDiags++
	}
	for _, d := range r.diags {
		switch d.Severity {
		case lint.Error:
			s.errors++
		case lint.Warning:
			s.warnings++
		default:
			s.infos++
		}
	}
}

// reporter writes one output format. file is called once per linted file in
// path order; finish once at the end.
type reporter interface {
	file(r *fileReport) error
	finish(s summary) error
}

// formatNames lists the --format values.
const formatNames = "text, json, sarif, github or checkstyle"

// newReporter returns the writer for the output format name, writing to w.
// rules are every rule of the run (SARIF lists their metadata).
func newReporter(name string, w io.Writer, st styles, rules []*lint.Rule) (reporter, error) {
	switch name {
	case "text":
		return &textReporter{w: w, st: st}, nil
	case "json":
		return &jsonReporter{w: w}, nil
	case "sarif":
		return newSARIFReporter(w, rules), nil
	case "github":
		return &githubReporter{w: w}, nil
	case "checkstyle":
		return &checkstyleReporter{w: w}, nil
	}
	return nil, fmt.Errorf("unknown --format %q (want %s)", name, formatNames)
}

// formatName returns the file form for machine output: "curly", "set" or
// "mixed". A file with no statements (empty, or comments only) is valid
// curly text and reported as "curly".
func formatName(f ast.Format) string {
	if f == ast.FormatUnknown {
		return ast.FormatCurly.String()
	}
	return f.String()
}

// plural returns "1 error" or "2 errors"; the plural of info is infos, as in
// the JSON summary.
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// sanitize replaces control characters (tabs excepted) and invalid UTF-8 in
// text from a file, so that printing it cannot drive the terminal.
func sanitize(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' || c == 0x7f || c >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			b.WriteRune(utf8.RuneError)
		case r == '\t':
			b.WriteByte('\t')
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
