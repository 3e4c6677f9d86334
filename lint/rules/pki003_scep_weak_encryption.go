package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// ScepWeakEncryption is PKI003: SCEP re-enrollment encrypts with single DES.
func ScepWeakEncryption() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI003",
		Name:     "scep-weak-encryption",
		Category: "pki",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "scep re-enrollment uses des encryption",
			Text: `"scep-encryption-algorithm des" encrypts the SCEP re-enrollment exchange, challenge password included, with single DES, whose 56-bit key can be searched exhaustively.

Use des3, the strongest cipher SCEP offers on Junos (the fix sets it). For stronger algorithms enroll with CMPv2 or ACME instead of SCEP (auto-re-enrollment cmpv2 or acme).`,
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
                    scep-encryption-algorithm des;
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
                    scep-encryption-algorithm des3;
                }
            }
        }
    }
}
`,
			References: []string{"NIST SP 800-131A Rev. 2 (DES disallowed)"},
			Since:      since,
		},
		Run: runScepWeakEncryption,
	}
}

func runScepWeakEncryption(p *lint.Pass) {
	for _, e := range reenrollEntries(p.Root()) {
		k := e.node.Child("scep-encryption-algorithm")
		v := k.Child("des")
		if v == nil {
			continue
		}
		p.Reportf(v,
			one("use scep-encryption-algorithm des3 on certificate-id "+e.node.Name, fix.Safe,
				setOp(srcPathOf(k, "des3"))),
			"%s encrypts scep requests with des; use des3 (or enroll with cmpv2 or acme)", e.describe())
	}
}
