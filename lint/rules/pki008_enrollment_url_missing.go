package rules

import (
	"strings"

	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// EnrollmentURLMissing is PKI008: a ca-profile used for auto-re-enrollment
// has no enrollment URL.
func EnrollmentURLMissing() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI008",
		Name:     "enrollment-url-missing",
		Category: "pki",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "ca-profile used for re-enrollment has no enrollment url",
			Text: `An auto-re-enrollment entry names a ca-profile that has no "enrollment url": the device has nowhere to send the renewal request (the SCEP or CMPv2 server, or the ACME directory), and Junos refuses to commit the configuration.

Add the enrollment URL to the profile (the fix asks for it). The finding points at the ca-profile, once, however many entries use it.`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
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
			Since: since,
		},
		Run: runEnrollmentURLMissing,
	}
}

func runEnrollmentURLMissing(p *lint.Pass) {
	root := p.Root()
	profiles := root.Get("security", "pki", "ca-profile")
	users := map[string][]string{} // profile name -> entries using it
	var order []string
	for _, e := range reenrollEntries(root) {
		name := e.caRef().Value()
		if !literal(name) {
			continue
		}
		if _, seen := users[name]; !seen {
			order = append(order, name)
		}
		users[name] = append(users[name], quote(e.node.Name))
	}
	for _, name := range order {
		prof := profiles.Child(name)
		if prof == nil || prof.Get("enrollment", "url").Value() != "" {
			continue // undefined profiles are undefined-ca-profile's business
		}
		p.ReportMissingf(prof,
			one("add enrollment url to ca-profile "+name, fix.NeedsInput,
				setOp(path(prof, "enrollment", "url", "<enrollment-url>"))),
			"ca-profile %q has no enrollment url but auto-re-enrollment certificate-id %s uses it; the commit fails",
			name, strings.Join(users[name], ", "))
	}
}
