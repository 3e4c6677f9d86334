package fix

import (
	"errors"
	"fmt"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// set returns the edits for `set path`, or the operations to run instead.
func (d *doc) set(path []string) ([]Edit, []Op, error) {
	cfg := d.f.Config
	if n := len(path); n >= 2 {
		kw := cfg.Get(path[:n-1]...)
		if kw != nil && len(kw.Children) > 0 && kw.Child(path[n-1]) == nil && d.sch.SingleValued(schemaPath(path[:n-1])) {
			return d.replaceValue(kw, path)
		}
	}
	node, k := cfg, 0
	for k < len(path) {
		c := node.Child(path[k])
		if c == nil {
			break
		}
		node, k = c, k+1
	}
	if k == len(path) {
		return nil, nil, nil // already set
	}
	if node.Parent == nil {
		es, err := d.appendTop(path)
		return es, nil, err
	}
	s := lastWriter(node)
	if s == nil {
		return nil, nil, fmt.Errorf("no statement writes %s", words(path[:k]))
	}
	value := k >= 2 && d.sch.SingleValued(schemaPath(path[:k-1]))
	if s.IsCommand() {
		if t := d.lastTouching(path); t != nil && t.Span.Start > s.Span.Start {
			return d.setLineAfter(t, "set", path), nil, nil
		}
		if len(node.Children) == 0 && !value && s.Verb.Raw == "set" && !s.HasList && len(s.Words) > 0 &&
			equalPath(appendPath(d.level[s], s.WordValues()...), path[:k]) {
			// `set A` alone, and A gets its first child: extend the line
			end := s.Words[len(s.Words)-1].Span.End
			return []Edit{{Start: end, End: end, New: " " + words(path[k:])}}, nil, nil
		}
		return d.setLineAfter(s, "set", path), nil, nil
	}
	es, err := d.curlySet(node, s, path, k, value)
	return es, nil, err
}

// lastTouching returns the last set-file command other than `set` whose
// path lies on p's line of descent (at, above or below p): a later
// `delete`, `deactivate` or `activate` there would undo or change what a
// new line for p adds before it. nil when there is none.
func (d *doc) lastTouching(p []string) *ast.Stmt {
	var last *ast.Stmt
	for _, s := range d.f.Stmts {
		if !s.IsCommand() || s.Verb.Raw == "set" {
			continue
		}
		switch s.Verb.Raw {
		case "delete", "deactivate", "activate", "protect", "unprotect", "insert", "rename", "copy":
		default:
			continue
		}
		sp := appendPath(d.level[s], s.WordValues()...)
		if hasPrefix(sp, p) || hasPrefix(p, sp) {
			last = s
		}
	}
	return last
}

// replaceValue changes the value of the single-valued keyword kw to the last
// word of path, in place: the old value's word is replaced, and words the
// same statement wrote below the old value go with it. When other
// statements write below the old value, those parts are deleted first.
func (d *doc) replaceValue(kw *ast.Node, path []string) ([]Edit, []Op, error) {
	v := path[len(path)-1]
	keyPath := path[:len(path)-1]
	if len(kw.Children) > 1 {
		// several values (merged from elsewhere): keep the first
		var ops []Op
		for _, c := range kw.Children[1:] {
			ops = append(ops, Op{Verb: Delete, Path: appendPath(keyPath, c.Name)})
		}
		return nil, append(ops, Op{Verb: Set, Path: path}), nil
	}
	old := kw.Children[0]
	own := map[*ast.Stmt]bool{}
	for _, o := range old.Origins() {
		own[o.Stmt] = true
	}
	for _, s := range origins(old) {
		if !own[s] {
			var ops []Op
			for _, c := range old.Children {
				ops = append(ops, Op{Verb: Delete, Path: appendPath(keyPath, old.Name, c.Name)})
			}
			return nil, append(ops, Op{Verb: Set, Path: path}), nil
		}
	}
	var es []Edit
	for _, o := range old.Origins() {
		if o.Stmt == nil {
			continue
		}
		e := Edit{Start: o.Span.Start, End: o.Span.End, New: Word(v)}
		if len(old.Children) > 0 {
			e.End, e.New = valueTailEnd(o.Stmt, o.Span), Word(v)
			if !o.Stmt.IsCommand() && o.Stmt.HasBlock {
				e.New += ";"
			}
		}
		if !containsEdit(es, e) {
			es = append(es, e)
		}
	}
	if len(es) == 0 {
		return nil, nil, errors.New("cannot find where the value is written")
	}
	return es, nil, nil
}

// valueTailEnd returns where the words that statement s writes after the
// value word at sp end: its last word or list, or the `}` of its block.
func valueTailEnd(s *ast.Stmt, sp ast.Span) int {
	end := s.WordsSpan().End
	if s.Close >= 0 {
		end = s.Close + 1
	}
	return max(end, sp.End)
}

// appendTop adds path at the end of the file: as a curly statement at the
// top level of a curly file (and of a mixed file whose last statement is
// curly), else as a set line.
func (d *doc) appendTop(path []string) ([]Edit, error) {
	curly := d.form == ast.FormatCurly
	if d.form == ast.FormatMixed && len(d.f.Stmts) > 0 {
		curly = !d.f.Stmts[len(d.f.Stmts)-1].IsCommand()
	}
	if !curly {
		return d.appendSetLine("set", path), nil
	}
	text := d.curlyLines(shape(d.sch, nil, path), "")
	return []Edit{d.atEOF(text)}, nil
}

// atEOF returns an edit that adds text (whole lines, each ending in d.nl)
// at the end of the file, keeping a file without a final line end without
// one.
func (d *doc) atEOF(text string) Edit {
	n := len(d.src)
	if n == 0 || d.src[n-1] == '\n' {
		return Edit{Start: n, End: n, New: text}
	}
	return Edit{Start: n, End: n, New: d.nl + text[:len(text)-len(d.nl)]}
}

// appendSetLine adds `verb path` at the end of the file, after a `top` when
// the file ends inside an `edit` level.
func (d *doc) appendSetLine(verb string, path []string) []Edit {
	text := verb + " " + words(path) + d.nl
	if len(d.final) > 0 {
		text = "top" + d.nl + text
	}
	return []Edit{d.atEOF(text)}
}

// setLineAfter adds `verb path` on the line after the command s, relative
// to the edit level s leaves when there is one; at the end of the file when
// path lies outside that level.
func (d *doc) setLineAfter(s *ast.Stmt, verb string, path []string) []Edit {
	rel := path
	if lvl := d.after[s]; len(lvl) > 0 {
		if !hasPrefix(path, lvl) || len(path) == len(lvl) {
			return d.appendSetLine(verb, path)
		}
		rel = path[len(lvl):]
	}
	text := verb + " " + words(rel) + d.nl
	pos := d.nextLine(s.Span.End)
	if pos == len(d.src) && (pos == 0 || d.src[pos-1] != '\n') {
		return []Edit{d.atEOF(text)}
	}
	return []Edit{{Start: pos, End: pos, New: text}}
}

// curlySet adds path, whose first k words exist and end at node, below the
// curly statement s, the last statement that wrote node's subtree.
//
// value says that node is the value of a single-valued keyword: the
// statement that wrote it replaced an earlier value and must stay as it
// is, so what goes below node gets a statement of its own.
func (d *doc) curlySet(node *ast.Node, s *ast.Stmt, path []string, k int, value bool) ([]Edit, error) {
	// c: s or its ancestor whose words hold node's own word
	c := s
	for c != nil && len(d.parentPath(c)) >= k {
		c = c.Parent
	}
	if c == nil {
		return nil, fmt.Errorf("cannot find the statement that writes %s", words(path[:k]))
	}
	pp := d.parentPath(c)
	rest := path[k:]
	i := k - len(pp) - 1 // index of node's word in c.Words; len(Words) for a list member
	vals := c.WordValues()
	split := !c.HasBlock && len(d.sch.SplitLeaf(schemaPath(pp), vals)) > 1
	switch {
	case split || i < 0 || i > len(c.Words) || (i == len(c.Words) && !c.HasList):
		// a one-line container split into several paths, or a shape
		// this code does not know: add a statement beside it
		return d.sibling(c, pp, path)
	case i < len(c.Words) && vals[i] != node.Name:
		return nil, errors.New("the configuration tree and the statement disagree")
	case c.HasBlock && i == len(c.Words)-1:
		return d.intoBlock(c, path[:k], rest)
	case c.HasBlock, i == len(c.Words):
		return d.sibling(c, pp, path)
	case i == len(c.Words)-1 && c.HasList:
		if len(rest) == 1 {
			return d.addMember(c, rest[0]), nil
		}
		return d.sibling(c, pp, path)
	case i == len(c.Words)-1:
		if len(node.Children) > 0 || value {
			return d.sibling(c, pp, path)
		}
		if len(rest) == 1 {
			w := c.Words[i]
			return []Edit{{Start: w.Span.End, End: w.Span.End, New: " " + Word(rest[0])}}, nil
		}
		return d.toBlock(c, pp, i, rest)
	}
	// node's word is inside a leaf statement, with more words after it
	if v := node.Child(vals[i+1]); i == len(c.Words)-2 && !c.HasList && len(rest) == 1 && v != nil && v.IsLeaf() {
		switch d.sch.Lookup(schemaPath(path[:k])).Kind() {
		case schema.LeafList, schema.Unknown:
			w := c.Words[i+1]
			return []Edit{{Start: w.Span.Start, End: w.Span.End, New: "[ " + w.Raw + " " + Word(rest[0]) + " ]"}}, nil
		}
	}
	if d.sch.SingleValued(schemaPath(path[:k])) || strings.HasPrefix(c.Words[i+1].Raw, "/*") {
		// the words after node's are a value, which cannot stand as a
		// statement of its own inside a block
		return d.sibling(c, pp, path)
	}
	return d.toBlock(c, pp, i, rest)
}

// intoBlock inserts rest, shaped as statements, at the end of the block of
// c, whose words end at the configuration path at.
func (d *doc) intoBlock(c *ast.Stmt, at, rest []string) ([]Edit, error) {
	if c.Close < 0 {
		return nil, errors.New("the block is never closed")
	}
	st := shape(d.sch, at, rest)
	if d.startsLine(c.Close) {
		pos := d.lineStart(c.Close)
		return []Edit{{Start: pos, End: pos, New: d.curlyLines(st, d.childIndent(c))}}, nil
	}
	text := d.curlyOneLine(st)
	if c.Close > 0 && (d.src[c.Close-1] == ' ' || d.src[c.Close-1] == '\t') {
		text += " "
	} else {
		text = " " + text
	}
	if n := len(c.Children); n > 0 && unterminated(c.Children[n-1]) {
		text = ";" + text // `{a}` holds the statement `a`, ended by the `}`
	}
	return []Edit{{Start: c.Close, End: c.Close, New: text}}, nil
}

// unterminated reports whether s is a leaf statement that ends without
// `;` (before a `}` or at the end of its line).
func unterminated(s *ast.Stmt) bool {
	return !s.IsCommand() && !s.HasBlock && s.Semi < 0
}

// childIndent returns the indentation of the statements inside c's block:
// that of its last child that starts a line, else c's plus one unit.
func (d *doc) childIndent(c *ast.Stmt) string {
	for i := len(c.Children) - 1; i >= 0; i-- {
		if st := c.Children[i].Span.Start; d.startsLine(st) {
			return d.indentOf(st)
		}
	}
	return d.indentOf(c.Span.Start) + d.unit
}

// sibling adds path, as a statement of its own, right after the curly
// statement c, in the block around c (whose path is pp).
func (d *doc) sibling(c *ast.Stmt, pp, path []string) ([]Edit, error) {
	st := shape(d.sch, pp, path[len(pp):])
	end := stmtEnd(c)
	for _, t := range c.Trailing() {
		end = max(end, t.Span.End)
	}
	if d.startsLine(c.Span.Start) && d.endsLine(end) {
		pos := d.nextLine(end)
		text := d.curlyLines(st, d.indentOf(c.Span.Start))
		if pos == len(d.src) && (pos == 0 || d.src[pos-1] != '\n') {
			return []Edit{d.atEOF(text)}, nil
		}
		return []Edit{{Start: pos, End: pos, New: text}}, nil
	}
	text := " " + d.curlyOneLine(st)
	if unterminated(c) {
		text = ";" + text
	}
	return []Edit{{Start: stmtEnd(c), End: stmtEnd(c), New: text}}, nil
}

// addMember adds v to the `[ … ]` list of c.
func (d *doc) addMember(c *ast.Stmt, v string) []Edit {
	if list := c.List(); len(list) > 0 {
		end := list[len(list)-1].Span.End
		return []Edit{{Start: end, End: end, New: " " + Word(v)}}
	}
	pos := c.ListSpan().Start + 1
	return []Edit{{Start: pos, End: pos, New: " " + Word(v)}}
}

// toBlock rewrites the leaf statement c as a block opened after its word i
// (c's configuration path of enclosing blocks is pp): the words after i
// become a statement inside the block, followed by rest shaped as
// statements. A statement whose tag names another element than the block
// header would gets a statement beside it instead.
func (d *doc) toBlock(c *ast.Stmt, pp []string, i int, rest []string) ([]Edit, error) {
	vals := c.WordValues()
	at := appendPath(pp, vals[:i+1]...)
	if len(c.Tags()) > 0 && d.sch.ElementWords(schemaPath(pp), vals) != i+1 {
		// a tag names an element the block header would not name
		return d.sibling(c, pp, appendPath(at, rest...))
	}
	var tags string
	for _, t := range c.Tags() {
		tags += d.text(t.Span) + " "
	}
	head := tags + rawWords(c.Words[:i+1])
	var tail string
	if i+1 < len(c.Words) || c.HasList {
		tail = rawWords(c.Words[i+1:])
		if c.HasList {
			if tail != "" {
				tail += " "
			}
			tail += d.text(c.ListSpan())
		}
		tail += ";"
	}
	st := shape(d.sch, at, rest)
	start, end := c.Span.Start, stmtEnd(c)
	if !d.startsLine(start) {
		text := head + " {"
		if tail != "" {
			text += " " + tail
		}
		text += " " + d.curlyOneLine(st) + " }"
		return []Edit{{Start: start, End: end, New: text}}, nil
	}
	indent := d.indentOf(start)
	inner := indent + d.unit
	text := head + " {" + d.nl
	if tail != "" {
		text += inner + tail + d.nl
	}
	text += d.curlyLines(st, inner) + indent + "}"
	return []Edit{{Start: start, End: end, New: text}}, nil
}

// text returns the source text of sp.
func (d *doc) text(sp ast.Span) string { return string(d.src[sp.Start:sp.End]) }

// rawWords joins words as written, with single spaces.
func rawWords(ws []ast.Word) string {
	var s string
	for i, w := range ws {
		if i > 0 {
			s += " "
		}
		s += w.Raw
	}
	return s
}
