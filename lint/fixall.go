package lint

import (
	"errors"
	"fmt"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
)

// MaxFixRounds bounds the rounds of [Linter.FixAll].
const MaxFixRounds = 10

// AppliedFix is a fix that [Linter.FixAll] applied, with the finding it
// fixed as reported in the round that applied it.
type AppliedFix struct {
	Diagnostic Diagnostic
	Fix        fix.Fix
}

// FixFailure is a fix that could not be turned into text edits.
type FixFailure struct {
	Diagnostic Diagnostic
	Fix        fix.Fix
	// Line is the finding's 1-based line in the text of the round that
	// tried the fix.
	Line int
	Err  error
}

// FixOutcome is what [Linter.FixAll] did to one file.
type FixOutcome struct {
	// Src is the fixed text (the input itself when nothing was applied)
	// and File its parse.
	Src  []byte
	File *ast.File
	// Applied lists the fixes applied, round by round, each round's in
	// source order.
	Applied []AppliedFix
	// Skipped counts the fixes that still overlapped one applied when
	// the rounds ran out: a later run may apply them.
	Skipped int
	// Failed lists, once each, the fixes that yielded no edits.
	Failed []FixFailure
	// Unasked counts the fixes of the last round that want refused.
	Unasked int
}

// BrokenFixError reports fixes whose combined result would not parse, or
// would parse in another form: a bug, since fixes are checked one by one.
// Nothing of such a round is kept.
type BrokenFixError struct {
	Line int    // 1-based line of the first syntax error; 0 when the form changed
	Msg  string // that error's message
}

// Error describes the break.
func (e *BrokenFixError) Error() string {
	if e.Line == 0 {
		return "its form would change"
	}
	return fmt.Sprintf("it would not parse (line %d: %s)", e.Line, e.Msg)
}

// FixAll applies to res's file, round after round, the preferred fix of
// each finding that want accepts. In each round the fixes whose edits do
// not overlap one taken before are applied, in source order; the result is
// parsed and linted again under cfg and the fixes left wait for the next
// round, until none is left or MaxFixRounds have run (as ruff does). A
// rule failure (see [Linter.Lint]) stops the rounds with the outcome so
// far; a *BrokenFixError likewise, the round that broke left out.
func (l *Linter) FixAll(res *Result, cfg *Config, want func(fix.Fix) bool) (*FixOutcome, error) {
	o := &FixOutcome{Src: res.File.Src, File: res.File}
	failed := map[string]bool{}
	for round := 1; ; round++ {
		var groups [][]fix.Edit
		var cands []AppliedFix
		o.Unasked = 0
		for _, d := range res.Diagnostics {
			if len(d.Fixes) == 0 {
				continue
			}
			fx := d.Fixes[0]
			if !want(fx) {
				o.Unasked++
				continue
			}
			key := d.Code + "\x00" + strings.Join(fx.Commands(), "\n")
			if failed[key] {
				continue
			}
			es, err := fix.TextEdits(res.File, fx, l.schema)
			if err == nil && len(es) == 0 {
				err = errors.New("the fix changes nothing in the file")
			}
			if err != nil {
				failed[key] = true
				o.Failed = append(o.Failed, FixFailure{Diagnostic: d, Fix: fx, Line: DiagnosticLine(res.File, d), Err: err})
				continue
			}
			groups = append(groups, es)
			cands = append(cands, AppliedFix{Diagnostic: d, Fix: fx})
		}
		out, taken := fix.ApplyFixes(res.File.Src, groups)
		o.Skipped = 0
		var applied []AppliedFix
		for i, t := range taken {
			if t {
				applied = append(applied, cands[i])
			} else {
				o.Skipped++
			}
		}
		if len(applied) == 0 {
			return o, nil
		}
		g := l.parser.Parse(res.File.Name, out)
		if len(g.Errors) > 0 {
			return o, &BrokenFixError{Line: g.Pos(g.Errors[0].Span.Start).Line, Msg: g.Errors[0].Msg}
		}
		if g.Format != res.File.Format {
			return o, &BrokenFixError{}
		}
		o.Src, o.File = out, g
		o.Applied = append(o.Applied, applied...)
		if o.Skipped == 0 || round == MaxFixRounds {
			return o, nil
		}
		var err error
		if res, err = l.Lint(res.File.Name, out, cfg); err != nil {
			return o, err
		}
	}
}

// DiagnosticLine returns the 1-based line d starts on in f.
func DiagnosticLine(f *ast.File, d Diagnostic) int {
	if d.Start.Line > 0 {
		return d.Start.Line
	}
	return f.Pos(d.Span.Start).Line
}
