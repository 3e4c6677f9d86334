package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RestHTTPEnabled is REST002: the REST API accepts plain HTTP.
func RestHTTPEnabled() *lint.Rule {
	return &lint.Rule{
		Code:     "REST002",
		Name:     "rest-http-enabled",
		Category: "rest",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "rest api accepts plain http",
			Text: `"system services rest http" makes the REST API listen for plain HTTP (port 3000 by default). Every request carries the user's credentials in HTTP basic authentication, readable by anyone on the path, and the API can change the whole configuration.

Delete "rest http" and use "rest https" with a server certificate. The fix is unsafe: scripts that still call the API over HTTP stop working.`,
			Bad: `system {
    services {
        rest {
            http {
                port 3000;
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
				"CIS Juniper OS Benchmark v2.1.0 6.10.5.1",
				"NIST SP 800-53 CM-7",
				"CIS Controls v7 11.5",
			},
			Since: since,
		},
		Run: runRestHTTPEnabled,
	}
}

func runRestHTTPEnabled(p *lint.Pass) {
	http := restNode(p.Root()).Child("http")
	if http == nil {
		return
	}
	p.ReportAt(http, wordSpan(http), p.Rule.Severity,
		one("delete rest http", fix.Unsafe, delOp(srcPath(http))),
		"rest http is enabled; the api accepts credentials in clear text, use https")
}
