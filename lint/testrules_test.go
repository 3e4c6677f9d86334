package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/fix"
)

// Tiny rules for the engine's tests (package rules imports lint, so its
// rules cannot be used here).

// hostNameRule (TST001) reports every `system host-name`, with a fix.
func hostNameRule() *Rule {
	return &Rule{
		Code: "TST001", Name: "test-host-name", Category: "test", Severity: Warning,
		Doc:     Doc{Title: "host-name is set"},
		Options: []Option{{Name: "limit", Default: "10", Doc: "a number"}, {Name: "label", Default: "x", Doc: "a word"}},
		Run: func(p *Pass) {
			if n := p.Root().Get("system", "host-name"); n != nil {
				p.Reportf(n, []fix.Fix{{Title: "remove it", Applicability: fix.Safe,
					Ops: []fix.Op{{Verb: fix.Delete, Path: []string{"system", "host-name"}}}}},
					"host-name %q (limit %d)", n.Value(), p.IntOption("limit", -1))
			}
		},
	}
}

// ntpRule (TST002) reports a `system` without `ntp`.
func ntpRule() *Rule {
	return &Rule{
		Code: "TST002", Name: "test-no-ntp", Category: "test", Severity: Error,
		Doc: Doc{Title: "system has no ntp"},
		Run: func(p *Pass) {
			if s := p.Root().Get("system"); s != nil && s.Get("ntp") == nil {
				p.ReportMissingf(s, nil, "system has no ntp")
			}
		},
	}
}

// mixedRule (TST003) reports each `interfaces X description` at a severity
// chosen per finding, as rest-weak-cipher does.
func mixedRule() *Rule {
	return &Rule{
		Code: "TST003", Name: "test-description", Category: "test", Severity: Warning,
		Doc: Doc{Title: "interface has a description"},
		Run: func(p *Pass) {
			ifcs := p.Root().Get("interfaces")
			if ifcs == nil {
				return
			}
			for _, ifc := range ifcs.Children {
				if d := ifc.Get("description"); d != nil {
					sev := Warning
					if strings.Contains(d.Value(), "bad") {
						sev = Error
					}
					p.ReportAt(d, NodeSpan(d), sev, nil, "interface %s has description %q", ifc.Name, d.Value())
				}
			}
		},
	}
}

func engineRules() []*Rule {
	return []*Rule{
		{Code: SyntaxErrorCode, Name: SyntaxErrorName, Category: "syntax", Severity: Error, Run: func(*Pass) {}},
		{Code: UnusedSuppressionCode, Name: UnusedSuppressionName, Category: "suppression", Severity: Info, Run: func(*Pass) {}},
	}
}

func testRules() []*Rule {
	return append([]*Rule{hostNameRule(), ntpRule(), mixedRule()}, engineRules()...)
}

// lintText lints src with the test rules under cfg and returns one line per
// finding: "line:col CODE severity: message".
func lintText(t *testing.T, name, src string, cfg *Config, sel Selection) []string {
	t.Helper()
	l, err := NewLinter(testRules(), sel)
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Lint(name, []byte(src), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return render(res.Diagnostics)
}

func render(ds []Diagnostic) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%d:%d %s %s: %s", d.Start.Line, d.Start.Column, d.Code, d.Severity, d.Message))
	}
	return out
}

func equalLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n  got:\n\t%s\n  want:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}
