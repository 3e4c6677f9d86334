package schema

import (
	"fmt"
	"strings"
)

// node is an element as the builder makes it, before it is compiled into
// the static tables of tables_gen.go (see gen_test.go). Its fields mean
// what Elem's do.
type node struct {
	kind    Kind
	keys    uint8
	flags   uint8
	kids    map[string]*node
	inherit []*node
	any     *node
	// index is the node's index in elems (its position in builder.all
	// plus one: index 0 is no element).
	index int
}

func (e *node) find(w string, depth int) *node {
	if c, ok := e.kids[w]; ok {
		return c
	}
	if depth < maxInherit {
		for _, t := range e.inherit {
			if c := t.find(w, depth+1); c != nil {
				return c
			}
		}
	}
	return nil
}

func (e *node) anyElem(depth int) *node {
	if e.any != nil {
		return e.any
	}
	if depth < maxInherit {
		for _, t := range e.inherit {
			if a := t.anyElem(depth + 1); a != nil {
				return a
			}
		}
	}
	return nil
}

// builder turns the text tables into nodes.
type builder struct {
	templates map[string]*node
	// all holds every node made, in the order made.
	all []*node
	// root, value and unknown are the nodes of the configuration root, of
	// every value, and of every unknown word.
	root, value, unknown *node
	// maybe is Schema.maybe: see finish.
	maybe map[string]uint8
}

// build reads the tables and returns the builder holding their nodes. It
// panics if a table is malformed.
func build(tables []string) *builder {
	b := &builder{templates: make(map[string]*node, 64)}
	b.root = b.elem(Container, 0)
	b.value = b.elem(Value, 0)
	b.unknown = b.elem(Unknown, 0)
	b.templates["root"] = b.root
	b.loadAll(tables)
	b.finish()
	return b
}

// elem returns a new node of the kind, with keys set (see Elem.keys).
func (b *builder) elem(kind Kind, keys int) *node {
	e := &node{kind: kind, keys: uint8(keys), index: len(b.all) + 1}
	b.all = append(b.all, e)
	return e
}

// loadAll reads the tables. Template names are collected first so that a
// line may refer to a template declared further down or in another table.
func (b *builder) loadAll(tables []string) {
	var all []tableLine
	for _, t := range tables {
		all = append(all, logicalLines(t)...)
	}
	for _, l := range all {
		if name, ok := strings.CutPrefix(l.path, "@"); ok && !strings.Contains(name, " ") {
			if _, dup := b.templates[name]; !dup {
				b.templates[name] = b.elem(Container, 0)
			}
		}
	}
	for _, l := range all {
		b.line(l)
	}
}

type tableLine struct {
	path string
	// specs holds the text after the ':' and the continuation lines:
	// specs separated by white space.
	specs []string
	no    int
}

// nspecs returns how many specs l holds.
func (l tableLine) nspecs() int {
	n := 0
	for _, t := range l.specs {
		for range strings.FieldsSeq(t) {
			n++
		}
	}
	return n
}

// logicalLines splits a table into `path: specs…` lines, joining
// continuation lines (those that start with white space) and dropping
// comments and blank lines.
func logicalLines(table string) []tableLine {
	out := make([]tableLine, 0, strings.Count(table, ":"))
	no := 0
	for raw := range strings.Lines(table) {
		no++
		if j := strings.IndexByte(raw, '#'); j >= 0 {
			raw = raw[:j]
		}
		if strings.TrimSpace(raw) == "" {
			continue
		}
		if raw[0] == ' ' || raw[0] == '\t' {
			if len(out) == 0 {
				panic(fmt.Sprintf("schema table line %d: continuation without a path", no))
			}
			out[len(out)-1].specs = append(out[len(out)-1].specs, raw)
			continue
		}
		path, specs, ok := strings.Cut(raw, ":")
		if !ok {
			panic(fmt.Sprintf("schema table line %d: missing ':' in %q", no, strings.TrimSuffix(raw, "\n")))
		}
		out = append(out, tableLine{path: strings.TrimSpace(path), specs: []string{specs}, no: no})
	}
	return out
}

func (b *builder) fail(l tableLine, format string, args ...any) {
	panic(fmt.Sprintf("schema table line %d (%s): %s", l.no, l.path, fmt.Sprintf(format, args...)))
}

func (b *builder) line(l tableLine) {
	cur := b.root
	path := l.path
	if name, ok := strings.CutPrefix(path, "@"); ok {
		name, path, _ = strings.Cut(name, " ")
		cur = b.templates[name]
	}
	for w := range strings.FieldsSeq(path) {
		var next *node
		if w == "*" {
			next = cur.anyElem(0)
		} else {
			next = cur.find(w, 0)
		}
		if next == nil {
			b.fail(l, "%q is not declared", w)
		}
		cur = next
	}
	for _, t := range l.specs {
		for spec := range strings.FieldsSeq(t) {
			b.spec(l, cur, spec)
		}
	}
}

// spec declares one child of parent from its text: a name followed by a
// shape and attributes (see the table format in table_root_test.go).
func (b *builder) spec(l tableLine, parent *node, spec string) {
	name, rest := spec, ""
	if strings.HasPrefix(spec, "*") {
		name, rest = "*", spec[1:]
	} else if i := strings.IndexAny(spec, "*[{!~+$%\"="); i >= 0 {
		name, rest = spec[:i], spec[i:]
	}
	if name == "" {
		b.fail(l, "no name in %q", spec)
	}
	var e *node
	keys := 0
	for strings.HasPrefix(rest, "*") {
		keys++
		rest = rest[1:]
	}
	tmpl, rest := b.template(l, rest)
	switch {
	case keys > 0:
		e = b.elem(List, keys)
		prev := e
		for k := keys - 1; k >= 0; k-- {
			key := b.elem(Key, k)
			prev.any = key
			prev = key
		}
		if tmpl != nil {
			prev.inherit = append(prev.inherit, tmpl)
		}
	case strings.HasPrefix(rest, "[]"):
		e, rest = b.elem(LeafList, 0), rest[2:]
	case strings.HasPrefix(rest, "!"):
		e, rest = b.elem(Flag, 0), rest[1:]
	case tmpl != nil || strings.HasPrefix(spec[len(name):], "{"):
		e = b.elem(Container, 0)
		if tmpl != nil {
			e.inherit = append(e.inherit, tmpl)
		}
	default:
		e = b.elem(Leaf, 0)
	}
	for _, c := range rest {
		switch c {
		case '~':
			e.flags |= flagOneliner
		case '+':
			e.flags |= flagCollapse
		case '$':
			e.flags |= flagSecret
		case '%':
			e.flags |= flagSplit
		case '"':
			e.flags |= flagQuote
		case '=':
			e.flags |= flagChoice
		default:
			b.fail(l, "bad attribute %q in %q", c, spec)
		}
	}
	if e.kind == List {
		// The entries print as the list says.
		for k := e.any; k != nil; k = k.any {
			k.flags = e.flags &^ flagSecret
		}
	}
	if parent.kind == List {
		// A named key of a list whose entries differ by key (`family inet`).
		if e.kind != Container || parent.keys != 1 {
			b.fail(l, "%q: a list's named keys must be containers of a one-key list", spec)
		}
		e.kind = Key
		e.flags |= parent.flags &^ flagSecret
	}
	if name == "*" {
		if parent.any != nil {
			b.fail(l, "catch-all declared twice")
		}
		parent.any = e
		return
	}
	if parent.kids == nil {
		// Most of an element's children are declared on one line: size
		// the map for them, so that it does not grow step by step.
		parent.kids = make(map[string]*node, l.nspecs())
	}
	if _, dup := parent.kids[name]; dup {
		b.fail(l, "%q declared twice", name)
	}
	parent.kids[name] = e
}

// template reads a `{T}` or `{}` at the start of rest and returns template T
// (nil for `{}` or no braces) and what follows.
func (b *builder) template(l tableLine, rest string) (*node, string) {
	if !strings.HasPrefix(rest, "{") {
		return nil, rest
	}
	end := strings.IndexByte(rest, '}')
	if end < 0 {
		b.fail(l, "unclosed '{' in %q", rest)
	}
	name := rest[1:end]
	if name == "" {
		return nil, rest[end+1:]
	}
	t := b.templates[name]
	if t == nil {
		b.fail(l, "unknown template %q", name)
	}
	return t, rest[end+1:]
}

// finish computes the hot-path keyword hints (Schema.maybe). They are
// built from every node made, reachable or not: they only have to hold
// every keyword that may have the shape they name.
func (b *builder) finish() {
	b.maybe = make(map[string]uint8, 2048)
	for _, e := range b.all {
		for name, c := range e.kids {
			switch {
			case c.kind == List:
				b.maybe[name] |= maybeList
			case c.kind == Leaf || (c.kind == Container && c.flags&flagChoice != 0):
				b.maybe[name] |= maybeLeaf
			case c.kind == Flag || c.kind == LeafList:
				b.maybe[name] |= maybeFlag
			}
			if c.kind == Container && c.flags&flagSplit != 0 {
				b.maybe[name] |= maybeSplit
			}
		}
	}
}
