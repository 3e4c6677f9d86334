package rules

import (
	"strconv"

	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RestNoConnectionLimit is REST008: the REST API keeps the default
// connection limit.
func RestNoConnectionLimit() *lint.Rule {
	return &lint.Rule{
		Code:     "REST008",
		Name:     "rest-no-connection-limit",
		Category: "rest",
		Severity: lint.Info,
		Doc: lint.Doc{
			Title: "rest api has no connection-limit",
			Text: `"system services rest" has no "control connection-limit", so the platform default applies (64 simultaneous connections on most platforms), more than automation needs and enough for a client to tie up the routing engine.

Set a limit that fits your automation; the fix sets the rule option connection-limit, 10 by default, as CIS suggests. The finding points at "control" when it exists, otherwise at "rest". Only checked when "system services rest" is configured.`,
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
				"CIS Juniper OS Benchmark v2.1.0 6.10.5.9",
				"NIST SP 800-53 AC-6(10)",
				"CIS Controls v7 4.7",
			},
			Since: since,
		},
		Options: []lint.Option{{
			Name:    "connection-limit",
			Default: "10",
			Doc:     "the connection-limit the fix sets",
		}},
		Run: runRestNoConnectionLimit,
	}
}

func runRestNoConnectionLimit(p *lint.Pass) {
	rest := restNode(p.Root())
	if rest == nil || rest.Get("control", "connection-limit") != nil {
		return
	}
	limit := p.IntOption("connection-limit", 10)
	if limit < 1 {
		limit = 10
	}
	n := strconv.Itoa(limit)
	at := rest
	if c := rest.Child("control"); c != nil {
		at = c
	}
	p.ReportMissingf(at,
		one("limit the rest api to "+n+" connections", fix.Safe,
			setOp(path(rest, "control", "connection-limit", n))),
		"rest has no control connection-limit; the platform default applies")
}
