package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// ReenrollKeypairReuse is PKI011: re-enrollment keeps the old key pair.
func ReenrollKeypairReuse() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI011",
		Name:     "reenroll-keypair-reuse",
		Category: "pki",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "auto-re-enrollment reuses the old key pair",
			Text: `An auto-re-enrollment entry has no "re-generate-keypair", so the renewed certificate certifies the same key pair as the old one. Renewal then never limits the damage of a key that leaked: whoever holds the old private key can use the new certificate too, and the key's lifetime grows with every renewal.

Add re-generate-keypair to the entry (the fix does), so each renewal generates a new key pair. A re-generate-keypair supplied by an applied group counts.`,
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
                    re-enroll-trigger-time-percentage 10;
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
                    re-enroll-trigger-time-percentage 10;
                    re-generate-keypair;
                }
            }
        }
    }
}
`,
			References: []string{"NIST SP 800-57 Part 1 Rev. 5 §5.3 (cryptoperiods)"},
			Since:      since,
		},
		Run: runReenrollKeypairReuse,
	}
}

func runReenrollKeypairReuse(p *lint.Pass) {
	for _, e := range reenrollEntries(p.Root()) {
		if e.node.Child("re-generate-keypair") != nil {
			continue
		}
		p.ReportMissingf(e.node,
			one("add re-generate-keypair to certificate-id "+e.node.Name, fix.Safe,
				setOp(path(e.node, "re-generate-keypair"))),
			"%s has no re-generate-keypair; the renewed certificate keeps the old key pair", e.describe())
	}
}
