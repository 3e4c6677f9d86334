package effective

import "github.com/junoslint/junoslint/ast"

// viewOf returns the node that stands for src, a node of the parsed tree,
// in the view, and whether its subtree holds an `apply-groups` statement.
//
// Where nothing below src is left out (inactive nodes, and at the top the
// `groups` stanza) and no `apply-groups` can bring content in, the view
// shares src itself with the parsed tree: most of a large file is such
// subtrees, and sharing spares copying them (on a 3.5 MB config the copy
// was nine tenths of Compute). Elsewhere it returns a copy whose children
// are the views of src's active children. top is set for the root, which
// is always copied. A copy holding an `apply-groups` below it is
// remembered in c.applyBelow so that inheritance visits it even when no
// group content reaches it from above. It checks the `apply-groups` and
// `apply-groups-except` values it meets.
//
// Inheritance may still reach a shared subtree; fill then copies the
// nodes it changes first (see own), so the parsed tree is never changed.
func (c *computer) viewOf(src *ast.Node, top bool) (*ast.Node, bool) {
	mark := len(c.stack)
	var inactive []string // names of src's inactive children
	same := !top
	has := false
	for _, k := range src.Children {
		if k.Inactive || (top && k.Name == "groups") {
			same = false
			if k.Inactive {
				inactive = append(inactive, k.Name)
			}
			continue
		}
		if c.visit != nil && !c.visit[k] {
			c.stack = append(c.stack, k) // nothing below k changes the view
			continue
		}
		switch k.Name {
		case kwApplyGroups, kwExcept:
			values(k, c.checkRef)
			if k.Name == kwApplyGroups {
				has = true
			}
		}
		kv, below := c.viewOf(k, false)
		if kv != k || below {
			same = false
		}
		has = has || below
		c.stack = append(c.stack, kv)
	}
	if same && !has {
		c.stack = c.stack[:mark]
		return src, false
	}
	kids := c.stack[mark:]
	n := c.alloc()
	*n = ast.Node{
		Name: src.Name, Quoted: src.Quoted, Protected: src.Protected, ListForm: src.ListForm,
	}
	n.ShareOrigins(src)
	if inactive != nil {
		c.dropped[n] = inactive
	}
	n.SetAnnotation(src.Annotation())
	if len(kids) > 0 {
		n.Children = c.allocKids(len(kids))
		// Copies made here become n's children; shared ones stay their
		// parsed parent's too.
		n.AppendChildren(kids)
	}
	c.stack = c.stack[:mark]
	if has {
		c.applyBelow[n] = true
	}
	if len(kids) == 0 && c.hollowList(src) {
		c.hollow = append(c.hollow, n)
	}
	return n, has
}

// hollowList reports whether src, a parsed node whose children are all
// inactive, only names list entries (see listPart): unless inheritance
// brings an entry, it then stands for nothing (see dropHollow). A
// container, or an entry, whose statements are all inactive stays, empty,
// as it does on a device.
func (c *computer) hollowList(src *ast.Node) bool {
	return len(src.Children) > 0 && c.listPart(src, src.Children[0].Name)
}

// listPart reports whether n, with a child named kid, is a list keyword
// (`unit`, `group`, `route-filter`) or a key that more keys follow (the
// 10.0.0.0/8 of `route-filter 10.0.0.0/8 orlonger`): a node that only
// names entries, not configuration of its own.
func (c *computer) listPart(n *ast.Node, kid string) bool {
	return c.sch.Lookup(n.Path()).NamesEntry(kid)
}

// own returns n's child at index i, first replacing it by a copy when it is
// shared with the parsed tree, so that inheritance can change it. The
// copy's own children stay shared.
func (c *computer) own(n *ast.Node, i int) *ast.Node {
	k := n.Children[i]
	if k.Parent == n {
		return k
	}
	x := c.alloc()
	k.ShallowCopyTo(x)
	x.Parent = n
	n.Children[i] = x
	return x
}

// alloc returns a zero node, carved from a slab to spare the allocator one
// call per node on large files.
func (c *computer) alloc() *ast.Node {
	if len(c.slab) == 0 {
		c.slab = make([]ast.Node, 256)
	}
	n := &c.slab[0]
	c.slab = c.slab[1:]
	return n
}

// allocKids returns an empty slice with room for n children, carved from a
// slab; appending beyond n moves it to a slice of its own.
func (c *computer) allocKids(n int) []*ast.Node {
	if n > 64 {
		return make([]*ast.Node, 0, n)
	}
	if len(c.kids) < n {
		c.kids = make([]*ast.Node, 1024)
	}
	k := c.kids[:0:n]
	c.kids = c.kids[n:]
	return k
}

// dropHollow removes the nodes that only name list entries (see
// listPart) and lost every entry to inactive statements, gaining none from
// groups; and then, up the tree, those that only held such a node.
func (c *computer) dropHollow() {
	for _, n := range c.hollow {
		for len(n.Children) == 0 && n.Parent != nil {
			p := n.Parent
			p.Remove(n)
			if len(p.Children) > 0 || !c.listPart(p, n.Name) {
				break
			}
			n = p
		}
	}
}
