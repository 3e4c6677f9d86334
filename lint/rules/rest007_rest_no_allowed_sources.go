package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RestNoAllowedSources is REST007: the REST API accepts connections from
// any address.
func RestNoAllowedSources() *lint.Rule {
	return &lint.Rule{
		Code:     "REST007",
		Name:     "rest-no-allowed-sources",
		Category: "rest",
		Severity: lint.Warning,
		Doc: lint.Doc{
			Title: "rest api accepts connections from any address",
			Text: `"system services rest" has no "control allowed-sources", so the API accepts connections from every address that can reach the device, and any password guessed or leaked anywhere can be tried from anywhere.

List the addresses of the automation hosts that use the API under "control allowed-sources" (the fix asks for one); a loopback filter is a complement, not a replacement. The finding points at "control" when it exists, otherwise at "rest". Only checked when "system services rest" is configured.`,
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
                allowed-sources [ 198.51.100.10 198.51.100.11 ];
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
			References: []string{"CIS Juniper OS Benchmark v2.1.0 6.10.5.8"},
			Since:      since,
		},
		Run: runRestNoAllowedSources,
	}
}

func runRestNoAllowedSources(p *lint.Pass) {
	rest := restNode(p.Root())
	if rest == nil || rest.Get("control", "allowed-sources") != nil {
		return
	}
	at := rest
	if c := rest.Child("control"); c != nil {
		at = c
	}
	p.ReportMissingf(at,
		one("restrict the rest api to known client addresses", fix.NeedsInput,
			setOp(path(rest, "control", "allowed-sources", "<address>"))),
		"rest has no control allowed-sources; the api accepts connections from any address")
}
