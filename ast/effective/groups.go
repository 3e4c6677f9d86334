package effective

import (
	"strings"

	"github.com/junoslint/junoslint/ast"
)

// The statements that name groups.
const (
	kwApplyGroups = "apply-groups"
	kwExcept      = "apply-groups-except"
)

// nodeVar is the chassis-cluster variable a group name may hold: each node
// of an SRX cluster substitutes its own name (node0, node1).
const nodeVar = "${node}"

// groupTable holds the `groups` stanza of one file.
type groupTable struct {
	active  map[string]*ast.Node // groups whose content applies, by name
	defined map[string]bool      // every name under `groups`, active or not
	order   []GroupRef           // defined groups in the order written
}

// newGroupTable reads the `groups` stanza of cfg. A group that is inactive
// (or inside an inactive `groups`) is defined but applies nothing.
func newGroupTable(cfg *ast.Node) *groupTable {
	t := &groupTable{active: map[string]*ast.Node{}, defined: map[string]bool{}}
	gs := cfg.Child("groups")
	if gs == nil {
		return t
	}
	for _, g := range gs.Children {
		t.defined[g.Name] = true
		t.order = append(t.order, GroupRef{Name: g.Name, Origin: g.Origin()})
		if !gs.Inactive && !g.Inactive {
			t.active[g.Name] = g
		}
	}
	return t
}

// expand returns the group names a name written in `apply-groups` stands
// for: itself, or node0 and node1 for a name holding `${node}`. A device
// applies only its own node's group; offline both are applied, node0 first.
func expand(name string) []string {
	if !strings.Contains(name, nodeVar) {
		return []string{name}
	}
	return []string{strings.ReplaceAll(name, nodeVar, "node0"), strings.ReplaceAll(name, nodeVar, "node1")}
}

// values calls fn for each group name held by the statement n (an
// `apply-groups` or `apply-groups-except` node): its active leaf children.
// A child with children of its own is not a group name (it is a malformed
// statement such as Batfish's `apply-groups-except family inet …` test).
func values(n *ast.Node, fn func(v *ast.Node)) {
	if n == nil {
		return
	}
	for _, v := range n.Children {
		if !v.Inactive && v.IsLeaf() {
			fn(v)
		}
	}
}

// checkRef records in the view the names of v (an apply-groups value) that
// name no group.
func (c *computer) checkRef(v *ast.Node) {
	for _, name := range expand(v.Name) {
		if !c.groups.defined[name] {
			c.view.Undefined = append(c.view.Undefined, GroupRef{Name: name, Origin: v.Origin()})
		}
	}
}

// scanGroups walks the content of the active groups for the `apply-groups`
// and `apply-groups-except` statements they hold: their names are checked
// and form the graph in which cycles are looked for.
func (c *computer) scanGroups() map[string][]edge {
	graph := map[string][]edge{}
	for _, def := range c.groups.order {
		g := c.groups.active[def.Name]
		if g == nil {
			continue
		}
		var walk func(n *ast.Node)
		walk = func(n *ast.Node) {
			for _, k := range n.Children {
				if k.Inactive {
					continue
				}
				switch k.Name {
				case kwApplyGroups, kwExcept:
					values(k, func(v *ast.Node) {
						c.checkRef(v)
						if k.Name == kwApplyGroups {
							for _, to := range expand(v.Name) {
								graph[def.Name] = append(graph[def.Name], edge{to: to, origin: v.Origin()})
							}
						}
					})
				default:
					walk(k)
				}
			}
		}
		walk(g)
	}
	return graph
}

// noteKey identifies a note so that each is made once.
type noteKey struct{ group, text string }

// note records a remark about group g, applied by the word at o. A note
// made again keeps the earliest origin.
func (c *computer) note(g, text string, o ast.Origin) {
	k := noteKey{g, text}
	if i, ok := c.noted[k]; ok {
		if o.Span.Start < c.view.Notes[i].Origin.Span.Start {
			c.view.Notes[i].Origin = o
		}
		return
	}
	c.noted[k] = len(c.view.Notes)
	c.view.Notes = append(c.view.Notes, Note{Group: g, Text: text, Origin: o})
}

// noteApplied makes the notes due when group name (expanded from written)
// is applied by the word at via. Undefined groups get none: they are in
// View.Undefined.
func (c *computer) noteApplied(written, name string, via ast.Origin) {
	g := c.groups.active[name]
	if g == nil {
		if c.groups.defined[name] {
			c.note(name, "group is inactive: not applied", via)
		}
		return
	}
	if written != name {
		c.note(written, "chassis-cluster variable ${node}: applied as both node0 and node1 (a device applies only its own)", via)
	}
	if name == "re0" || name == "re1" {
		c.note(name, "routing-engine group: a device applies it only on "+name+"; applied here unconditionally", via)
	}
	// A device applies a group with `when` only while its condition (time,
	// chassis, model, routing engine, cluster node…) holds; Batfish does not
	// read `when` at all. Offline the condition cannot be evaluated: the
	// group is applied and the note says so.
	if w := g.Child("when"); w != nil && !w.Inactive {
		c.note(name, "`when` condition cannot be evaluated offline: applied unconditionally", via)
	}
}
