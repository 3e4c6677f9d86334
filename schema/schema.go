// Package schema holds what junoslint knows about the shapes of Junos
// statements: which keywords name list entries, which are single-valued
// leaves, leaf-lists or flags, and how `display set` splits one-line
// statements. It is written by hand from Junos facts (never from Juniper's
// YANG files) and falls back to general rules for hierarchies it does not know.
//
// Paths passed to its methods are the words from the configuration root,
// unquoted, without the leading `groups NAME` of group content.
package schema

// Schema answers shape questions. Build one with [New]; it is read-only
// afterwards and safe for concurrent use.
type Schema struct {
	listKeys map[string]int // keyword -> number of key words for list entries written as leaves
	single   map[string]bool
	split    map[string][]string // container keyword -> child keywords that display set prints on lines of their own
}

// New returns the built-in Junos schema.
func New() *Schema {
	s := &Schema{
		listKeys: map[string]int{},
		single:   map[string]bool{},
		split:    map[string][]string{},
	}
	for _, k := range []string{"neighbor", "address", "interface", "route", "unit", "term", "user", "host", "server", "peer", "group", "prefix-list-item", "community", "policy-statement", "prefix-list", "filter", "vlan", "zone", "policy", "rule", "rule-set", "ca-profile", "certificate-id"} {
		s.listKeys[k] = 1
	}
	for _, k := range []string{"host-name", "description", "version", "mtu", "metric", "preference", "router-id", "autonomous-system", "local-as", "peer-as", "type", "port", "connection-limit", "server-certificate", "certificate-authority", "ca-identity", "ca-profile-name", "re-enroll-trigger-time-percentage", "retry", "retry-interval", "refresh-interval", "url", "encrypted-password", "class", "uid", "time-zone", "routing-instance", "source-address", "proxy-profile", "challenge-password", "scep-digest-algorithm", "scep-encryption-algorithm", "nonce-payload", "vlan-id", "native-vlan-id", "instance-type", "vrf-target", "route-distinguisher", "local-address", "hold-time", "cluster", "import-policy", "export-policy"} {
		s.single[k] = true
	}
	s.split["srgb"] = []string{"start-label", "index-range"}
	s.split["vlan-tags"] = []string{"outer", "inner"}
	return s
}

// ElementWords returns how many leading words of the leaf statement words,
// written below parent, name the element that a tag (`inactive:`) or an
// annotation applies to: 1 for a leaf (`import P` -> `import`), 2 for a list
// entry with one key (`neighbor 192.0.2.1` -> both words). It is at least 1
// and at most len(words).
func (s *Schema) ElementWords(parent []string, words []string) int {
	if len(words) == 0 {
		return 0
	}
	n := 1
	if k, ok := s.listKeys[words[0]]; ok && !s.SingleValued(append(parent[:len(parent):len(parent)], words[0])) {
		n = 1 + k
	}
	if n > len(words) {
		n = len(words)
	}
	return n
}

// SingleValued reports whether the keyword at the end of path holds one value
// that a later `set` replaces (`host-name`), rather than a list of values.
func (s *Schema) SingleValued(path []string) bool {
	if len(path) == 0 {
		return false
	}
	return s.single[path[len(path)-1]]
}

// SplitLeaf returns how `display set` prints the leaf statement words
// written below parent: one or more lines, each given as indexes into words.
// Most statements print as one line ([[0 1 … n-1]]); a few one-line
// containers print one line per child (`srgb start-label 1 index-range 2`
// -> [[0 1 2] [0 3 4]]).
func (s *Schema) SplitLeaf(parent []string, words []string) [][]int {
	all := make([]int, len(words))
	for i := range all {
		all[i] = i
	}
	if len(words) < 3 {
		return [][]int{all}
	}
	kids, ok := s.split[words[0]]
	if !ok {
		return [][]int{all}
	}
	var out [][]int
	cur := []int(nil)
	for i := 1; i < len(words); i++ {
		if contains(kids, words[i]) {
			if cur != nil {
				out = append(out, cur)
			}
			cur = []int{0, i}
			continue
		}
		if cur == nil {
			return [][]int{all}
		}
		cur = append(cur, i)
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
