package rules

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/lint"
)

// ValueOutOfRange is PKI009: a PKI number outside the range Junos accepts.
func ValueOutOfRange() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI009",
		Name:     "value-out-of-range",
		Category: "pki",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "pki number outside its range",
			Text: `A number in the PKI configuration lies outside the range Junos accepts, so the configuration does not commit:

- ca-profile "enrollment retry": 0 to 1080; "enrollment retry-interval": 0 to 3600 seconds;
- ca-profile "revocation-check crl refresh-interval": 0 to 8784 hours;
- auto-re-enrollment "re-enroll-trigger-time-percentage": 1 to 99; "re-enroll-time percent" (written "percentage" in some documentation; both are checked): 1 to 99;
- "trap certificate-id", "trap ca-identity" and "trap all-certificates" "days": 1 to 100.

A value that is not a number counts as out of range. Values that are group wildcards or macros ("<*>", "$…") are not checked. Choose a value inside the range; there is no automatic fix, since only you know what was meant.`,
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
            scep {
                certificate-id fw1-vpn {
                    ca-profile-name CORP-CA;
                    re-enroll-trigger-time-percentage 120;
                    re-generate-keypair;
                }
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
                    re-enroll-trigger-time-percentage 20;
                    re-generate-keypair;
                }
            }
        }
    }
}
`,
			Since: since,
		},
		Run: runValueOutOfRange,
	}
}

func runValueOutOfRange(p *lint.Pass) {
	root := p.Root()
	// check reports the value of the keyword k when it is a literal outside
	// [lo, hi]; what names the statement in the message.
	checkValue := func(v *ast.Node, what string, lo, hi int64) {
		if !literal(v.Name) || checkRange(v.Name, lo, hi) {
			return
		}
		p.Reportf(v, nil, "%s %s is out of range; use a value from %d to %d", what, v.Name, lo, hi)
	}
	check := func(k *ast.Node, what string, lo, hi int64) {
		if k != nil && len(k.Children) > 0 {
			checkValue(k.Children[0], what, lo, hi)
		}
	}
	for _, prof := range pkiProfiles(root) {
		en := prof.Child("enrollment")
		check(en.Child("retry"), "enrollment retry", 0, 1080)
		check(en.Child("retry-interval"), "enrollment retry-interval", 0, 3600)
		check(prof.Get("revocation-check", "crl", "refresh-interval"), "crl refresh-interval", 0, 8784)
	}
	for _, e := range reenrollEntries(root) {
		check(e.node.Child("re-enroll-trigger-time-percentage"), "re-enroll-trigger-time-percentage", 1, 99)
		rt := e.node.Child("re-enroll-time")
		check(rt.Child("percent"), "re-enroll-time percent", 1, 99)
		check(rt.Child("percentage"), "re-enroll-time percentage", 1, 99)
	}
	trap := root.Get("security", "pki", "trap")
	// days is written `certificate-id ID days N` or, the statement being
	// nokeyword in the schema, `certificate-id ID N`.
	trapDays := func(n *ast.Node, what string) {
		if k := n.Child("days"); k != nil {
			check(k, what+" days", 1, 100)
			return
		}
		for _, c := range n.Children {
			if isNumber(c.Name) {
				checkValue(c, what+" days", 1, 100)
			}
		}
	}
	for _, kw := range []string{"certificate-id", "ca-identity"} {
		for _, id := range children(trap.Child(kw)) {
			trapDays(id, "trap "+kw+" "+quote(id.Name))
		}
	}
	if all := trap.Child("all-certificates"); all != nil {
		trapDays(all, "trap all-certificates")
	}
}
