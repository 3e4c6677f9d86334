// Package schema holds what junoslint knows about the shapes of Junos
// statements: which keywords name list entries, which are single-valued
// leaves, leaf-lists or flags, which containers Junos prints on one line, and
// how `display set` splits one-line statements. It is written by hand from
// Junos facts (never from Juniper's YANG files) and falls back to general
// rules for hierarchies it does not know.
//
// The facts live in tables of text (table_*_test.go, format described in
// table_root_test.go). A test compiles them into tables_gen.go: static
// [Elem] values, which cost a command nothing to set up, forming a tree that
// mirrors the configuration tree: every word of a configuration path has an
// element, found from its parent's element with [Elem.Child]. After editing
// a table, run `go test ./schema -run TestGeneratedTables -update`;
// the test fails while the two disagree.
//
// Paths passed to its methods are the words from the configuration root,
// unquoted, without the leading `groups NAME` of group content.
package schema

import "slices"

// Kind says what one word of a configuration path is.
type Kind uint8

// The kinds of words.
const (
	// Unknown is a word the schema does not know; printers guess its shape
	// from the configuration tree.
	Unknown Kind = iota
	// Container is a keyword that holds statements: `system {`.
	Container
	// List is a keyword that names entries by one or more key words:
	// `unit 0 {`, `neighbor 192.0.2.1;`, `route-filter 10.0.0.0/8 exact;`.
	List
	// Key is a word that names a list entry (the `0` of `unit 0`), or a
	// keyword-less entry of a homogeneous container (`ge-0/0/0` below
	// `interfaces`). When it is the last key, its children are the entry's
	// statements.
	Key
	// Leaf is a keyword with one value: `host-name x;`.
	Leaf
	// LeafList is a keyword with a list of values: `members [ a b ];`.
	LeafList
	// Flag is a keyword without a value: `enable-explorer;`.
	Flag
	// Value is the value of a leaf or leaf-list.
	Value
)

var kindNames = [...]string{"unknown", "container", "list", "key", "leaf", "leaf-list", "flag", "value"}

// String returns the kind's name, e.g. "leaf-list".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Elem is the schema element of one word of a configuration path. The zero
// of *Elem is never handed out: unknown words get an element of kind
// [Unknown], so lookups can be chained. Elements are static data (see
// tables_gen.go), so they cost nothing to set up.
type Elem struct {
	kind Kind
	// keys is, for a List, the number of key words per entry; for a Key,
	// the number of key words that still follow it.
	keys  uint8
	flags uint8
	// ninherit templates, at inherits[inherit:], whose statements this
	// element also accepts.
	ninherit uint8
	// any is the index in elems of the element of a word not among the
	// children: a list's key, a homogeneous container's entries, a
	// catch-all leaf. 0 for none.
	any     uint16
	inherit uint16
	// The children's keywords are kidNames[kids:kids+nkids], sorted; their
	// elements are at the same indexes of kidElems.
	kids  uint16
	nkids uint16
}

// kid returns e's own child named w (not a template's), or nil.
func (e *Elem) kid(w string) *Elem {
	lo, hi := int(e.kids), int(e.kids)+int(e.nkids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if kidNames[m] < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < int(e.kids)+int(e.nkids) && kidNames[lo] == w {
		return &elems[kidElems[lo]]
	}
	return nil
}

// templates returns the elements of the templates e inherits.
func (e *Elem) templates() []uint16 {
	return inherits[e.inherit : int(e.inherit)+int(e.ninherit)]
}

const (
	flagOneliner = 1 << iota // `~`: printed with its whole content on one line
	flagCollapse             // `+`: printed on one line when it holds one simple statement
	flagSecret               // `$`: a secret; curly output adds `## SECRET-DATA`
	flagSplit                // `%`: a one-line container that display set prints one line per leaf
	flagQuote                // `"`: Junos prints the word in quotes
	flagChoice               // `=`: a container whose content is one choice; a later value replaces it
)

// Kind returns what the word is.
func (e *Elem) Kind() Kind { return e.kind }

// Keys returns, for a List, how many key words name an entry (2 for
// `route-filter 10.0.0.0/8 exact`); for a Key, how many key words follow it;
// 0 otherwise.
func (e *Elem) Keys() int { return int(e.keys) }

// Oneliner reports whether Junos prints the element with all its content on
// one line: `file pki.log size 1m files 3;`, `vlan-tags outer 1 inner 2;`,
// `disable on-download-failure;`. For a List and its keys it describes the
// entries.
func (e *Elem) Oneliner() bool { return e.flags&flagOneliner != 0 }

// Collapse reports whether Junos prints the element on one line when it
// holds exactly one leaf, leaf-list or flag: `then accept;` but
// `then { community add X; accept; }`; `route 0.0.0.0/0 next-hop 192.0.2.1;`.
// For a List and its keys it describes the entries.
func (e *Elem) Collapse() bool { return e.flags&flagCollapse != 0 }

// Split reports whether the element is a one-line container whose leaves
// `display set` prints on lines of their own (`vlan-tags outer 1 inner 2;`
// is two set lines), so that a curly parser splits its one-line form.
func (e *Elem) Split() bool { return e.flags&flagSplit != 0 }

// MustQuote reports whether Junos prints the word itself in quotes even
// when it could stand bare (some string-typed names, such as an inet6
// demux-source holding a `$junos-…` variable).
func (e *Elem) MustQuote() bool { return e.flags&flagQuote != 0 }

// Choice reports whether the element is a container that holds one of a
// choice of words (`scep-digest-algorithm md5|sha1`, `then local-preference
// 200|add 10`): a later `set` of another word replaces the earlier one, as
// for a single-valued leaf.
func (e *Elem) Choice() bool { return e.flags&flagChoice != 0 }

// Secret reports whether the element's value is secret data, which Junos
// prints quoted and followed by `## SECRET-DATA` in curly form.
func (e *Elem) Secret() bool { return e.flags&flagSecret != 0 }

// HoldsStatements reports whether the element's children are statements
// (keywords) rather than values or key words: true for a Container and for
// the last Key of a list entry.
func (e *Elem) HoldsStatements() bool {
	return e.kind == Container || (e.kind == Key && e.keys == 0)
}

// Child returns the element of the word w written below e. It is never nil:
// a word the schema does not know has an element of kind [Unknown], whose
// children are looked up among the keywords known in every context.
func (e *Elem) Child(w string) *Elem {
	switch e.kind {
	case Leaf, LeafList:
		return &elems[valueElem]
	case Unknown, Flag, Value:
		if c := elems[defaultsElem].kid(w); c != nil {
			return c
		}
		return &elems[unknownElem]
	}
	if c := e.find(w, 0); c != nil {
		return c
	}
	stmts := e.HoldsStatements()
	if stmts {
		if c := elems[globalElem].kid(w); c != nil {
			return c
		}
	}
	if a := e.anyElem(0); a != nil {
		return a
	}
	if stmts {
		if c := elems[defaultsElem].kid(w); c != nil {
			return c
		}
	}
	return &elems[unknownElem]
}

// Declared returns the element of the keyword w when the schema names it
// below e (among e's own children and its templates'), or nil: nil too for
// a word e only accepts as an entry or a value, or a keyword known
// everywhere.
func (e *Elem) Declared(w string) *Elem {
	switch e.kind {
	case Container, Key:
		return e.find(w, 0)
	}
	return nil
}

// NamesEntry reports whether e, followed by the word next, only names a list
// entry: a list keyword (`unit`, `group`, `route-filter`) or a key that
// more keys follow (the 10.0.0.0/8 of `route-filter 10.0.0.0/8 orlonger`),
// rather than configuration of its own.
func (e *Elem) NamesEntry(next string) bool {
	switch e.kind {
	case List:
		return true
	case Key:
		return e.Child(next).kind == Key
	}
	return false
}

// ChainStep returns how many words the statement of kw, written below e,
// takes when a set command may go on with another statement of e after
// it: 2 for a leaf and its value (`set … group G type external neighbor
// …`) or a leaf-list and one member, 1 for a flag (`set … rest
// enable-explorer http port 8080`); 0 when it may not: kw is not a leaf,
// leaf-list or flag e declares, or e is a one-liner, whose words stay one
// statement. The word after the statement must be one e declares too (see
// [Elem.Declared]).
func (e *Elem) ChainStep(kw string) int {
	l := e.Declared(kw)
	switch {
	case l == nil || e.Oneliner():
		return 0
	case l.kind == Leaf || l.kind == LeafList:
		return 2 // a leaf-list takes one member unless it has brackets
	case l.kind == Flag:
		return 1
	}
	return 0
}

// Keywords returns the keywords the schema knows below e, sorted: its own
// children and those of the templates it inherits, for an element that
// holds statements (a Container, or the last Key of a list entry); nil
// otherwise. The statements accepted everywhere (`apply-groups`, …) are
// left out. The schema describes the hierarchies users meet most, so the
// list may lack keywords Junos accepts.
func (e *Elem) Keywords() []string {
	if !e.HoldsStatements() {
		return nil
	}
	var out []string
	var walk func(x *Elem, depth int)
	walk = func(x *Elem, depth int) {
		out = append(out, kidNames[x.kids:int(x.kids)+int(x.nkids)]...)
		if depth < maxInherit {
			for _, t := range x.templates() {
				walk(&elems[t], depth+1)
			}
		}
	}
	walk(e, 0)
	slices.Sort(out)
	return slices.Compact(out)
}

// maxInherit bounds the template chain a lookup follows.
const maxInherit = 8

func (e *Elem) find(w string, depth int) *Elem {
	if c := e.kid(w); c != nil {
		return c
	}
	if depth < maxInherit {
		for _, t := range e.templates() {
			if c := elems[t].find(w, depth+1); c != nil {
				return c
			}
		}
	}
	return nil
}

func (e *Elem) anyElem(depth int) *Elem {
	if e.any != 0 {
		return &elems[e.any]
	}
	if depth < maxInherit {
		for _, t := range e.templates() {
			if a := elems[t].anyElem(depth + 1); a != nil {
				return a
			}
		}
	}
	return nil
}

// Schema answers shape questions. Get one with [New]; it is read-only and
// safe for concurrent use.
type Schema struct {
	// whole[n] is [[0 1 … n-1]], shared by SplitLeaf's common answer.
	whole [][][]int
}

// New returns the built-in Junos schema. Its elements are static data
// compiled from the text tables (tables_gen.go): New only allocates the
// small shared answers of SplitLeaf.
func New() *Schema {
	s := &Schema{}
	const maxWhole = 64
	all := make([]int, maxWhole)
	s.whole = make([][][]int, maxWhole+1)
	for i := range all {
		all[i] = i
	}
	for n := range s.whole {
		s.whole[n] = [][]int{all[:n:n]}
	}
	return s
}

// maybe returns the hint bits of the keyword w: for each of the shapes
// List, Leaf (or choice Container) and splitting one-line Container, the
// bit is set when w has that shape somewhere in the schema. The hot-path
// methods answer at once for every other keyword.
func (s *Schema) maybe(w string) uint8 {
	lo, hi := 0, len(hintNames)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if hintNames[m] < w {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(hintNames) && hintNames[lo] == w {
		return hintBits[lo]
	}
	return 0
}

// The bits of Schema.maybe.
const (
	maybeList  = 1 << iota // a List somewhere
	maybeLeaf              // a Leaf or a choice Container somewhere
	maybeSplit             // a one-line Container that splits, somewhere
	maybeFlag              // a Flag or a LeafList somewhere
)

// Root returns the element of the configuration root, whose children are
// the top-level statements (`system`, `interfaces`, …).
func (s *Schema) Root() *Elem { return &elems[rootElem] }

// Lookup returns the element of the last word of path (the root's for an
// empty path). It does not allocate.
func (s *Schema) Lookup(path []string) *Elem {
	e := &elems[rootElem]
	for _, w := range path {
		e = e.Child(w)
	}
	return e
}

// ElementWords returns how many leading words of the leaf statement words,
// written below parent, name the element that a tag (`inactive:`) or an
// annotation applies to: 1 for a leaf (`import P` -> `import`), 2 for a list
// entry with one key (`neighbor 192.0.2.1` -> both words), 3 for two keys
// (`route-filter 10.0.0.0/8 exact`). It is at least 1 and at most
// len(words) (0 for no words).
func (s *Schema) ElementWords(parent []string, words []string) int {
	if len(words) == 0 {
		return 0
	}
	if s.maybe(words[0])&maybeList == 0 {
		return 1
	}
	return elementWords(s.Lookup(parent).Child(words[0]), len(words))
}

// elementWords is ElementWords for a statement of n words whose first word
// has the element e.
func elementWords(e *Elem, n int) int {
	k := 1
	if e.kind == List {
		k += int(e.keys)
	}
	return min(k, n)
}

// SingleValued reports whether the keyword at the end of path holds one value
// that a later `set` replaces (`host-name`, or a choice container such as
// `scep-digest-algorithm`), rather than a list of values.
func (s *Schema) SingleValued(path []string) bool {
	if len(path) == 0 || s.maybe(path[len(path)-1])&maybeLeaf == 0 {
		return false
	}
	e := s.Lookup(path)
	return e.kind == Leaf || (e.kind == Container && e.Choice())
}

// SplitLeaf returns how `display set` prints the leaf statement words
// written below parent: one or more lines, each given as indexes into words.
// Most statements print as one line ([[0 1 … n-1]]); a one-line container
// prints one line per child (`srgb start-label 1 index-range 2` ->
// [[0 1 2] [0 3 4]]). A list entry printed on one line (`file x size 1m
// files 3`) stays one line. The result must not be modified.
func (s *Schema) SplitLeaf(parent []string, words []string) [][]int {
	if len(words) < 3 || s.maybe(words[0])&maybeSplit == 0 {
		return s.wholeLine(len(words))
	}
	return s.splitLeaf(s.Lookup(parent).Child(words[0]), words)
}

// splitLeaf is SplitLeaf for words whose first word has the element e.
func (s *Schema) splitLeaf(e *Elem, words []string) [][]int {
	if len(words) < 3 || e.kind != Container || !e.Split() || e.find(words[1], 0) == nil {
		return s.wholeLine(len(words))
	}
	var out [][]int
	cur := []int{0, 1}
	for i := 2; i < len(words); i++ {
		if e.find(words[i], 0) != nil {
			out = append(out, cur)
			cur = []int{0, i}
			continue
		}
		cur = append(cur, i)
	}
	return append(out, cur)
}

// PathCache answers [Schema.Lookup] for a caller whose paths share long
// prefixes from one call to the next, as the statements of one block do:
// it keeps the elements of the previous path and walks only the words
// after the prefix the new path shares with it. A PathCache is not safe
// for concurrent use; the Schema is.
type PathCache struct {
	sch   *Schema
	path  []string // the previous path
	elems []*Elem  // elems[i] is the element of path[:i+1]
	// recent holds the hint bits (Schema.maybe) of recently asked words,
	// at a slot chosen by a cheap hash of the word: a configuration
	// repeats a few hundred keywords, and comparing a string with one slot
	// is cheaper than a lookup in the large hint map.
	recent [512]hintSlot
}

// hintSlot is one entry of PathCache.recent.
type hintSlot struct {
	word string
	bits uint8
}

// hints returns s.maybe(w), from recent when it holds w.
func (c *PathCache) hints(w string) uint8 {
	if len(w) < 2 {
		return c.sch.maybe(w)
	}
	h := uint(len(w))*0x9e37 ^ uint(w[0])<<5 ^ uint(w[1])<<9 ^ uint(w[len(w)-1])*131 ^ uint(w[len(w)/2])<<2
	slot := &c.recent[h&511]
	if slot.word == w {
		return slot.bits
	}
	bits := c.sch.maybe(w)
	*slot = hintSlot{word: w, bits: bits}
	return bits
}

// NewPathCache returns an empty cache of lookups in s.
func (s *Schema) NewPathCache() *PathCache { return &PathCache{sch: s} }

// Lookup returns what s.Lookup(path) returns.
func (c *PathCache) Lookup(path []string) *Elem {
	k := 0
	for k < len(path) && k < len(c.path) && path[k] == c.path[k] {
		k++
	}
	c.path, c.elems = append(c.path[:k], path[k:]...), c.elems[:k]
	e := &elems[rootElem]
	if k > 0 {
		e = c.elems[k-1]
	}
	for _, w := range path[k:] {
		e = e.Child(w)
		c.elems = append(c.elems, e)
	}
	return e
}

// LeafShape answers [Schema.SplitLeaf] and [Schema.ElementWords] for the
// leaf statement words written below parent at once, looking the first
// word up only once, and parent through the cache: the parser asks both
// for every leaf statement.
func (c *PathCache) LeafShape(parent []string, words []string) (chains [][]int, elemWords int) {
	s := c.sch
	if len(words) == 0 {
		return s.wholeLine(0), 0
	}
	bits := c.hints(words[0])
	if bits&(maybeList|maybeSplit) == 0 {
		return s.wholeLine(len(words)), 1
	}
	e := c.Lookup(parent).Child(words[0])
	chains, elemWords = s.wholeLine(len(words)), 1
	if bits&maybeSplit != 0 {
		chains = s.splitLeaf(e, words)
	}
	if bits&maybeList != 0 {
		elemWords = elementWords(e, len(words))
	}
	return chains, elemWords
}

// MaySplit reports whether the word w names, somewhere in the schema, a
// one-line container that `display set` splits (see [Schema.SplitLeaf]):
// a cheap test before building the words SplitLeaf needs.
func (s *Schema) MaySplit(w string) bool { return s.maybe(w)&maybeSplit != 0 }

// MaySplit answers [Schema.MaySplit] through the cache of recent words: a
// set file asks it for most words of every command.
func (c *PathCache) MaySplit(w string) bool { return c.hints(w)&maybeSplit != 0 }

// MaySplitOrChain reports at once whether w may name a one-line container
// that splits (see MaySplit) and whether it may name a leaf or flag after
// which a set command goes on (see [Elem.ChainStep]).
func (c *PathCache) MaySplitOrChain(w string) (split, chain bool) {
	h := c.hints(w)
	return h&maybeSplit != 0, h&(maybeLeaf|maybeFlag) != 0
}

// MaySingle reports whether the word w names, somewhere in the schema, a
// single-valued keyword (see [Schema.SingleValued]): a cheap test before
// the lookup of a whole path.
func (c *PathCache) MaySingle(w string) bool { return c.hints(w)&maybeLeaf != 0 }

func (s *Schema) wholeLine(n int) [][]int {
	if n < len(s.whole) {
		return s.whole[n]
	}
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	return [][]int{all}
}
