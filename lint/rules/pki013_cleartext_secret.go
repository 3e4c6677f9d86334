package rules

import (
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/lint"
)

// CleartextSecret is PKI013: a PKI secret stored in clear text.
func CleartextSecret() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI013",
		Name:     "cleartext-secret",
		Category: "pki",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "pki secret stored in clear text",
			Text: `A SCEP "challenge-password" or a CRL "url … password" holds a value that is neither Junos-encrypted ("$9$…") nor a placeholder a backup tool put there ("<secret removed>", "/* SECRET-DATA */", …). Junos stores these secrets encrypted and prints them as "$9$…", so a clear value in a file means someone typed or pasted the secret into the file, and everyone who can read the file, its backups and its version history can read the secret.

Re-enter the secret on the device ("set … challenge-password" at the CLI) so that Junos stores it encrypted, save the configuration again, and consider the old value exposed: change it on the CA. There is no automatic fix, and the finding never shows the value.`,
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
                    challenge-password "Enroll-2024!";
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
                    challenge-password "$9$Hk5FCA0IhrlMX-dsYgJDi.fz6/tuOBRhSrlKM8LxdsYoGUjqmf5Q"; ## SECRET-DATA
                    re-enroll-trigger-time-percentage 10;
                    re-generate-keypair;
                }
            }
        }
    }
}
`,
			References: []string{
				"NIST SP 800-53 IA-5(1)(c) (store only protected passwords)",
				"CIS Juniper OS Benchmark v2.1.0 6.6.12 (hashed local passwords, same principle)",
			},
			Since: since,
		},
		Run: runCleartextSecret,
	}
}

// cleartext reports whether the secret value v is stored in clear: not
// empty, not `$9$…`, not a placeholder.
func cleartext(v string) bool {
	return v != "" && !strings.HasPrefix(v, "$9$") && !lint.IsPlaceholder(v)
}

func runCleartextSecret(p *lint.Pass) {
	root := p.Root()
	// report points at the secret's statement and names the secret's
	// keyword node, so that neither the message nor the configuration path
	// holds the value.
	report := func(k *ast.Node, what string) {
		if len(k.Children) == 0 || !cleartext(k.Children[0].Name) {
			return
		}
		sp := p.NodeSpan(k.Children[0])
		p.ReportAt(k, sp, p.Rule.Severity, nil,
			"%s is stored in clear text; re-enter it on the device so that it is stored encrypted", what)
	}
	for _, e := range reenrollEntries(root) {
		if k := e.node.Child("challenge-password"); k != nil {
			report(k, "challenge-password of "+e.describe())
		}
	}
	for _, prof := range pkiProfiles(root) {
		for _, u := range children(prof.Get("revocation-check", "crl", "url")) {
			if k := u.Child("password"); k != nil {
				report(k, "crl url password of ca-profile "+quote(prof.Name))
			}
		}
	}
}
