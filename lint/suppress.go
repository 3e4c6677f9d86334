package lint

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/junoslint/junoslint/ast"
)

// Inline suppressions.
//
//	# junoslint:ignore CODE-or-name[,CODE-or-name…] reason…
//	/* junoslint:ignore CODE-or-name reason… */
//	# junoslint:ignore-file CODE-or-name reason…
//
// A directive alone on its line applies to the next statement (in a curly
// file the statement with its whole block; in a set file the next command
// line). A directive after other text on its line applies to the findings
// that start on that line. ignore-file, written before the first statement,
// applies to the whole file. A reason is required: a directive without one
// suppresses nothing and is reported. A directive that suppresses nothing,
// names an unknown rule or is malformed is reported as SUP001
// unused-suppression. syntax-error cannot be suppressed.

const directivePrefix = "junoslint:"

type directive struct {
	file    bool     // ignore-file
	names   []string // rules as written
	rules   []*Rule  // resolved; nil entries for names that are unknown
	used    []bool
	comment ast.Span
	// For a directive alone on its line: the statement it applies to
	// (scope); for one at the end of a line: the 1-based line.
	scope   ast.Span
	line    int
	problem string // non-empty: reported as SUP001 and suppresses nothing
}

// collectDirectives finds the junoslint directives in f's comments and
// annotations. known resolves rule codes and names.
func collectDirectives(f *ast.File, known []*Rule) []*directive {
	if !bytes.Contains(f.Src, []byte(directivePrefix)) {
		return nil
	}
	var out []*directive
	var first *ast.Stmt
	if len(f.Stmts) > 0 {
		first = f.Stmts[0]
	}
	add := func(c ast.Comment, next *ast.Stmt, beforeFirst bool) {
		d := parseDirective(c, known)
		if d == nil {
			return
		}
		switch {
		case d.file:
			if !beforeFirst {
				d.problem = "junoslint:ignore-file must come before the first statement; it suppresses nothing here"
			}
			d.scope = ast.Span{Start: 0, End: len(f.Src) + 1}
		case !ownLine(f.Src, c.Span.Start):
			d.line = f.Lines.Position(c.Span.Start).Line
		case next != nil:
			d.scope = next.Span
		}
		out = append(out, d)
	}
	var walk func([]*ast.Stmt)
	walk = func(stmts []*ast.Stmt) {
		for _, s := range stmts {
			for _, c := range s.Leading() {
				add(c, s, s == first)
			}
			for _, c := range s.Trailing() {
				add(c, nil, false)
			}
			walk(s.Children)
		}
	}
	walk(f.Stmts)
	for _, c := range f.Footer {
		add(c, nil, first == nil)
	}
	return out
}

// ownLine reports whether only blanks precede the byte offset off on its line.
func ownLine(src []byte, off int) bool {
	for i := off - 1; i >= 0 && src[i] != '\n'; i-- {
		if src[i] != ' ' && src[i] != '\t' && src[i] != '\r' {
			return false
		}
	}
	return true
}

// parseDirective returns the directive c holds, or nil when c is an ordinary
// comment.
func parseDirective(c ast.Comment, known []*Rule) *directive {
	var text string
	switch c.Kind {
	case ast.CommentHash:
		text = strings.TrimSpace(strings.TrimPrefix(c.Text, "#"))
	case ast.CommentAnnotation:
		text = c.AnnotationText()
	default:
		return nil
	}
	if !strings.HasPrefix(text, directivePrefix) {
		return nil
	}
	d := &directive{comment: c.Span}
	verb, rest := cutSpace(strings.TrimPrefix(text, directivePrefix))
	switch verb {
	case "ignore":
	case "ignore-file":
		d.file = true
	default:
		d.problem = fmt.Sprintf("unknown directive %q (want junoslint:ignore or junoslint:ignore-file)%s",
			directivePrefix+verb, suggestWord(verb, []string{"ignore", "ignore-file"}))
		return d
	}
	list, reason := cutSpace(rest)
	if list == "" {
		d.problem = fmt.Sprintf("%s%s names no rule; write a code or name, then the reason", directivePrefix, verb)
		return d
	}
	for _, name := range strings.Split(list, ",") {
		if name == "" {
			continue
		}
		r := FindRule(known, name)
		switch {
		case r == nil:
			d.problem = fmt.Sprintf("suppression names unknown rule %q%s", name, suggestRule(name, known))
			return d
		case r.Code == SyntaxErrorCode:
			d.problem = "syntax-error cannot be suppressed; correct the text instead"
			return d
		}
		d.names = append(d.names, name)
		d.rules = append(d.rules, r)
	}
	d.used = make([]bool, len(d.rules))
	if strings.TrimSpace(reason) == "" {
		d.problem = fmt.Sprintf("suppression of %s has no reason, so it suppresses nothing; write why after the rule", list)
	}
	return d
}

// cutSpace splits s at its first run of blanks, trimming both parts.
func cutSpace(s string) (string, string) {
	s = strings.TrimSpace(s)
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i:])
}

// covers reports whether d applies to the finding x.
func (d *directive) covers(x *Diagnostic) bool {
	if d.line > 0 {
		return x.Start.Line == d.line
	}
	return x.Span.Start >= d.scope.Start && x.Span.Start < d.scope.End
}

// suppress drops the findings of diags that a working directive covers and
// marks those directives used. syntax-error findings are never dropped.
func suppress(diags []Diagnostic, dirs []*directive) []Diagnostic {
	if len(dirs) == 0 {
		return diags
	}
	out := diags[:0]
	for i := range diags {
		x := &diags[i]
		hidden := false
		if x.Code != SyntaxErrorCode {
			for _, d := range dirs {
				if d.problem != "" || !d.covers(x) {
					continue
				}
				for j, r := range d.rules {
					if r.Code == x.Code {
						d.used[j] = true
						hidden = true
					}
				}
			}
		}
		if !hidden {
			out = append(out, *x)
		}
	}
	return out
}

// directiveFindings returns the SUP001 findings for the directives: broken
// ones, and names of rules that ran but whose findings the directive never
// met. ran reports whether a rule ran on the file.
func directiveFindings(dirs []*directive, ran func(*Rule) bool) []Diagnostic {
	var out []Diagnostic
	for _, d := range dirs {
		if d.problem != "" {
			out = append(out, Diagnostic{Message: d.problem, Span: d.comment})
			continue
		}
		for j, r := range d.rules {
			if d.used[j] || r.Code == UnusedSuppressionCode || !ran(r) {
				continue
			}
			what := "unused suppression"
			where := "here"
			if d.file {
				what, where = "unused file-level suppression", "in this file"
			}
			out = append(out, Diagnostic{
				Message: fmt.Sprintf("%s of %s (%s): no such finding %s; remove it", what, r.Code, r.Name, where),
				Span:    d.comment,
			})
		}
	}
	return out
}
