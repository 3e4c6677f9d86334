package rules

import (
	"strconv"

	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// ReenrollTriggerMissing is PKI001: an auto-re-enrollment entry says
// neither when to re-enroll by percentage nor by time.
func ReenrollTriggerMissing() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI001",
		Name:     "reenroll-trigger-missing",
		Category: "pki",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "auto-re-enrollment entry has no re-enrollment trigger",
			Text: `An auto-re-enrollment entry (under scep, cmpv2 or acme, or the deprecated flat "auto-re-enrollment certificate-id") sets neither re-enroll-trigger-time-percentage nor re-enroll-time. Since Junos 23.1R1 the commit check refuses such an entry, so a configuration saved from an older release fails to load after an upgrade; on older releases the device falls back to a built-in trigger nobody chose.

Set re-enroll-trigger-time-percentage (the percentage of the certificate's lifetime left when re-enrollment starts; the fix uses the rule option trigger-percentage, 10 by default) or re-enroll-time. A value supplied by an applied group counts.`,
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
                    re-generate-keypair;
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
                }
            }
        }
    }
}
`,
			References: []string{"Junos OS 23.1R1 release notes: auto-re-enrollment commit check"},
			Since:      since,
		},
		Options: []lint.Option{{
			Name:    "trigger-percentage",
			Default: "10",
			Doc:     "the re-enroll-trigger-time-percentage the fix sets (1-99)",
		}},
		Run: runReenrollTriggerMissing,
	}
}

func runReenrollTriggerMissing(p *lint.Pass) {
	pct := p.IntOption("trigger-percentage", 10)
	if pct < 1 || pct > 99 {
		pct = 10
	}
	n := strconv.Itoa(pct)
	for _, e := range reenrollEntries(p.Root()) {
		if e.node.Child("re-enroll-trigger-time-percentage") != nil || e.node.Child("re-enroll-time") != nil {
			continue
		}
		p.ReportMissingf(e.node,
			one("set re-enroll-trigger-time-percentage "+n+" on certificate-id "+e.node.Name, fix.Safe,
				setOp(path(e.node, "re-enroll-trigger-time-percentage", n))),
			"%s has neither re-enroll-trigger-time-percentage nor re-enroll-time; commits fail from release 23.1R1 on",
			e.describe())
	}
}
