package grammar

import (
	"slices"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// builder executes a parsed file into its configuration tree, as `load
// merge` (curly statements) and `load set` (commands) would, in source order.
type builder struct {
	sch *schema.Schema
	// shapes answers the schema questions of leaf statements, walking
	// only what a statement's path does not share with the previous one's.
	shapes *schema.PathCache
	file   *ast.File
	root   *ast.Node
	// edit is the current `edit` level of set commands; levels holds the
	// nodes `up` returns to, one a statement level (`group X` is one
	// level); exits holds, for each `edit`, where it was given, which
	// `exit` returns to.
	edit   *ast.Node
	levels []*ast.Node
	exits  []editLevel
	path   []string // scratch: names from the root to the current node
	values []string // scratch: the word values of one leaf statement
	ar     arena
	// lean is set when the statements are handed out one at a time and
	// their memory reused (see Parser.ParseConfig): nodes then get an
	// origin only when written in quotes, and its statement is a copy
	// (standIn) holding the words, made once per statement.
	lean       bool
	standInFor *ast.Stmt
	standIn    *ast.Stmt
	// marks collects the nodes File.Marks lists; unmarked is set when a
	// command made nodes the builder did not see one by one (`copy`).
	marks    []*ast.Node
	unmarked bool
	// specials, when set, lists in increasing order the start offsets of
	// the words of the file that need quotes although written bare, and of
	// its `( … )` and `/* … */` tokens, for every statement handed to the
	// builder so far (see scanner.specials); nil when unknown, and then no
	// node is marked plain.
	specials *[]int
	// logOps is set on the builder of a later chunk of a split
	// ParseConfig: ops then records what it did to nodes that the tree of
	// the chunks before may hold, to be replayed there (see graftOp), and
	// undoes is set once it did something that cannot be replayed (a
	// command other than `set` and the flag commands, or a flag tag on a
	// node cut off by a `delete:`), so that its tree cannot be grafted.
	logOps bool
	ops    []graftOp
	undoes bool
	// chains answers setChained's lookups, whose paths (mid-command)
	// would otherwise evict the statement paths from shapes; lastChains
	// remembers its last answers, since the commands of a block ask the
	// same (`evpn`, then `interface` below one routing instance, line
	// after line), and nextChain is the slot the next answer takes.
	chains     *schema.PathCache
	lastChains [4]chainAnswer
	nextChain  int
}

// graftOp is a change a chunk's builder made to the node at path (from the
// root) that the tree of the chunks before it may hold as well: it is
// replayed on that tree, in order, before the chunk's tree is grafted.
type graftOp struct {
	path []string
	kind opKind
}

type opKind uint8

const (
	opRemove     opKind = iota // `delete:`
	opActivate                 // `active:`, `activate`
	opDeactivate               // `deactivate`
	opProtect                  // `protect`
	opUnprotect                // `unprotect:`, `unprotect`
)

// logOp records op on the node n for a graft (see builder.logOps).
func (b *builder) logOp(n *ast.Node, op opKind) {
	if !b.logOps {
		return
	}
	top := n
	for top.Parent != nil {
		top = top.Parent
	}
	if top != b.root {
		b.undoes = true // below a node a `delete:` cut off
		return
	}
	b.ops = append(b.ops, graftOp{path: n.Path(), kind: op})
}

// plain reports whether the word w, whose value is name, stands without
// quotes as the parser saw it written (see ast.Node.Plain).
func (b *builder) plain(w ast.Word, name string) bool {
	r := w.Raw
	if b.specials == nil || r == "" || len(r) != len(name) || r[0] == '"' || r[len(r)-1] == ':' {
		return false
	}
	// Words come mostly in source order: most are after every special
	// word the scanner has seen so far.
	sp := *b.specials
	return len(sp) == 0 || w.Span.Start > sp[len(sp)-1] || !isSpecial(sp, w.Span.Start)
}

// isSpecial reports whether the sorted offsets sp hold at.
func isSpecial(sp []int, at int) bool {
	_, found := slices.BinarySearch(sp, at)
	return found
}

// mark records n for File.Marks.
func (b *builder) mark(n *ast.Node) { b.marks = append(b.marks, n) }

// fileMarks returns what File.Marks holds for the tree built: nil when the
// builder could not follow every node.
func (b *builder) fileMarks() *ast.Marks {
	if b.unmarked {
		return nil
	}
	return &ast.Marks{Nodes: b.marks}
}

// addOrigin records that the statement s wrote the node n with the word at
// sp. In a lean build only the first origin of a quoted node is kept, which
// is what a printer needs to print the word as written, and none when the
// word is written as a printer quotes a word anyway (see plainQuoted).
func (b *builder) addOrigin(n *ast.Node, s *ast.Stmt, sp ast.Span) {
	// Small enough to inline: a lean build's many bare words cost no call.
	if b.lean && !n.Quoted {
		return
	}
	b.keepOrigin(n, s, sp)
}

// keepOrigin is addOrigin for a node that may get the origin.
func (b *builder) keepOrigin(n *ast.Node, s *ast.Stmt, sp ast.Span) {
	if !b.lean {
		b.ar.tree.AddOrigin(n, ast.Origin{Stmt: s, Span: sp})
		return
	}
	if plainQuoted(b.file.Src[sp.Start:sp.End], n.Name) {
		return
	}
	if len(n.Origins()) > 0 {
		return
	}
	if b.standInFor != s {
		b.standInFor, b.standIn = s, b.ar.standIn(s)
	}
	b.ar.tree.AddOrigin(n, ast.Origin{Stmt: b.standIn, Span: sp})
}

// plainQuoted reports whether raw, a word whose value is name, is name in
// double quotes and nothing else: then quoting name, as a printer does
// with a quoted value when it has no word to copy, writes raw again (a
// word that it would write otherwise has an escape, `\"` or `\\`, and
// unquotes to a shorter value). A `$junos-…` variable is not: its quotes go
// in set form, which a printer tells from the statement that wrote it.
// Every other word with the value name is then written so too, or bare,
// so a node whose first word is plainQuoted never needs an origin.
func plainQuoted(raw []byte, name string) bool {
	return len(raw) == len(name)+2 && raw[0] == '"' && raw[len(raw)-1] == '"' && string(raw[1:len(raw)-1]) == name && !strings.HasPrefix(name, "$junos-")
}

// newBuilder returns a builder of f.Config; see builder.lean for lean and
// newTreeArena for room.
func newBuilder(sch *schema.Schema, f *ast.File, lean bool, room []byte) *builder {
	return newBuilderIn(sch, f, lean, newTreeArena(len(f.Src), lean, room))
}

// newBuilderIn is newBuilder with the arena ar: a split ParseConfig gives
// each chunk's builder a share of one (see newTreeArenas).
func newBuilderIn(sch *schema.Schema, f *ast.File, lean bool, ar arena) *builder {
	root := ast.NewRoot()
	f.Config = root
	return &builder{sch: sch, shapes: sch.NewPathCache(), file: f, root: root, edit: root, lean: lean, ar: ar}
}

func (b *builder) build() {
	for _, s := range b.file.Stmts {
		if s.IsCommand() {
			b.command(s)
			continue
		}
		b.path = b.path[:0]
		b.curly(s, b.root)
	}
}

// schemaPath strips a leading `groups NAME` so that group content is shaped
// like the configuration it applies to.
func schemaPath(p []string) []string {
	if len(p) >= 2 && p[0] == "groups" {
		return p[2:]
	}
	return p
}

// addWord adds the word w, whose value is name, below n, recording where
// it was written. When n is a single-valued keyword and w is its value, an
// earlier different value is replaced.
func (b *builder) addWord(n *ast.Node, w ast.Word, name string, s *ast.Stmt, value bool) *ast.Node {
	if value && len(n.Children) > 0 && n.Child(name) == nil && b.sch.SingleValued(schemaPath(b.path)) {
		n.RemoveAll()
	}
	c, created := b.add(n, name, w.Quoted())
	if created && b.plain(w, name) {
		c.MarkPlain()
	}
	if created || value {
		b.addOrigin(c, s, w.Span)
	}
	// After the calls: the profile that guides inlining (default.pgo)
	// knows them by their line in the function.
	if created && value {
		c.MarkValued()
	}
	b.path = append(b.path, name)
	return c
}

// choiceWord reports whether the word that follows kw, the keyword at the
// end of b.path, is one of the choice of words of a choice keyword (`add`
// in `then local-preference add 10`, where `then local-preference 300` is
// another choice; see [schema.Elem.Choice]): it is then added as a value,
// which replaces the keyword's earlier content. After a leaf keyword it is
// not: the words after a leaf's value may be options of it
// (`autonomous-system 1` then `autonomous-system loops 2` keeps both).
// Callers ask it for the second word of a curly statement and the
// next-to-last word of a set command, the one place such a word stands
// (`local-preference add 10;`, `set … then metric add 10`): asking it of
// every word costs a convert 3% more instructions.
func (b *builder) choiceWord(kw string) bool {
	return b.shapes.MaySingle(kw) && b.sch.Lookup(schemaPath(b.path)).Choice()
}

// add returns the child of n named name, appending a new one (from the
// builder's arena) when there is none; created reports whether it did.
func (b *builder) add(n *ast.Node, name string, quoted bool) (child *ast.Node, created bool) {
	if c := n.Child(name); c != nil {
		return c, false
	}
	c := b.ar.node(name, quoted)
	if name == "apply-groups" || name == "apply-groups-except" {
		b.mark(c)
	}
	if len(n.Children) == cap(n.Children) {
		n.Children = b.ar.growKids(n.Children)
	}
	b.ar.tree.AddNode(n, c)
	return c, true
}

// curly merges the statement s below n. b.path holds n's path on entry and
// is restored on return.
func (b *builder) curly(s *ast.Stmt, n *ast.Node) {
	depth := len(b.path)
	if len(s.Words) == 0 {
		for _, c := range s.Children {
			b.curly(c, n)
		}
		return
	}
	if s.HasBlock {
		n = b.openBlock(s, n)
		for _, c := range s.Children {
			b.curly(c, n)
		}
		b.path = b.path[:depth]
		return
	}
	var elem *ast.Node
	values := b.values[:0]
	for _, w := range s.Words {
		values = append(values, w.Value())
	}
	b.values = values
	parent := schemaPath(b.path)
	chains, elemWords := b.shapes.LeafShape(parent, values)
	for ci, chain := range chains {
		b.path = b.path[:depth]
		m := n
		for j, idx := range chain {
			last := j == len(chain)-1 && j > 0 && !s.HasList || j == 1 && !s.HasList && b.choiceWord(values[chain[0]])
			m = b.addWord(m, s.Words[idx], values[idx], s, last)
			if ci == 0 && j == elemWords-1 {
				elem = m
			}
		}
		if s.HasList {
			m.ListForm = true
			for _, w := range s.List() {
				v := w.Value()
				c, created := b.add(m, v, w.Quoted())
				if created {
					if b.plain(w, v) {
						c.MarkPlain()
					}
					b.addOrigin(c, s, w.Span)
				}
			}
		}
		if elem == nil {
			elem = m
		}
	}
	b.applyTags(s, elem)
	b.annotate(s, elem)
	b.path = b.path[:depth]
}

// openBlock merges the words of the block statement s below n, with its
// tags and annotation, and returns the node its children go below. The
// words name an element (`port 0 {`, `unit 0 {`); they never replace an
// earlier value of a single-valued keyword, so two `port N { … }` blocks
// both stay.
func (b *builder) openBlock(s *ast.Stmt, n *ast.Node) *ast.Node {
	for _, w := range s.Words {
		n = b.addWord(n, w, w.Value(), s, false)
	}
	b.applyTags(s, n)
	b.annotate(s, n)
	return n
}

// annotate gives elem the text of the last `/* … */` annotation before s.
func (b *builder) annotate(s *ast.Stmt, elem *ast.Node) {
	for _, c := range s.Leading() {
		if c.Kind == ast.CommentAnnotation {
			elem.SetAnnotation(c.AnnotationText())
		}
	}
}

func (b *builder) applyTags(s *ast.Stmt, elem *ast.Node) {
	for _, t := range s.Tags() {
		switch t.Kind {
		case ast.TagInactive:
			elem.Inactive = true
			b.mark(elem)
		case ast.TagActive:
			elem.Inactive = false
			b.logOp(elem, opActivate)
		case ast.TagProtect:
			elem.Protected = true
		case ast.TagUnprotect:
			elem.Protected = false
			b.logOp(elem, opUnprotect)
		case ast.TagDelete:
			b.logOp(elem, opRemove)
			if elem.Parent != nil {
				b.remove(elem) // with a list keyword left empty, as `delete` does
			}
		}
	}
}

// editPath returns the path of the current edit level.
func (b *builder) editPath() []string { return b.edit.Path() }

// find returns the node at words below the edit level, or nil.
func (b *builder) find(words []ast.Word) *ast.Node {
	n := b.edit
	for _, w := range words {
		n = n.Child(w.Value())
		if n == nil {
			return nil
		}
	}
	return n
}

// editLevel is a position of the set-command `edit` level.
type editLevel struct {
	edit   *ast.Node
	levels []*ast.Node
}

// command executes one set-file command.
func (b *builder) command(s *ast.Stmt) {
	b.run(s, s.Verb.Raw, s.Words)
}

// run executes the set-file command verb with its words, written in s
// (for `top CMD` and `up N CMD`, verb and words are CMD's).
func (b *builder) run(s *ast.Stmt, verb string, words []ast.Word) {
	switch verb {
	case "set":
	case "deactivate", "activate", "protect", "unprotect":
		// Paths from the root: an `edit` before it left undoes set.
		if b.logOps && len(words) > 0 {
			b.ops = append(b.ops, graftOp{path: ast.Values(words), kind: flagOps[verb]})
		}
	default:
		b.undoes = true
	}
	switch verb {
	case "set":
		b.set(s, b.edit, words)
	case "delete":
		if len(words) == 0 {
			b.edit.RemoveAll()
			return
		}
		if n := b.find(words); n != nil && n.Parent != nil {
			b.remove(n)
		}
	case "deactivate", "activate", "protect", "unprotect":
		n := b.find(words)
		if n == nil || len(words) == 0 {
			return
		}
		switch verb {
		case "deactivate":
			n.Inactive = true
			b.mark(n)
		case "activate":
			n.Inactive = false
		case "protect":
			n.Protected = true
		case "unprotect":
			n.Protected = false
		}
	case "annotate":
		if len(words) < 2 {
			return
		}
		if n := b.find(words[:len(words)-1]); n != nil {
			n.SetAnnotation(ast.Comment{Text: ast.UnquoteText(words[len(words)-1].Raw)}.AnnotationText())
		}
	case "insert":
		b.reorder(words)
	case "rename", "copy":
		b.renameOrCopy(verb == "copy", s, words)
	case "edit":
		b.exits = append(b.exits, editLevel{b.edit, append([]*ast.Node(nil), b.levels...)})
		b.path = append(b.path[:0], b.editPath()...)
		n := b.edit
		for i, w := range words {
			n = b.addWord(n, w, w.Value(), s, false)
			if i == len(words)-1 || !b.namesEntry(n, words[i+1].Value()) {
				b.levels = append(b.levels, n)
			}
		}
		b.edit = n
	case "exit":
		// Back to where the last `edit` was given ("the level before the
		// last edit command"); at the top it leaves configuration mode.
		if k := len(b.exits); k > 0 {
			b.edit, b.levels = b.exits[k-1].edit, b.exits[k-1].levels
			b.exits = b.exits[:k-1]
		} else {
			b.edit, b.levels = b.root, b.levels[:0]
		}
	case "up", "top":
		// `up [N] [CMD]`, `top [CMD]`: with a command, it runs from that
		// level and the level stays where it was, unless the command moves
		// it itself.
		k := 0
		if verb == "up" {
			k = 1
			if len(words) > 0 {
				if n := atoiDefault(words[0].Value(), -1); n >= 0 {
					k, words = n, words[1:]
				}
			}
		}
		var back editLevel
		sub := len(words) > 0 && IsVerb(words[0].Value())
		if sub {
			back = editLevel{b.edit, append([]*ast.Node(nil), b.levels...)}
		}
		if verb == "top" {
			b.edit, b.levels = b.root, b.levels[:0]
		} else {
			b.up(k)
		}
		if !sub {
			return
		}
		cmd := words[0].Value()
		b.run(s, cmd, words[1:])
		switch cmd {
		case "edit", "up", "top", "exit":
		default:
			b.edit, b.levels = back.edit, back.levels
		}
	}
}

// namesEntry reports whether n, followed by the word next, only names a
// list entry: a list keyword (`group` of `group X`) or a key that more
// keys follow. `edit` does not count such a node as a level of its own.
func (b *builder) namesEntry(n *ast.Node, next string) bool {
	return b.sch.Lookup(schemaPath(n.Path())).NamesEntry(next)
}

// flagOps are the graft ops of the flag commands.
var flagOps = map[string]opKind{"deactivate": opDeactivate, "activate": opActivate, "protect": opProtect, "unprotect": opUnprotect}

// remove executes `delete` of the node n: n goes, and so does each ancestor
// that its removal leaves as an empty list keyword (`certificate-id` after
// its last entry), leaf-list keyword (`cipher-list` after its last member),
// leaf keyword (`nonce-payload` after its value) or choice keyword (`then
// metric` after `add 10`), because Junos keeps no such empty keyword. Containers stay (the schema cannot tell which of them
// mean something when empty), and so does an ancestor that is inactive,
// protected or annotated. fix's deletePath follows the same rule.
func (b *builder) remove(n *ast.Node) {
	for {
		a := n.Parent
		a.Remove(n)
		if a.Parent == nil || len(a.Children) > 0 || a.Inactive || a.Protected || a.Annotation() != "" {
			return
		}
		switch e := b.sch.Lookup(schemaPath(a.Path())); {
		case e.Kind() == schema.List || e.Kind() == schema.LeafList || e.Kind() == schema.Leaf || e.Choice():
			n = a
		default:
			return
		}
	}
}

func (b *builder) up(k int) {
	for ; k > 0 && len(b.levels) > 0; k-- {
		b.levels = b.levels[:len(b.levels)-1]
	}
	if len(b.levels) == 0 {
		b.edit = b.root
		return
	}
	b.edit = b.levels[len(b.levels)-1]
}

func atoiDefault(s string, def int) int {
	n := 0
	if s == "" {
		return def
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return def
		}
		n = n*10 + int(c-'0')
		if n > 1<<20 {
			return def
		}
	}
	return n
}

// set executes `set words…` below n.
func (b *builder) set(s *ast.Stmt, n *ast.Node, words []ast.Word) {
	b.path = append(b.path[:0], n.Path()...)
	for i, w := range words {
		if !s.HasList && len(words)-i >= 3 && b.setMany(s, n, words, i) {
			return
		}
		last := i == len(words)-1 && i > 0 && !s.HasList || i == len(words)-2 && i > 0 && !s.HasList && b.choiceWord(words[i-1].Value())
		n = b.addWord(n, w, w.Value(), s, last)
	}
	if s.HasList {
		// As in a curly file: the brackets tell a printer that does not
		// know the keyword that its words are values, not statements.
		n.ListForm = true
		for _, w := range s.List() {
			c, created := b.add(n, w.Value(), w.Quoted())
			if created {
				b.addOrigin(c, s, w.Span)
			}
		}
	}
	if len(words) > 0 && len(n.Origins()) == 0 {
		b.addOrigin(n, s, words[len(words)-1].Span)
	}
}

// setSplit executes the rest of a set command, words below n, when they
// set several leaves of a one-line container at once (`set … vlan-tags
// outer 100 inner 200` sets `vlan-tags outer 100` and `vlan-tags inner
// 200`, as Junos does). It reports false, doing nothing, when they do not.
func (b *builder) setSplit(s *ast.Stmt, n *ast.Node, words []ast.Word) bool {
	values := b.values[:0]
	for _, w := range words {
		values = append(values, w.Value())
	}
	b.values = values
	depth := len(b.path)
	chains := b.sch.SplitLeaf(schemaPath(b.path), values)
	if len(chains) < 2 {
		return false
	}
	for _, chain := range chains {
		b.path = b.path[:depth]
		m := n
		for j, idx := range chain {
			m = b.addWord(m, words[idx], words[idx].Value(), s, j == len(chain)-1 && j > 0)
		}
		if len(m.Origins()) == 0 {
			b.addOrigin(m, s, words[chain[len(chain)-1]].Span)
		}
	}
	return true
}

// chainAnswer is what setChained found of the keyword kw below the node n
// (schema element e): the words its statement takes (see
// schema.Elem.ChainStep).
type chainAnswer struct {
	n    *ast.Node
	kw   string
	e    *schema.Elem
	step int
}

// setMany executes the rest of a set command from words[i] on, below n,
// when it holds more than one statement (see setSplit and setChained), and
// reports whether it did.
func (b *builder) setMany(s *ast.Stmt, n *ast.Node, words []ast.Word, i int) bool {
	split, chain := b.shapes.MaySplitOrChain(words[i].Value())
	return split && b.setSplit(s, n, words[i:]) || chain && b.setChained(s, n, words, i)
}

// setChained executes the rest of a set command from words[i] on, below n,
// when words[i] is a leaf keyword (or a flag) and the word after its value
// (after the flag) is a keyword of n, not of the leaf: the command then
// holds several statements of one level, as the Junos CLI takes them (`set
// protocols bgp group G type external neighbor 192.0.2.1 peer-as 65001` is
// `type external` and `neighbor 192.0.2.1 peer-as 65001` in group G; `set
// … rest enable-explorer http port 8080` is two statements of rest). Only
// the schema can say so: a leaf may take options after its value
// (`autonomous-system 65001 loops 2`), which stay the leaf's. It reports
// whether it did.
func (b *builder) setChained(s *ast.Stmt, n *ast.Node, words []ast.Word, i int) bool {
	kw := words[i].Value()
	var a *chainAnswer
	for k := range b.lastChains {
		if c := &b.lastChains[k]; c.n == n && c.kw == kw {
			a = c
			break
		}
	}
	if a == nil {
		if b.chains == nil {
			b.chains = b.sch.NewPathCache()
		}
		e := b.chains.Lookup(schemaPath(b.path))
		a = &b.lastChains[b.nextChain]
		b.nextChain = (b.nextChain + 1) % len(b.lastChains)
		*a = chainAnswer{n: n, kw: kw, e: e, step: e.ChainStep(kw)}
	}
	step := a.step
	if step == 0 || a.e.Declared(words[i+step].Value()) == nil {
		return false
	}
	v := b.addWord(n, words[i], kw, s, false)
	if step == 2 {
		v = b.addWord(v, words[i+1], words[i+1].Value(), s, true)
	}
	if len(v.Origins()) == 0 {
		b.addOrigin(v, s, words[i+step-1].Span)
	}
	b.set(s, n, words[i+step:])
	return true
}

// reorder executes `insert path id1 (before|after) keyword id2`.
func (b *builder) reorder(words []ast.Word) {
	at := -1
	for i := len(words) - 1; i >= 0; i-- {
		if v := words[i].Value(); v == "before" || v == "after" {
			at = i
			break
		}
	}
	if at < 1 || at+2 >= len(words)+1 {
		return
	}
	ref := words[at+1:]
	if len(ref) < 2 {
		return
	}
	keys := len(ref) - 1 // words after the repeated keyword
	if at-keys < 1 {
		return
	}
	listNode := b.find(words[:at-keys])
	if listNode == nil {
		return
	}
	c := listNode.Child(words[at-keys].Value())
	r := listNode.Child(ref[1].Value())
	if c == nil || r == nil {
		return
	}
	listNode.Move(c, r, words[at].Value() == "after")
}

// renameOrCopy executes `rename|copy path id1 to keyword id2`.
func (b *builder) renameOrCopy(isCopy bool, s *ast.Stmt, words []ast.Word) {
	at := -1
	for i := len(words) - 1; i >= 0; i-- {
		if words[i].Value() == "to" {
			at = i
			break
		}
	}
	if at < 1 || at+1 >= len(words) {
		return
	}
	ref := words[at+1:]
	newName := ref[len(ref)-1]
	n := b.find(words[:at])
	if n == nil || n.Parent == nil {
		return
	}
	parent := n.Parent
	if isCopy {
		b.unmarked = true // the copy's nodes are not marked one by one
		c := n.Clone()
		c.Rename(newName.Value(), newName.Quoted())
		c.SetOrigins(nil)
		b.addOrigin(c, s, newName.Span)
		if old := parent.Child(c.Name); old != nil {
			parent.Remove(old)
		}
		parent.AddNode(c)
		return
	}
	if parent.Child(newName.Value()) != nil {
		return // Junos refuses to rename onto an existing name
	}
	n.Rename(newName.Value(), newName.Quoted())
}
