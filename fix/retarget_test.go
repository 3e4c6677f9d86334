package fix_test

import (
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/grammar"
)

const retargetSrc = `groups {
    PKI-DEFAULTS {
        security {
            pki {
                auto-re-enrollment {
                    scep {
                        certificate-id <*> {
                            scep-digest-algorithm md5;
                        }
                    }
                }
            }
        }
    }
    REST-BASE {
        system {
            services {
                rest {
                    http;
                    enable-explorer;
                }
            }
        }
    }
}
apply-groups [ PKI-DEFAULTS REST-BASE ];
system {
    host-name fw1;
}
security {
    pki {
        auto-re-enrollment {
            scep {
                certificate-id fw1-vpn {
                    ca-profile-name CORP-CA;
                }
            }
        }
    }
}
`

func TestRetarget(t *testing.T) {
	f := grammar.Parse("r.conf", []byte(retargetSrc))
	if len(f.Errors) > 0 {
		t.Fatal(f.Errors)
	}
	root := effective.Compute(f, nil).Root
	cmd := func(verb fix.Verb, p string) fix.Op { return fix.Op{Verb: verb, Path: strings.Fields(p)} }
	tests := []struct {
		name string
		node string // effective path of the node the finding is about
		fx   fix.Fix
		want []string // per fix: "title | command; command"
	}{
		{
			name: "local node: unchanged",
			node: "system host-name",
			fx:   fix.Fix{Title: "rename", Ops: []fix.Op{cmd(fix.Set, "system host-name fw2")}},
			want: []string{"rename | set system host-name fw2"},
		},
		{
			name: "inherited through a wildcard: the group's path keeps <*>",
			node: "security pki auto-re-enrollment scep certificate-id fw1-vpn scep-digest-algorithm",
			fx:   fix.Fix{Title: "use sha1", Ops: []fix.Op{cmd(fix.Set, "security pki auto-re-enrollment scep certificate-id fw1-vpn scep-digest-algorithm sha1")}},
			want: []string{
				"use sha1 in group PKI-DEFAULTS | set groups PKI-DEFAULTS security pki auto-re-enrollment scep certificate-id <*> scep-digest-algorithm sha1",
				"use sha1 here only (overrides group PKI-DEFAULTS) | set security pki auto-re-enrollment scep certificate-id fw1-vpn scep-digest-algorithm sha1",
			},
		},
		{
			name: "already written inside the group: same result",
			node: "security pki auto-re-enrollment scep certificate-id fw1-vpn scep-digest-algorithm",
			fx:   fix.Fix{Title: "use sha1", Ops: []fix.Op{cmd(fix.Set, "groups PKI-DEFAULTS security pki auto-re-enrollment scep certificate-id <*> scep-digest-algorithm sha1")}},
			want: []string{
				"use sha1 in group PKI-DEFAULTS | set groups PKI-DEFAULTS security pki auto-re-enrollment scep certificate-id <*> scep-digest-algorithm sha1",
				"use sha1 here only (overrides group PKI-DEFAULTS) | set security pki auto-re-enrollment scep certificate-id fw1-vpn scep-digest-algorithm sha1",
			},
		},
		{
			name: "delete: no local alternative",
			node: "system services rest http",
			fx:   fix.Fix{Title: "delete rest http", Ops: []fix.Op{cmd(fix.Delete, "system services rest http")}},
			want: []string{"delete rest http in group REST-BASE | delete groups REST-BASE system services rest http"},
		},
		{
			name: "a set below the inherited node's parent",
			node: "system services rest enable-explorer",
			fx:   fix.Fix{Title: "limit connections", Ops: []fix.Op{cmd(fix.Set, "system services rest control connection-limit 10")}},
			want: []string{
				"limit connections in group REST-BASE | set groups REST-BASE system services rest control connection-limit 10",
				"limit connections here only (overrides group REST-BASE) | set system services rest control connection-limit 10",
			},
		},
		{
			name: "an operation elsewhere stays where it is",
			node: "system services rest http",
			fx: fix.Fix{Title: "x", Ops: []fix.Op{
				cmd(fix.Delete, "system services rest http"),
				cmd(fix.Set, "snmp location lab"),
			}},
			want: []string{"x in group REST-BASE | delete groups REST-BASE system services rest http; set snmp location lab"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := root.Get(strings.Fields(tt.node)...)
			if n == nil {
				t.Fatalf("no effective node %q", tt.node)
			}
			got := fix.Retarget(tt.fx, n)
			var lines []string
			for _, g := range got {
				lines = append(lines, g.Title+" | "+strings.Join(g.Commands(), "; "))
			}
			if strings.Join(lines, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Retarget:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestInGroup(t *testing.T) {
	ops := []fix.Op{
		{Verb: fix.Set, Path: []string{"system", "host-name", "x"}},
		{Verb: fix.Delete, Path: []string{"groups", "G", "snmp"}},
	}
	got := fix.InGroup(ops, "BASE")
	if c := got[0].Command(); c != "set groups BASE system host-name x" {
		t.Errorf("InGroup: %s", c)
	}
	if c := got[1].Command(); c != "delete groups G snmp" {
		t.Errorf("InGroup moved a path already inside a group: %s", c)
	}
	if ops[0].Command() != "set system host-name x" {
		t.Error("InGroup changed its input")
	}
}
