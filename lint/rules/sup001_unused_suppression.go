package rules

import "github.com/junoslint/junoslint/lint"

// UnusedSuppression is SUP001: a `junoslint:ignore` directive that
// suppresses nothing. The runner applies suppressions and reports the unused
// ones as findings of this rule, so Run does nothing.
func UnusedSuppression() *lint.Rule {
	return &lint.Rule{
		Code:     "SUP001",
		Name:     "unused-suppression",
		Category: "suppression",
		Severity: lint.Info,
		Doc: lint.Doc{
			Title: "suppression directive suppresses nothing",
			Text: `A "# junoslint:ignore CODE reason" directive (or the same text in a /* */ annotation) hides the findings of CODE on the statement it applies to. When that statement has no such finding — the problem was fixed, the statement moved, or the code or name is misspelt — the directive only misleads readers.

Delete the directive, or move it next to the statement it was meant for.`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
            # junoslint:ignore PKI005 lab CA, revocation is handled by the issuing CA
            revocation-check {
                use-crl;
                crl {
                    url http://crl.example.net/corp-ca.crl;
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
            # junoslint:ignore PKI005 lab CA, revocation is handled by the issuing CA
            revocation-check {
                disable;
            }
        }
    }
}
`,
			Since: since,
		},
		Run: func(*lint.Pass) {},
	}
}
