package fix

import (
	"strings"

	"github.com/junoslint/junoslint/ast"
)

// InGroup returns ops with each path moved inside the configuration group
// group: `security pki …` becomes `groups G security pki …`. Paths that
// already start with `groups` are kept.
func InGroup(ops []Op, group string) []Op {
	out := make([]Op, len(ops))
	for i, op := range ops {
		out[i] = op
		if len(op.Path) > 0 && op.Path[0] == "groups" {
			continue
		}
		out[i].Path = appendPath([]string{"groups", group}, op.Path...)
	}
	return out
}

// InheritedGroup returns the group the effective node n was inherited from,
// or "" when n (or, for a value, its keyword) was written where it is.
func InheritedGroup(n *ast.Node) string {
	for a := n; a != nil && a.Parent != nil; a = a.Parent {
		if a.Group() != "" {
			return a.Group()
		}
		if len(a.Origins()) > 0 {
			return ""
		}
	}
	return ""
}

// Retarget adapts fx to the place the configuration it changes really
// lives. n is the effective node the finding is about. When n was written
// directly, Retarget returns fx unchanged. When n was inherited from a
// group G, it returns:
//
//  1. fx with each operation inside the group, at the path the group
//     writes (wildcards such as `<*>` kept: `groups G security pki
//     ca-profile <*> …`), titled "… in group G": the change reaches every
//     place the group applies;
//  2. when every operation is a `set`, the same operations at the
//     effective path, titled "… here only (overrides group G)": a local
//     override that changes this place and leaves the group, and whoever
//     else applies it, alone. A `delete` or `(de)activate` cannot act
//     locally on inherited configuration, so such fixes get no second
//     alternative.
//
// fx's operations may be written at effective paths or already inside the
// group (as rules that read n's source path write them); either way the
// result is the same. An operation whose path shares no word with n's
// path is left as it is.
func Retarget(fx Fix, n *ast.Node) []Fix {
	g := InheritedGroup(n)
	if n == nil || g == "" {
		return []Fix{fx}
	}
	eff := n.Path()
	src := groupPath(n, g)
	suffix := " in group " + g
	inGroup := Fix{Title: fx.Title, Applicability: fx.Applicability}
	if !strings.Contains(fx.Title, suffix) {
		inGroup.Title += suffix
	}
	local := Fix{Title: strings.Replace(fx.Title, suffix, "", 1) + " here only (overrides group " + g + ")", Applicability: fx.Applicability}
	allSet := true
	for _, op := range fx.Ops {
		if op.Verb != Set {
			allSet = false
		}
		var l int
		var localPath, groupOp []string
		if len(op.Path) >= 2 && op.Path[0] == "groups" {
			if op.Path[1] != g {
				allSet = false // another group: no local form
				inGroup.Ops = append(inGroup.Ops, op)
				continue
			}
			l = commonPrefix(op.Path[2:], src[2:])
			groupOp = op.Path
			localPath = appendPath(eff[:l], op.Path[2+l:]...)
		} else {
			l = commonPrefix(op.Path, eff)
			groupOp = op.Path
			if l > 0 {
				groupOp = appendPath(src[:2+l], op.Path[l:]...)
			}
			localPath = op.Path
		}
		inGroup.Ops = append(inGroup.Ops, Op{Verb: op.Verb, Path: groupOp})
		local.Ops = append(local.Ops, Op{Verb: op.Verb, Path: localPath})
	}
	if allSet {
		return []Fix{inGroup, local}
	}
	return []Fix{inGroup}
}

// commonPrefix returns how many leading words a and b share.
func commonPrefix(a, b []string) int {
	l := 0
	for l < len(a) && l < len(b) && a[l] == b[l] {
		l++
	}
	return l
}

// groupPath returns the path, inside `groups g`, of the group statement the
// inherited node n came from: `groups g` followed by one word per word of
// n's effective path, wildcards as the group writes them. It reads the path
// from the statement n's origin points at (its enclosing blocks and its
// words up to n's); when that does not give a path of the right shape (a
// set command relative to an `edit` level), it falls back to n's effective
// path below `groups g`.
func groupPath(n *ast.Node, g string) []string {
	eff := n.Path()
	fallback := appendPath([]string{"groups", g}, eff...)
	// the first ancestor-or-self with an origin inside the group; the
	// words below it are n's own names
	a, below := n, []string(nil)
	for a != nil && a.Parent != nil && a.Group() == "" {
		below = append([]string{a.Name}, below...)
		a = a.Parent
	}
	if a == nil || a.Parent == nil {
		return fallback
	}
	o := a.Origin()
	if o.Stmt == nil {
		return fallback
	}
	var p []string
	for _, w := range o.Stmt.EditPath() {
		p = append(p, ast.Unquote(w))
	}
	found := false
	for _, w := range o.Stmt.Words {
		p = append(p, w.Value())
		if w.Span == o.Span {
			found = true
			break
		}
	}
	if !found {
		for _, w := range o.Stmt.List() {
			if w.Span == o.Span {
				p = append(p, w.Value())
				found = true
				break
			}
		}
	}
	p = append(p, below...)
	if !found || len(p) != len(eff)+2 || p[0] != "groups" || p[1] != g {
		return fallback
	}
	return p
}
