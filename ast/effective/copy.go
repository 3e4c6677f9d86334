package effective

import "github.com/junoslint/junoslint/ast"

// copyActive copies the active children of src (a node of the parsed tree)
// below dst, leaving out inactive nodes with everything beneath them and,
// at the top, the `groups` stanza. It checks the `apply-groups` and
// `apply-groups-except` values it meets and reports whether the copied
// subtree holds an `apply-groups` statement; nodes that do are remembered
// in c.applyBelow so that inheritance visits them even when no group
// content reaches them from above.
func (c *computer) copyActive(src, dst *ast.Node) bool {
	has := false
	if len(src.Children) > 0 {
		dst.Children = c.allocKids(len(src.Children))
	}
	for _, k := range src.Children {
		if k.Inactive || (src.Parent == nil && k.Name == "groups") {
			continue
		}
		n := c.alloc()
		*n = ast.Node{
			Name: k.Name, Quoted: k.Quoted, Protected: k.Protected, ListForm: k.ListForm,
			Annotation: k.Annotation, Origins: k.Origins[:len(k.Origins):len(k.Origins)],
		}
		dst.AddNode(n)
		switch k.Name {
		case kwApplyGroups, kwExcept:
			values(k, c.checkRef)
			if k.Name == kwApplyGroups {
				has = true
			}
		}
		if c.copyActive(k, n) {
			c.applyBelow[n] = true
			has = true
		}
	}
	return has
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
