package rules

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// DeprecatedReenrollSyntax is PKI014: the flat `auto-re-enrollment
// certificate-id` form.
func DeprecatedReenrollSyntax() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI014",
		Name:     "deprecated-reenroll-syntax",
		Category: "deprecated",
		Severity: lint.Info,
		Doc: lint.Doc{
			Title: "auto-re-enrollment entry uses the deprecated flat form",
			Text: `"auto-re-enrollment certificate-id ID" directly, without a protocol level, is the old form of SCEP re-enrollment. Current releases mark it deprecated in favour of "auto-re-enrollment scep certificate-id ID" (next to cmpv2 and acme), and a future release may refuse it.

Move the entry under "auto-re-enrollment scep": the fix deletes the old entry and sets each of its statements under "scep certificate-id ID". Two things do not move by themselves: "validity-period", which exists only in the deprecated form, is dropped (the fix is then unsafe), and a "challenge-password" is written as the placeholder <challenge-password> (the fix then needs input) because junoslint never prints a secret; re-enter it.`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
            enrollment {
                url http://pki.example.net/certsrv/mscep/mscep.dll;
            }
            revocation-check {
                crl {
                    url http://crl.example.net/corp-ca.crl;
                }
            }
        }
        auto-re-enrollment {
            certificate-id fw1-vpn {
                ca-profile CORP-CA;
                re-enroll-trigger-time-percentage 10;
                re-generate-keypair;
            }
        }
    }
}
`,
			Good: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
            enrollment {
                url http://pki.example.net/certsrv/mscep/mscep.dll;
            }
            revocation-check {
                crl {
                    url http://crl.example.net/corp-ca.crl;
                }
            }
        }
        auto-re-enrollment {
            scep {
                certificate-id fw1-vpn {
                    ca-profile-name CORP-CA;
                    re-enroll-trigger-time-percentage 10;
                    re-generate-keypair;
                }
            }
        }
    }
}
`,
			Since: since,
		},
		Run: runDeprecatedReenrollSyntax,
	}
}

func runDeprecatedReenrollSyntax(p *lint.Pass) {
	for _, e := range reenrollEntries(p.Root()) {
		if e.proto != "" {
			continue
		}
		p.ReportAt(e.node, p.HeaderSpan(e.node), p.Rule.Severity, []fix.Fix{moveToScep(e.node)},
			"%s uses the deprecated flat form; move it under auto-re-enrollment scep", e.describe())
	}
}

// moveToScep builds the fix that moves the flat entry id under `scep`.
func moveToScep(id *ast.Node) fix.Fix {
	f := fix.Fix{
		Title:         "move certificate-id " + id.Name + " under auto-re-enrollment scep",
		Applicability: fix.Safe,
		Ops:           []fix.Op{delOp(srcPath(id))},
	}
	// under scep at the same place: next to the old entry, in the group
	// when the entry was inherited
	old := srcPath(id)
	base := append(old[:len(old)-2:len(old)-2], "scep", "certificate-id", old[len(old)-1])
	depth := len(path(id))
	added := false
	id.Leaves(func(leaf *ast.Node) {
		rel := leaf.Path()[depth:]
		if len(rel) == 0 {
			return
		}
		switch rel[0] {
		case "validity-period":
			if f.Applicability == fix.Safe {
				f.Applicability = fix.Unsafe
			}
			f.Title += " (validity-period dropped: scep has no such statement)"
			return
		case "ca-profile":
			rel = append([]string{"ca-profile-name"}, rel[1:]...)
		case "challenge-password":
			rel = []string{"challenge-password", "<challenge-password>"}
			f.Applicability = fix.NeedsInput
		}
		f.Ops = append(f.Ops, setOp(append(append([]string(nil), base...), rel...)))
		added = true
	})
	if !added {
		f.Ops = append(f.Ops, setOp(base))
	}
	return f
}
