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
	// Most configurations have no ca-profile naming an instance, and some
	// define thousands of instances: look each name up through the tree's
	// child index, and list the instances only for a suggestion.
	var names []string
	for _, prof := range pkiProfiles(root) {
		k := prof.Child("routing-instance")
		if k == nil || len(k.Children) == 0 {
			continue
		}
		v := k.Children[0]
		if !literal(v.Name) || routingInstanceDefined(root, v.Name) {
			continue
		}
		if names == nil {
			names = routingInstanceNames(root)
		}
		extra := didYouMean(v.Name, names)
		if v.Name == "mgmt_junos" {
			extra = "; mgmt_junos exists only when system management-instance is set"
		}
		p.Reportf(v, nil, "ca-profile %q names routing-instance %q, which is not defined%s", prof.Name, v.Name, extra)
	}
}

// routingInstanceDefined reports whether the configuration defines the
// routing instance name: under routing-instances, under a tenant's, or
// mgmt_junos when system management-instance is set.
func routingInstanceDefined(root *ast.Node, name string) bool {
	if root.Get("routing-instances", name) != nil {
		return true
	}
	for _, t := range children(root.Get("tenants")) {
		if t.Get("routing-instances", name) != nil {
			return true
		}
	}
	return name == "mgmt_junos" && root.Get("system", "management-instance") != nil
}

// routingInstanceNames lists the routing instances the configuration
// defines, in the order routingInstanceDefined looks.
func routingInstanceNames(root *ast.Node) []string {
	names := []string{}
	for _, c := range children(root.Get("routing-instances")) {
		names = append(names, c.Name)
	}
	for _, t := range children(root.Get("tenants")) {
		for _, c := range children(t.Child("routing-instances")) {
			names = append(names, c.Name)
		}
	}
	if root.Get("system", "management-instance") != nil {
		names = append(names, "mgmt_junos")
	}
	return names
}
