package lsp

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
)

// maxInheritedLines bounds the inherited statements one hover lists.
const maxInheritedLines = 40

// handleHover answers "textDocument/hover" with, in this order:
//
//   - each finding at the position: its code, rule, severity and message,
//     then the rule's title, explanation and a link to its documentation;
//   - for a PKI or REST keyword (or its value): what the statement means,
//     its range and default, and the CIS or DISA STIG item concerning it;
//   - for the name of a ca-profile, group, policy-statement, prefix-list,
//     firewall filter, routing-instance or interface: where it is defined
//     and how often it is referenced;
//   - for a statement that receives statements from configuration groups
//     in the effective configuration (an interface getting `mtu` from a
//     group): the inherited statements and the group each came from, like
//     `show | display inheritance`.
//
// It answers null when there is nothing to say.
func (s *Server) handleHover(_ context.Context, r *request) (any, error) {
	p, err := decode[TextDocumentPositionParams](r.method, r.params)
	if err != nil {
		return nil, err
	}
	doc, err := needDoc(r)
	if err != nil {
		return nil, err
	}
	off := doc.Mapper.Offset(p.Position)
	var parts []string
	var rng *Range
	fs := s.findings(doc)
	if fs.cfgErr == nil && !fs.excluded {
		for i := range fs.diags {
			d := &fs.diags[i]
			if d.Span.Start <= off && off <= d.Span.End {
				parts = append(parts, s.findingMarkdown(d))
				if rng == nil {
					r := doc.Mapper.Range(d.Span)
					rng = &r
				}
			}
		}
	}
	f := s.file(doc)
	if w, ok := findWord(f, off); ok && w.index >= 0 {
		wr := doc.Mapper.Range(w.word.Span)
		rng = &wr
		path := stmtPath(w.stmt, w.index)
		if md := s.keywordMarkdown(path); md != "" {
			parts = append(parts, md)
		}
		if md := s.objectMarkdown(doc, off); md != "" {
			parts = append(parts, md)
		}
		if len(path) > 0 && path[0] != "groups" {
			if md := s.inheritedMarkdown(doc, path); md != "" {
				parts = append(parts, md)
			}
		}
	}
	if len(parts) == 0 {
		return nil, nil
	}
	return &Hover{Contents: MarkupContent{Kind: "markdown", Value: strings.Join(parts, "\n\n---\n\n")}, Range: rng}, nil
}

// findingMarkdown describes a finding and its rule.
func (s *Server) findingMarkdown(d *lint.Diagnostic) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** `%s` (%s): %s", d.Code, d.Rule, d.Severity, d.Message)
	if r := s.rule(d.Code); r != nil {
		if r.Doc.Title != "" {
			fmt.Fprintf(&b, "\n\n*%s*", r.Doc.Title)
		}
		if r.Doc.Text != "" {
			b.WriteString("\n\n" + strings.TrimSpace(r.Doc.Text))
		}
		if len(r.Doc.References) > 0 {
			b.WriteString("\n\nReferences: " + strings.Join(r.Doc.References, "; "))
		}
		fmt.Fprintf(&b, "\n\n[%s documentation](%s)", r.Code, r.URL())
	}
	for _, fx := range d.Fixes {
		cmds := fx.Commands()
		if len(cmds) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n\nFix (%s): %s\n```\n%s\n```", fx.Applicability, fx.Title, strings.Join(cmds, "\n"))
		break
	}
	return b.String()
}

// keywordMarkdown documents the PKI or REST keyword that path (a statement's
// words up to the hovered one) ends in, or the keyword whose value it ends
// in; "" when the keyword is not documented.
func (s *Server) keywordMarkdown(path []string) string {
	kp := stripGroup(path)
	k, st := walkKeywords(s.keywords(), kp)
	if k == nil || k.text == "" {
		return ""
	}
	show := kp
	value := ""
	switch st {
	case walkValue:
		value = kp[len(kp)-1]
		show = kp[:len(kp)-1]
		for len(show) > 0 && show[len(show)-1] != k.name {
			show = show[:len(show)-1] // leaf-list members before the hovered one
		}
	case walkName:
		show = kp[:len(kp)-1]
	}
	return k.markdown(show, value)
}

// objectMarkdown describes the named object whose name is at off.
func (s *Server) objectMarkdown(doc *Document, off int) string {
	x := s.objects(doc)
	e, ok := x.at(off)
	if !ok {
		return ""
	}
	defs := x.definitions(e.kind, e.name)
	refs := x.references(e.kind, e.name, false)
	var b strings.Builder
	fmt.Fprintf(&b, "%s `%s`", e.kind, e.name)
	switch {
	case len(defs) == 0:
		b.WriteString(": not defined in this file")
	default:
		var lines []string
		for _, d := range defs {
			lines = append(lines, fmt.Sprint(doc.Mapper.Position(d.span.Start).Line+1))
		}
		fmt.Fprintf(&b, ": defined on line %s", strings.Join(lines, ", "))
	}
	fmt.Fprintf(&b, "; %d reference%s", len(refs), plural(len(refs)))
	return b.String()
}

// inheritedMarkdown lists the statements that the node at path receives
// from configuration groups in the effective configuration.
func (s *Server) inheritedMarkdown(doc *Document, path []string) string {
	n := s.view(doc).Root.Get(path...)
	if n == nil {
		return ""
	}
	type line struct {
		text, group string
		via         int // byte offset of the apply-groups word
	}
	var lines []line
	total := 0
	base := len(n.Path())
	n.Walk(func(x *ast.Node) bool {
		if x == n || x.Group() == "" {
			return true
		}
		x.Leaves(func(leaf *ast.Node) {
			total++
			if len(lines) >= maxInheritedLines {
				return
			}
			var words []string
			for _, a := range ancestry(leaf)[base:] {
				words = append(words, a.Word())
			}
			// A secret's value is never shown (rules.md): mask it.
			if leaf.Parent != nil && s.linter.Schema().Lookup(stripGroup(leaf.Parent.Path())).Secret() && len(words) > 0 {
				words[len(words)-1] = grammar.SecretMask
			}
			lines = append(lines, line{text: strings.Join(words, " "), group: x.Group(), via: x.Via().Span.Start})
		})
		return false
	})
	if len(lines) == 0 {
		return ""
	}
	width := 0
	for _, l := range lines {
		width = max(width, len(l.text))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**Inherited from groups** (%d statement%s, as `show | display inheritance` marks them):\n```\n", total, plural(total))
	groups := map[string]int{}
	for _, l := range lines {
		fmt.Fprintf(&b, "%-*s  ## from group %s\n", width, l.text, l.group)
		if _, ok := groups[l.group]; !ok {
			groups[l.group] = l.via
		}
	}
	b.WriteString("```")
	if total > len(lines) {
		fmt.Fprintf(&b, "\n\n… and %d more", total-len(lines))
	}
	names := make([]string, 0, len(groups))
	for g := range groups {
		names = append(names, g)
	}
	sort.Strings(names)
	for _, g := range names {
		fmt.Fprintf(&b, "\n\n`apply-groups %s` on line %d", g, doc.Mapper.Position(groups[g]).Line+1)
	}
	return b.String()
}

// ancestry returns the nodes from the root's child down to n.
func ancestry(n *ast.Node) []*ast.Node {
	var out []*ast.Node
	for p := n; p != nil && p.Parent != nil; p = p.Parent {
		out = append(out, p)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// plural returns "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
