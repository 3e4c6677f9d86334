package effective

import (
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// isWildcard reports whether the group node g is a wildcard statement: a name
// in angle brackets (`<*>`, `<ge-*>`, `"<xe-0/0/[0-3]>"`) that has content
// to pass on. A wildcard only fills data into statements that already exist
// in the target; it never creates one.
//
// A leaf in angle brackets is taken as data, not as a wildcard: a wildcard
// with nothing below it would inherit nothing, while RANCID and Oxidized
// backups write scrubbed secrets as `"<REMOVED>"` or `<secret removed>`,
// which must be inherited like any other value.
func isWildcard(g *ast.Node) bool {
	return len(g.Children) > 0 && isPattern(g.Name)
}

func isPattern(name string) bool {
	return len(name) >= 2 && name[0] == '<' && name[len(name)-1] == '>'
}

// wildcardable reports whether a wildcard may match the target word name
// written below an element whose schema element is parent. Wildcards name
// objects (`<ge-*>` an interface, `unit <*>` a unit), never keywords: `<*>`
// below `interfaces` matches every interface but not `traceoptions` or
// `interface-range` beside them. A word is a keyword when the schema
// declares it at that place: its element differs from the one any
// undeclared word gets. The apply-* statements are never matched.
func wildcardable(name string, parent *schema.Elem) bool {
	switch name {
	case "apply-groups", "apply-groups-except", "apply-macro", "apply-flags", "apply-path":
		return false
	}
	return parent.Child(name) == parent.Child(undeclared)
}

// undeclared is a word no schema declares (a configuration word never holds
// a NUL byte).
const undeclared = "\x00"

// matches reports whether the group node g provides data for a target
// statement named name: the same name, or (when wild) a wildcard pattern
// that matches it.
func matches(g *ast.Node, name string, wild bool) bool {
	if g.Name == name {
		return true
	}
	return wild && isWildcard(g) && matchPattern(g.Name, name)
}

// matchPattern matches name against a Junos group wildcard written as
// `<pattern>`. Batfish also accepts the pattern quoted inside the brackets
// (`<"ae[0-9]">`); the quotes are dropped.
func matchPattern(wild, name string) bool {
	p := wild[1 : len(wild)-1]
	if len(p) >= 2 && p[0] == '"' && p[len(p)-1] == '"' {
		p = p[1 : len(p)-1]
	}
	return glob(p, name)
}

// glob matches s against the UNIX-shell pattern p as Junos documents it for
// configuration groups: `*` any string, `?` any one character, `[…]` a
// character class with `-` ranges, complemented when it starts with `!`; a
// `]` first in the class (after any `!`) and a `-` first or last are
// literal; a `[` with no closing `]` matches itself. Matching is by byte.
func glob(p, s string) bool {
	// Iterative matching with backtracking to the last `*`.
	pi, si := 0, 0
	starP, starS := -1, 0
	for si < len(s) {
		if pi < len(p) {
			switch c := p[pi]; c {
			case '*':
				starP, starS = pi, si
				pi++
				continue
			case '?':
				pi++
				si++
				continue
			case '[':
				if end, ok := classEnd(p, pi); ok {
					if classMatch(p[pi+1:end], s[si]) {
						pi = end + 1
						si++
						continue
					}
				} else if s[si] == '[' {
					pi++
					si++
					continue
				}
			default:
				if c == s[si] {
					pi++
					si++
					continue
				}
			}
		}
		if starP < 0 {
			return false
		}
		starS++
		pi, si = starP+1, starS
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}

// classEnd returns the index of the `]` that closes the class opened at
// p[open], and whether there is one.
func classEnd(p string, open int) (int, bool) {
	i := open + 1
	if i < len(p) && p[i] == '!' {
		i++
	}
	if i < len(p) && p[i] == ']' {
		i++
	}
	j := strings.IndexByte(p[i:], ']')
	if j < 0 {
		return 0, false
	}
	return i + j, true
}

// classMatch reports whether c is in the class body (the text between `[`
// and `]`).
func classMatch(body string, c byte) bool {
	negate := false
	if len(body) > 0 && body[0] == '!' {
		negate = true
		body = body[1:]
	}
	in := false
	for i := 0; i < len(body); i++ {
		lo := body[i]
		if i+2 < len(body) && body[i+1] == '-' {
			if hi := body[i+2]; lo <= c && c <= hi {
				in = true
			}
			i += 2
			continue
		}
		if lo == c {
			in = true
		}
	}
	return in != negate
}
