package rules

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/lint"
)

// UndefinedRoutingInstance is PKI016: a ca-profile names a routing instance
// that is not defined.
func UndefinedRoutingInstance() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI016",
		Name:     "undefined-routing-instance",
		Category: "reference",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "ca-profile names a routing-instance that is not defined",
			Text: `A ca-profile's "routing-instance" names an instance that "routing-instances" (or "tenants NAME routing-instances") does not define. Junos refuses to commit the configuration; on a device where it would, enrollment, CRL and OCSP traffic for the CA cannot be routed.

The management instance "mgmt_junos" counts as defined when "system management-instance" is set, as Junos creates it then. Define the routing instance or correct the name. Instances supplied by an applied group count; names that are group wildcards or macros are not checked.`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
            revocation-check {
                crl {
                    url http://crl.example.net/corp-ca.crl;
                }
            }
            routing-instance mgmt_junos;
        }
    }
}
`,
			Good: `system {
    management-instance;
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
            routing-instance mgmt_junos;
        }
    }
}
`,
			Since: since,
		},
		Run: runUndefinedRoutingInstance,
	}
}

func runUndefinedRoutingInstance(p *lint.Pass) {
	root := p.Root()
	defined := map[string]bool{}
	var names []string
	addAll := func(ris *ast.Node) {
		for _, c := range children(ris) {
			defined[c.Name] = true
			names = append(names, c.Name)
		}
	}
	addAll(root.Get("routing-instances"))
	for _, t := range children(root.Get("tenants")) {
		addAll(t.Child("routing-instances"))
	}
	if root.Get("system", "management-instance") != nil {
		defined["mgmt_junos"] = true
		names = append(names, "mgmt_junos")
	}
	for _, prof := range pkiProfiles(root) {
		k := prof.Child("routing-instance")
		if k == nil || len(k.Children) == 0 {
			continue
		}
		v := k.Children[0]
		if !literal(v.Name) || defined[v.Name] {
			continue
		}
		extra := didYouMean(v.Name, names)
		if v.Name == "mgmt_junos" {
			extra = "; mgmt_junos exists only when system management-instance is set"
		}
		p.Reportf(v, nil, "ca-profile %q names routing-instance %q, which is not defined%s", prof.Name, v.Name, extra)
	}
}
