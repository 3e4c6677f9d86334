package main

//go:generate go run . rules --markdown -o ../../docs/rules.md

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/junoslint/junoslint/lint"
	"github.com/junoslint/junoslint/lint/rules"
)

// allRules returns every rule the linter knows, engine rules included, in
// registry order.
func allRules() []*lint.Rule { return lint.WithEngineRules(rules.All()) }

// runRules is `junoslint rules`: the rule table, or docs/rules.md with
// --markdown.
func runRules(e *env) int {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "usage: junoslint rules [--markdown [-o FILE]]\n\nList the lint rules: code, name, default severity, category and title.\n\nflags:\n")
		fs.PrintDefaults()
	}
	markdown := fs.Bool("markdown", false, "print the rule reference (docs/rules.md) in Markdown, with real output from each bad example")
	out := fs.String("o", "", "write to this `file` instead of standard output (atomically)")
	if err := fs.Parse(e.args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "junoslint rules: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	var b strings.Builder
	if *markdown {
		if err := writeRulesMarkdown(&b, allRules()); err != nil {
			fmt.Fprintf(e.stderr, "junoslint rules: %v\n", err)
			return exitInternal
		}
	} else {
		writeRulesTable(&b, allRules())
	}
	if *out != "" {
		if err := writeFileAtomic(*out, []byte(b.String()), 0o644); err != nil {
			fmt.Fprintf(e.stderr, "junoslint rules: %v\n", err)
			return exitInternal
		}
		return exitOK
	}
	if _, err := io.WriteString(e.stdout, b.String()); err != nil {
		return exitInternal
	}
	return exitOK
}

// writeRulesTable writes one aligned line per rule.
func writeRulesTable(w io.Writer, rs []*lint.Rule) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CODE\tNAME\tSEVERITY\tCATEGORY\tTITLE")
	for _, r := range rs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Code, r.Name, severityText(r), r.Category, r.Doc.Title)
	}
	tw.Flush()
}

// severityText is a rule's default severity as documentation shows it.
func severityText(r *lint.Rule) string { return r.Severity.String() }

// runExplain is `junoslint explain CODE|name`.
func runExplain(e *env) int {
	if len(e.args) == 1 && (e.args[0] == "-h" || e.args[0] == "--help" || e.args[0] == "-help") {
		fmt.Fprint(e.stderr, "usage: junoslint explain CODE|name…\n\nShow a lint rule's documentation: what it checks and why, a bad and a good\nexample, its options, default severity, references and docs address.\n")
		return exitOK
	}
	if len(e.args) == 0 {
		fmt.Fprintln(e.stderr, "usage: junoslint explain CODE|name…")
		return exitUsage
	}
	rs := allRules()
	code := exitOK
	for i, arg := range e.args {
		r := lint.FindRule(rs, arg)
		if r == nil {
			fmt.Fprintf(e.stderr, "junoslint explain: no rule %q%s; run 'junoslint rules' for the list\n", arg, closestRule(arg, rs))
			code = exitUsage
			continue
		}
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		writeExplain(e.stdout, r)
	}
	return code
}

// closestRule suggests the code or name nearest to s.
func closestRule(s string, rs []*lint.Rule) string {
	best, bestD := "", 3
	for _, r := range rs {
		for _, c := range []string{r.Code, r.Name} {
			if d := levenshtein(strings.ToLower(s), strings.ToLower(c)); d < bestD {
				best, bestD = c, d
			}
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// writeExplain writes a rule's documentation for the terminal.
func writeExplain(w io.Writer, r *lint.Rule) {
	fmt.Fprintf(w, "%s %s: %s\n\n", r.Code, r.Name, r.Doc.Title)
	fmt.Fprintf(w, "default severity: %s\ncategory: %s\n", severityText(r), r.Category)
	if r.Doc.Since != "" {
		fmt.Fprintf(w, "since: %s\n", r.Doc.Since)
	}
	fmt.Fprintf(w, "docs: %s\n", r.URL())
	if r.Doc.Text != "" {
		fmt.Fprintf(w, "\n%s\n", wrap(strings.TrimSpace(r.Doc.Text), 78))
	}
	if r.Doc.Bad != "" {
		fmt.Fprintf(w, "\nBad:\n%s", indent(r.Doc.Bad, "    "))
	}
	if r.Doc.Good != "" {
		fmt.Fprintf(w, "\nGood:\n%s", indent(r.Doc.Good, "    "))
	}
	if len(r.Options) > 0 {
		fmt.Fprintf(w, "\nOptions (in .junoslint.yaml under options: %s:):\n", r.Name)
		for _, o := range r.Options {
			fmt.Fprintf(w, "    %s (default %s): %s\n", o.Name, o.Default, o.Doc)
		}
	}
	if len(r.Doc.References) > 0 {
		fmt.Fprintf(w, "\nReferences:\n")
		for _, ref := range r.Doc.References {
			fmt.Fprintf(w, "    - %s\n", ref)
		}
	}
	if r.Code != lint.SyntaxErrorCode {
		fmt.Fprintf(w, "\nSuppress one finding with a comment above the statement:\n    # junoslint:ignore %s <reason>\n", r.Code)
	}
}

// indent prefixes every non-empty line of s with pre and ends it with a
// newline.
func indent(s, pre string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		if strings.TrimSpace(l) != "" {
			b.WriteString(pre)
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// wrap breaks the paragraphs of s (separated by blank lines) into lines of
// at most width bytes where spaces allow; other line breaks are kept.
func wrap(s string, width int) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		n := 0
		for j, word := range strings.Fields(line) {
			if j > 0 && n+1+len(word) > width {
				b.WriteByte('\n')
				n = 0
			} else if j > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(word)
			n += len(word)
		}
	}
	return b.String()
}
