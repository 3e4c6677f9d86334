package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// CAIdentityMissing is PKI010: a ca-profile without ca-identity.
func CAIdentityMissing() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI010",
		Name:     "ca-identity-missing",
		Category: "pki",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "ca-profile has no ca-identity",
			Text: `A ca-profile has no "ca-identity", the identifier of the certificate authority (usually its domain name) that SCEP enrollment sends to the CA server and that "trap ca-identity" and operational commands use. The schema does not make it mandatory, but every Juniper example and the DISA NDM STIG's CA policy set it, and enrollment against many CAs fails without it.

Set ca-identity to the CA's identifier (the fix asks for it).`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
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
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
            revocation-check {
                crl {
                    url http://crl.example.net/corp-ca.crl;
                }
            }
        }
    }
}
`,
			References: []string{"DISA STIG JUNI-ND-001430 (V-217352)"},
			Since:      since,
		},
		Run: runCAIdentityMissing,
	}
}

func runCAIdentityMissing(p *lint.Pass) {
	for _, prof := range pkiProfiles(p.Root()) {
		if prof.Child("ca-identity") != nil {
			continue
		}
		p.ReportMissingf(prof,
			one("add ca-identity to ca-profile "+prof.Name, fix.NeedsInput,
				setOp(path(prof, "ca-identity", "<ca-identity>"))),
			"ca-profile %q has no ca-identity", prof.Name)
	}
}
