package rules

import (
	"github.com/junoslint/junoslint/lint"
)

// TooManyOCSPURLs is PKI018: more OCSP responder URLs than Junos uses.
func TooManyOCSPURLs() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI018",
		Name:     "too-many-ocsp-urls",
		Category: "pki",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "more than two ocsp urls",
			Text: `A ca-profile lists more than two "revocation-check ocsp url" entries. Junos tries at most two responders, in the order written, and then the responder named in the certificate; the third and later URLs are never used, so a reader who counts on them as fallbacks is misled.

Keep the two responders you want tried first and delete the others. The finding points at the first URL beyond the second.`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
            revocation-check {
                use-ocsp;
                ocsp {
                    url http://ocsp1.example.net;
                    url http://ocsp2.example.net;
                    url http://ocsp3.example.net;
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
                    url http://ocsp1.example.net;
                    url http://ocsp2.example.net;
                }
            }
        }
    }
}
`,
			Since: since,
		},
		Run: runTooManyOCSPURLs,
	}
}

func runTooManyOCSPURLs(p *lint.Pass) {
	for _, prof := range pkiProfiles(p.Root()) {
		urls := children(prof.Get("revocation-check", "ocsp", "url"))
		if len(urls) <= 2 {
			continue
		}
		p.Reportf(urls[2], nil, "ca-profile %q has %d ocsp urls; only the first two are used", prof.Name, len(urls))
	}
}
