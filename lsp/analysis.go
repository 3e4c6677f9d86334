package lsp

import (
	"fmt"
	"sync"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
)

// analysis is what the server knows about one document version. Each part
// is computed on first use, once, whichever feature asks first: a
// diagnostics run, a code action and a hover on the same version share one
// parse and one lint.
type analysis struct {
	parseOnce sync.Once
	file      *ast.File

	viewOnce sync.Once
	view     *effective.View

	lintOnce sync.Once
	findings *findings

	objOnce sync.Once
	objects *objectIndex
}

// findings is the lint outcome of one document version.
type findings struct {
	diags []lint.Diagnostic
	// cfg is the configuration that applied; nil for the defaults.
	cfg *lint.Config
	// cfgErr is set when the .junoslint.yaml that applies is invalid; the
	// command line refuses to lint then, and so does the server.
	cfgErr error
	// excluded is set when the configuration's exclude globs match the
	// file; the command line skips such files, and so does the server.
	excluded bool
	// ruleErr is set when a rule failed (a bug); the other rules' findings
	// are still in diags.
	ruleErr error
}

// analysis returns doc's analysis holder.
func (d *Document) analysis() *analysis { return &d.an }

// name is how the document is named in findings: its path, or its URI.
func (d *Document) name() string {
	if d.Path != "" {
		return d.Path
	}
	return string(d.URI)
}

// file returns doc parsed with the linter's schema.
func (s *Server) file(doc *Document) *ast.File {
	a := doc.analysis()
	a.parseOnce.Do(func() {
		a.file = grammar.NewParser(s.linter.Schema()).Parse(doc.name(), doc.Text)
	})
	return a.file
}

// view returns doc's effective configuration.
func (s *Server) view(doc *Document) *effective.View {
	a := doc.analysis()
	a.viewOnce.Do(func() {
		a.view = effective.Compute(s.file(doc), s.linter.Schema())
	})
	return a.view
}

// findings lints doc the way `junoslint lint` lints the file: the nearest
// .junoslint.yaml above it (looked up afresh, so edits to it apply at the
// next change), the same linter and rules.
func (s *Server) findings(doc *Document) *findings {
	a := doc.analysis()
	a.lintOnce.Do(func() {
		fs := &findings{}
		a.findings = fs
		if dir := s.configDir(doc); dir != "" {
			cfg, err := lint.NewConfigFinder(s.linter.Rules()).ForDir(dir)
			if err != nil {
				fs.cfgErr = err
				return
			}
			fs.cfg = cfg
			if doc.Path != "" && cfg.Excluded(doc.Path) {
				fs.excluded = true
				return
			}
		}
		diags, err := s.linter.Check(s.file(doc), s.view(doc), fs.cfg)
		if err != nil {
			fs.ruleErr = fmt.Errorf("lint %s: %w", doc.name(), err)
		}
		fs.diags = diags
	})
	return a.findings
}

// objects returns the index of named objects (ca-profiles, groups,
// policies, …) defined and referenced in doc.
func (s *Server) objects(doc *Document) *objectIndex {
	a := doc.analysis()
	a.objOnce.Do(func() {
		a.objects = buildObjectIndex(s.file(doc))
	})
	return a.objects
}

// rule returns the rule with code, or nil.
func (s *Server) rule(code string) *lint.Rule {
	return lint.FindRule(s.linter.Rules(), code)
}
