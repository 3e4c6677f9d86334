package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// RestWeakCipher is REST005: a weak suite in the REST cipher-list.
func RestWeakCipher() *lint.Rule {
	return &lint.Rule{
		Code:     "REST005",
		Name:     "rest-weak-cipher",
		Category: "rest",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "rest cipher-list holds a weak cipher suite",
			Text: `A "system services rest https cipher-list" member belongs to a class of suites that should no longer be offered. There is one finding per weak member, and its severity depends on the class:

- error — broken: RC4 or MD5 (rsa-with-rc4-128-md5, rsa-with-rc4-128-sha, ecdhe-rsa-with-rc4-128-sha); weak: 3DES, open to Sweet32 (rsa-, dhe-rsa-, ecdhe-rsa-with-3des-ede-cbc-sha);
- warning — legacy: AES-CBC with a SHA-1 MAC (rsa-, dhe-rsa-, ecdhe-rsa-with-aes-128-cbc-sha and -aes-256-cbc-sha).

Suites with SHA-2 MACs, AEAD (GCM) suites and TLS 1.3 suites are not reported; CIS Level 2 (6.10.5.6) narrows the list further to the two ECDHE GCM suites. Juniper's own REST example lists rsa-with-3des-ede-cbc-sha: do not copy it. The fix deletes the member; it is safe when at least one member that is not weak (SHA-2, GCM or TLS 1.3) remains, unsafe otherwise, since an empty cipher-list accepts every suite. A severity set in the configuration file applies to every finding of the rule. Only checked when "system services rest" is configured.`,
			Bad: `system {
    services {
        rest {
            https {
                server-certificate fw1-rest;
                cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 rsa-with-3des-ede-cbc-sha ];
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
				"RFC 7465 (prohibiting RC4 cipher suites)",
				"NIST SP 800-52 Rev. 2 §3.3.1",
			},
			Since: since,
		},
		Run: runRestWeakCipher,
	}
}

func runRestWeakCipher(p *lint.Pass) {
	rest := restNode(p.Root())
	for _, h := range httpsContainers(rest) {
		list := h.Child("cipher-list")
		members := children(list)
		strong := 0
		for _, m := range members {
			if c := classifyCipher(m.Name); c == cipherAcceptable || c == cipherStrong {
				strong++
			}
		}
		app := fix.Safe
		if strong == 0 {
			app = fix.Unsafe
		}
		for _, m := range members {
			var sev lint.Severity
			var why string
			switch classifyCipher(m.Name) {
			case cipherBroken:
				sev, why = lint.Error, "is broken (rc4 or md5)"
			case cipherWeak:
				sev, why = lint.Error, "is weak (3des, sweet32)"
			case cipherLegacy:
				sev, why = lint.Warning, "is legacy (sha-1 mac with cbc)"
			default:
				continue
			}
			p.ReportAt(m, p.NodeSpan(m), sev,
				one("delete "+m.Name+" from the rest "+h.Name+" cipher-list", app, delOp(srcPath(m))),
				"rest %s cipher-list member %q %s; remove it", h.Name, m.Name, why)
		}
	}
}
