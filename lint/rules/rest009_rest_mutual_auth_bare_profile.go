package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RestMutualAuthBareProfile is REST009: `mutual-authentication X` without
// the certificate-authority keyword.
func RestMutualAuthBareProfile() *lint.Rule {
	return &lint.Rule{
		Code:     "REST009",
		Name:     "rest-mutual-auth-bare-profile",
		Category: "rest",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "mutual-authentication names the ca-profile directly",
			Text: `"mutual-authentication NAME;" names the CA profile directly, the form some benchmark text prints. Current Junos schemas want "mutual-authentication certificate-authority NAME", and a device may reject the bare form on load.

Rewrite it as "mutual-authentication certificate-authority NAME" (the fix does). The bare form still counts as mutual authentication for rest-https-no-mutual-auth, and NAME is still checked by undefined-ca-profile. Applies to "rest https" and "rest https-5g"; only checked when "system services rest" is configured.`,
			Bad: `system {
    services {
        rest {
            https {
                server-certificate fw1-rest;
                cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 ecdhe-rsa-with-aes-128-gcm-sha256 ];
                mutual-authentication CORP-CA;
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
			References: []string{"CIS Juniper OS Benchmark v2.1.0 6.10.5.4"},
			Since:      since,
		},
		Run: runRestMutualAuthBareProfile,
	}
}

func runRestMutualAuthBareProfile(p *lint.Pass) {
	rest := restNode(p.Root())
	for _, h := range httpsContainers(rest) {
		for _, b := range bareMutualAuth(h) {
			ma := b.Parent
			// Point at `mutual-authentication X`, the statement to rewrite.
			sp := p.NodeSpan(b)
			if o, mo := b.Origin(), ma.Origin(); o.Stmt != nil && mo.Stmt == o.Stmt && mo.Span.Start < sp.Start {
				sp.Start = mo.Span.Start
			}
			p.ReportAt(b, sp, p.Rule.Severity,
				one("write mutual-authentication certificate-authority "+b.Name, fix.Safe,
					delOp(srcPath(b)),
					setOp(srcPathOf(ma, "certificate-authority", b.Name))),
				"rest %s mutual-authentication names %q directly; write mutual-authentication certificate-authority %s",
				h.Name, b.Name, b.Word())
		}
	}
}
