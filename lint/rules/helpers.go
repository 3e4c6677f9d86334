package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/lint"
)

// since is the junoslint version that introduced the first rule set.
const since = "v0.1.0"

// children returns n's children; nil when n is nil.
func children(n *ast.Node) []*ast.Node {
	if n == nil {
		return nil
	}
	return n.Children
}

// literal reports whether v is a literal value that range, enum and
// reference checks may judge: not empty and not a placeholder.
func literal(v string) bool { return v != "" && !lint.IsPlaceholder(v) }

// pkiProfiles returns the `security pki ca-profile NAME` nodes of the
// effective configuration, in written order, leaving out names that are not
// literal.
func pkiProfiles(root *ast.Node) []*ast.Node {
	var out []*ast.Node
	for _, p := range children(root.Get("security", "pki", "ca-profile")) {
		if literal(p.Name) {
			out = append(out, p)
		}
	}
	return out
}

// profileNames returns the names of the defined ca-profiles, in written order.
func profileNames(root *ast.Node) []string {
	var out []string
	for _, p := range children(root.Get("security", "pki", "ca-profile")) {
		out = append(out, p.Name)
	}
	return out
}

// entry is one `auto-re-enrollment` entry: `scep|cmpv2|acme certificate-id
// ID` or the deprecated flat `certificate-id ID`.
type entry struct {
	node  *ast.Node // the ID node below `certificate-id`
	proto string    // "scep", "cmpv2", "acme", or "" for the flat form
}

// describe names the entry in messages: `scep certificate-id "fw1"`.
func (e entry) describe() string {
	kw := e.proto
	if kw == "" {
		kw = "auto-re-enrollment"
	}
	return fmt.Sprintf("%s certificate-id %q", kw, e.node.Name)
}

// caRef returns the entry's CA reference: the `ca-profile-name` node, or the
// `ca-profile` node older releases wrote; nil when there is none.
func (e entry) caRef() *ast.Node {
	if k := e.node.Child("ca-profile-name"); k != nil {
		return k
	}
	return e.node.Child("ca-profile")
}

// reenrollEntries returns the auto-re-enrollment entries of the effective
// configuration in written order, leaving out IDs that are not literal.
func reenrollEntries(root *ast.Node) []entry {
	var out []entry
	add := func(list *ast.Node, proto string) {
		for _, id := range children(list) {
			if literal(id.Name) {
				out = append(out, entry{node: id, proto: proto})
			}
		}
	}
	for _, c := range children(root.Get("security", "pki", "auto-re-enrollment")) {
		switch c.Name {
		case "scep", "cmpv2", "acme":
			add(c.Child("certificate-id"), c.Name)
		case "certificate-id":
			add(c, "")
		}
	}
	return out
}

// restNode returns `system services rest` of the effective configuration,
// or nil: REST rules apply only when it exists.
func restNode(root *ast.Node) *ast.Node { return root.Get("system", "services", "rest") }

// wordSpan returns the span of the word that created n (a keyword, flag or
// container), falling back to the statement span of its nearest ancestor.
func wordSpan(n *ast.Node) ast.Span {
	if o := n.Origin(); o.Stmt != nil {
		return o.Span
	}
	return lint.NodeSpan(n)
}

// stmtSpan returns the span from the word that created the keyword or flag
// n through the end of that statement's words: `accept-unknown-status` in
// `set … ocsp accept-unknown-status`, `challenge-password "…"` in a curly
// leaf, whatever the schema says of n's parent.
func stmtSpan(n *ast.Node) ast.Span {
	o := n.Origin()
	if o.Stmt == nil {
		return lint.NodeSpan(n)
	}
	end := o.Stmt.WordsSpan().End
	if o.Span.End > end {
		end = o.Span.End
	}
	return ast.Span{Start: o.Span.Start, End: end}
}

// path returns n's configuration path followed by more words.
func path(n *ast.Node, more ...string) []string { return lint.PathOf(n, more...) }

// setOp and delOp build fix operations.
func setOp(p []string) fix.Op { return fix.Op{Verb: fix.Set, Path: p} }
func delOp(p []string) fix.Op { return fix.Op{Verb: fix.Delete, Path: p} }

// one wraps a single fix.
func one(title string, a fix.Applicability, ops ...fix.Op) []fix.Fix {
	return []fix.Fix{{Title: title, Applicability: a, Ops: ops}}
}

// checkRange parses v as a decimal integer and reports whether it lies in
// [lo, hi]. A value that is not a number is out of range.
func checkRange(v string, lo, hi int64) bool {
	n, err := strconv.ParseInt(v, 10, 64)
	return err == nil && n >= lo && n <= hi
}

// isNumber reports whether v is written as a decimal integer.
func isNumber(v string) bool {
	if strings.HasPrefix(v, "-") || strings.HasPrefix(v, "+") {
		v = v[1:]
	}
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// distance returns the edit distance between a and b (insertions,
// deletions and substitutions of bytes). Names that differ only in case are
// at distance 1 at most.
func distance(a, b string) int {
	if a == b {
		return 0
	}
	if strings.EqualFold(a, b) {
		return 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// closest returns the candidate nearest to name within edit distance limit
// (the first written wins a tie), and whether exactly one candidate is
// within that distance.
func closest(name string, candidates []string, limit int) (best string, found, unique bool) {
	bestD, n := limit+1, 0
	seen := map[string]bool{}
	for _, c := range candidates {
		if c == name || seen[c] {
			continue
		}
		seen[c] = true
		d := distance(name, c)
		if d > limit {
			continue
		}
		n++
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best, n > 0, n == 1
}

// didYouMean returns `; did you mean "X"?` for the closest candidate within
// edit distance 2, or "".
func didYouMean(name string, candidates []string) string {
	if best, ok, _ := closest(name, candidates, 2); ok {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	return ""
}

// cipherClass is how rest-weak-cipher judges a `cipher-list` member.
type cipherClass int

const (
	cipherUnknown    cipherClass = iota
	cipherBroken                 // RC4 or MD5
	cipherWeak                   // 3DES
	cipherLegacy                 // SHA-1 MAC with CBC
	cipherAcceptable             // SHA-2 MAC with CBC
	cipherStrong                 // AEAD, TLS 1.3
)

// classifyCipher returns the class of a REST cipher suite name (the names
// of the `cipher-list` enumeration; case is ignored, as CIS prints some in
// upper case).
func classifyCipher(name string) cipherClass {
	switch strings.ToLower(name) {
	case "rsa-with-rc4-128-md5", "rsa-with-rc4-128-sha", "ecdhe-rsa-with-rc4-128-sha":
		return cipherBroken
	case "rsa-with-3des-ede-cbc-sha", "dhe-rsa-with-3des-ede-cbc-sha", "ecdhe-rsa-with-3des-ede-cbc-sha":
		return cipherWeak
	case "rsa-with-aes-128-cbc-sha", "dhe-rsa-with-aes-128-cbc-sha", "rsa-with-aes-256-cbc-sha",
		"dhe-rsa-with-aes-256-cbc-sha", "ecdhe-rsa-with-aes-128-cbc-sha", "ecdhe-rsa-with-aes-256-cbc-sha":
		return cipherLegacy
	case "rsa-with-aes-128-cbc-sha256", "rsa-with-aes-256-cbc-sha256", "dhe-rsa-with-aes-128-cbc-sha256",
		"dhe-rsa-with-aes-256-cbc-sha256", "ecdhe-rsa-with-aes-128-cbc-sha256", "ecdhe-rsa-with-aes-256-cbc-sha384":
		return cipherAcceptable
	case "rsa-with-aes-128-gcm-sha256", "rsa-with-aes-256-gcm-sha384", "dhe-rsa-with-aes-128-gcm-sha256",
		"dhe-rsa-with-aes-256-gcm-sha384", "ecdhe-rsa-with-aes-128-gcm-sha256", "ecdhe-rsa-with-aes-256-gcm-sha384",
		"tls-aes-128-gcm-sha256", "tls-aes-256-gcm-sha384":
		return cipherStrong
	}
	return cipherUnknown
}

// httpsContainers returns the REST HTTPS containers that take
// mutual-authentication: `https` and `https-5g`, when configured.
func httpsContainers(rest *ast.Node) []*ast.Node {
	var out []*ast.Node
	for _, k := range []string{"https", "https-5g"} {
		if n := rest.Child(k); n != nil {
			out = append(out, n)
		}
	}
	return out
}

// bareMutualAuth returns the value nodes of a bare `mutual-authentication X`
// below an HTTPS container: children of mutual-authentication other than
// `certificate-authority`.
func bareMutualAuth(https *ast.Node) []*ast.Node {
	var out []*ast.Node
	for _, c := range children(https.Child("mutual-authentication")) {
		if c.Name != "certificate-authority" {
			out = append(out, c)
		}
	}
	return out
}

// hasMutualAuth reports whether an HTTPS container names a CA for client
// certificates, in the schema form or the bare form.
func hasMutualAuth(https *ast.Node) bool {
	ma := https.Child("mutual-authentication")
	if ma == nil {
		return false
	}
	if ma.Get("certificate-authority").Value() != "" {
		return true
	}
	return len(bareMutualAuth(https)) > 0
}

// quote returns s in double quotes, as messages name objects.
func quote(s string) string { return strconv.Quote(s) }

// inherited reports whether n (or, for a value, its keyword) came from a
// group rather than being written at its place.
func inherited(n *ast.Node) bool {
	for a := n; a != nil && a.Parent != nil; a = a.Parent {
		if a.Group() != "" {
			return true
		}
		if len(a.Origins()) > 0 {
			return false
		}
	}
	return false
}

// srcPath returns the path that names n where it is written: its own path,
// or, for a node inherited from a group, its path inside the group as
// written (`groups G … certificate-id <*> scep-digest-algorithm md5`).
// Fixes that change or delete an existing statement use it: deleting the
// target path of an inherited statement would delete nothing, and the
// statement is wrong in the group.
func srcPath(n *ast.Node) []string {
	if !inherited(n) {
		return n.Path()
	}
	o := n.Origin()
	if o.Stmt == nil {
		return n.Path()
	}
	var ws []string
	if !o.Stmt.IsCommand() {
		var chain []*ast.Stmt
		for a := o.Stmt.Parent; a != nil; a = a.Parent {
			chain = append(chain, a)
		}
		for i := len(chain) - 1; i >= 0; i-- {
			ws = append(ws, chain[i].WordValues()...)
		}
	}
	found := false
	for _, w := range o.Stmt.Words {
		ws = append(ws, w.Value())
		if w.Span == o.Span {
			found = true
			break
		}
	}
	if !found && o.Stmt.HasList {
		for _, w := range o.Stmt.List() {
			if w.Span == o.Span {
				ws = append(ws, w.Value())
				found = true
				break
			}
		}
	}
	if !found || len(ws) < 3 || ws[0] != "groups" {
		return n.Path()
	}
	return ws
}

// srcPathOf returns srcPath(n) followed by more words.
func srcPathOf(n *ast.Node, more ...string) []string {
	return append(srcPath(n), more...)
}
