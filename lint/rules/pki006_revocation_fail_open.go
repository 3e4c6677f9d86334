package rules

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RevocationFailOpen is PKI006: revocation checking that gives up and
// accepts the certificate when it cannot get an answer.
func RevocationFailOpen() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI006",
		Name:     "revocation-fail-open",
		Category: "pki",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "revocation checking fails open",
			Text: `Four statements make revocation checking accept a certificate when it cannot tell whether the certificate was revoked:

- "crl disable on-download-failure": the CRL cannot be downloaded, so the certificate is accepted;
- "ocsp connection-failure disable": the OCSP responder cannot be reached, so the check is skipped;
- "ocsp accept-unknown-status": the responder does not know the certificate, so it counts as good;
- "ocsp nonce-payload disable": responses without a nonce are accepted, so an old "good" response can be replayed.

An attacker who can block or replay the CRL or OCSP traffic then gets a revoked certificate accepted. There is one finding per statement. The fix deletes the statement; it is unsafe because a device that cannot reach its CRL or OCSP server will then refuse certificates (VPNs stay down) until the server is reachable — "ocsp connection-failure fallback-crl" is a fail-closed alternative.`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
            revocation-check {
                use-ocsp;
                ocsp {
                    url http://ocsp.example.net;
                    accept-unknown-status;
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
                use-ocsp;
                ocsp {
                    url http://ocsp.example.net;
                    connection-failure {
                        fallback-crl;
                    }
                }
            }
        }
    }
}
`,
			References: []string{
				"DISA STIG JUSX-VN-000012 (V-214679)",
				"NIST SP 800-53 IA-5(2)",
				"RFC 6960 §4.4.1 (OCSP nonce)",
			},
			Since: since,
		},
		Run: runRevocationFailOpen,
	}
}

func runRevocationFailOpen(p *lint.Pass) {
	for _, prof := range pkiProfiles(p.Root()) {
		rc := prof.Child("revocation-check")
		if rc == nil {
			continue
		}
		report := func(n *ast.Node, sp ast.Span, what, why string) {
			p.ReportAt(n, sp, p.Rule.Severity,
				one("delete "+what+" from ca-profile "+prof.Name, fix.Unsafe, delOp(srcPath(n))),
				"ca-profile %q has %s; %s", prof.Name, what, why)
		}
		crl, ocsp := rc.Child("crl"), rc.Child("ocsp")
		if n := crl.Get("disable", "on-download-failure"); n != nil {
			report(n, p.NodeSpan(n), "crl disable on-download-failure",
				"certificates are accepted when the crl cannot be downloaded")
		}
		if n := ocsp.Get("connection-failure", "disable"); n != nil {
			report(n, p.NodeSpan(n), "ocsp connection-failure disable",
				"the check is skipped when the responder cannot be reached")
		}
		if n := ocsp.Child("accept-unknown-status"); n != nil {
			report(n, stmtSpan(n), "ocsp accept-unknown-status",
				"certificates the responder does not know are accepted")
		}
		if n := ocsp.Get("nonce-payload", "disable"); n != nil {
			report(n, p.NodeSpan(n), "ocsp nonce-payload disable",
				"replayed responses are accepted")
		}
	}
}
