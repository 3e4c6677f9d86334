package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RestHTTPSNoServerCertificate is REST003: REST over HTTPS without a server
// certificate.
func RestHTTPSNoServerCertificate() *lint.Rule {
	return &lint.Rule{
		Code:     "REST003",
		Name:     "rest-https-no-server-certificate",
		Category: "rest",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "rest api over https has no server-certificate",
			Text: `"system services rest https" has no "server-certificate": the API has no certificate of its own from the PKI store to present, so clients cannot verify they talk to this device (or the HTTPS service does not start), and credentials can be intercepted by whoever answers in its place.

Set server-certificate to the ID of a local certificate, preferably one issued by your CA through "security pki" rather than self-signed (CIS 6.10.5.3). The fix asks for the certificate ID. Only checked when "system services rest" is configured.`,
			Bad: `system {
    services {
        rest {
            https {
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
				"CIS Juniper OS Benchmark v2.1.0 6.10.5.2",
				"CIS Juniper OS Benchmark v2.1.0 6.10.5.3 (Level 2)",
			},
			Since: since,
		},
		Run: runRestHTTPSNoServerCertificate,
	}
}

func runRestHTTPSNoServerCertificate(p *lint.Pass) {
	https := restNode(p.Root()).Child("https")
	if https == nil || https.Child("server-certificate") != nil {
		return
	}
	p.ReportMissingf(https,
		one("set the rest https server-certificate", fix.NeedsInput,
			setOp(path(https, "server-certificate", "<certificate-id>"))),
		"rest https has no server-certificate; set the id of a local certificate")
}
