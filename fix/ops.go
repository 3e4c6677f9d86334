package fix

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// ApplyOps returns a copy of the configuration tree root with ops executed
// in order, as `load set` executes commands: `set` creates the missing nodes
// of its path, and its last word replaces the value of a single-valued
// keyword (the schema says which); `delete` removes the node at its path
// with everything below it, and the list, leaf-list or leaf keyword above
// it when that is left empty (see deletePath); `activate` and `deactivate`
// clear and set the node's inactive flag. Operations on paths that do not
// exist change nothing. root is not modified. A nil sch means [schema.New].
func ApplyOps(root *ast.Node, ops []Op, sch *schema.Schema) *ast.Node {
	if sch == nil {
		sch = schema.New()
	}
	r := root.Clone()
	for _, op := range ops {
		switch op.Verb {
		case Set:
			n := r
			for i, w := range op.Path {
				if i > 0 && i == len(op.Path)-1 && len(n.Children) > 0 && n.Child(w) == nil && sch.SingleValued(schemaPath(op.Path[:i])) {
					n.RemoveAll()
				}
				n, _ = n.Add(w, quoted(w))
			}
		case Delete:
			if p := deletePath(r, op.Path, sch); p != nil {
				n := r.Get(p...)
				n.Parent.Remove(n)
			}
		case Activate, Deactivate:
			if n := r.Get(op.Path...); n != nil && len(op.Path) > 0 {
				n.Inactive = op.Verb == Deactivate
			}
		}
	}
	return r
}

// quoted reports whether [Word] writes v in quotes.
func quoted(v string) bool {
	w := Word(v)
	return len(w) > 0 && w[0] == '"'
}
