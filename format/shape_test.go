package format_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/schema"
)

// oraclePair reports whether a corpus pair is a set -> curly oracle: the
// jvd- pairs are Junos' own output in both forms, the jcc- and hier_config-
// ones a converter's test data and a fixture written in both forms. The
// batfish- pairs are Batfish's flattener output, not Junos', and are left
// out.
func oraclePair(base string) bool {
	return strings.HasPrefix(base, "jvd-") || strings.HasPrefix(base, "jcc-") || strings.HasPrefix(base, "hier_config-")
}

// shapeNormal prepares curly text for comparison. It keeps what is
// configuration and drops what a set file cannot carry or what is layout:
//
//   - blank lines, and comments wherever they stand (`## Last changed: …`,
//     RANCID headers, a `## note` after a statement), except the
//     `## SECRET-DATA` that Junos writes after a secret, which ConfigCurly
//     must produce and which is compared;
//   - `replace: ` tags: a directive to `load replace`, never part of the
//     configuration (Junos does not print it), and inexpressible in set form;
//   - white space at both ends of each line (some partners were indented by
//     hand: jcc inputs mix tabs, two-space indents and trailing blanks; the
//     indentation is compared by the stricter count, see shapeIndented);
//   - line ends inside a `[ … ]` list: Junos wraps very long leaf-lists onto
//     several lines (jcc-config_2, _17), which is white space inside the
//     brackets.
func shapeNormal(b []byte) []string {
	var out []string
	open := false // inside a `[ … ]` list continued from an earlier line
	for _, l := range strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(shapeStripComment(l))
		l = strings.TrimPrefix(l, "replace: ")
		if l == "" {
			continue
		}
		if open {
			out[len(out)-1] += " " + l
		} else {
			out = append(out, l)
		}
		open = shapeOpenList(out[len(out)-1])
	}
	return out
}

// shapeStripComment removes a `#` comment from the line l, unless it is
// `## SECRET-DATA`; a `#` inside a quoted string is not a comment.
func shapeStripComment(l string) string {
	quoted := false
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\\':
			if quoted {
				i++
			}
		case '"':
			quoted = !quoted
		case '#':
			if !quoted {
				if strings.TrimSpace(l[i:]) == "## SECRET-DATA" {
					return l
				}
				return l[:i]
			}
		}
	}
	return l
}

// shapeOpenList reports whether l opens a `[` it does not close.
func shapeOpenList(l string) bool {
	quoted, depth := false, 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\\':
			if quoted {
				i++
			}
		case '"':
			quoted = !quoted
		case '[':
			if !quoted {
				depth++
			}
		case ']':
			if !quoted {
				depth--
			}
		}
	}
	return depth > 0
}

// shapeIndented is the stricter comparison reported beside the main one:
// shapeNormal's lines with their indentation, and nothing else forgiven
// but blank lines, comment lines and trailing white space.
func shapeIndented(b []byte) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n") {
		l = strings.TrimRight(l, " \t")
		if t := strings.TrimSpace(l); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// shapeFirstDiff describes the first line where want and got differ, with
// a few lines of context.
func shapeFirstDiff(want, got []string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	var b strings.Builder
	from := max(i-3, 0)
	for j := from; j < i; j++ {
		b.WriteString("    " + want[j] + "\n")
	}
	for j := i; j < min(i+3, len(want)); j++ {
		b.WriteString("  - " + want[j] + "\n")
	}
	for j := i; j < min(i+3, len(got)); j++ {
		b.WriteString("  + " + got[j] + "\n")
	}
	return b.String()
}

func shapeEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestPairsSetToCurly converts the `.set` of each oracle pair to curly
// form and compares it with its `.curly` partner, normalised as shapeNormal
// says. At least 90% must match; every miss is logged with its first
// difference. The count with indentation compared too is logged.
func TestPairsSetToCurly(t *testing.T) {
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus); skipping")
	}
	sets, err := filepath.Glob(filepath.Join(dir, "pairs", "*.set"))
	if err != nil {
		t.Fatal(err)
	}
	sch := schema.New()
	var total, match, indented int
	for _, path := range sets {
		base := strings.TrimSuffix(filepath.Base(path), ".set")
		if !oraclePair(base) {
			continue
		}
		total++
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		partner, err := os.ReadFile(strings.TrimSuffix(path, ".set") + ".curly")
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(base, "jcc-") {
			// The same allowance as TestPairsCurlyToSet: jcc writes a
			// block's deactivate/protect line before its set lines, where
			// Junos (and load set, which needs the element to exist)
			// expects it after them.
			src = []byte(strings.Join(junosTagOrder(setLinesOf(src)), "\n") + "\n")
		}
		f := grammar.Parse(path, src)
		out := mustCurly(t, f.Config, sch)
		if shapeEqual(shapeIndented(out), shapeIndented(partner)) {
			indented++
		}
		want, got := shapeNormal(partner), shapeNormal(out)
		if shapeEqual(want, got) {
			match++
			continue
		}
		t.Logf("MISS %s:\n%s", base, shapeFirstDiff(want, got))
	}
	if total == 0 {
		t.Fatal("no jvd-/jcc-/hier_config- pairs found")
	}
	pct := 100 * float64(match) / float64(total)
	t.Logf("set -> curly: %d of %d pairs match (%.1f%%); %d with indentation compared too", match, total, pct, indented)
	if pct < 90 {
		t.Errorf("set -> curly matches %.1f%% of the pairs; want at least 90%%", pct)
	}
}

// TestCurlyRoundTrip checks on every pair that curly output loses nothing:
// parsing ConfigCurly's output gives a tree whose display-set lines equal
// those of the tree it was printed from.
func TestCurlyRoundTrip(t *testing.T) {
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus); skipping")
	}
	paths, err := filepath.Glob(filepath.Join(dir, "pairs", "*"))
	if err != nil {
		t.Fatal(err)
	}
	sch := schema.New()
	var total, same int
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := grammar.Parse(path, src)
		want := format.SetLines(f.Config, format.SetOptions{Annotations: true})
		out := mustCurly(t, f.Config, sch)
		back := grammar.Parse("curly", out)
		got := format.SetLines(back.Config, format.SetOptions{Annotations: true})
		total++
		if len(back.Errors) == 0 && bytes.Equal(want, got) {
			same++
			continue
		}
		t.Errorf("%s: round trip through curly changed the configuration (%d syntax errors):\n%s",
			filepath.Base(path), len(back.Errors), shapeFirstDiff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n")))
	}
	t.Logf("round trip: %d of %d pair files unchanged", same, total)
}

// TestConfigCurly converts small set inputs to curly form and compares the
// exact text, indentation included.
func TestConfigCurly(t *testing.T) {
	tests := []struct {
		name, set, want string
	}{
		{
			name: "interfaces",
			set: `set interfaces ge-0/0/0 description "uplink to core"
set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24
set interfaces ge-0/0/0 unit 0 family inet6 address 2001:db8::1/64
set interfaces ae0 aggregated-ether-options lacp active
set interfaces ae0 aggregated-ether-options lacp periodic fast
set interfaces xe-0/0/1 ether-options 802.3ad ae0
set interfaces ae0 unit 100 vlan-id 100
set interfaces ae0 unit 100 family ethernet-switching vlan members v100
set interfaces ae0 unit 101 family ethernet-switching vlan members [ v101 v102 ]
`,
			want: `interfaces {
    ge-0/0/0 {
        description "uplink to core";
        unit 0 {
            family inet {
                address 10.0.0.1/24;
            }
            family inet6 {
                address 2001:db8::1/64;
            }
        }
    }
    ae0 {
        aggregated-ether-options {
            lacp {
                active;
                periodic fast;
            }
        }
        unit 100 {
            vlan-id 100;
            family ethernet-switching {
                vlan {
                    members v100;
                }
            }
        }
        unit 101 {
            family ethernet-switching {
                vlan {
                    members [ v101 v102 ];
                }
            }
        }
    }
    xe-0/0/1 {
        ether-options {
            802.3ad ae0;
        }
    }
}
`,
		},
		{
			name: "policy and firewall one-liners",
			set: `set policy-options prefix-list MGMT 192.0.2.0/24
set policy-options policy-statement EXPORT term 1 from protocol direct
set policy-options policy-statement EXPORT term 1 from route-filter 10.0.0.0/8 orlonger
set policy-options policy-statement EXPORT term 1 then accept
set policy-options policy-statement EXPORT term 2 from community C1
set policy-options policy-statement EXPORT term 2 then community add C2
set policy-options policy-statement EXPORT term 2 then local-preference 200
set policy-options policy-statement EXPORT term 3 then reject
set policy-options community C1 members target:65000:1
set policy-options as-path AP "^65000 .*$"
set firewall family inet filter PROTECT term SSH from source-prefix-list MGMT
set firewall family inet filter PROTECT term SSH from protocol tcp
set firewall family inet filter PROTECT term SSH from destination-port [ ssh 830 ]
set firewall family inet filter PROTECT term SSH then accept
set firewall family inet filter PROTECT term DROP then count dropped
set firewall family inet filter PROTECT term DROP then discard
set firewall family inet filter PROTECT term LAST then discard
set firewall policer P1 if-exceeding bandwidth-limit 1m
set firewall policer P1 then discard
`,
			want: `policy-options {
    prefix-list MGMT {
        192.0.2.0/24;
    }
    policy-statement EXPORT {
        term 1 {
            from {
                protocol direct;
                route-filter 10.0.0.0/8 orlonger;
            }
            then accept;
        }
        term 2 {
            from community C1;
            then {
                community add C2;
                local-preference 200;
            }
        }
        term 3 {
            then reject;
        }
    }
    community C1 members target:65000:1;
    as-path AP "^65000 .*$";
}
firewall {
    family inet {
        filter PROTECT {
            term SSH {
                from {
                    source-prefix-list {
                        MGMT;
                    }
                    protocol tcp;
                    destination-port [ ssh 830 ];
                }
                then accept;
            }
            term DROP {
                then {
                    count dropped;
                    discard;
                }
            }
            term LAST {
                then {
                    discard;
                }
            }
        }
    }
    policer P1 {
        if-exceeding {
            bandwidth-limit 1m;
        }
        then discard;
    }
}
`,
		},
		{
			name: "routing",
			set: `set routing-options router-id 192.0.2.1
set routing-options autonomous-system 65000
set routing-options static route 0.0.0.0/0 next-hop 192.0.2.254
set routing-options static route 10.0.0.0/8 next-hop [ 192.0.2.1 192.0.2.2 ]
set routing-options static route 10.1.0.0/16 discard
set routing-options static route 10.1.0.0/16 preference 200
set protocols bgp group EBGP type external
set protocols bgp group EBGP export [ E1 E2 ]
set protocols bgp group EBGP neighbor 192.0.2.9 peer-as 65001
set protocols bgp group IBGP neighbor 192.0.2.10
set protocols bgp group EBGP family inet unicast
set protocols ospf area 0.0.0.0 interface lo0.0 passive
set protocols ospf area 0.0.0.0 interface ge-0/0/0.0 interface-type p2p
set protocols isis level 2 wide-metrics-only
set protocols isis interface ge-0/0/0.0 level 2 metric 10
set protocols isis source-packet-routing srgb start-label 16000
set protocols isis source-packet-routing srgb index-range 8000
set protocols mpls interface all
set protocols lldp interface all
set routing-instances VRF1 instance-type vrf
set routing-instances VRF1 interface ge-0/0/1.0
set routing-instances VRF1 route-distinguisher 192.0.2.1:1
set routing-instances VRF1 vrf-target target:65000:1
`,
			want: `routing-options {
    router-id 192.0.2.1;
    autonomous-system 65000;
    static {
        route 0.0.0.0/0 next-hop 192.0.2.254;
        route 10.0.0.0/8 next-hop [ 192.0.2.1 192.0.2.2 ];
        route 10.1.0.0/16 {
            discard;
            preference 200;
        }
    }
}
protocols {
    bgp {
        group EBGP {
            type external;
            export [ E1 E2 ];
            neighbor 192.0.2.9 {
                peer-as 65001;
            }
            family inet {
                unicast;
            }
        }
        group IBGP {
            neighbor 192.0.2.10;
        }
    }
    ospf {
        area 0.0.0.0 {
            interface lo0.0 {
                passive;
            }
            interface ge-0/0/0.0 {
                interface-type p2p;
            }
        }
    }
    isis {
        level 2 wide-metrics-only;
        interface ge-0/0/0.0 {
            level 2 metric 10;
        }
        source-packet-routing {
            srgb start-label 16000 index-range 8000;
        }
    }
    mpls {
        interface all;
    }
    lldp {
        interface all;
    }
}
routing-instances {
    VRF1 {
        instance-type vrf;
        interface ge-0/0/1.0;
        route-distinguisher 192.0.2.1:1;
        vrf-target target:65000:1;
    }
}
`,
		},
		{
			name: "system, secrets and syslog",
			set: `set system host-name edge1
set system root-authentication encrypted-password "$6$abc$def"
set system login user alice uid 2001
set system login user alice class super-user
set system login user alice authentication ssh-ed25519 "ssh-ed25519 AAAAC3 alice@host"
set system services ssh root-login deny
set system services ssh protocol-version v2
set system services netconf ssh
set system services ftp
set system syslog user * any emergency
set system syslog file messages any notice
set system syslog file messages authorization info
set system syslog file messages archive size 1m
set system syslog file messages archive files 3
set system ntp server 192.0.2.123 prefer
set system name-server 192.0.2.53
set system radius-server 192.0.2.5 secret "$9$xyz"
set system tacplus-server 192.0.2.6 secret "$9$abc"
set system tacplus-server 192.0.2.6 source-address 192.0.2.1
set system ports console log-out-on-disconnect
set protocols bgp group G authentication-key "$9$key"
set protocols ospf area 0.0.0.0 interface ge-0/0/0.0 authentication md5 1 key "$9$md5"
`,
			want: `system {
    host-name edge1;
    root-authentication {
        encrypted-password "$6$abc$def"; ## SECRET-DATA
    }
    login {
        user alice {
            uid 2001;
            class super-user;
            authentication {
                ssh-ed25519 "ssh-ed25519 AAAAC3 alice@host"; ## SECRET-DATA
            }
        }
    }
    services {
        ssh {
            root-login deny;
            protocol-version v2;
        }
        netconf {
            ssh;
        }
        ftp;
    }
    syslog {
        user * {
            any emergency;
        }
        file messages {
            any notice;
            authorization info;
            archive size 1m files 3;
        }
    }
    ntp {
        server 192.0.2.123 prefer;
    }
    name-server {
        192.0.2.53;
    }
    radius-server {
        192.0.2.5 secret "$9$xyz"; ## SECRET-DATA
    }
    tacplus-server {
        192.0.2.6 {
            secret "$9$abc"; ## SECRET-DATA
            source-address 192.0.2.1;
        }
    }
    ports {
        console log-out-on-disconnect;
    }
}
protocols {
    bgp {
        group G {
            authentication-key "$9$key"; ## SECRET-DATA
        }
    }
    ospf {
        area 0.0.0.0 {
            interface ge-0/0/0.0 {
                authentication {
                    md5 1 key "$9$md5"; ## SECRET-DATA
                }
            }
        }
    }
}
`,
		},
		{
			// junos-syntax-and-pki.md B10, both forms.
			name: "pki",
			set: `set security pki ca-profile ORG-ROOT ca-identity org-root.example.net
set security pki ca-profile ORG-ROOT enrollment url http://pki.example.net/certsrv/mscep/mscep.dll
set security pki ca-profile ORG-ROOT enrollment retry 10
set security pki ca-profile ORG-ROOT enrollment retry-interval 900
set security pki ca-profile ORG-ROOT revocation-check use-ocsp
set security pki ca-profile ORG-ROOT revocation-check ocsp url http://ocsp.example.net
set security pki ca-profile ORG-ROOT revocation-check ocsp connection-failure fallback-crl
set security pki ca-profile ORG-ROOT revocation-check crl url http://crl.example.net/org-root.crl
set security pki ca-profile ORG-ROOT revocation-check crl refresh-interval 24
set security pki auto-re-enrollment scep certificate-id fw1-rest ca-profile-name ORG-ROOT
set security pki auto-re-enrollment scep certificate-id fw1-rest challenge-password "$9$abcDEF0123"
set security pki auto-re-enrollment scep certificate-id fw1-rest re-enroll-trigger-time-percentage 10
set security pki auto-re-enrollment scep certificate-id fw1-rest re-generate-keypair
set security pki traceoptions file pki.log size 1m files 3
set security pki traceoptions flag enrollment
`,
			want: `security {
    pki {
        ca-profile ORG-ROOT {
            ca-identity org-root.example.net;
            enrollment {
                url http://pki.example.net/certsrv/mscep/mscep.dll;
                retry 10;
                retry-interval 900;
            }
            revocation-check {
                use-ocsp;
                ocsp {
                    url http://ocsp.example.net;
                    connection-failure {
                        fallback-crl;
                    }
                }
                crl {
                    url http://crl.example.net/org-root.crl;
                    refresh-interval 24;
                }
            }
        }
        auto-re-enrollment {
            scep {
                certificate-id fw1-rest {
                    ca-profile-name ORG-ROOT;
                    challenge-password "$9$abcDEF0123"; ## SECRET-DATA
                    re-enroll-trigger-time-percentage 10;
                    re-generate-keypair;
                }
            }
        }
        traceoptions {
            file pki.log size 1m files 3;
            flag enrollment;
        }
    }
}
`,
		},
		{
			name: "pki more",
			set: `set security pki ca-profile CA2 revocation-check crl disable on-download-failure
set security pki ca-profile CA2 revocation-check crl url http://crl.example.net/ca2.crl password "$9$pw"
set security pki ca-profile CA2 revocation-check ocsp url http://o1.example.net
set security pki ca-profile CA2 revocation-check ocsp url http://o2.example.net
set security pki ca-profile CA2 revocation-check ocsp nonce-payload enable
set security pki ca-profile CA2 revocation-check ocsp connection-failure disable
set security pki ca-profile CA2 administrator email-address "pki@example.net"
set security pki trusted-ca-group G1 ca-profiles [ CA1 CA2 ]
set security pki auto-re-enrollment certificate-id old ca-profile-name CA2
`,
			want: `security {
    pki {
        ca-profile CA2 {
            revocation-check {
                crl {
                    disable on-download-failure;
                    url http://crl.example.net/ca2.crl {
                        password "$9$pw"; ## SECRET-DATA
                    }
                }
                ocsp {
                    url http://o1.example.net;
                    url http://o2.example.net;
                    nonce-payload enable;
                    connection-failure {
                        disable;
                    }
                }
            }
            administrator {
                email-address "pki@example.net";
            }
        }
        trusted-ca-group G1 {
            ca-profiles [ CA1 CA2 ];
        }
        auto-re-enrollment {
            certificate-id old {
                ca-profile-name CA2;
            }
        }
    }
}
`,
		},
		{
			// junos-syntax-and-pki.md B12, both forms.
			name: "rest",
			set: `set system services rest https port 3443
set system services rest https addresses 192.0.2.10
set system services rest https addresses 192.0.2.11
set system services rest https server-certificate fw1-rest
set system services rest https cipher-list ecdhe-rsa-with-aes-256-gcm-sha384
set system services rest https cipher-list ecdhe-rsa-with-aes-128-gcm-sha256
set system services rest https mutual-authentication certificate-authority ORG-ROOT
set system services rest control allowed-sources 198.51.100.5
set system services rest control allowed-sources 198.51.100.6
set system services rest control connection-limit 10
`,
			want: `system {
    services {
        rest {
            https {
                port 3443;
                addresses [ 192.0.2.10 192.0.2.11 ];
                server-certificate fw1-rest;
                cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 ecdhe-rsa-with-aes-128-gcm-sha256 ];
                mutual-authentication {
                    certificate-authority ORG-ROOT;
                }
            }
            control {
                allowed-sources [ 198.51.100.5 198.51.100.6 ];
                connection-limit 10;
            }
        }
    }
}
`,
		},
		{
			name: "rest http and explorer",
			set: `set system services rest http port 3000
set system services rest enable-explorer
set system services rest http
`,
			want: `system {
    services {
        rest {
            http {
                port 3000;
            }
            enable-explorer;
        }
    }
}
`,
		},
		{
			name: "tags and annotations",
			set: `set system host-name r1
deactivate system host-name
set system syslog file messages any notice
deactivate system syslog
protect system
set protocols bgp group G neighbor 192.0.2.1 peer-as 1
set protocols bgp group G neighbor 192.0.2.2 peer-as 2
deactivate protocols bgp group G neighbor 192.0.2.2
set protocols bgp group G import [ P1 P2 ]
deactivate protocols bgp group G import
set routing-options static route 0.0.0.0/0 next-hop 192.0.2.254
deactivate routing-options static route 0.0.0.0/0
set routing-options static route 10.0.0.0/8 next-hop 192.0.2.1
deactivate routing-options static route 10.0.0.0/8 next-hop
edit interfaces
set ge-0/0/0 unit 0 family inet address 10.0.0.1/24
annotate ge-0/0/0 "core uplink"
edit ge-0/0/0 unit 0 family inet
annotate address 10.0.0.1/24 "primary address"
top
`,
			want: `protect: system {
    inactive: host-name r1;
    inactive: syslog {
        file messages {
            any notice;
        }
    }
}
protocols {
    bgp {
        group G {
            neighbor 192.0.2.1 {
                peer-as 1;
            }
            inactive: neighbor 192.0.2.2 {
                peer-as 2;
            }
            inactive: import [ P1 P2 ];
        }
    }
}
routing-options {
    static {
        inactive: route 0.0.0.0/0 next-hop 192.0.2.254;
        route 10.0.0.0/8 {
            inactive: next-hop 192.0.2.1;
        }
    }
}
interfaces {
    /* core uplink */
    ge-0/0/0 {
        unit 0 {
            family inet {
                /* primary address */
                address 10.0.0.1/24;
            }
        }
    }
}
`,
		},
		{
			name: "tags on keys",
			set: `set policy-options policy-statement P term T from route-filter 10.0.0.0/8 exact
set policy-options policy-statement P term T from route-filter 10.0.0.0/8 longer
set policy-options policy-statement P term T from route-filter 10.1.0.0/16 exact
deactivate policy-options policy-statement P term T from route-filter 10.0.0.0/8
set policy-options policy-statement Q term T from route-filter 10.0.0.0/8 exact
deactivate policy-options policy-statement Q term T from route-filter
set security policies from-zone trust to-zone untrust policy P1 match application any
set security policies from-zone trust to-zone dmz policy P2 then deny
deactivate security policies from-zone trust
set security policies from-zone a to-zone b policy P3 then permit
deactivate security policies from-zone a to-zone b
`,
			want: `policy-options {
    policy-statement P {
        term T {
            from {
                inactive: route-filter 10.0.0.0/8 {
                    exact;
                    longer;
                }
                route-filter 10.1.0.0/16 exact;
            }
        }
    }
    policy-statement Q {
        term T {
            from {
                inactive: route-filter {
                    10.0.0.0/8 exact;
                }
            }
        }
    }
}
security {
    policies {
        inactive: from-zone trust {
            to-zone untrust {
                policy P1 {
                    match {
                        application any;
                    }
                }
            }
            to-zone dmz {
                policy P2 {
                    then {
                        deny;
                    }
                }
            }
        }
        inactive: from-zone a to-zone b {
            policy P3 {
                then {
                    permit;
                }
            }
        }
    }
}
`,
		},
		{
			name: "groups and unknown statements",
			set: `set groups G interfaces <ge-*> mtu 9192
set groups G system syslog file <*> any notice
set apply-groups G
set newfeature knob
set newfeature mode fast
set newfeature peers 192.0.2.1 weight 10
set newfeature peers 192.0.2.2 weight 20
set newfeature servers 192.0.2.7
set newfeature servers 192.0.2.8
set newfeature deep a b c
`,
			want: `groups {
    G {
        interfaces {
            <ge-*> {
                mtu 9192;
            }
        }
        system {
            syslog {
                file <*> {
                    any notice;
                }
            }
        }
    }
}
apply-groups G;
newfeature {
    knob;
    mode fast;
    peers 192.0.2.1 {
        weight 10;
    }
    peers 192.0.2.2 {
        weight 20;
    }
    servers [ 192.0.2.7 192.0.2.8 ];
    deep {
        a {
            b c;
        }
    }
}
`,
		},
		{
			name: "quotes",
			set: `set system login message "Authorized use only; all access logged"
set interfaces ge-0/0/0 description "link {A}"
set policy-options policy-statement P term T from as-path-group "my group"
set system login class ops allow-commands "(show|ping)"
`,
			want: `system {
    login {
        message "Authorized use only; all access logged";
        class ops {
            allow-commands "(show|ping)";
        }
    }
}
interfaces {
    ge-0/0/0 {
        description "link {A}";
    }
}
policy-options {
    policy-statement P {
        term T {
            from as-path-group "my group";
        }
    }
}
`,
		},
	}
	sch := schema.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := grammar.Parse(tt.name, []byte(tt.set))
			if len(f.Errors) > 0 {
				t.Fatalf("input has syntax errors: %v", f.Errors)
			}
			got := string(mustCurly(t, f.Config, sch))
			if got != tt.want {
				t.Errorf("ConfigCurly:\n%s\nwant:\n%s\nfirst difference:\n%s", got, tt.want,
					shapeFirstDiff(strings.Split(tt.want, "\n"), strings.Split(got, "\n")))
			}
			back := grammar.Parse("curly", []byte(got))
			if w, g := format.SetLines(f.Config, format.SetOptions{Annotations: true}), format.SetLines(back.Config, format.SetOptions{Annotations: true}); !bytes.Equal(w, g) || len(back.Errors) > 0 {
				t.Errorf("reading the output back changes the configuration (%d syntax errors):\n%s", len(back.Errors),
					shapeFirstDiff(strings.Split(string(w), "\n"), strings.Split(string(g), "\n")))
			}
		})
	}
}

// TestCurlyCorpusShapes reads each curly config of the jvd- sources (Junos
// output, and configs rendered for Junos by Apstra), prints its tree with
// ConfigCurly and compares the result with the file, normalised as
// shapeNormal says: a schema regression shows up here across 140 real
// configurations. The files that do not reproduce hold things a tree cannot
// carry (a certificate body truncated to a comment, a policy defined twice)
// or Apstra's rendering where it differs from the device's (`then {
// reject; }`); at least 80% must reproduce.
func TestCurlyCorpusShapes(t *testing.T) {
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus); skipping")
	}
	files, err := corpus.Files(dir, "curly/jvd", "pki/jvd", "pairs")
	if err != nil {
		t.Fatal(err)
	}
	sch := schema.New()
	var total, same int
	for _, p := range files {
		base := filepath.Base(p)
		if strings.HasSuffix(p, ".set") || (strings.Contains(p, "pairs") && !strings.HasPrefix(base, "jvd-")) {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f := grammar.Parse(p, src)
		if len(f.Errors) > 0 {
			continue
		}
		total++
		want, got := shapeNormal(src), shapeNormal(mustCurly(t, f.Config, sch))
		if shapeEqual(want, got) {
			same++
			continue
		}
		t.Logf("MISS %s:\n%s", strings.TrimPrefix(p, dir), shapeFirstDiff(want, got))
	}
	if total == 0 {
		t.Fatal("no jvd curly configs found")
	}
	pct := 100 * float64(same) / float64(total)
	t.Logf("curly corpus: %d of %d jvd configs reproduced (%.1f%%)", same, total, pct)
	if pct < 80 {
		t.Errorf("ConfigCurly reproduces %.1f%% of the jvd curly configs; want at least 80%%", pct)
	}
}

func TestConfigCurlyEmpty(t *testing.T) {
	if got := mustCurly(t, grammar.Parse("empty", nil).Config, nil); len(got) != 0 {
		t.Errorf("ConfigCurly of an empty tree = %q; want nothing", got)
	}
}

// BenchmarkConfigCurly prints the tree of every corpus set file,
// concatenated into one input, in curly form. The bytes counted are those
// of the set input.
func BenchmarkConfigCurly(b *testing.B) {
	dir, ok := corpus.Dir()
	if !ok {
		b.Skip("corpus not found (../shared/corpus); skipping")
	}
	files, err := corpus.Files(dir, "set", "pairs")
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for _, p := range files {
		if !strings.HasSuffix(p, ".set") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(src)
		buf.WriteByte('\n')
	}
	f := grammar.Parse("bench.set", buf.Bytes())
	sch := schema.New()
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := format.ConfigCurly(f.Config, sch, format.CurlyOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// mustCurly is format.ConfigCurly, failing the test on an error.
func mustCurly(t testing.TB, root *ast.Node, sch *schema.Schema) []byte {
	t.Helper()
	out, err := format.ConfigCurly(root, sch, format.CurlyOptions{})
	if err != nil {
		t.Fatalf("ConfigCurly: %v", err)
	}
	return out
}
