package lint

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
)

// This file holds reporting helpers the rules of package rules need beyond
// Reportf and ReportMissingf. It is kept apart from pass.go so the runner's
// owner and the rules' owner do not edit the same file.

// ReportAt reports a finding about the node n (nil for a finding that is
// about no configuration node, such as an apply-groups value) that points at
// the source span sp and has severity sev instead of the rule's default. It
// serves rules whose severity depends on the finding (rest-weak-cipher) and
// findings whose span is not the one Reportf would choose (a flag in a set
// line, a secret whose configuration path must leave out the value). As with
// Reportf, a finding about an inherited node gains "(inherited from group
// NAME)".
func (p *Pass) ReportAt(n *ast.Node, sp ast.Span, sev Severity, fixes []fix.Fix, format string, args ...any) {
	d := p.diag(n, sp, fixes, format, args...)
	d.Code, d.Rule = p.Rule.Code, p.Rule.Name
	d.Severity = sev
	p.report(d)
}
