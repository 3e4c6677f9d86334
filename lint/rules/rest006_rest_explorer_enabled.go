package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RestExplorerEnabled is REST006: the REST API Explorer is on.
func RestExplorerEnabled() *lint.Rule {
	return &lint.Rule{
		Code:     "REST006",
		Name:     "rest-explorer-enabled",
		Category: "rest",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "rest api explorer is enabled",
			Text: `"system services rest enable-explorer" serves the REST API Explorer, a web page for trying API calls by hand. It is a development tool: on a production device it adds attack surface and makes exploring the API easy for anyone who reaches the port.

Delete enable-explorer (the fix does); enable it only while you need it, on a lab device. Only checked when "system services rest" is configured.`,
			Bad: `system {
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
            enable-explorer;
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
				"CIS Juniper OS Benchmark v2.1.0 6.10.5.7",
				"NIST SP 800-53 SI-4",
				"CIS Controls v7 9.2",
			},
			Since: since,
		},
		Run: runRestExplorerEnabled,
	}
}

func runRestExplorerEnabled(p *lint.Pass) {
	n := restNode(p.Root()).Child("enable-explorer")
	if n == nil {
		return
	}
	p.ReportAt(n, stmtSpan(n), p.Rule.Severity,
		one("delete rest enable-explorer", fix.Safe, delOp(srcPath(n))),
		"rest enable-explorer serves the api explorer; disable it on production devices")
}
