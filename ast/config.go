package ast

import (
	"strings"
	"unsafe"

	"github.com/junoslint/junoslint/internal/hugepage"
)

// Node is one word of the configuration tree. The root has no name; its
// children are the top-level keywords (`system`, `interfaces`, …). Every path
// from the root to a leaf is one line of `display set` without the `set`.
//
// Children keep the order in which they were first written, as Junos keeps
// user-ordered lists; nothing here sorts.
type Node struct {
	Name      string // the word's value, unquoted
	Quoted    bool   // the source wrote the word in double quotes
	Inactive  bool   // `inactive:` or `deactivate`
	Protected bool   // `protect:` or `protect`
	// ListForm is set on a keyword node whose values were written as a
	// `[ … ]` leaf-list in a curly file.
	ListForm bool
	// plain is set when Name is known to need no quotes (see Plain);
	// valued when the node was added as a leaf's value (see Valued).
	plain, valued bool
	Parent        *Node
	Children      []*Node
	// meta holds the node's origins (see Origins) and what few nodes have
	// (nodeExt); nil when it has neither. Keeping both behind one pointer
	// keeps a node at 64 bytes, which on a large file is most of a parse's
	// fresh memory.
	meta *nodeMeta
}

// nodeMeta is what a Node keeps behind its meta pointer. It belongs to one
// node: a copy of a node gets its own (ShareOrigins, ShallowCopyTo), whose
// origins are capped at their length, so that neither node's appends reach
// the other's. Nodes must not be copied by plain assignment. The nodeExt
// in it may be shared: a Node never changes its nodeExt in place but
// replaces it by a changed copy, so that copies do not see each other's
// changes. The one exception is the child index, which append extends in
// place, as it did when the index was a field of Node.
type nodeMeta struct {
	// origins grows in place, as a slice does: AddOrigin appends to it.
	origins []Origin
	ext     *nodeExt
	// first is the memory of the first origin, so that a node written once
	// takes one allocation (or none, from an Arena).
	first [1]Origin
}

// start makes o m's only origin, held in m's own memory.
func (m *nodeMeta) start(o Origin) {
	m.first[0] = o
	m.origins = m.first[:1:1]
}

// nodeExt is the part of a Node that few nodes set (see nodeMeta).
type nodeExt struct {
	annotation string
	group      string
	via        Origin
	// index finds children by name, for nodes with more than
	// indexThreshold children; nil otherwise.
	index *childIndex
}

// zero reports whether x holds nothing, so that its node can drop it.
func (x *nodeExt) zero() bool {
	return x.annotation == "" && x.group == "" && x.via == (Origin{}) && x.index == nil
}

// ext returns n's extension, nil when it has none.
func (n *Node) ext() *nodeExt {
	if n.meta == nil {
		return nil
	}
	return n.meta.ext
}

// editExt returns a copy of n's extension (a zero one when n has none) for
// n to change and then store with setExt.
func (n *Node) editExt() *nodeExt {
	if n.ext() == nil {
		return &nodeExt{}
	}
	x := *n.ext()
	return &x
}

// setExt stores x as n's extension, or none when x holds nothing.
func (n *Node) setExt(x *nodeExt) {
	if x.zero() {
		x = nil
	}
	n.setMeta(n.Origins(), x)
}

// setMeta gives n a new nodeMeta holding origins and x, or none when both
// are empty. n's old nodeMeta, which belonged to n alone, is dropped, so n
// may keep appending to origins.
func (n *Node) setMeta(origins []Origin, x *nodeExt) {
	if len(origins) == 0 && x == nil {
		n.meta = nil
		return
	}
	n.meta = &nodeMeta{origins: origins, ext: x}
}

// Annotation returns the text of a `/* */` annotation attached to the
// element this node ends, without its markers; "" when none.
func (n *Node) Annotation() string {
	if n == nil || n.ext() == nil {
		return ""
	}
	return n.meta.ext.annotation
}

// SetAnnotation sets the text returned by Annotation; "" removes it.
func (n *Node) SetAnnotation(text string) {
	if text == n.Annotation() {
		return
	}
	x := n.editExt()
	x.annotation = text
	n.setExt(x)
}

// Group names the configuration group an effective-view node was inherited
// from; "" for nodes written directly (and in parsed trees).
func (n *Node) Group() string {
	if n == nil || n.ext() == nil {
		return ""
	}
	return n.meta.ext.group
}

// Via returns the `apply-groups` value that brought an inherited node in;
// a zero Origin when Group is "".
func (n *Node) Via() Origin {
	if n == nil || n.ext() == nil {
		return Origin{}
	}
	return n.meta.ext.via
}

// SetInherited records that n was inherited from the configuration group
// named group, brought in by the `apply-groups` value via; see Group and
// Via. SetInherited("", Origin{}) marks n as written directly.
func (n *Node) SetInherited(group string, via Origin) {
	if group == n.Group() && via == n.Via() {
		return
	}
	x := n.editExt()
	x.group, x.via = group, via
	n.setExt(x)
}

// index returns n's child index, or nil when n has indexThreshold
// children or fewer.
func (n *Node) index() *childIndex {
	if x := n.ext(); x != nil {
		return x.index
	}
	return nil
}

// setIndex replaces n's child index by m (nil for none).
func (n *Node) setIndex(m *childIndex) {
	if m == nil && n.index() == nil {
		return
	}
	x := n.editExt()
	x.index = m
	n.setExt(x)
}

// Marks lists the nodes of a configuration tree that change its effective
// view: those that are inactive and the `apply-groups` and
// `apply-groups-except` statements. Every such node of the tree is listed;
// a listed node may since have stopped being one, or have left the tree,
// which costs only time. The effective view reads the rest of the tree as
// it is, without visiting it.
type Marks struct {
	Nodes []*Node
}

// Origin links a node to source text.
type Origin struct {
	Stmt *Stmt // the statement or set command that wrote the node
	Span Span  // the word itself
}

// NewRoot returns an empty configuration tree.
func NewRoot() *Node { return &Node{} }

// IsRoot reports whether n is the root of its tree.
func (n *Node) IsRoot() bool { return n.Parent == nil }

// IsLeaf reports whether n has no children.
func (n *Node) IsLeaf() bool { return len(n.Children) == 0 }

const indexThreshold = 8

// Child returns the child named name, or nil.
func (n *Node) Child(name string) *Node {
	if n == nil {
		return nil
	}
	if idx := n.index(); idx != nil {
		if i := idx.find(n.Children, name); i >= 0 {
			return n.Children[i]
		}
		return nil
	}
	for _, c := range n.Children {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Get follows path from n and returns the node it ends at, or nil. Get on a
// nil node returns nil, so lookups can be chained.
func (n *Node) Get(path ...string) *Node {
	for _, p := range path {
		if n == nil {
			return nil
		}
		n = n.Child(p)
	}
	return n
}

// Has reports whether path exists below n.
func (n *Node) Has(path ...string) bool { return n.Get(path...) != nil }

// Value returns the name of n's first child: the value of a single-valued
// leaf such as `host-name`. It returns "" when n is nil or has no child.
func (n *Node) Value() string {
	if n == nil || len(n.Children) == 0 {
		return ""
	}
	return n.Children[0].Name
}

// Add returns the child named name, appending a new one when there is none.
// created reports whether it was appended.
func (n *Node) Add(name string, quoted bool) (child *Node, created bool) {
	if c := n.Child(name); c != nil {
		return c, false
	}
	c := &Node{Name: name, Quoted: quoted, Parent: n}
	n.append(c)
	return c, true
}

// AddNode appends c as the last child of n and sets its parent. It does not
// check for an existing child of the same name.
func (n *Node) AddNode(c *Node) {
	c.Parent = n
	n.append(c)
}

func (n *Node) append(c *Node) { n.appendIn(c, nil) }

// appendIn appends c to n's children, taking index tables from a (nil for
// none).
func (n *Node) appendIn(c *Node, a *Arena) {
	n.Children = append(n.Children, c)
	if idx := n.index(); idx != nil {
		idx.add(n.Children, len(n.Children)-1, c.Name, a)
	} else if len(n.Children) > indexThreshold {
		n.setIndex(newChildIndex(n.Children, a))
	}
}

func (n *Node) reindex() { n.setIndex(indexOf(n.Children)) }

// indexOf returns the child index (see nodeExt.index) of a node with the
// children kids: the position of the first child of each name, or nil when
// there are indexThreshold children or fewer.
func indexOf(kids []*Node) *childIndex {
	if len(kids) <= indexThreshold {
		return nil
	}
	return newChildIndex(kids, nil)
}

// Remove detaches the child c from n. It does nothing when c is not a child.
func (n *Node) Remove(c *Node) {
	for i, x := range n.Children {
		if x == c {
			n.Children = append(n.Children[:i:i], n.Children[i+1:]...)
			c.Parent = nil
			n.reindex()
			return
		}
	}
}

// RemoveAll detaches every child of n.
func (n *Node) RemoveAll() {
	for _, c := range n.Children {
		c.Parent = nil
	}
	n.Children = nil
	n.setIndex(nil)
}

// Move places child c before (after == false) or after the child ref. Both
// must be children of n; otherwise Move does nothing and returns false.
func (n *Node) Move(c, ref *Node, after bool) bool {
	if c == ref || c.Parent != n || ref.Parent != n {
		return false
	}
	kids := make([]*Node, 0, len(n.Children))
	for _, x := range n.Children {
		if x == c {
			continue
		}
		if x == ref && !after {
			kids = append(kids, c)
		}
		kids = append(kids, x)
		if x == ref && after {
			kids = append(kids, c)
		}
	}
	n.Children = kids
	n.reindex()
	return true
}

// Plain reports whether n's name is known to stand as a Junos word without
// quotes: the parser saw it written bare, holding no byte that needs
// quotes and not ending in ':' (see MarkPlain). False says nothing: a
// printer then checks the name itself.
func (n *Node) Plain() bool { return n.plain }

// MarkPlain records that n's name stands without quotes (see Plain). Only
// a parser that has seen the name written so may call it; Rename clears
// the mark.
func (n *Node) MarkPlain() { n.plain = true }

// Valued reports whether n was added as the value of a leaf statement
// (`host-name r1;` adds r1 so, where `unit 0 { … }` adds 0 as a block's
// word): a later different value of a single-valued keyword replaces such
// a node. The parser marks it (see MarkValued); false says nothing for
// trees built otherwise.
func (n *Node) Valued() bool { return n.valued }

// MarkValued records that n was added as a leaf statement's value (see
// Valued).
func (n *Node) MarkValued() { n.valued = true }

// Rename changes n's name, keeping its place among its siblings.
func (n *Node) Rename(name string, quoted bool) {
	n.Name, n.Quoted, n.plain = name, quoted, false
	if n.Parent != nil {
		n.Parent.reindex()
	}
}

// Origins says where n was written: the first entry is the statement that
// created it; later ones are statements that set it again. The slice is
// shared: callers must not change it.
func (n *Node) Origins() []Origin {
	if n == nil || n.meta == nil {
		return nil
	}
	return n.meta.origins
}

// AddOrigin records that o wrote n.
func (n *Node) AddOrigin(o Origin) {
	if n.meta == nil {
		n.meta = &nodeMeta{}
		n.meta.start(o)
		return
	}
	// In place: n's nodeMeta is its own (see nodeMeta). A node set again
	// and again, as in a file that repeats its blocks, appends in
	// amortized constant time.
	n.meta.origins = append(n.meta.origins, o)
}

// SetOrigins replaces n's origins by origins, which n keeps and never
// changes (nor may the caller afterwards); nil removes them.
func (n *Node) SetOrigins(origins []Origin) { n.setMeta(capped(origins), n.ext()) }

// ShareOrigins gives n the origins of src, sharing their memory: an append
// to either node's copies. n's own annotation, group and child index are
// dropped.
func (n *Node) ShareOrigins(src *Node) { n.setMeta(capped(src.Origins()), nil) }

// capped returns o with its capacity cut to its length.
func capped(o []Origin) []Origin { return o[:len(o):len(o)] }

// Origin returns the first origin of n, or a zero Origin.
func (n *Node) Origin() Origin {
	if o := n.Origins(); len(o) > 0 {
		return o[0]
	}
	return Origin{}
}

// Path returns the names from the root's child down to n.
func (n *Node) Path() []string {
	depth := 0
	for p := n; p != nil && p.Parent != nil; p = p.Parent {
		depth++
	}
	out := make([]string, depth)
	for p := n; p != nil && p.Parent != nil; p = p.Parent {
		depth--
		out[depth] = p.Name
	}
	return out
}

// PathString returns the path of n as Junos words separated by spaces,
// quoted where a word needs quotes (or was quoted in the source).
func (n *Node) PathString() string {
	var nodes []*Node
	for p := n; p != nil && p.Parent != nil; p = p.Parent {
		nodes = append(nodes, p)
	}
	var b strings.Builder
	for i := len(nodes) - 1; i >= 0; i-- {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(nodes[i].Word())
	}
	return b.String()
}

// Word returns the node's name written as a Junos word: in quotes when the
// source quoted it or when the value needs them.
func (n *Node) Word() string {
	if n.Quoted {
		return forceQuote(n.Name)
	}
	return Quote(n.Name)
}

func forceQuote(v string) string {
	q := Quote(v)
	if len(q) > 0 && q[0] == '"' {
		return q
	}
	return `"` + q + `"`
}

// Walk calls fn for n and its descendants in order, depth first. When fn
// returns false the node's children are skipped.
func (n *Node) Walk(fn func(*Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	for _, c := range n.Children {
		c.Walk(fn)
	}
}

// Clone returns a deep copy of n without a parent. Origins are shared (they
// point into the same source).
func (n *Node) Clone() *Node {
	c := &Node{
		Name: n.Name, Quoted: n.Quoted, Inactive: n.Inactive, Protected: n.Protected,
		ListForm: n.ListForm, plain: n.plain,
	}
	if o := n.Origins(); len(o) > 0 {
		c.SetOrigins(append([]Origin(nil), o...))
	}
	if len(n.Children) > 0 {
		c.Children = make([]*Node, len(n.Children))
		for i, k := range n.Children {
			kc := k.Clone()
			kc.Parent = c
			c.Children[i] = kc
		}
	}
	if idx := indexOf(c.Children); n.ext() != nil || idx != nil {
		c.setExt(&nodeExt{annotation: n.Annotation(), group: n.Group(), via: n.Via(), index: idx})
	}
	return c
}

// AppendChildren appends kids as the last children of n, in order. A kid
// whose Parent is nil becomes n's, as AddNode makes it. Any other keeps its
// Parent and so stays a child of its own parent too: the effective view
// shares this way the subtrees of the parsed tree that inheritance and
// inactive statements leave as they are (such a node's Parent is its parent
// in the parsed tree, which has the same name, path and origins as its view
// counterpart). The child index is built once at the end, which on a node
// with thousands of children is much cheaper than one append at a time.
func (n *Node) AppendChildren(kids []*Node) {
	for _, c := range kids {
		if c.Parent == nil {
			c.Parent = n
		}
	}
	n.Children = append(n.Children, kids...)
	if len(n.Children) > indexThreshold {
		n.reindex()
	}
}

// ShallowCopyTo makes dst a copy of n that owns its Children slice but
// shares the children themselves (their Parent stays n). dst's Parent is
// cleared. Origins are shared. dst has its own child index, and setting
// its annotation or group leaves n's as they are.
func (n *Node) ShallowCopyTo(dst *Node) {
	*dst = *n
	dst.Parent = nil
	if n.meta != nil {
		dst.setMeta(capped(n.meta.origins), n.meta.ext)
	}
	if n.Children != nil {
		dst.Children = append(make([]*Node, 0, len(n.Children)+1), n.Children...)
	}
	if idx := n.index(); idx != nil {
		dst.setIndex(idx.clone())
	}
}

// IsActive reports whether n and all its ancestors are active (not inactive).
func (n *Node) IsActive() bool {
	for p := n; p != nil; p = p.Parent {
		if p.Inactive {
			return false
		}
	}
	return true
}

// Leaves calls fn for every leaf below n (n itself when it has no children),
// in order.
func (n *Node) Leaves(fn func(*Node)) {
	n.Walk(func(x *Node) bool {
		if x.IsLeaf() && x.Parent != nil {
			fn(x)
		}
		return true
	})
}

// metaChunk is the number of nodeMetas in an Arena chunk after the first:
// 32 KiB, the largest small-object size of the Go allocator.
const metaChunk = (32 << 10) / int(unsafe.Sizeof(nodeMeta{}))

// Arena gives the nodes of a tree being built their first origin and the
// tables of their child indexes from large chunks, so that a large parse
// costs a few allocations instead of one per node, in memory the kernel
// can back with huge pages (package hugepage). It is ordinary
// garbage-collected memory. The zero Arena is ready to use.
type Arena struct {
	metas []nodeMeta
	// slots is the room for child-index tables, zero past its length;
	// once it is full, tables are allocated one by one.
	slots []uint64
}

// NewArena returns an Arena whose first chunk holds origins first origins
// (advised for huge pages from hugepage.AdviseBytes) and whose
// child-index tables come from slots while it has room. slots must be
// zero; the tree keeps it.
func NewArena(origins int, slots []uint64) Arena {
	var a Arena
	if origins > 0 {
		a.metas = hugepage.Make[nodeMeta](origins)
	}
	a.slots = slots[:0:cap(slots)]
	return a
}

// AddOrigin does n.AddOrigin(o), taking the memory of n's first origin
// from a.
func (a *Arena) AddOrigin(n *Node, o Origin) {
	if n.meta != nil {
		n.AddOrigin(o)
		return
	}
	if len(a.metas) == cap(a.metas) {
		// Chunks grow, from 128 KiB in huge pages: every quoted word of a
		// lean build takes one (see grammar's arena.standIn).
		a.metas = hugepage.Make[nodeMeta](max(metaChunk/8, min(2*cap(a.metas), metaChunk*64)))
	}
	a.metas = a.metas[:len(a.metas)+1]
	n.meta = &a.metas[len(a.metas)-1]
	n.meta.start(o)
}

// AddNode does n.AddNode(c), taking the tables of n's child index from a.
func (a *Arena) AddNode(n, c *Node) {
	c.Parent = n
	n.appendIn(c, a)
}

// table returns a zero child-index table of size slots: from a's chunk
// when it has room (a may be nil), else newly allocated.
func (a *Arena) table(size int) []uint64 {
	if a == nil || cap(a.slots)-len(a.slots) < size {
		return hugepage.Make[uint64](size)[:size]
	}
	n := len(a.slots)
	a.slots = a.slots[:n+size]
	return a.slots[n : n+size : n+size]
}
