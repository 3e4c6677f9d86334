package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// ScepWeakDigest is PKI002: SCEP re-enrollment signs with MD5.
func ScepWeakDigest() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI002",
		Name:     "scep-weak-digest",
		Category: "pki",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "scep re-enrollment uses the md5 digest",
			Text: `"scep-digest-algorithm md5" makes the device sign its SCEP re-enrollment requests with MD5, whose collisions are practical: a request can be forged or altered without breaking the signature.

Use sha1, the strongest digest SCEP offers on Junos (the fix sets it). SHA-1 is itself weak; for stronger algorithms enroll with CMPv2 or ACME instead of SCEP (auto-re-enrollment cmpv2 or acme).`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
            enrollment {
                url http://pki.example.net/certsrv/mscep/mscep.dll;
            }
            revocation-check {
                crl {
                    url http://crl.example.net/corp-ca.crl;
                }
            }
        }
        auto-re-enrollment {
            scep {
                certificate-id fw1-vpn {
                    ca-profile-name CORP-CA;
                    re-enroll-trigger-time-percentage 10;
                    re-generate-keypair;
                    scep-digest-algorithm md5;
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
            enrollment {
                url http://pki.example.net/certsrv/mscep/mscep.dll;
            }
            revocation-check {
                crl {
                    url http://crl.example.net/corp-ca.crl;
                }
            }
        }
        auto-re-enrollment {
            scep {
                certificate-id fw1-vpn {
                    ca-profile-name CORP-CA;
                    re-enroll-trigger-time-percentage 10;
                    re-generate-keypair;
                    scep-digest-algorithm sha1;
                }
            }
        }
    }
}
`,
			References: []string{"NIST SP 800-131A Rev. 2 (MD5 disallowed for digital signatures)"},
			Since:      since,
		},
		Run: runScepWeakDigest,
	}
}

func runScepWeakDigest(p *lint.Pass) {
	for _, e := range reenrollEntries(p.Root()) {
		k := e.node.Child("scep-digest-algorithm")
		v := k.Child("md5")
		if v == nil {
			continue
		}
		p.Reportf(v,
			one("use scep-digest-algorithm sha1 on certificate-id "+e.node.Name, fix.Safe,
				setOp(srcPathOf(k, "sha1"))),
			"%s signs scep requests with md5; use sha1 (or enroll with cmpv2 or acme)", e.describe())
	}
}
