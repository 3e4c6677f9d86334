package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// handleCodeAction answers "textDocument/codeAction". For each finding at
// the range it offers, in this order:
//
//   - one "quickfix" per fix, whose edit is the fix rendered in the
//     buffer's own form (set lines in a set file, blocks in a curly file),
//     the first safe fix marked preferred;
//   - one "quickfix" per fix that runs junoslint.copySetCommands, which
//     returns the fix as `set` commands for `load set terminal`;
//   - a "quickfix" that inserts `# junoslint:ignore CODE <reason>` on its
//     own line above the statement, at its indentation (syntax errors
//     cannot be ignored);
//
// and, for the whole document, "source.fixAll.junoslint" applying every
// safe fix. context.only is honoured: a kind is returned when it equals or
// falls below one of the kinds asked for.
func (s *Server) handleCodeAction(ctx context.Context, r *request) (any, error) {
	p, err := decode[CodeActionParams](r.method, r.params)
	if err != nil {
		return nil, err
	}
	doc, err := needDoc(r)
	if err != nil {
		return nil, err
	}
	want := func(kind string) bool { return kindWanted(kind, p.Context.Only) }
	fs := s.findings(doc)
	actions := []CodeAction{}
	if fs.cfgErr != nil || fs.excluded {
		return actions, nil
	}
	f := s.file(doc)
	for _, i := range s.findingsAt(doc, fs, p) {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		d := &fs.diags[i]
		ld := s.lspDiagnostic(doc, d, i)
		if want(kindQuickFix) {
			actions = append(actions, s.fixActions(doc, f, d, ld, i)...)
			if a, ok := s.ignoreAction(doc, f, d, ld); ok {
				actions = append(actions, a)
			}
		}
	}
	if want(kindFixAllJunoslint) {
		if a, ok := s.fixAllAction(doc, f, fs); ok {
			actions = append(actions, a)
		}
	}
	return actions, nil
}

// kindWanted reports whether an action of kind may be returned when the
// client asked only for the kinds in only (all kinds when only is empty).
// Kinds are hierarchical: asking for "source" admits "source.fixAll.junoslint".
func kindWanted(kind string, only []string) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if o == kind || strings.HasPrefix(kind, o+".") {
			return true
		}
	}
	return false
}

// findingsAt returns the indexes of the findings that the request is about:
// those whose span touches the range, and those the client passed in
// context.diagnostics (recognised by their data, when they belong to this
// version).
func (s *Server) findingsAt(doc *Document, fs *findings, p CodeActionParams) []int {
	sel := doc.Mapper.Span(p.Range)
	seen := map[int]bool{}
	var out []int
	for i := range fs.diags {
		sp := fs.diags[i].Span
		if sp.Start <= sel.End && sel.Start <= sp.End {
			seen[i] = true
			out = append(out, i)
		}
	}
	for _, cd := range p.Context.Diagnostics {
		var data diagData
		if len(cd.Data) == 0 || json.Unmarshal(cd.Data, &data) != nil || data.Version != doc.Version {
			continue
		}
		if data.Index >= 0 && data.Index < len(fs.diags) && !seen[data.Index] {
			seen[data.Index] = true
			out = append(out, data.Index)
		}
	}
	return out
}

// fixTitle is the title of the action applying fx.
func fixTitle(fx fix.Fix) string {
	switch fx.Applicability {
	case fix.Unsafe:
		return fx.Title + " (unsafe)"
	case fix.NeedsInput:
		return fx.Title + " (fill in the placeholder)"
	}
	return fx.Title
}

// fixActions returns the actions of one finding's fixes: the text edits,
// then the copy-as-set-commands commands.
func (s *Server) fixActions(doc *Document, f *ast.File, d *lint.Diagnostic, ld Diagnostic, index int) []CodeAction {
	var edits, copies []CodeAction
	preferred := false
	for fi, fx := range d.Fixes {
		if es, err := fix.TextEdits(f, fx, s.linter.Schema()); err == nil && len(es) > 0 {
			a := CodeAction{
				Title:       fixTitle(fx),
				Kind:        kindQuickFix,
				Diagnostics: []Diagnostic{ld},
				Edit:        s.workspaceEdit(doc, textEdits(doc, es)),
			}
			if !preferred && fx.Applicability == fix.Safe {
				a.IsPreferred, preferred = true, true
			}
			edits = append(edits, a)
		} else if err != nil {
			s.log.Printf("%s: fix %q: %v", doc.URI, fx.Title, err)
		}
		args, err := json.Marshal(copyArgs{URI: doc.URI, Version: doc.Version, Index: index, Fix: fi})
		if err != nil {
			continue
		}
		title := "Copy as set commands: " + fx.Title
		copies = append(copies, CodeAction{
			Title:       title,
			Kind:        kindQuickFix,
			Diagnostics: []Diagnostic{ld},
			Command:     &Command{Title: title, Command: commandCopySetCommands, Arguments: []json.RawMessage{args}},
		})
	}
	return append(edits, copies...)
}

// ignoreAction returns the action that suppresses the finding d with a
// `# junoslint:ignore CODE <reason>` line above its statement. In a set
// file the statement is the command line. The directive takes the
// statement's indentation and the file's line end; "<reason>" is left for
// the user to replace (a reason is mandatory).
func (s *Server) ignoreAction(doc *Document, f *ast.File, d *lint.Diagnostic, ld Diagnostic) (CodeAction, bool) {
	if d.Code == lint.SyntaxErrorCode || d.Code == lint.UnusedSuppressionCode {
		return CodeAction{}, false
	}
	at := lineStart(doc.Text, d.Span.Start)
	if st := innermostStmt(f.Stmts, d.Span.Start); st != nil {
		start := st.Span.Start
		if st.IsCommand() {
			start = st.Verb.Span.Start
		}
		at = lineStart(doc.Text, start)
	}
	eol := "\n"
	if f.CRLF {
		eol = "\r\n"
	}
	text := fmt.Sprintf("%s# junoslint:ignore %s <reason>%s", indentAt(doc.Text, at), d.Code, eol)
	edit := []TextEdit{{Range: Range{Start: doc.Mapper.Position(at), End: doc.Mapper.Position(at)}, NewText: text}}
	return CodeAction{
		Title:       fmt.Sprintf("Ignore %s for this statement", d.Code),
		Kind:        kindQuickFix,
		Diagnostics: []Diagnostic{ld},
		Edit:        s.workspaceEdit(doc, edit),
	}, true
}

// fixAllAction returns the action applying every safe fix of the document
// as `junoslint fix --write` does (see lint.Linter.FixAll): the preferred
// fix of each finding when it is safe, in source order, fixes whose edits
// overlap an earlier one's in further rounds on the document checked
// again; nothing is offered when the result would not parse or would
// change form. The combined result is returned as minimal edits.
func (s *Server) fixAllAction(doc *Document, f *ast.File, fs *findings) (CodeAction, bool) {
	if len(f.Errors) > 0 {
		return CodeAction{}, false
	}
	res := &lint.Result{File: f, View: s.view(doc), Diagnostics: fs.diags}
	o, err := s.linter.FixAll(res, fs.cfg, func(fx fix.Fix) bool { return fx.Applicability == fix.Safe })
	for _, fl := range o.Failed {
		s.log.Printf("%s: fix %q: %v", doc.URI, fl.Fix.Title, fl.Err)
	}
	if err != nil {
		s.log.Printf("%s: fixing all: %v; not offered", doc.URI, err)
		return CodeAction{}, false
	}
	n := len(o.Applied)
	edits := minimalEdits(doc.Text, o.Src)
	if n == 0 || len(edits) == 0 {
		return CodeAction{}, false
	}
	return CodeAction{
		Title: fmt.Sprintf("Apply all safe junoslint fixes (%d)", n),
		Kind:  kindFixAllJunoslint,
		Edit:  s.workspaceEdit(doc, textEdits(doc, edits)),
	}, true
}
