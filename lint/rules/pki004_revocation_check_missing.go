package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RevocationCheckMissing is PKI004: a ca-profile says nothing about
// revocation checking.
func RevocationCheckMissing() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI004",
		Name:     "revocation-check-missing",
		Category: "pki",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "ca-profile has no revocation-check",
			Text: `A ca-profile without a revocation-check statement leaves revocation to the defaults: CRL checking, using whatever CRL distribution point each certificate names. When certificates name none, or the device cannot reach the one they name, revoked certificates may be accepted, and nothing in the configuration says where revocation information comes from.

Configure revocation-check explicitly: "crl url" with the CA's CRL location (the fix asks for it), or "use-ocsp" with "ocsp url". A revocation-check supplied by an applied group counts.`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
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
				"DISA STIG JUSX-VN-000012 (V-214679)",
				"DISA STIG JUNI-ND-001430 (V-217352)",
				"NIST SP 800-53 IA-5(2)",
			},
			Since: since,
		},
		Run: runRevocationCheckMissing,
	}
}

func runRevocationCheckMissing(p *lint.Pass) {
	for _, prof := range pkiProfiles(p.Root()) {
		if prof.Child("revocation-check") != nil {
			continue
		}
		p.ReportMissingf(prof,
			one("add revocation-check crl url to ca-profile "+prof.Name, fix.NeedsInput,
				setOp(path(prof, "revocation-check", "crl", "url", "<crl-url>"))),
			"ca-profile %q has no revocation-check; configure crl or ocsp", prof.Name)
	}
}
