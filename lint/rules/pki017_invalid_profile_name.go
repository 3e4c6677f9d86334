package rules

import (
	"strings"

	"github.com/junoslint/junoslint/lint"
)

// InvalidProfileName is PKI017: a ca-profile or ca-profile-group name Junos
// does not accept.
func InvalidProfileName() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI017",
		Name:     "invalid-profile-name",
		Category: "pki",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "ca-profile name is too long or has a forbidden character",
			Text: `Junos accepts "ca-profile" and "ca-profile-group" names of 1 to 32 characters without "/", "%", "." or a space: the name becomes part of file names in the device's certificate store. A longer name, or one such as "corp.example.net", does not commit.

Rename the profile (and every reference to it), for example replacing dots by dashes. Names that are group wildcards or macros are not checked.`,
			Bad: `security {
    pki {
        ca-profile issuing-ca.example.net {
            ca-identity issuing-ca.example.net;
            revocation-check {
                crl {
                    url http://crl.example.net/corp-ca.crl;
                }
            }
        }
    }
}
`,
			Good: `security {
    pki {
        ca-profile issuing-ca-example-net {
            ca-identity issuing-ca.example.net;
            revocation-check {
                crl {
                    url http://crl.example.net/corp-ca.crl;
                }
            }
        }
    }
}
`,
			Since: since,
		},
		Run: runInvalidProfileName,
	}
}

// profileNameProblem says what is wrong with a ca-profile name, or "".
func profileNameProblem(name string) string {
	var bad []string
	if len(name) > 32 {
		bad = append(bad, "is longer than 32 characters")
	}
	for _, c := range []struct{ ch, say string }{{"/", `"/"`}, {"%", `"%"`}, {".", `"."`}, {" ", "a space"}} {
		if strings.Contains(name, c.ch) {
			bad = append(bad, "contains "+c.say)
		}
	}
	return strings.Join(bad, " and ")
}

func runInvalidProfileName(p *lint.Pass) {
	pki := p.Root().Get("security", "pki")
	for _, kw := range []string{"ca-profile", "ca-profile-group"} {
		for _, n := range children(pki.Child(kw)) {
			if !literal(n.Name) {
				continue
			}
			if why := profileNameProblem(n.Name); why != "" {
				p.ReportAt(n, p.HeaderSpan(n), p.Rule.Severity, nil,
					"%s name %q %s; use 1 to 32 characters without /, %%, . or spaces", kw, n.Name, why)
			}
		}
	}
}
