package schema

import (
	"fmt"
	"strings"
)

// builder turns the text tables into elements.
type builder struct {
	s         *Schema
	templates map[string]*Elem
}

func newBuilder(s *Schema) *builder {
	s.root = &Elem{kind: Container, sch: s}
	s.value = &Elem{kind: Value, sch: s}
	s.unknown = &Elem{kind: Unknown, sch: s}
	return &builder{s: s, templates: map[string]*Elem{"root": s.root}}
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
				b.templates[name] = &Elem{kind: Container, sch: b.s}
			}
		}
	}
	for _, l := range all {
		b.line(l)
	}
}

type tableLine struct {
	path  string
	specs []string
	no    int
}

// logicalLines splits a table into `path: specs…` lines, joining
// continuation lines (those that start with white space) and dropping
// comments and blank lines.
func logicalLines(table string) []tableLine {
	var out []tableLine
	for i, raw := range strings.Split(table, "\n") {
		if j := strings.IndexByte(raw, '#'); j >= 0 {
			raw = raw[:j]
		}
		if strings.TrimSpace(raw) == "" {
			continue
		}
		if raw[0] == ' ' || raw[0] == '\t' {
			if len(out) == 0 {
				panic(fmt.Sprintf("schema table line %d: continuation without a path", i+1))
			}
			out[len(out)-1].specs = append(out[len(out)-1].specs, strings.Fields(raw)...)
			continue
		}
		path, specs, ok := strings.Cut(raw, ":")
		if !ok {
			panic(fmt.Sprintf("schema table line %d: missing ':' in %q", i+1, raw))
		}
		out = append(out, tableLine{path: strings.TrimSpace(path), specs: strings.Fields(specs), no: i + 1})
	}
	return out
}

func (b *builder) fail(l tableLine, format string, args ...any) {
	panic(fmt.Sprintf("schema table line %d (%s): %s", l.no, l.path, fmt.Sprintf(format, args...)))
}

func (b *builder) line(l tableLine) {
	cur := b.s.root
	words := strings.Fields(l.path)
	if len(words) > 0 && strings.HasPrefix(words[0], "@") {
		cur = b.templates[words[0][1:]]
		words = words[1:]
	}
	for _, w := range words {
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
	for _, spec := range l.specs {
		b.spec(l, cur, spec)
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
		e = &Elem{kind: List, keys: uint8(keys), sch: b.s}
		prev := e
		for k := keys - 1; k >= 0; k-- {
			key := &Elem{kind: Key, keys: uint8(k), sch: b.s}
			prev.any = key
			prev = key
		}
		if tmpl != nil {
			prev.inherit = append(prev.inherit, tmpl)
		}
	case strings.HasPrefix(rest, "[]"):
		e, rest = &Elem{kind: LeafList, sch: b.s}, rest[2:]
	case strings.HasPrefix(rest, "!"):
		e, rest = &Elem{kind: Flag, sch: b.s}, rest[1:]
	case tmpl != nil || strings.HasPrefix(spec[len(name):], "{"):
		e = &Elem{kind: Container, sch: b.s}
		if tmpl != nil {
			e.inherit = append(e.inherit, tmpl)
		}
	default:
		e = &Elem{kind: Leaf, sch: b.s}
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
		parent.kids = map[string]*Elem{}
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
func (b *builder) finish() {
	s := b.s
	s.global = kidsOf(b.templates["global"])
	s.defaults = kidsOf(b.templates["defaults"])
	s.maybeList, s.maybeLeaf, s.maybeSplit = map[string]bool{}, map[string]bool{}, map[string]bool{}
	seen := map[*Elem]bool{}
	var walk func(e *Elem)
	walk = func(e *Elem) {
		if e == nil || seen[e] {
			return
		}
		seen[e] = true
		for name, c := range e.kids {
			switch {
			case c.kind == List:
				s.maybeList[name] = true
			case c.kind == Leaf || (c.kind == Container && c.Choice()):
				s.maybeLeaf[name] = true
			}
			if c.kind == Container && c.Split() {
				s.maybeSplit[name] = true
			}
			walk(c)
		}
		walk(e.any)
		for _, t := range e.inherit {
			walk(t)
		}
	}
	for _, t := range b.templates {
		walk(t)
	}
}

func kidsOf(e *Elem) map[string]*Elem {
	if e == nil {
		return nil
	}
	return e.kids
}
