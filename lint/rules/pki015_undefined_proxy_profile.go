package rules

import (
	"github.com/junoslint/junoslint/lint"
)

// UndefinedProxyProfile is PKI015: a ca-profile names a proxy profile that
// is not defined.
func UndefinedProxyProfile() *lint.Rule {
	return &lint.Rule{
		Code:     "PKI015",
		Name:     "undefined-proxy-profile",
		Category: "reference",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "ca-profile names a proxy-profile that is not defined",
			Text: `A ca-profile's "proxy-profile" names a profile that "services proxy profile" does not define. Junos refuses to commit the configuration; on a device where it would, enrollment, CRL and OCSP traffic for the CA has no proxy to go through.

Define the proxy profile under "services proxy profile NAME" (protocol http host and port) or correct the name. A profile supplied by an applied group counts as defined; names that are group wildcards or macros are not checked.`,
			Bad: `security {
    pki {
        ca-profile CORP-CA {
            ca-identity corp-ca.example.net;
            revocation-check {
                crl {
                    url http://crl.example.net/corp-ca.crl;
                }
            }
            proxy-profile WEB-PROXY;
        }
    }
}
`,
			Good: `services {
    proxy {
        profile WEB-PROXY {
            protocol {
                http {
                    host 192.0.2.8;
                    port 3128;
                }
            }
        }
    }
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
            proxy-profile WEB-PROXY;
        }
    }
}
`,
			Since: since,
		},
		Run: runUndefinedProxyProfile,
	}
}

func runUndefinedProxyProfile(p *lint.Pass) {
	root := p.Root()
	defined := root.Get("services", "proxy", "profile")
	var names []string
	for _, c := range children(defined) {
		names = append(names, c.Name)
	}
	for _, prof := range pkiProfiles(root) {
		k := prof.Child("proxy-profile")
		if k == nil || len(k.Children) == 0 {
			continue
		}
		v := k.Children[0]
		if !literal(v.Name) || defined.Child(v.Name) != nil {
			continue
		}
		p.Reportf(v, nil, "ca-profile %q names proxy-profile %q, which is not defined under services proxy profile%s",
			prof.Name, v.Name, didYouMean(v.Name, names))
	}
}
