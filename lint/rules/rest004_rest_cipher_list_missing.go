package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RestCipherListMissing is REST004: REST over HTTPS accepts every cipher
// suite.
func RestCipherListMissing() *lint.Rule {
	return &lint.Rule{
		Code:     "REST004",
		Name:     "rest-cipher-list-missing",
		Category: "rest",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "rest api over https has no cipher-list",
			Text: `"system services rest https" has no "cipher-list", so the API accepts every suite it implements, RC4, 3DES and SHA-1 suites included (outside FIPS mode): a client or a man in the middle can negotiate a broken one.

Set cipher-list to AEAD suites only. The fix sets the CIS Suite B pair, ecdhe-rsa-with-aes-256-gcm-sha384 and ecdhe-rsa-with-aes-128-gcm-sha256, which every current client supports. Only checked when "system services rest" is configured.`,
			Bad: `system {
    services {
        rest {
            https {
                server-certificate fw1-rest;
                mutual-authentication {
                    certificate-authority CORP-CA;
                }
            }
            control {
                allowed-sources 198.51.100.10;
                connection-limit 10;
            }
        }
    }
}
security {
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
			Good: `system {
    services {
        rest {
            https {
                server-certificate fw1-rest;
                cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 ecdhe-rsa-with-aes-128-gcm-sha256 ];
                mutual-authentication {
                    certificate-authority CORP-CA;
                }
            }
            control {
                allowed-sources 198.51.100.10;
                connection-limit 10;
            }
        }
    }
}
security {
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
				"CIS Juniper OS Benchmark v2.1.0 6.10.5.5",
				"CIS Juniper OS Benchmark v2.1.0 6.10.5.6 (Level 2, Suite B)",
			},
			Since: since,
		},
		Run: runRestCipherListMissing,
	}
}

func runRestCipherListMissing(p *lint.Pass) {
	https := restNode(p.Root()).Child("https")
	if https == nil || https.Child("cipher-list") != nil {
		return
	}
	var ops []fix.Op
	// An inactive cipher-list written at the same place would come back,
	// weak members and all, with the first `activate`; and the new members
	// would join it inactive. Delete it first.
	if lit := p.File.Config.Get(path(https)...); lit != nil && lit.Child("cipher-list") != nil {
		ops = append(ops, delOp(path(https, "cipher-list")))
	}
	ops = append(ops,
		setOp(path(https, "cipher-list", "ecdhe-rsa-with-aes-256-gcm-sha384")),
		setOp(path(https, "cipher-list", "ecdhe-rsa-with-aes-128-gcm-sha256")))
	p.ReportMissingf(https,
		one("restrict rest https to the suite b cipher suites", fix.Safe, ops...),
		"rest https has no cipher-list; every cipher suite is accepted, rc4 and 3des included")
}
