package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RevocationCheckDisabled is PKI005: `revocation-check disable`.
func RevocationCheckDisabled() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI005",
		Name:     "revocation-check-disabled",
		Category: "pki",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "revocation checking is disabled",
			Text: `"revocation-check disable" turns revocation checking off for every certificate the ca-profile validates: a revoked certificate (a stolen VPN peer certificate, a decommissioned device) is still accepted. DISA's SRX VPN STIG makes this a CAT I finding.

Delete "disable" and configure CRL or OCSP checking; the fix asks for the CRL location.`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
            revocation-check {
                disable;
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
			References: []string{
				"DISA STIG JUSX-VN-000012 (V-214679), CAT I",
				"NIST SP 800-53 IA-5(2)",
			},
			Since: since,
		},
		Run: runRevocationCheckDisabled,
	}
}

func runRevocationCheckDisabled(p *lint.Pass) {
	for _, prof := range pkiProfiles(p.Root()) {
		rc := prof.Child("revocation-check")
		d := rc.Child("disable")
		if d == nil {
			continue
		}
		p.ReportAt(d, stmtSpan(d), p.Rule.Severity,
			one("replace revocation-check disable by crl checking in ca-profile "+prof.Name, fix.NeedsInput,
				delOp(srcPath(d)),
				setOp(path(rc, "crl", "url", "<crl-url>"))),
			"ca-profile %q has revocation-check disable; revoked certificates are accepted", prof.Name)
	}
}
