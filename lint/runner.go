package lint

import (
	"fmt"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

// WithEngineRules returns rules with syntax-error (SYN001) and
// unused-suppression (SUP001) appended when rules has no rule of that code,
// so that the runner can always report parse errors and broken
// suppressions. rules itself is not changed.
func WithEngineRules(rules []*Rule) []*Rule {
	out := append([]*Rule(nil), rules...)
	if FindRule(out, SyntaxErrorCode) == nil {
		out = append(out, &Rule{
			Code: SyntaxErrorCode, Name: SyntaxErrorName, Category: "syntax", Severity: Error,
			Doc: Doc{Title: "the text cannot be parsed as Junos configuration"},
		})
	}
	if FindRule(out, UnusedSuppressionCode) == nil {
		out = append(out, &Rule{
			Code: UnusedSuppressionCode, Name: UnusedSuppressionName, Category: "suppression", Severity: Info,
			Doc: Doc{Title: "a junoslint:ignore directive suppresses nothing"},
		})
	}
	return out
}

// Linter lints files: one parser and one schema for the whole run, every
// rule it knows and the subset selected to run. It is safe for concurrent
// use; configuration is passed per file.
type Linter struct {
	parser *grammar.Parser
	schema *schema.Schema
	known  []*Rule
	run    []*Rule
	sel    map[*Rule]bool
	syntax *Rule
	unused *Rule
}

// NewLinter returns a linter over rules (see [WithEngineRules]; the engine
// rules are added when missing) running those sel selects.
func NewLinter(rules []*Rule, sel Selection) (*Linter, error) {
	known := WithEngineRules(rules)
	run, err := sel.Apply(known)
	if err != nil {
		return nil, err
	}
	sch := schema.New()
	l := &Linter{
		parser: grammar.NewParser(sch), schema: sch, known: known, run: run,
		sel:    make(map[*Rule]bool, len(run)),
		syntax: FindRule(known, SyntaxErrorCode), unused: FindRule(known, UnusedSuppressionCode),
	}
	for _, r := range run {
		l.sel[r] = true
	}
	return l, nil
}

// Rules returns every rule the linter knows, engine rules included.
func (l *Linter) Rules() []*Rule { return l.known }

// Schema returns the schema the linter parses with.
func (l *Linter) Schema() *schema.Schema { return l.schema }

// Result is the outcome of linting one file.
type Result struct {
	File        *ast.File
	View        *effective.View
	Diagnostics []Diagnostic
}

// Lint parses src (named name in findings), computes its effective view once
// and runs the selected rules under cfg (nil for defaults). The error is
// non-nil only when a rule failed (a bug); the findings of the other rules
// are still returned.
func (l *Linter) Lint(name string, src []byte, cfg *Config) (*Result, error) {
	f := l.parser.Parse(name, src)
	v := effective.Compute(f, l.schema)
	diags, err := l.Check(f, v, cfg)
	if err != nil {
		err = fmt.Errorf("%s: %w", name, err)
	}
	return &Result{File: f, View: v, Diagnostics: diags}, err
}

// Run lints one parsed file with its effective view under cfg (nil for
// defaults), running every rule of rules. See [Linter.Check].
func Run(f *ast.File, view *effective.View, rules []*Rule, cfg *Config) ([]Diagnostic, error) {
	l, err := NewLinter(rules, Selection{})
	if err != nil {
		return nil, err
	}
	return l.Check(f, view, cfg)
}

// RuleError reports a rule that panicked.
type RuleError struct {
	Code, Name string
	Value      any    // what the rule panicked with
	Stack      []byte // the goroutine's stack at the panic
}

// Error returns "rule CODE (name) failed: value".
func (e *RuleError) Error() string {
	return fmt.Sprintf("rule %s (%s) failed: %v", e.Code, e.Name, e.Value)
}

// Check runs the selected rules on f and its view under cfg and returns the
// findings: parse errors as syntax-error, severities resolved (the severity
// a rule reported, replaced by the configuration's when it sets one),
// suppressions applied and broken or unused ones reported as SUP001,
// positions and [edit …] contexts filled in, sorted by (offset, code) and
// without duplicates.
func (l *Linter) Check(f *ast.File, view *effective.View, cfg *Config) ([]Diagnostic, error) {
	var diags []Diagnostic
	var errs []string
	var firstErr error
	for _, r := range l.run {
		if !l.ran(r, cfg) {
			continue
		}
		sev, override := cfg.SeverityOf(r)
		report := func(d Diagnostic) {
			if override {
				d.Severity = sev
			}
			diags = append(diags, d)
		}
		if err := runRule(r, NewPass(r, f, view, cfg.RuleOptions(r), report)); err != nil {
			if firstErr == nil {
				firstErr = err
			}
			errs = append(errs, err.Error())
		}
	}
	if len(f.Errors) > 0 {
		sev := l.syntax.Severity
		if s, ok := cfg.SeverityOf(l.syntax); ok {
			sev = s
		}
		for _, e := range f.Errors {
			diags = append(diags, Diagnostic{
				Code: l.syntax.Code, Rule: l.syntax.Name, Severity: sev, Message: e.Msg, Span: e.Span,
			})
		}
	}
	l.place(f, diags)
	dirs := collectDirectives(f, l.known)
	diags = suppress(diags, dirs)
	if l.sel[l.unused] && cfg.Enabled(l.unused) {
		sup := directiveFindings(dirs, func(r *Rule) bool { return l.ran(r, cfg) })
		sev := l.unused.Severity
		if s, ok := cfg.SeverityOf(l.unused); ok {
			sev = s
		}
		for i := range sup {
			sup[i].Code, sup[i].Rule, sup[i].Severity = l.unused.Code, l.unused.Name, sev
		}
		l.place(f, sup)
		diags = append(diags, suppress(sup, dirs)...)
	}
	fillContext(f, diags)
	diags = SortDiagnostics(diags)
	if len(errs) > 1 {
		return diags, fmt.Errorf("%w (and %d more: %s)", firstErr, len(errs)-1, strings.Join(errs[1:], "; "))
	}
	return diags, firstErr
}

// ran reports whether the rule r runs on files under cfg.
func (l *Linter) ran(r *Rule, cfg *Config) bool {
	return l.sel[r] && !isEngineRule(r) && r.Run != nil && cfg.Enabled(r)
}

func runRule(r *Rule, p *Pass) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &RuleError{Code: r.Code, Name: r.Name, Value: v, Stack: debug.Stack()}
		}
	}()
	r.Run(p)
	return nil
}

// place clamps each finding's span to the file and fills Start and End.
func (l *Linter) place(f *ast.File, diags []Diagnostic) {
	n := len(f.Src)
	for i := range diags {
		d := &diags[i]
		d.Span.Start = min(max(d.Span.Start, 0), n)
		d.Span.End = min(max(d.Span.End, d.Span.Start), n)
		d.Start = f.Lines.Position(d.Span.Start)
		d.End = f.Lines.Position(d.Span.End)
	}
}

// SortDiagnostics sorts diags by (offset, code, end, message) and drops
// findings equal in code, span and message to the one before. It reuses
// diags' storage.
func SortDiagnostics(diags []Diagnostic) []Diagnostic {
	sort.SliceStable(diags, func(i, j int) bool {
		a, b := &diags[i], &diags[j]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		if a.Span.End != b.Span.End {
			return a.Span.End < b.Span.End
		}
		return a.Message < b.Message
	})
	out := diags[:0]
	for i := range diags {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.Code == diags[i].Code && p.Span == diags[i].Span && p.Message == diags[i].Message {
				continue
			}
		}
		out = append(out, diags[i])
	}
	return out
}

// fillContext sets each finding's Context: the words of the curly blocks
// around the statement it points at.
func fillContext(f *ast.File, diags []Diagnostic) {
	for i := range diags {
		if diags[i].Context != "" {
			continue
		}
		off := diags[i].Span.Start
		s := innermost(f.Stmts, off)
		if s == nil || s.IsCommand() {
			continue
		}
		words := s.EditPath()
		if s.HasBlock && s.Open >= 0 && off > s.Open {
			// inside the block's body, not on its header
			for _, w := range s.Words {
				words = append(words, w.Raw)
			}
		}
		diags[i].Context = strings.Join(words, " ")
	}
}

// innermost returns the deepest statement whose span holds the offset off.
func innermost(stmts []*ast.Stmt, off int) *ast.Stmt {
	var found *ast.Stmt
	for len(stmts) > 0 {
		i := sort.Search(len(stmts), func(i int) bool { return stmts[i].Span.End > off })
		if i == len(stmts) || stmts[i].Span.Start > off {
			break
		}
		found = stmts[i]
		stmts = found.Children
	}
	return found
}
