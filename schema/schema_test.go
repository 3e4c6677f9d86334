package schema_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/schema"
)

func path(s string) []string { return strings.Fields(s) }

func TestLookup(t *testing.T) {
	sch := schema.New()
	tests := []struct {
		path     string
		kind     schema.Kind
		keys     int
		oneliner bool
		collapse bool
		secret   bool
	}{
		{"system", schema.Container, 0, false, false, false},
		{"system host-name", schema.Leaf, 0, false, false, false},
		{"system host-name r1", schema.Value, 0, false, false, false},
		{"system name-server", schema.Container, 0, false, false, false},
		{"system login user", schema.List, 1, false, false, false},
		{"system login user alice", schema.Key, 0, false, false, false},
		{"system login user alice authentication encrypted-password", schema.Leaf, 0, false, false, true},
		{"system login user alice authentication ssh-rsa", schema.List, 1, false, false, true},
		{"system root-authentication encrypted-password", schema.Leaf, 0, false, false, true},
		{"system syslog file messages", schema.Key, 0, false, false, false},
		{"system syslog file messages any", schema.Leaf, 0, false, false, false},
		{"system services ssh", schema.Container, 0, false, false, false},
		{"system services ssh protocol-version", schema.LeafList, 0, false, false, false},
		{"system services ftp", schema.Container, 0, false, false, false},
		{"system services rest enable-explorer", schema.Flag, 0, false, false, false},
		{"system services rest https cipher-list", schema.LeafList, 0, false, false, false},
		{"system services rest https mutual-authentication certificate-authority", schema.Leaf, 0, false, false, false},
		{"system services rest control allowed-sources", schema.LeafList, 0, false, false, false},
		{"system ntp server", schema.List, 1, true, false, false},
		{"system radius-server 192.0.2.1", schema.Container, 0, false, true, false},
		{"system radius-server 192.0.2.1 secret", schema.Leaf, 0, false, false, true},
		{"system tacplus-server 192.0.2.1 secret", schema.Leaf, 0, false, false, true},
		{"interfaces", schema.Container, 0, false, false, false},
		{"interfaces ge-0/0/0", schema.Container, 0, false, false, false},
		{"interfaces ge-0/0/0 unit", schema.List, 1, false, false, false},
		{"interfaces ge-0/0/0 unit 0 family", schema.List, 1, false, false, false},
		{"interfaces ge-0/0/0 unit 0 family inet", schema.Key, 0, false, false, false},
		{"interfaces ge-0/0/0 unit 0 family inet address", schema.List, 1, false, false, false},
		{"interfaces ge-0/0/0 unit 0 family inet6 address 2001:db8::1/64 primary", schema.Flag, 0, false, false, false},
		{"interfaces ge-0/0/0 unit 0 family ethernet-switching vlan members", schema.LeafList, 0, false, false, false},
		{"interfaces ge-0/0/0 unit 0 vlan-tags", schema.Container, 0, true, false, false},
		{"interfaces ge-0/0/0 ether-options 802.3ad", schema.Container, 0, true, false, false},
		{"interfaces interface-range R unit", schema.List, 1, false, false, false},
		{"protocols bgp group", schema.List, 1, false, false, false},
		{"protocols bgp group G neighbor", schema.List, 1, false, false, false},
		{"protocols bgp group G neighbor 192.0.2.1 peer-as", schema.Leaf, 0, false, false, false},
		{"protocols bgp group G export", schema.LeafList, 0, false, false, false},
		{"protocols bgp group G authentication-key", schema.Leaf, 0, false, false, true},
		{"protocols bgp log-updown", schema.Flag, 0, false, false, false},
		{"protocols bgp group G family inet unicast", schema.Container, 0, false, false, false},
		{"protocols ospf area 0.0.0.0 interface", schema.List, 1, false, false, false},
		{"protocols ospf3 area 0.0.0.0 interface ge-0/0/0.0 passive", schema.Container, 0, false, true, false},
		{"protocols ospf area 0 interface x authentication md5", schema.List, 1, true, false, false},
		{"protocols ospf area 0 interface x authentication md5 1 key", schema.Leaf, 0, false, false, true},
		{"protocols isis level", schema.List, 1, false, true, false},
		{"protocols isis interface lo0.0 level 2 metric", schema.Leaf, 0, false, false, false},
		{"protocols isis source-packet-routing srgb", schema.Container, 0, true, false, false},
		{"protocols mpls label-switched-path", schema.List, 1, false, false, false},
		{"protocols mpls interface", schema.List, 1, false, false, false},
		{"protocols rsvp interface", schema.List, 1, false, false, false},
		{"protocols ldp interface", schema.List, 1, false, false, false},
		{"protocols lldp interface", schema.List, 1, false, false, false},
		{"protocols evpn vni-options vni 100 vrf-target", schema.Container, 0, false, true, false},
		{"protocols pim rp static address", schema.List, 1, false, false, false},
		{"protocols igmp interface", schema.List, 1, false, false, false},
		{"protocols rstp interface ge-0/0/0 edge", schema.Flag, 0, false, false, false},
		{"protocols mstp msti", schema.List, 1, false, false, false},
		{"protocols bfd", schema.Container, 0, false, false, false},
		{"policy-options policy-statement", schema.List, 1, false, false, false},
		{"policy-options policy-statement P term", schema.List, 1, false, false, false},
		{"policy-options policy-statement P term T from", schema.Container, 0, false, true, false},
		{"policy-options policy-statement P term T from route-filter", schema.List, 2, true, false, false},
		{"policy-options policy-statement P term T from protocol", schema.LeafList, 0, false, false, false},
		{"policy-options policy-statement P term T then", schema.Container, 0, false, true, false},
		{"policy-options policy-statement P term T then accept", schema.Flag, 0, false, false, false},
		{"policy-options policy-statement P term T then community", schema.List, 2, true, false, false},
		{"policy-options policy-statement P term T then local-preference", schema.Container, 0, true, false, false},
		{"policy-options policy-statement P then", schema.Container, 0, false, true, false},
		{"policy-options prefix-list L 10.0.0.0/8", schema.Container, 0, true, false, false},
		{"policy-options community C", schema.Key, 0, false, true, false},
		{"policy-options community C members", schema.LeafList, 0, false, false, false},
		{"policy-options as-path A", schema.Key, 0, true, false, false},
		{"firewall family inet filter F term T from", schema.Container, 0, false, false, false},
		{"firewall family inet filter F term T from source-address 10.0.0.0/8", schema.Container, 0, true, false, false},
		{"firewall family inet filter F term T from destination-port", schema.LeafList, 0, false, false, false},
		{"firewall family inet filter F term T then", schema.Container, 0, false, true, false},
		{"firewall family inet filter F term T then discard", schema.Container, 0, false, false, false},
		{"firewall family inet6 filter F term T then discard", schema.Flag, 0, false, false, false},
		{"firewall filter F term T then discard", schema.Container, 0, false, false, false},
		{"firewall policer P then", schema.Container, 0, false, true, false},
		{"routing-options static route", schema.List, 1, false, true, false},
		{"routing-options static route 0.0.0.0/0 next-hop", schema.LeafList, 0, false, false, false},
		{"routing-options rib inet6.0 static route", schema.List, 1, false, true, false},
		{"routing-options router-id", schema.Leaf, 0, false, false, false},
		{"routing-options autonomous-system", schema.Leaf, 0, false, false, false},
		{"routing-instances", schema.Container, 0, false, false, false},
		{"routing-instances VRF1", schema.Container, 0, false, false, false},
		{"routing-instances VRF1 instance-type", schema.Leaf, 0, false, false, false},
		{"routing-instances VRF1 interface", schema.List, 1, false, false, false},
		{"routing-instances VRF1 vrf-target", schema.Container, 0, false, true, false},
		{"routing-instances VRF1 protocols bgp group", schema.List, 1, false, false, false},
		{"routing-instances VRF1 routing-options static route", schema.List, 1, false, true, false},
		{"logical-systems LS1 interfaces ge-0/0/0 unit", schema.List, 1, false, false, false},
		{"logical-systems LS1 routing-instances VRF1 protocols ospf area", schema.List, 1, false, false, false},
		{"security pki ca-profile", schema.List, 1, false, false, false},
		{"security pki ca-profile CA ca-identity", schema.Leaf, 0, false, false, false},
		{"security pki ca-profile CA enrollment url", schema.Leaf, 0, false, false, false},
		{"security pki ca-profile CA enrollment retry-interval", schema.Leaf, 0, false, false, false},
		{"security pki ca-profile CA administrator email-address", schema.Leaf, 0, false, false, false},
		{"security pki ca-profile CA revocation-check use-ocsp", schema.Flag, 0, false, false, false},
		{"security pki ca-profile CA revocation-check ocsp url", schema.List, 1, false, false, false},
		{"security pki ca-profile CA revocation-check ocsp nonce-payload", schema.Leaf, 0, false, false, false},
		{"security pki ca-profile CA revocation-check ocsp connection-failure fallback-crl", schema.Flag, 0, false, false, false},
		{"security pki ca-profile CA revocation-check crl url", schema.List, 1, false, false, false},
		{"security pki ca-profile CA revocation-check crl url http://x/c.crl password", schema.Leaf, 0, false, false, true},
		{"security pki ca-profile CA revocation-check crl disable", schema.Container, 0, true, false, false},
		{"security pki ca-profile CA revocation-check crl refresh-interval", schema.Leaf, 0, false, false, false},
		{"security pki trusted-ca-group G ca-profiles", schema.LeafList, 0, false, false, false},
		{"security pki auto-re-enrollment scep certificate-id", schema.List, 1, false, false, false},
		{"security pki auto-re-enrollment scep certificate-id C challenge-password", schema.Leaf, 0, false, false, true},
		{"security pki auto-re-enrollment scep certificate-id C re-generate-keypair", schema.Flag, 0, false, false, false},
		{"security pki auto-re-enrollment acme certificate-id C acme-key-id", schema.Leaf, 0, false, false, false},
		{"security pki auto-re-enrollment certificate-id C ca-profile-name", schema.Leaf, 0, false, false, false},
		{"security pki traceoptions file", schema.List, 1, true, false, false},
		{"security pki traceoptions flag", schema.List, 1, true, false, false},
		{"security zones security-zone trust interfaces ge-0/0/0.0", schema.Container, 0, false, false, false},
		{"security zones security-zone trust host-inbound-traffic system-services ssh", schema.Container, 0, false, false, false},
		{"security policies from-zone", schema.List, 3, false, false, false},
		{"security policies from-zone trust to-zone untrust policy P match application", schema.LeafList, 0, false, false, false},
		{"security nat source rule-set RS from", schema.Container, 0, false, true, false},
		{"security ike policy P pre-shared-key", schema.Container, 0, false, true, false},
		{"security ike policy P pre-shared-key ascii-text", schema.Leaf, 0, false, false, true},
		{"security address-book global address", schema.List, 1, false, true, false},
		{"security certificates local aos_grpc", schema.Container, 0, false, false, false},
		{"snmp community", schema.List, 1, false, false, false},
		{"snmp community public clients", schema.Container, 0, false, false, false},
		{"snmp v3 usm local-engine user U authentication-sha authentication-key", schema.Leaf, 0, false, false, true},
		{"chassis aggregated-devices ethernet device-count", schema.Leaf, 0, false, false, false},
		{"chassis fpc 0 pic 0 port 1 speed", schema.Leaf, 0, false, false, false},
		{"class-of-service schedulers S transmit-rate", schema.Container, 0, false, true, false},
		{"class-of-service classifiers dscp C forwarding-class FC loss-priority", schema.List, 1, false, true, false},
		{"class-of-service forwarding-classes class", schema.List, 1, true, false, false},
		{"vlans V vlan-id", schema.Leaf, 0, false, false, false},
		{"vlans V vxlan vni", schema.Leaf, 0, false, false, false},
		{"groups G", schema.Container, 0, false, false, false},
		{"groups G interfaces <*> unit <*> family inet address", schema.List, 1, false, false, false},
		{"apply-groups", schema.LeafList, 0, false, false, false},
		{"system apply-groups", schema.LeafList, 0, false, false, false},
		{"interfaces ge-0/0/0 unit 0 apply-groups-except", schema.LeafList, 0, false, false, false},
		{"version", schema.Leaf, 0, false, false, false},
		// Outside the tables: keywords known everywhere, then unknown.
		{"no-such-thing", schema.Unknown, 0, false, false, false},
		{"no-such-thing description", schema.Leaf, 0, false, false, false},
		{"no-such-thing unit", schema.List, 1, false, false, false},
		{"no-such-thing traceoptions flag", schema.List, 1, true, false, false},
		{"system no-such-thing other", schema.Unknown, 0, false, false, false},
	}
	for _, tt := range tests {
		e := sch.Lookup(path(tt.path))
		got := []any{e.Kind(), e.Keys(), e.Oneliner(), e.Collapse(), e.Secret()}
		want := []any{tt.kind, tt.keys, tt.oneliner, tt.collapse, tt.secret}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Lookup(%q) = kind %v keys %d oneliner %v collapse %v secret %v; want kind %v keys %d oneliner %v collapse %v secret %v",
				tt.path, got[0], got[1], got[2], got[3], got[4], want[0], want[1], want[2], want[3], want[4])
		}
	}
}

func TestElementWords(t *testing.T) {
	sch := schema.New()
	tests := []struct {
		parent, words string
		want          int
	}{
		{"system", "host-name r1", 1},
		{"protocols bgp group G", "neighbor 192.0.2.1", 2},
		{"protocols bgp group G", "neighbor 192.0.2.1 peer-as 65001", 2},
		{"protocols bgp group G", "import P", 1},
		{"interfaces ge-0/0/0", "unit 0", 2},
		{"interfaces ge-0/0/0 unit 0", "family inet", 2},
		{"policy-options policy-statement P term T from", "route-filter 10.0.0.0/8 exact", 3},
		{"policy-options policy-statement P term T from", "route-filter 10.0.0.0/8", 2},
		{"policy-options policy-statement P term T then", "community add C", 3},
		{"routing-options static", "route 0.0.0.0/0 next-hop 192.0.2.1", 2},
		{"security pki traceoptions", "file pki.log size 1m files 3", 2},
		{"security policies", "from-zone trust to-zone untrust", 4},
		{"security pki ca-profile CA revocation-check crl", "url http://x/c.crl", 2},
		{"security pki ca-profile CA revocation-check crl", "disable on-download-failure", 1},
		{"policy-options", "community C members X", 2},
		{"no-such-thing", "community C", 1}, // a list only where the schema says so
		{"policy-options policy-statement P term T from", "community C", 1},
		{"no-such-thing", "neighbor 192.0.2.1", 2},
		{"no-such-thing", "other 192.0.2.1", 1},
		{"", "unit", 1},
		{"", "", 0},
	}
	for _, tt := range tests {
		if got := sch.ElementWords(path(tt.parent), path(tt.words)); got != tt.want {
			t.Errorf("ElementWords(%q, %q) = %d; want %d", tt.parent, tt.words, got, tt.want)
		}
	}
}

func TestSingleValued(t *testing.T) {
	sch := schema.New()
	tests := []struct {
		path string
		want bool
	}{
		{"system host-name", true},
		{"version", true},
		{"interfaces ge-0/0/0 description", true},
		{"interfaces ge-0/0/0 unit 0 vlan-id", true},
		{"protocols bgp group G peer-as", true},
		{"protocols bgp group G type", true},
		{"protocols bgp group G export", false},
		{"protocols bgp group G neighbor", false},
		{"routing-instances R instance-type", true},
		{"routing-instances R vrf-target", false}, // `vrf-target target:1:1;` and `vrf-target auto;` coexist
		{"routing-instances R vrf-target import", true},
		{"security pki auto-re-enrollment scep certificate-id C scep-digest-algorithm", true},
		{"security pki auto-re-enrollment scep certificate-id C scep-encryption-algorithm", true},
		{"security pki ca-profile CA revocation-check ocsp connection-failure", true},
		{"security pki ca-profile CA revocation-check", false},
		{"policy-options policy-statement P term T then local-preference", true},
		{"policy-options policy-statement P term T then community", false},
		{"interfaces ge-0/0/0 unit 0 vlan-tags", false},
		{"security pki ca-profile CA ca-identity", true},
		{"security pki ca-profile CA revocation-check ocsp url", false},
		{"system services rest https cipher-list", false},
		{"policy-options policy-statement P term T from protocol", false},
		{"no-such-thing description", true},
		{"no-such-thing", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := sch.SingleValued(path(tt.path)); got != tt.want {
			t.Errorf("SingleValued(%q) = %v; want %v", tt.path, got, tt.want)
		}
	}
}

func TestSplitLeaf(t *testing.T) {
	sch := schema.New()
	tests := []struct {
		parent, words string
		want          [][]int
	}{
		{"protocols isis source-packet-routing", "srgb start-label 16000 index-range 8000", [][]int{{0, 1, 2}, {0, 3, 4}}},
		{"protocols ospf source-packet-routing", "srgb start-label 16000 index-range 8000", [][]int{{0, 1, 2}, {0, 3, 4}}},
		{"interfaces ge-0/0/0 unit 0", "vlan-tags outer 100 inner 200", [][]int{{0, 1, 2}, {0, 3, 4}}},
		{"interfaces ge-0/0/0 unit 0", "vlan-tags outer 100", [][]int{{0, 1, 2}}},
		{"dynamic-profiles P interfaces ge-0/0/0 unit 0", "vlan-tags outer $v inner $w", [][]int{{0, 1, 2}, {0, 3, 4}}},
		{"no-such-thing", "vlan-tags outer 1 inner 2", [][]int{{0, 1, 2}, {0, 3, 4}}},
		{"security pki traceoptions", "file pki.log size 1m files 3", [][]int{{0, 1, 2, 3, 4, 5}}},
		{"system", "host-name r1", [][]int{{0, 1}}},
		{"interfaces ge-0/0/0 unit 0", "vlan-tags 100 inner 200", [][]int{{0, 1, 2, 3}}},
		{"", "", [][]int{{}}},
	}
	for _, tt := range tests {
		got := sch.SplitLeaf(path(tt.parent), path(tt.words))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SplitLeaf(%q, %q) = %v; want %v", tt.parent, tt.words, got, tt.want)
		}
	}
}

// TestLeafShape holds PathCache.LeafShape to SplitLeaf and ElementWords on every
// pair of parent and words the tests of those two use, crossed.
func TestLeafShape(t *testing.T) {
	sch := schema.New()
	parents := []string{"", "system", "protocols bgp group G", "interfaces ge-0/0/0 unit 0",
		"policy-options policy-statement P term T from", "security pki traceoptions",
		"protocols isis source-packet-routing", "security policies", "no-such-thing"}
	words := []string{"", "unit", "host-name r1", "neighbor 192.0.2.1 peer-as 65001", "unit 0",
		"family inet", "route-filter 10.0.0.0/8 exact", "file pki.log size 1m files 3",
		"srgb start-label 16000 index-range 8000", "vlan-tags outer 100 inner 200",
		"vlan-tags 100 inner 200", "from-zone trust to-zone untrust", "community C members X"}
	cache := sch.NewPathCache()
	for _, p := range parents {
		for _, w := range words {
			wantChains, wantN := sch.SplitLeaf(path(p), path(w)), sch.ElementWords(path(p), path(w))
			chains, n := cache.LeafShape(path(p), path(w))
			if !reflect.DeepEqual(chains, wantChains) || n != wantN {
				t.Errorf("PathCache.LeafShape(%q, %q) = %v, %d; want %v, %d", p, w, chains, n, wantChains, wantN)
			}
		}
	}
}

// TestPathCacheHints asks a cache about every keyword the schema knows at
// its first two levels, twice and in both orders, so that its slots are
// filled, hit and evicted, and holds each answer to SplitLeaf and
// ElementWords.
func TestPathCacheHints(t *testing.T) {
	sch := schema.New()
	var words []string
	for _, top := range sch.Root().Keywords() {
		words = append(words, top)
		words = append(words, sch.Root().Child(top).Keywords()...)
	}
	cache := sch.NewPathCache()
	for round := 0; round < 4; round++ {
		for i := range words {
			w := words[i]
			if round%2 == 1 {
				w = words[len(words)-1-i]
			}
			leaf := []string{w, "x", "y", "z"}
			for _, parent := range [][]string{nil, path("interfaces ge-0/0/0 unit 0"), path("protocols isis source-packet-routing")} {
				gotC, gotN := cache.LeafShape(parent, leaf)
				wantC, wantN := sch.SplitLeaf(parent, leaf), sch.ElementWords(parent, leaf)
				if !reflect.DeepEqual(gotC, wantC) || gotN != wantN {
					t.Fatalf("round %d: PathCache.LeafShape(%q, %q) = %v, %d; want %v, %d", round, parent, leaf, gotC, gotN, wantC, wantN)
				}
			}
		}
	}
	if len(words) < 200 {
		t.Errorf("only %d keywords exercised; want the schema's first two levels", len(words))
	}
}

// TestPathCache holds PathCache.Lookup to Schema.Lookup over a walk of
// paths that share, extend, cut and change prefixes, the way a parse's
// statements do.
func TestPathCache(t *testing.T) {
	sch := schema.New()
	cache := sch.NewPathCache()
	paths := []string{
		"protocols bgp group G neighbor 192.0.2.1", "protocols bgp group G", "protocols bgp group H neighbor 192.0.2.2",
		"protocols bgp", "", "groups G1 interfaces ge-0/0/0 unit 0", "groups G1 interfaces", "groups G2",
		"security pki ca-profile CA revocation-check crl", "security pki ca-profile CA revocation-check ocsp",
		"security pki", "no-such-thing deeper", "interfaces ge-0/0/0 unit 0 family inet",
		"interfaces ge-0/0/0 unit 0 family inet6", "interfaces ge-0/0/0",
	}
	for round := 0; round < 2; round++ {
		for _, p := range paths {
			if got, want := cache.Lookup(path(p)), sch.Lookup(path(p)); got != want {
				t.Errorf("PathCache.Lookup(%q) = %v, want %v (Schema.Lookup)", p, got.Kind(), want.Kind())
			}
		}
	}
}

// TestHotPathAllocs holds the methods the parser calls for every statement
// to zero allocations.
func TestHotPathAllocs(t *testing.T) {
	sch := schema.New()
	parent := path("protocols bgp group EBGP neighbor 192.0.2.1")
	words := path("family inet unicast")
	single := path("protocols bgp group EBGP neighbor 192.0.2.1 peer-as")
	leaf := path("import P")
	cache := sch.NewPathCache()
	n := testing.AllocsPerRun(100, func() {
		sch.ElementWords(parent, words)
		sch.ElementWords(parent, leaf)
		sch.SingleValued(single)
		sch.SplitLeaf(parent, words)
		cache.LeafShape(parent, words)
		sch.Lookup(single)
	})
	if n != 0 {
		t.Errorf("hot-path lookups allocate %.0f times per run; want 0", n)
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[schema.Kind]string{
		schema.Unknown: "unknown", schema.Container: "container", schema.List: "list",
		schema.Key: "key", schema.Leaf: "leaf", schema.LeafList: "leaf-list",
		schema.Flag: "flag", schema.Value: "value", schema.Kind(99): "kind?",
	} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q; want %q", k, got, want)
		}
	}
}

func BenchmarkElementWords(b *testing.B) {
	sch := schema.New()
	parent := path("interfaces ge-0/0/0 unit 0 family inet")
	words := path("address 10.0.0.1/24")
	for b.Loop() {
		sch.ElementWords(parent, words)
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		schema.New()
	}
}

func TestKeywords(t *testing.T) {
	s := schema.New()
	tests := []struct {
		path []string
		has  []string // among the keywords
		none bool     // no keywords at all (a value comes next)
	}{
		{path: []string{"security", "pki"}, has: []string{"auto-re-enrollment", "ca-profile", "trusted-ca-group"}},
		{path: []string{"system", "services", "rest", "https"}, has: []string{"cipher-list", "mutual-authentication", "server-certificate"}},
		{path: []string{"interfaces", "ge-0/0/0"}, has: []string{"description", "unit", "mtu"}},
		{path: []string{"system", "host-name"}, none: true},
		{path: []string{"security", "pki", "ca-profile"}, none: true}, // a name comes next
	}
	for _, tt := range tests {
		got := s.Lookup(tt.path).Keywords()
		if tt.none {
			if len(got) != 0 {
				t.Errorf("Keywords(%v) = %v, want none", tt.path, got)
			}
			continue
		}
		if !slices.IsSorted(got) {
			t.Errorf("Keywords(%v) not sorted: %v", tt.path, got)
		}
		for _, w := range tt.has {
			if !slices.Contains(got, w) {
				t.Errorf("Keywords(%v) = %v, lacks %q", tt.path, got, w)
			}
		}
	}
}
