package lint

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/schema"
)

// Pass is what a rule sees of one file.
type Pass struct {
	Rule *Rule
	File *ast.File
	// View is the effective configuration (groups applied, inactive
	// statements dropped). Rules look at View.Root, not File.Config.
	View *effective.View
	// Options holds the rule's options: defaults overridden by configuration.
	Options map[string]string
	report  func(Diagnostic)
}

// NewPass returns a pass for rule r over file f and its view; report
// receives each finding. The runner builds passes; tests may too.
func NewPass(r *Rule, f *ast.File, v *effective.View, opts map[string]string, report func(Diagnostic)) *Pass {
	return &Pass{Rule: r, File: f, View: v, Options: opts, report: report}
}

// Root returns the effective configuration root.
func (p *Pass) Root() *ast.Node { return p.View.Root }

// Option returns the value of the rule option name: from configuration, else
// the option's default.
func (p *Pass) Option(name string) string {
	if v, ok := p.Options[name]; ok {
		return v
	}
	for _, o := range p.Rule.Options {
		if o.Name == name {
			return o.Default
		}
	}
	return ""
}

// IntOption returns the option name as an integer, or def when it is not a
// valid integer.
func (p *Pass) IntOption(name string, def int) int {
	n, err := strconv.Atoi(p.Option(name))
	if err != nil {
		return def
	}
	return n
}

// Report records d, filling in the rule's code, name and default severity.
func (p *Pass) Report(d Diagnostic) {
	d.Code, d.Rule = p.Rule.Code, p.Rule.Name
	d.Severity = p.Rule.Severity
	p.report(d)
}

// Reportf reports a finding about the node n (a statement that is present):
// it points at the statement that wrote n, from n's keyword through its value.
// When n was inherited, the finding points inside the group and the message
// gains "(inherited from group NAME)".
func (p *Pass) Reportf(n *ast.Node, fixes []fix.Fix, format string, args ...any) {
	p.Report(p.diag(n, p.NodeSpan(n), fixes, format, args...))
}

// ReportMissingf reports that something is missing below the node n: it
// points at the statement that created n (in a curly file its opening line,
// in a set file the first set line that creates it), keyword and name only.
func (p *Pass) ReportMissingf(n *ast.Node, fixes []fix.Fix, format string, args ...any) {
	p.Report(p.diag(n, p.HeaderSpan(n), fixes, format, args...))
}

func (p *Pass) diag(n *ast.Node, sp ast.Span, fixes []fix.Fix, format string, args ...any) Diagnostic {
	msg := fmt.Sprintf(format, args...)
	d := Diagnostic{Message: msg, Span: sp, Node: n, Fixes: fixes}
	if n != nil {
		d.ConfigPath = n.PathString()
		if g := inheritedGroup(n); g != "" {
			d.InheritedFrom = g
			d.Fixes = retarget(fixes, n)
			d.Message += fmt.Sprintf(" (inherited from group %s)", g)
			for a := n; a != nil; a = a.Parent {
				if a.Via().Stmt != nil {
					d.Related = append(d.Related, Related{Span: a.Via().Span, Message: "apply-groups " + g + " brings it in here"})
					break
				}
			}
		}
	}
	return d
}

// retarget moves fixes about the inherited node n into the group that
// wrote it, each followed by its local override when there is one (see
// fix.Retarget); a fix the rule already wrote inside the group comes out
// once.
func retarget(fixes []fix.Fix, n *ast.Node) []fix.Fix {
	var out []fix.Fix
	seen := map[string]bool{}
	for _, fx := range fixes {
		for _, r := range fix.Retarget(fx, n) {
			k := strings.Join(r.Commands(), "\n")
			if !seen[k] {
				seen[k] = true
				out = append(out, r)
			}
		}
	}
	return out
}

// inheritedGroup returns the group n (or, for a value node, its keyword) was
// inherited from.
func inheritedGroup(n *ast.Node) string {
	for a := n; a != nil && a.Parent != nil; a = a.Parent {
		if a.Group() != "" {
			return a.Group()
		}
		if len(a.Origins()) > 0 {
			return ""
		}
	}
	return ""
}

// NodeSpan returns the source text of the statement that wrote n, from n's
// keyword through the end of the statement's words: `host-name r1` for the
// host-name node of `set system host-name r1`, and, for a list entry or a
// leaf's value, from the keyword before it (`certificate-id fw1`,
// `host-name r1`). A leaf-list member yields the member alone. A node with
// no origin yields the empty span at 0. Without a schema (a view not made
// by effective.Compute) the word before n is taken whenever it spells n's
// parent's name.
func (p *Pass) NodeSpan(n *ast.Node) ast.Span { return nodeSpan(n, p.schema()) }

// schema returns the schema of the pass's view, or nil.
func (p *Pass) schema() *schema.Schema {
	if p == nil || p.View == nil {
		return nil
	}
	return p.View.Schema
}

// NodeSpan is [Pass.NodeSpan] without a schema.
func NodeSpan(n *ast.Node) ast.Span { return nodeSpan(n, nil) }

func nodeSpan(n *ast.Node, sch *schema.Schema) ast.Span {
	o, ok := origin(n)
	if !ok {
		return ast.Span{}
	}
	start := keywordStart(n, o, sch)
	end := o.Stmt.WordsSpan().End
	if o.Span.End > end {
		end = o.Span.End // a list member
	}
	if o.Stmt.HasList && o.Span.Start >= o.Stmt.ListSpan().Start {
		// a leaf-list member: point at the member only
		return o.Span
	}
	return ast.Span{Start: start, End: end}
}

// HeaderSpan returns the keyword and name of the statement that created n:
// `certificate-id fw1` in `certificate-id fw1 {` or in the first set line
// that created it.
func (p *Pass) HeaderSpan(n *ast.Node) ast.Span { return headerSpan(n, p.schema()) }

// HeaderSpan is [Pass.HeaderSpan] without a schema.
func HeaderSpan(n *ast.Node) ast.Span { return headerSpan(n, nil) }

func headerSpan(n *ast.Node, sch *schema.Schema) ast.Span {
	o, ok := origin(n)
	if !ok {
		return ast.Span{}
	}
	if !o.Stmt.IsCommand() && o.Stmt.HasBlock {
		return o.Stmt.WordsSpan()
	}
	return ast.Span{Start: keywordStart(n, o, sch), End: o.Span.End}
}

// origin returns the first origin of n or of its nearest ancestor that has one.
func origin(n *ast.Node) (ast.Origin, bool) {
	for a := n; a != nil; a = a.Parent {
		if o := a.Origin(); o.Stmt != nil {
			return o, true
		}
	}
	return ast.Origin{}, false
}

// keywordStart returns where n's keyword starts in o.Stmt: the word before
// n's own word when it spells n's parent's name and, if sch is not nil, the
// parent is a keyword that takes n as a name or value (a list, leaf-list,
// leaf or choice); else n's word.
func keywordStart(n *ast.Node, o ast.Origin, sch *schema.Schema) int {
	ws := o.Stmt.Words
	for i, w := range ws {
		if w.Span == o.Span {
			if i > 0 && n.Parent != nil && ws[i-1].Value() == n.Parent.Name && namesChild(n.Parent, sch) {
				return ws[i-1].Span.Start
			}
			return w.Span.Start
		}
	}
	return o.Span.Start
}

// namesChild reports whether the keyword k takes its children as names or
// values (a list, leaf-list, leaf or a choice of flags), so that a finding about a child
// includes k. Without a schema it says yes.
func namesChild(k *ast.Node, sch *schema.Schema) bool {
	if sch == nil {
		return true
	}
	path := k.Path()
	if len(path) >= 2 && path[0] == "groups" {
		path = path[2:]
	}
	e := sch.Lookup(path)
	switch e.Kind() {
	case schema.List, schema.LeafList, schema.Leaf, schema.Unknown:
		return true
	}
	return e.Choice() // `scep-digest-algorithm md5`: the flag is its value

}

// PathOf returns the words of n's path, for building fix operations.
func PathOf(n *ast.Node, more ...string) []string {
	return append(n.Path(), more...)
}

// IsPlaceholder reports whether v is not a literal value: a group wildcard
// (`<*>`), a macro or Junos variable (`$junos-…`), or a value an
// Oxidized/RANCID backup replaced (`<secret removed>`, `<hidden>`,
// `/* SECRET-DATA */`). Range and enum checks skip such values.
func IsPlaceholder(v string) bool {
	return strings.HasPrefix(v, "<") || strings.HasPrefix(v, "$") && !strings.HasPrefix(v, "$9$") ||
		strings.HasPrefix(v, "/*")
}
