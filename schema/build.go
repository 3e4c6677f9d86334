package schema

import (
	"fmt"
	"strings"
)

// builder turns the text tables into elements.
type builder struct {
	s         *Schema
	templates map[string]*Elem
	// all holds every element made, for finish; chunk is where the next
	// ones are allocated, many at a time.
	all   []*Elem
	chunk []Elem
}

func newBuilder(s *Schema) *builder {
	b := &builder{s: s, templates: make(map[string]*Elem, 64)}
	s.root = b.elem(Container, 0)
	s.value = b.elem(Value, 0)
	s.unknown = b.elem(Unknown, 0)
	b.templates["root"] = s.root
	return b
}

// elem returns a new element of the kind, with keys set (see Elem.keys).
// Elements come from chunks: the tables declare thousands of them, and
// New runs at the start of every command that needs a schema.
func (b *builder) elem(kind Kind, keys int) *Elem {
	if len(b.chunk) == cap(b.chunk) {
		b.chunk = make([]Elem, 0, 512)
	}
	b.chunk = b.chunk[:len(b.chunk)+1]
	e := &b.chunk[len(b.chunk)-1]
	e.kind, e.keys, e.sch = kind, uint8(keys), b.s
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
	cur := b.s.root
	path := l.path
	if name, ok := strings.CutPrefix(path, "@"); ok {
		name, path, _ = strings.Cut(name, " ")
		cur = b.templates[name]
	}
	for w := range strings.FieldsSeq(path) {
		var next *Elem
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
// shape and attributes (see the table format in table_root.go).
func (b *builder) spec(l tableLine, parent *Elem, spec string) {
	name, rest := spec, ""
	if strings.HasPrefix(spec, "*") {
		name, rest = "*", spec[1:]
	} else if i := strings.IndexAny(spec, "*[{!~+$%\"="); i >= 0 {
		name, rest = spec[:i], spec[i:]
	}
	if name == "" {
		b.fail(l, "no name in %q", spec)
	}
	var e *Elem
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
		parent.kids = make(map[string]*Elem, l.nspecs())
	}
	if _, dup := parent.kids[name]; dup {
		b.fail(l, "%q declared twice", name)
	}
	parent.kids[name] = e
}

// template reads a `{T}` or `{}` at the start of rest and returns template T
// (nil for `{}` or no braces) and what follows.
func (b *builder) template(l tableLine, rest string) (*Elem, string) {
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

// finish installs the special templates and the hot-path keyword sets.
// The sets are built from every element made, reachable or not: they only
// have to hold every keyword that may have the shape they name.
func (b *builder) finish() {
	s := b.s
	s.global = kidsOf(b.templates["global"])
	s.defaults = kidsOf(b.templates["defaults"])
	s.maybe = make(map[string]uint8, 2048)
	for _, e := range b.all {
		for name, c := range e.kids {
			switch {
			case c.kind == List:
				s.maybe[name] |= maybeList
			case c.kind == Leaf || (c.kind == Container && c.Choice()):
				s.maybe[name] |= maybeLeaf
			}
			if c.kind == Container && c.Split() {
				s.maybe[name] |= maybeSplit
			}
		}
	}
}

func kidsOf(e *Elem) map[string]*Elem {
	if e == nil {
		return nil
	}
	return e.kids
}
