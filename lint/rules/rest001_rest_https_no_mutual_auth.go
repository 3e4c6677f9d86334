package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RestHTTPSNoMutualAuth is REST001: the REST API over HTTPS does not ask
// clients for certificates.
func RestHTTPSNoMutualAuth() *lint.Rule {
	return &lint.Rule{
		Code:     "REST001",
		Name:     "rest-https-no-mutual-auth",
		Category: "rest",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "rest api over https without mutual authentication",
			Text: `"system services rest https" is configured without "mutual-authentication": any client that can reach the port and knows (or guesses, or phished) a password can use the API, which can change the whole configuration. With mutual authentication the client must also present a certificate issued by a CA the device trusts, and a stolen certificate can be revoked.

Set "mutual-authentication certificate-authority" to the ca-profile of the CA that issues your automation clients' certificates. When exactly one ca-profile is defined the fix uses it (safe); otherwise it asks for the profile. The bare form "mutual-authentication NAME" also counts (see rest-mutual-auth-bare-profile). Only checked when "system services rest" is configured.`,
			Bad: `system {
    services {
        rest {
            https {
                server-certificate fw1-rest;
                cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 ecdhe-rsa-with-aes-128-gcm-sha256 ];
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
				"CIS Juniper OS Benchmark v2.1.0 6.10.5.4 (Level 2)",
				"NIST SP 800-53 IA-2(1)",
				"CIS Controls v7 11.5",
			},
			Since: since,
		},
		Run: runRestHTTPSNoMutualAuth,
	}
}

func runRestHTTPSNoMutualAuth(p *lint.Pass) {
	root := p.Root()
	https := restNode(root).Child("https")
	if https == nil || hasMutualAuth(https) {
		return
	}
	ca, app := "<ca-profile>", fix.NeedsInput
	if names := profileNames(root); len(names) == 1 && literal(names[0]) {
		ca, app = names[0], fix.Safe
	}
	p.ReportMissingf(https,
		one("require client certificates from ca-profile "+ca, app,
			setOp(path(https, "mutual-authentication", "certificate-authority", ca))),
		"rest https has no mutual-authentication; set certificate-authority so clients must present a certificate")
}
