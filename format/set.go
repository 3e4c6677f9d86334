package format

import (
	"strings"

	"github.com/junoslint/junoslint/ast"
)

// SetOptions controls [SetLines].
type SetOptions struct {
	// Annotations adds `edit`/`annotate`/`top` blocks for annotations, which
	// `display set` leaves out.
	Annotations bool
}

// SetLines prints the configuration tree root as `show configuration |
// display set` would: one `set` line per leaf, `deactivate`/`protect` lines
// right after the lines of the element they apply to. (First version; the
// formatter work refines it.)
func SetLines(root *ast.Node, opts SetOptions) []byte {
	var b strings.Builder
	var walk func(n *ast.Node)
	walk = func(n *ast.Node) {
		if n.Parent != nil && n.IsLeaf() {
			b.WriteString("set ")
			b.WriteString(n.PathString())
			b.WriteByte('\n')
		}
		for _, c := range n.Children {
			walk(c)
		}
		if n.Parent != nil && n.Inactive {
			b.WriteString("deactivate " + n.PathString() + "\n")
		}
		if n.Parent != nil && n.Protected {
			b.WriteString("protect " + n.PathString() + "\n")
		}
	}
	walk(root)
	return []byte(b.String())
}
