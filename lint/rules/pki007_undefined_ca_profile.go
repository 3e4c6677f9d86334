package rules

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// UndefinedCAProfile is PKI007: a statement names a ca-profile that is not
// defined under `security pki`.
func UndefinedCAProfile() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI007",
		Name:     "undefined-ca-profile",
		Category: "reference",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "reference to a ca-profile that is not defined",
			Text: `A statement names a CA profile that no "security pki ca-profile" defines. Junos refuses to commit most of these references; where it does not, the feature silently has no CA to trust (REST mutual authentication rejects every client, re-enrollment never happens).

The references checked are: "ca-profile-name" (and the older "ca-profile") in auto-re-enrollment entries; "trap ca-identity"; "trusted-ca-group … ca-profiles"; "system services rest https mutual-authentication certificate-authority" (also under https-5g, and the bare "mutual-authentication NAME" form); and "system services web-management … mtls ca-profile". Names that are group wildcards or macros ("<*>", "$junos-…") are not checked, and a ca-profile supplied by an applied group counts as defined.

Define the profile or correct the name. When exactly one defined profile is within two edits of the name, the fix replaces the reference with it; the fix is unsafe because the profile it picks may not be the one meant.`,
			Bad: `security {
    pki {
        ca-profile CORP-ISSUING {
            ca-identity issuing-ca.example.net;
            enrollment {
                url http://pki.example.net/certsrv/mscep/mscep.dll;
            }
            revocation-check {
                crl {
                    url http://crl.example.net/issuing.crl;
                }
            }
        }
        auto-re-enrollment {
            scep {
                certificate-id fw1-vpn {
                    ca-profile-name CORP-ISUING;
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
        ca-profile CORP-ISSUING {
            ca-identity issuing-ca.example.net;
            enrollment {
                url http://pki.example.net/certsrv/mscep/mscep.dll;
            }
            revocation-check {
                crl {
                    url http://crl.example.net/issuing.crl;
                }
            }
        }
        auto-re-enrollment {
            scep {
                certificate-id fw1-vpn {
                    ca-profile-name CORP-ISSUING;
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
		Run: runUndefinedCAProfile,
	}
}

// caReference is one place that names a ca-profile.
type caReference struct {
	value *ast.Node // the node holding the name
	what  string    // how the message names the referring statement
	// replace returns the operations that make the reference name another
	// profile.
	replace func(name string) []fix.Op
}

// caReferences returns every reference to a ca-profile in the effective
// configuration, in the order the checks run.
func caReferences(root *ast.Node) []caReference {
	var out []caReference
	leaf := func(k *ast.Node, what string) {
		v := k.Value()
		if v == "" {
			return
		}
		out = append(out, caReference{value: k.Children[0], what: what, replace: func(name string) []fix.Op {
			return []fix.Op{setOp(srcPathOf(k, name))}
		}})
	}
	for _, e := range reenrollEntries(root) {
		if k := e.caRef(); k != nil {
			leaf(k, e.describe())
		}
	}
	pki := root.Get("security", "pki")
	for _, id := range children(pki.Get("trap", "ca-identity")) {
		out = append(out, caReference{value: id, what: "trap ca-identity", replace: func(name string) []fix.Op {
			return moveEntry(id, name)
		}})
	}
	for _, g := range children(pki.Get("trusted-ca-group")) {
		list := g.Child("ca-profiles")
		for _, m := range children(list) {
			what := "trusted-ca-group " + quote(g.Name)
			out = append(out, caReference{value: m, what: what, replace: func(name string) []fix.Op {
				return []fix.Op{delOp(srcPath(m)), setOp(srcPathOf(list, name))}
			}})
		}
	}
	if rest := restNode(root); rest != nil {
		for _, h := range httpsContainers(rest) {
			ma := h.Child("mutual-authentication")
			if ca := ma.Child("certificate-authority"); ca != nil {
				leaf(ca, "rest "+h.Name+" mutual-authentication")
			}
			for _, b := range bareMutualAuth(h) {
				out = append(out, caReference{value: b, what: "rest " + h.Name + " mutual-authentication", replace: func(name string) []fix.Op {
					return []fix.Op{delOp(srcPath(b)), setOp(srcPathOf(ma, "certificate-authority", name))}
				}})
			}
		}
	}
	root.Get("system", "services", "web-management").Walk(func(n *ast.Node) bool {
		if n.Name == "mtls" {
			if k := n.Child("ca-profile"); k != nil {
				leaf(k, "web-management mtls")
			}
			return false
		}
		return true
	})
	return out
}

func runUndefinedCAProfile(p *lint.Pass) {
	root := p.Root()
	names := profileNames(root)
	defined := make(map[string]bool, len(names))
	for _, n := range names {
		defined[n] = true
	}
	for _, r := range caReferences(root) {
		name := r.value.Name
		if !literal(name) || defined[name] {
			continue
		}
		var fixes []fix.Fix
		if best, _, unique := closest(name, names, 2); unique {
			fixes = one("use ca-profile "+best+" instead of "+name, fix.Unsafe, r.replace(best)...)
		}
		p.Reportf(r.value, fixes, "%s names ca-profile %q, which is not defined under security pki%s",
			r.what, name, didYouMean(name, names))
	}
}

// moveEntry returns the operations that rename the list entry id to name,
// keeping what is configured below it: delete the entry, then set each of
// its statements under the new name (inside the group when the entry was
// inherited).
func moveEntry(id *ast.Node, name string) []fix.Op {
	old := srcPath(id)
	ops := []fix.Op{delOp(old)}
	base := append(old[:len(old)-1:len(old)-1], name)
	depth := len(path(id))
	id.Leaves(func(leaf *ast.Node) {
		if leaf == id {
			return
		}
		ops = append(ops, setOp(append(append([]string(nil), base...), leaf.Path()[depth:]...)))
	})
	if len(ops) == 1 {
		ops = append(ops, setOp(base))
	}
	return ops
}
