package rules

import (
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// ReenrollTriggerRedundant is PKI012: both re-enrollment triggers are set and
// the percentage is ignored.
func ReenrollTriggerRedundant() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI012",
		Name:     "reenroll-trigger-redundant",
		Category: "pki",
		Severity: lint.Info,
		Doc: lint.Doc{
			Title: "re-enroll-trigger-time-percentage is ignored",
			Text: `An auto-re-enrollment entry sets both "re-enroll-time" and "re-enroll-trigger-time-percentage". re-enroll-time takes precedence, so the percentage is ignored, and a reader who trusts it is misled about when the certificate renews.

Delete re-enroll-trigger-time-percentage (the fix does), or delete re-enroll-time if the percentage is what you want. The finding points at the re-enroll-trigger-time-percentage statement.`,
			Bad: `security {
    pki {
        ca-profile LETS-ENCRYPT {
            ca-identity letsencrypt.org;
            enrollment {
                url https://acme-v02.api.letsencrypt.org/directory;
            }
            revocation-check {
                use-ocsp;
                ocsp {
                    url http://r11.o.lencr.org;
                }
            }
        }
        auto-re-enrollment {
            acme {
                certificate-id fw1-web {
                    ca-profile-name LETS-ENCRYPT;
                    acme-key-id fw1-acme;
                    re-enroll-time {
                        days 25;
                    }
                    re-enroll-trigger-time-percentage 30;
                    re-generate-keypair;
                }
            }
        }
    }
}
`,
			Good: `security {
    pki {
        ca-profile LETS-ENCRYPT {
            ca-identity letsencrypt.org;
            enrollment {
                url https://acme-v02.api.letsencrypt.org/directory;
            }
            revocation-check {
                use-ocsp;
                ocsp {
                    url http://r11.o.lencr.org;
                }
            }
        }
        auto-re-enrollment {
            acme {
                certificate-id fw1-web {
                    ca-profile-name LETS-ENCRYPT;
                    acme-key-id fw1-acme;
                    re-enroll-time {
                        days 25;
                    }
                    re-generate-keypair;
                }
            }
        }
    }
}
`,
			Since: since,
		},
		Run: runReenrollTriggerRedundant,
	}
}

func runReenrollTriggerRedundant(p *lint.Pass) {
	for _, e := range reenrollEntries(p.Root()) {
		pct := e.node.Child("re-enroll-trigger-time-percentage")
		if pct == nil || e.node.Child("re-enroll-time") == nil {
			continue
		}
		at := pct
		if len(pct.Children) > 0 {
			at = pct.Children[0]
		}
		p.Reportf(at,
			one("delete re-enroll-trigger-time-percentage from certificate-id "+e.node.Name, fix.Safe,
				delOp(srcPath(pct))),
			"%s sets both re-enroll-time and re-enroll-trigger-time-percentage; re-enroll-time wins and the percentage is ignored",
			e.describe())
	}
}
