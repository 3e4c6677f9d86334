package format

import (
	"strings"

	"github.com/junoslint/junoslint/ast"
)

// nodeWord returns the configuration node n written as one Junos word for a
// `display set` line:
//
//   - a word the source wrote in quotes is printed as it was written (so
//     escapes such as `\n` in a PEM block survive), or re-quoted when the
//     source text is not at hand;
//   - a `( … )` policy expression and a `/* … */` placeholder written bare
//     (`encrypted-password /* SECRET-DATA */;`) stay bare, as Junos prints them;
//   - a `"$junos-…"` dynamic-profile variable that forms a whole curly leaf
//     statement by itself (a keyword-less entry such as `demux-source {
//     "$junos-subscriber-ipv6-address"; }`) loses its quotes, as Junos'
//     `display set` does; in every other position its quotes are kept;
//   - any other value is quoted only when it needs quotes.
func nodeWord(n *ast.Node) string {
	if n.Plain() {
		return n.Name
	}
	if n.Quoted {
		raw, stmt := sourceRaw(n)
		if strings.HasPrefix(n.Name, "$junos-") && stmt != nil && soleWord(stmt) && !needsQuotes(n.Name) {
			return n.Name
		}
		if raw != "" {
			return raw
		}
		return ast.QuoteValue(n.Name)
	}
	// A bare group starts with `(` or `/*`: one without a space or another
	// byte that needs quotes can stand bare anyway.
	if !needsQuotes(n.Name) || isBareGroup(n.Name) {
		return n.Name
	}
	return ast.QuoteValue(n.Name)
}

// soleWord reports whether s is a curly leaf statement of exactly one word.
func soleWord(s *ast.Stmt) bool {
	return !s.IsCommand() && len(s.Words) == 1 && !s.HasBlock && !s.HasList
}

// sourceRaw returns the source text of the word that created n, when it is
// known and still names n (a `rename` changes the name but not the origin),
// and the statement that wrote it.
func sourceRaw(n *ast.Node) (string, *ast.Stmt) {
	o := n.Origin()
	if o.Stmt == nil {
		return "", nil
	}
	for _, ws := range [2][]ast.Word{o.Stmt.Words, o.Stmt.List()} {
		for _, w := range ws {
			if w.Span == o.Span {
				if w.Quoted() && ast.Unquote(w.Raw) == n.Name && isClosedQuote(w.Raw) {
					return w.Raw, o.Stmt
				}
				return "", o.Stmt
			}
		}
	}
	return "", o.Stmt
}

// isClosedQuote reports whether raw is a complete quoted string: it starts
// and ends with an unescaped `"`.
func isClosedQuote(raw string) bool {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return false
	}
	n := 0
	for j := len(raw) - 2; j >= 1 && raw[j] == '\\'; j-- {
		n++
	}
	return n%2 == 0
}

// isBareGroup reports whether v is a `( … )` policy expression or a
// `/* … */` annotation-shaped value: words the scanner reads as one token
// even though they hold spaces, and which Junos prints without quotes.
func isBareGroup(v string) bool {
	if len(v) >= 2 && v[0] == '(' && v[len(v)-1] == ')' {
		return !strings.ContainsAny(v, "\n\r")
	}
	if len(v) >= 4 && strings.HasPrefix(v, "/*") && strings.HasSuffix(v, "*/") {
		return !strings.ContainsAny(v[2:len(v)-2], "\n\r") && !strings.Contains(v[2:len(v)-2], "*/")
	}
	return false
}

// quoteIfNeeded writes v bare when it can stand bare, otherwise quoted.
func quoteIfNeeded(v string) string {
	if !needsQuotes(v) {
		return v
	}
	return ast.QuoteValue(v)
}

// needsQuotes is [ast.NeedsQuotes], with the common case (a plain word
// that does not end in ':') answered eight bytes to a test, and words of
// four to eight bytes by two overlapping tests of four: SetLines asks it
// for every node.
func needsQuotes(v string) bool {
	if v == "" {
		return true
	}
	q := &quoteByte
	var hit uint8
	switch n := len(v); {
	case n >= 8:
		for i := 0; i+8 <= n; i += 8 {
			w := v[i : i+8]
			hit |= q[w[0]] | q[w[1]] | q[w[2]] | q[w[3]] | q[w[4]] | q[w[5]] | q[w[6]] | q[w[7]]
		}
		// The last eight bytes, overlapping the loop's: no byte-wise tail.
		w := v[n-8:]
		hit |= q[w[0]] | q[w[1]] | q[w[2]] | q[w[3]] | q[w[4]] | q[w[5]] | q[w[6]] | q[w[7]]
	case n >= 4:
		// The first four and the last four bytes cover all of them.
		a, b := v[:4], v[n-4:]
		hit = q[a[0]] | q[a[1]] | q[a[2]] | q[a[3]] | q[b[0]] | q[b[1]] | q[b[2]] | q[b[3]]
	default:
		for i := 0; i < n; i++ {
			hit |= q[v[i]]
		}
	}
	return hit != 0 || v[len(v)-1] == ':' && ast.NeedsQuotes(v)
}

// quoteByte is 1 at the bytes that make a word need quotes: control
// bytes, white space, `; { } [ ] " # ( )` and DEL. It is never modified.
var quoteByte = func() (t [256]uint8) {
	for c := range 0x21 {
		t[c] = 1
	}
	for _, c := range []byte(`;{}[]"#()`) {
		t[c] = 1
	}
	t[0x7f] = 1
	return t
}()
