// Package effective computes the configuration a Junos device would commit
// from a parsed file: `apply-groups` inheritance applied and inactive
// statements dropped, every node keeping a link to the source it came from.
package effective

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// View is the effective configuration of one file.
type View struct {
	// Root is the effective configuration tree: the `groups` stanza left out,
	// `apply-groups` statements kept, inactive nodes and everything beneath
	// them dropped. Inherited nodes carry Group and Via (see ast.Node).
	// Nodes are copies: changing them does not change the parsed file.
	Root *ast.Node
	// Undefined lists `apply-groups` / `apply-groups-except` values that name
	// no group defined under `groups`.
	Undefined []GroupRef
	// Cycles lists groups that apply themselves, directly or through others.
	Cycles []GroupRef
	// Notes are remarks about inheritance that cannot be decided offline
	// (`when` conditions, `${node}`, re0/re1 groups), in source order.
	Notes []Note
}

// GroupRef is a group name as written in an `apply-groups` statement.
type GroupRef struct {
	Name   string
	Origin ast.Origin // the word naming the group
}

// Note is a remark about one group.
type Note struct {
	Group string
	Text  string // one line, lower case
}

// Compute returns the effective view of f. It never fails; problems are in
// View.Undefined and View.Cycles.
func Compute(f *ast.File, sch *schema.Schema) *View {
	// Placeholder until inheritance lands: inactive nodes dropped only.
	root := f.Config.Clone()
	if g := root.Child("groups"); g != nil {
		root.Remove(g)
	}
	dropInactive(root)
	return &View{Root: root}
}

func dropInactive(n *ast.Node) {
	kids := n.Children[:0:0]
	for _, c := range n.Children {
		if c.Inactive {
			continue
		}
		dropInactive(c)
		kids = append(kids, c)
	}
	if len(kids) != len(n.Children) {
		n.RemoveAll()
		for _, c := range kids {
			n.AddNode(c)
		}
	}
}
