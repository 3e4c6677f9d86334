// Package effective computes the configuration a Junos device would commit
// from a parsed file: `apply-groups` inheritance applied and inactive
// statements dropped, every node keeping a link to the source it came from.
//
// The order of operations follows the one Batfish documents for its
// preprocessing (peers.md §1.2), which is also the order a device works in:
// the parsed tree already holds the result of `delete`, `insert`, `rename`
// and `(de)activate` in source order; inactive statements are dropped with
// everything beneath them (inside groups too); then the groups are applied
// where `apply-groups` names them, to a fixed point; the `groups` stanza is
// left out. Where Junos and Batfish differ, this package follows Junos; the
// comments say where.
package effective

import (
	"sort"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// View is the effective configuration of one file.
type View struct {
	// Root is the effective configuration tree: the `groups` stanza left out,
	// `apply-groups` statements kept, inactive nodes and everything beneath
	// them dropped. Inherited nodes carry Group and Via (see ast.Node).
	// The view is read-only: it shares the subtrees that nothing changes
	// with the parsed tree (f.Config), so walk it from Root down. A shared
	// node's Parent is its parent in the parsed tree, which has the same
	// name, path and origins as the view's, but not its inherited children.
	Root *ast.Node
	// Undefined lists `apply-groups` / `apply-groups-except` values that name
	// no group defined under `groups`, in source order. Values inside
	// inactive statements are not checked (a device ignores them). A value
	// holding `${node}` is checked as node0 and as node1; Name is then the
	// expanded name and Origin the word as written.
	Undefined []GroupRef
	// Cycles lists groups that apply themselves, directly or through others,
	// each with the `apply-groups` word inside it that continues the cycle.
	Cycles []GroupRef
	// Notes are remarks about inheritance that cannot be decided offline
	// (`when` conditions, `${node}`, re0/re1 groups) or that change nothing
	// (an inactive group, apply-groups-except at the top), in source order.
	Notes []Note
	// Defined lists the groups defined under `groups` (active or not) in the
	// order written, with the word naming each.
	Defined []GroupRef
	// Schema is the schema the view was computed with.
	Schema *schema.Schema
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
	// Origin is the first `apply-groups` word (in source order) that applied
	// the group the note is about.
	Origin ast.Origin
}

// computer holds the state of one Compute call.
type computer struct {
	sch        *schema.Schema
	view       *View
	groups     *groupTable
	applyBelow map[*ast.Node]bool // effective nodes with an apply-groups at or below them
	wild       map[*ast.Node]bool // group nodes known to have (or not) wildcard children
	container  map[*ast.Node]bool // inherited nodes whose group statement has content
	noted      map[noteKey]int    // index in view.Notes
	// dropped holds, for each view node copied from a parsed node, the
	// names of the parsed node's inactive children: group content does
	// not bring them back (a deactivated statement stays inactive,
	// whatever it inherits).
	dropped map[*ast.Node][]string
	hollow  []*ast.Node // list keywords whose entries are all inactive (see dropHollow)
	slab    []ast.Node  // nodes to hand out (see alloc)
	kids    []*ast.Node // child slots to hand out (see allocKids)
	stack   []*ast.Node // scratch: child views being built (see viewOf)
	// visit, when not nil, holds the parsed nodes viewOf must look into:
	// the nodes of File.Marks and their ancestors. Any other subtree holds
	// nothing that changes the view, and is shared without a visit.
	visit map[*ast.Node]bool
}

// Compute returns the effective view of f. It never fails; problems are in
// View.Undefined and View.Cycles. A nil sch means schema.New().
func Compute(f *ast.File, sch *schema.Schema) *View {
	if sch == nil {
		sch = schema.New()
	}
	c := &computer{
		sch:        sch,
		view:       &View{Root: ast.NewRoot(), Schema: sch},
		groups:     newGroupTable(f.Config),
		applyBelow: map[*ast.Node]bool{},
		wild:       map[*ast.Node]bool{},
		container:  map[*ast.Node]bool{},
		noted:      map[noteKey]int{},
		dropped:    map[*ast.Node][]string{},
	}
	c.view.Defined = c.groups.order
	if f.Marks != nil {
		c.visit = map[*ast.Node]bool{}
		for _, n := range f.Marks.Nodes {
			for ; n != nil && !c.visit[n]; n = n.Parent {
				c.visit[n] = true
			}
		}
	}
	root, _ := c.viewOf(f.Config, true)
	c.view.Root = root
	graph := c.scanGroups()
	c.view.Cycles = findCycles(c.groups.order, graph)
	if ex := root.Child(kwExcept); ex != nil {
		// Junos accepts apply-groups-except at every level but the top.
		values(ex, func(v *ast.Node) {
			c.note(v.Name, "apply-groups-except is not allowed at the top level: ignored", v.Origin())
		})
	}
	if c.applyBelow[root] {
		c.fill(root, sch.Root(), nil)
	}
	c.dropHollow()
	bySource(c.view.Undefined, func(r GroupRef) int { return r.Origin.Span.Start })
	bySource(c.view.Notes, func(n Note) int { return n.Origin.Span.Start })
	return c.view
}

// bySource sorts list by source offset, keeping the order of equal ones.
func bySource[T any](list []T, off func(T) int) {
	sort.SliceStable(list, func(i, j int) bool { return off(list[i]) < off(list[j]) })
}
