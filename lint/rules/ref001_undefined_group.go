package rules

import (
	"fmt"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/lint"
)

// UndefinedGroup is REF001: `apply-groups` or `apply-groups-except` names a
// group that is not defined under `groups`.
func UndefinedGroup() *lint.Rule {
	return &lint.Rule{
		Code:     "REF001",
		Name:     "undefined-group",
		Category: "reference",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "apply-groups names a group that is not defined",
			Text: `An apply-groups (or apply-groups-except) statement names a group that no "groups" stanza defines. Junos refuses to commit such a configuration, and whatever the group was meant to supply (syslog hosts, NTP servers, interface defaults) is missing from the configuration you are reading.

Define the group, correct the name, or remove it from the list. When a defined group's name is within two edits of the one written, the message suggests it.`,
			Bad: `groups {
    FW-BASE {
        system {
            ntp {
                server 192.0.2.123;
            }
        }
    }
}
apply-groups FW-BSAE;
`,
			Good: `groups {
    FW-BASE {
        system {
            ntp {
                server 192.0.2.123;
            }
        }
    }
}
apply-groups FW-BASE;
`,
			Since: since,
		},
		Run: runUndefinedGroup,
	}
}

func runUndefinedGroup(p *lint.Pass) {
	var defined []string
	for _, g := range children(p.File.Config.Get("groups")) {
		defined = append(defined, g.Name)
	}
	for _, u := range p.View.Undefined {
		if !literal(u.Name) {
			continue
		}
		sp := u.Origin.Span
		if u.Origin.Stmt == nil {
			sp = ast.Span{}
		}
		where := ""
		if g := enclosingGroup(u.Origin.Stmt); g != "" {
			where = fmt.Sprintf(" (in group %s)", g)
		}
		p.ReportAt(nil, sp, p.Rule.Severity, nil,
			"group %q is not defined under groups%s%s", u.Name, didYouMean(u.Name, defined), where)
	}
}

// enclosingGroup returns the name of the group whose content holds the
// statement s (`groups G { … apply-groups X; }` or `set groups G …
// apply-groups X`), or "".
func enclosingGroup(s *ast.Stmt) string {
	if s == nil {
		return ""
	}
	var ws []string
	if s.IsCommand() {
		ws = s.WordValues()
	} else {
		var chain []*ast.Stmt
		for a := s; a != nil; a = a.Parent {
			chain = append(chain, a)
		}
		for i := len(chain) - 1; i >= 0; i-- {
			ws = append(ws, chain[i].WordValues()...)
		}
	}
	if len(ws) >= 3 && ws[0] == "groups" {
		return ws[1]
	}
	return ""
}
