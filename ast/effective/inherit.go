package effective

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// frame is group content that applies at one node of the effective tree:
// the node of group `group` that sits at the same path (its names equal to,
// or wildcards matching, the target's), brought in by the apply-groups word
// via. Frames are kept in priority order: the first one that supplies a
// single value wins.
type frame struct {
	group string
	node  *ast.Node
	via   ast.Origin
}

// fill applies inheritance at n (schema element e) and below. inherited
// holds the frames that reach n from the groups applied at its ancestors,
// in priority order.
//
// The order of priority at a node, as Junos documents it: statements
// written at the node; then the groups named by its own `apply-groups`, in
// the order listed; then those applied at its parent, and so on up to the
// root ("groups listed in nested apply-groups statements take priority over
// groups in outer statements").
func (c *computer) fill(n *ast.Node, e *schema.Elem, inherited []frame) {
	if len(inherited) > 0 && n.Parent != nil {
		inherited = except(n, inherited)
	}
	frames := inherited
	if applied := c.applied(n, inherited); len(applied) > 0 {
		frames = append(applied, inherited...)
	}
	if len(frames) > 0 {
		c.merge(n, e, frames)
	}
	for i, k := range n.Children {
		ke := e.Child(k.Name)
		wild := wildcardable(k.Name, e)
		var sub []frame
		for _, fr := range frames {
			sub = c.appendMatches(sub, fr, k.Name, wild)
		}
		if len(sub) > 0 || c.applyBelow[k] {
			c.fill(c.own(n, i), ke, sub)
		}
	}
	c.pruneHollow(n)
}

// pruneHollow removes from n the inherited containers that ended up empty:
// a group statement such as `routing-options static { route <*> { … } }`
// whose content is all wildcards that matched nothing (or inactive) passes
// nothing on, and an empty container is not configuration.
func (c *computer) pruneHollow(n *ast.Node) {
	var hollow []*ast.Node
	for _, k := range n.Children {
		if len(k.Children) == 0 && c.container[k] {
			hollow = append(hollow, k)
		}
	}
	for _, k := range hollow {
		n.Remove(k)
	}
}

// except removes from inherited the frames of the groups that n's
// `apply-groups-except` names (written at n, or supplied by the inherited
// content itself). apply-groups-except stops inheritance from ancestors
// only: groups n applies itself still apply.
func except(n *ast.Node, inherited []frame) []frame {
	var names []string
	add := func(v *ast.Node) { names = append(names, expand(v.Name)...) }
	values(n.Child(kwExcept), add)
	for _, fr := range inherited {
		values(fr.node.Child(kwExcept), add)
	}
	if len(names) == 0 {
		return inherited
	}
	out := make([]frame, 0, len(inherited))
	for _, fr := range inherited {
		if !contains(names, fr.group) {
			out = append(out, fr)
		}
	}
	return out
}

// groupRef is one group name to apply and the word that named it.
type groupRef struct {
	name string
	via  ast.Origin
}

// applied returns the frames of the groups applied at n, in priority
// order. The names come from n's `apply-groups` as written, then from the
// `apply-groups` that inherited content brings to n, then from the
// `apply-groups` inside the groups so applied, until no new name turns up:
// the fixed point, reached after at most one round per group, so a cycle of
// groups cannot loop.
func (c *computer) applied(n *ast.Node, inherited []frame) []frame {
	var refs []groupRef
	add := func(v *ast.Node) {
		for _, r := range refs {
			if r.name == v.Name {
				return
			}
		}
		refs = append(refs, groupRef{v.Name, v.Origin()})
	}
	values(n.Child(kwApplyGroups), add)
	for _, fr := range inherited {
		values(fr.node.Child(kwApplyGroups), add)
	}
	if len(refs) == 0 {
		return nil
	}
	path := n.Path()
	var out []frame
	var seen []string
	for i := 0; i < len(refs); i++ {
		r := refs[i]
		for _, name := range expand(r.name) {
			if contains(seen, name) {
				continue
			}
			seen = append(seen, name)
			c.noteApplied(r.name, name, r.via)
			g := c.groups.active[name]
			if g == nil {
				continue
			}
			for _, m := range c.descend(g, path) {
				out = append(out, frame{group: name, node: m, via: r.via})
				values(m.Child(kwApplyGroups), add)
			}
		}
	}
	return out
}

// descend returns the nodes of group g found at path: following, level by
// level, the group's children that match the path's names, in group order.
func (c *computer) descend(g *ast.Node, path []string) []*ast.Node {
	cur := []*ast.Node{g}
	e := c.sch.Root()
	for _, name := range path {
		wild := wildcardable(name, e)
		e = e.Child(name)
		var next []*ast.Node
		for _, x := range cur {
			for _, k := range x.Children {
				if !k.Inactive && matches(k, name, wild) {
					next = append(next, k)
				}
			}
		}
		if len(next) == 0 {
			return nil
		}
		cur = next
	}
	return cur
}

// appendMatches appends to sub the frames that frame fr passes to the
// child of its target named name: the children of fr's group node whose
// name is name or (when wild) a wildcard matching it, in the order the
// group holds them ("the first item encountered in the configuration that
// matches is used", so a wildcard listed first wins over a literal name
// listed later).
func (c *computer) appendMatches(sub []frame, fr frame, name string, wild bool) []frame {
	g := fr.node
	if !wild || !c.hasWildcards(g) {
		if k := g.Child(name); k != nil && !k.Inactive {
			sub = append(sub, frame{group: fr.group, node: k, via: fr.via})
		}
		return sub
	}
	for _, k := range g.Children {
		if !k.Inactive && matches(k, name, true) {
			sub = append(sub, frame{group: fr.group, node: k, via: fr.via})
		}
	}
	return sub
}

// hasWildcards reports whether the group node g has a wildcard child.
func (c *computer) hasWildcards(g *ast.Node) bool {
	if w, ok := c.wild[g]; ok {
		return w
	}
	w := false
	for _, k := range g.Children {
		if isWildcard(k) {
			w = true
			break
		}
	}
	c.wild[g] = w
	return w
}

// merge adds to n the children that frames supply and n lacks, in priority
// order. Children n already has (written, or added by a frame before) are
// filled later, when fill reaches them. Wildcards create nothing. A
// single-valued statement (the schema says which) that already holds a
// value keeps it: a value written at n, or supplied by a group of higher
// priority, wins; lists and leaf-lists merge. (Batfish, having no schema
// for most statements, keeps every value; Junos keeps one.)
//
// Inherited children come after the ones written at n, groups in priority
// order. Junos documents no order for inherited list entries (its
// name-server example displays them first, its snmp one last); Batfish
// appends them, as here. Tests compare the order, so a change is seen.
func (c *computer) merge(n *ast.Node, e *schema.Elem, frames []frame) {
	top := n.Parent == nil
	for _, fr := range frames {
		for _, k := range fr.node.Children {
			if k.Inactive || isWildcard(k) || n.Child(k.Name) != nil || contains(c.dropped[n], k.Name) {
				continue
			}
			if top && (k.Name == "when" || k.Name == "groups") {
				// `when` is the group's own condition, not configuration.
				continue
			}
			if e.Kind() == schema.Leaf && len(n.Children) > 0 {
				continue // a single-valued leaf keeps the value it has
			}
			x := c.alloc()
			*x = ast.Node{
				Name: k.Name, Quoted: k.Quoted, Protected: k.Protected, ListForm: k.ListForm,
			}
			x.ShareOrigins(k)
			x.SetAnnotation(k.Annotation())
			x.SetInherited(fr.group, fr.via)
			n.AddNode(x)
			if !k.IsLeaf() {
				c.container[x] = true
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
