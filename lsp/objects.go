package lsp

import (
	"sort"
	"strings"

	"github.com/junoslint/junoslint/ast"
)

// objKind is a kind of named configuration object that statements define
// in one place and reference in others.
type objKind int

// The object kinds the server navigates.
const (
	objCAProfile objKind = iota + 1
	objGroup
	objPolicy
	objPrefixList
	objFilter
	objRoutingInstance
	objInterface
)

// String returns the kind as users read it: "ca-profile", "group", …
func (k objKind) String() string {
	switch k {
	case objCAProfile:
		return "ca-profile"
	case objGroup:
		return "group"
	case objPolicy:
		return "policy-statement"
	case objPrefixList:
		return "prefix-list"
	case objFilter:
		return "firewall filter"
	case objRoutingInstance:
		return "routing-instance"
	case objInterface:
		return "interface"
	}
	return "object"
}

// objEntry is one occurrence of a named object's name in the text.
type objEntry struct {
	kind objKind
	name string   // the name as Junos reads it (unquoted); interface units as "ge-0/0/0.0"
	span ast.Span // the name as written
	def  bool     // the occurrence defines the object
	// primary marks the first occurrence of a definition (a set file
	// writes the same definition on many lines).
	primary bool
}

// objectIndex lists the named objects of a file, defined and referenced,
// in source order.
type objectIndex struct {
	entries []objEntry
}

// buildObjectIndex walks the configuration tree of f (groups included, as
// written, before inheritance) and records definitions and references.
func buildObjectIndex(f *ast.File) *objectIndex {
	x := &objectIndex{}
	var path []string
	var walk func(n *ast.Node)
	walk = func(n *ast.Node) {
		path = append(path, n.Name)
		x.classify(n, path)
		for _, c := range n.Children {
			walk(c)
		}
		path = path[:len(path)-1]
	}
	for _, c := range f.Config.Children {
		walk(c)
	}
	sort.SliceStable(x.entries, func(i, j int) bool { return x.entries[i].span.Start < x.entries[j].span.Start })
	return x
}

// isPolicyKeyword reports whether the values of statement k name
// policy-statements.
func isPolicyKeyword(k string) bool {
	switch k {
	case "import", "export", "vrf-import", "vrf-export", "import-policy", "export-policy", "instance-import", "instance-export":
		return true
	}
	return false
}

// isPrefixListKeyword reports whether the values of statement k name
// prefix-lists.
func isPrefixListKeyword(k string) bool {
	switch k {
	case "prefix-list", "source-prefix-list", "destination-prefix-list", "prefix-list-filter":
		return true
	}
	return false
}

// classify records n (whose path from the root, groups included, is full)
// when it names an object.
func (x *objectIndex) classify(n *ast.Node, full []string) {
	if len(n.Origins()) == 0 || n.Name == "" || strings.HasPrefix(n.Name, "<") || strings.HasPrefix(n.Name, "$") {
		return
	}
	kind, def := classifyPath(full, n.IsLeaf())
	switch {
	case kind == 0:
	case kind == objPolicy && !def:
		x.addPolicyExpr(n)
	case kind == objInterface && def && len(stripGroup(full)) == 4:
		p := stripGroup(full)
		x.add(n, kind, p[1]+"."+n.Name, true) // a unit: ge-0/0/0.0
	default:
		x.add(n, kind, n.Name, def)
	}
}

// classifyPath says what the last word of full (a configuration path from
// the root, `groups NAME` included) names: the kind of object, 0 for none,
// and whether the word defines it. leaf says whether the word has nothing
// below it (the bare `mutual-authentication PROFILE` form).
func classifyPath(full []string, leaf bool) (kind objKind, def bool) {
	if len(full) == 2 && full[0] == "groups" {
		return objGroup, true
	}
	p := stripGroup(full)
	l := len(p)
	if l < 2 {
		return 0, false
	}
	at := func(i int) string { // the i-th word before the last, "" when out of range
		if l-1-i < 0 {
			return ""
		}
		return p[l-1-i]
	}
	k, k2 := at(1), at(2)
	has := func(w string) bool {
		for _, x := range p[:l-1] {
			if x == w {
				return true
			}
		}
		return false
	}
	switch {
	// definitions
	case l == 4 && p[0] == "security" && p[1] == "pki" && k == "ca-profile":
		return objCAProfile, true
	case k == "policy-statement" && k2 == "policy-options":
		return objPolicy, true
	case k == "prefix-list" && k2 == "policy-options":
		return objPrefixList, true
	case k == "filter" && (k2 == "firewall" || at(3) == "family" && at(4) == "firewall"):
		return objFilter, true
	case k == "routing-instances" && (l == 2 || at(3) == "logical-systems" && l == 4):
		return objRoutingInstance, true
	case l == 2 && k == "interfaces" && p[1] != "interface-range":
		return objInterface, true
	case l == 4 && p[0] == "interfaces" && k == "unit":
		return objInterface, true

	// references
	case k == "ca-profile-name",
		k == "ca-profile" && (has("auto-re-enrollment") || k2 == "mtls"),
		k == "ca-identity" && k2 == "trap",
		k == "ca-profiles" && has("trusted-ca-group"),
		k == "certificate-authority" && k2 == "mutual-authentication",
		k == "mutual-authentication" && leaf && has("rest"):
		return objCAProfile, false
	case k == "apply-groups" || k == "apply-groups-except":
		return objGroup, false
	case isPolicyKeyword(k):
		return objPolicy, false
	case isPrefixListKeyword(k):
		return objPrefixList, false
	case (k == "input" || k == "output" || k == "input-list" || k == "output-list") && k2 == "filter" && !has("firewall"):
		return objFilter, false
	case k == "routing-instance" || k == "instance" && k2 == "from":
		return objRoutingInstance, false
	case (k == "interface" || k == "interfaces" && l > 2) && p[l-1] != "all":
		return objInterface, false
	}
	return 0, false
}

// add records every place that wrote n.
func (x *objectIndex) add(n *ast.Node, kind objKind, name string, def bool) {
	for i, o := range n.Origins() {
		if o.Stmt == nil || o.Span.Len() == 0 {
			continue
		}
		x.entries = append(x.entries, objEntry{kind: kind, name: name, span: o.Span, def: def, primary: def && i == 0})
	}
}

// addPolicyExpr records the policy names in an import/export value, which
// may be a policy expression such as `( A && ! B )`.
func (x *objectIndex) addPolicyExpr(n *ast.Node) {
	if !strings.HasPrefix(n.Name, "(") {
		x.add(n, objPolicy, n.Name, false)
		return
	}
	for _, o := range n.Origins() {
		if o.Stmt == nil {
			continue
		}
		raw := n.Name
		// The node's name is the expression as written; find it in the word.
		base := o.Span.Start
		if o.Span.Len() != len(raw) {
			continue
		}
		for i := 0; i < len(raw); {
			c := raw[i]
			if c == '(' || c == ')' || c == '!' || c == '&' || c == '|' || c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				i++
				continue
			}
			j := i
			for j < len(raw) && !strings.ContainsRune("()!&| \t\r\n", rune(raw[j])) {
				j++
			}
			x.entries = append(x.entries, objEntry{kind: objPolicy, name: raw[i:j], span: ast.Span{Start: base + i, End: base + j}})
			i = j
		}
	}
}

// at returns the entry whose span holds off (end included), or false.
func (x *objectIndex) at(off int) (objEntry, bool) {
	i := sort.Search(len(x.entries), func(i int) bool { return x.entries[i].span.End >= off })
	for ; i < len(x.entries) && x.entries[i].span.Start <= off; i++ {
		if off <= x.entries[i].span.End {
			return x.entries[i], true
		}
	}
	return objEntry{}, false
}

// matches reports whether the entry e is an occurrence of the object
// (kind, name). An interface also matches its units: references to
// `ge-0/0/0.0` are references to `ge-0/0/0`.
func (e objEntry) matches(kind objKind, name string, withUnits bool) bool {
	if e.kind != kind {
		return false
	}
	if e.name == name {
		return true
	}
	return withUnits && kind == objInterface && strings.HasPrefix(e.name, name+".")
}

// definitions returns the primary definitions of (kind, name). A reference
// to an interface unit with no unit definition resolves to the interface.
func (x *objectIndex) definitions(kind objKind, name string) []objEntry {
	var out []objEntry
	for _, e := range x.entries {
		if e.def && e.primary && e.matches(kind, name, false) {
			out = append(out, e)
		}
	}
	if len(out) == 0 && kind == objInterface {
		if i := strings.LastIndexByte(name, '.'); i > 0 {
			return x.definitions(kind, name[:i])
		}
	}
	return out
}

// references returns the references to (kind, name) and, when decl is set,
// its primary definitions, in source order.
func (x *objectIndex) references(kind objKind, name string, decl bool) []objEntry {
	var out []objEntry
	for _, e := range x.entries {
		if !e.matches(kind, name, true) {
			continue
		}
		if e.def && (!decl || !e.primary || e.name != name) {
			continue // a unit's definition is not a reference to its interface
		}
		out = append(out, e)
	}
	return out
}

// names returns the defined names of kind, sorted, without duplicates.
func (x *objectIndex) names(kind objKind) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range x.entries {
		if e.def && e.kind == kind && !seen[e.name] {
			seen[e.name] = true
			out = append(out, e.name)
		}
	}
	sort.Strings(out)
	return out
}
