package format

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// CurlyOptions controls [ConfigCurly].
type CurlyOptions struct{}

// ConfigCurly prints the configuration tree root in curly form, as `show
// configuration` would, grouping the words of each path into statements as
// the schema says:
//
//   - 4 spaces of indentation per level, `{` at the end of the statement's
//     line, `}` alone on its own line, `;` right after the last word;
//   - containers as blocks (`system {`), list entries with their keyword
//     and keys on one line (`unit 0 {`, `neighbor 192.0.2.1;`), entries of
//     homogeneous containers by name (`ge-0/0/0 {`), leaves with their value
//     (`host-name x;`), leaf-lists in brackets (`members [ a b ];`, one
//     member without brackets), flags alone (`enable-explorer;`), and what
//     Junos prints as one line as one line (`file x size 1m files 3;`,
//     `then accept;`, `route 0.0.0.0/0 next-hop 192.0.2.1;`);
//   - `protect: ` and `inactive: ` before the statement that ends with the
//     node that carries them, an annotation as `/* text */` on the line
//     above it; where that would put a tag or annotation on a word it does
//     not belong to, the statement is broken into blocks at that word, so
//     that reading the output back gives the same tree;
//   - words quoted where the source quoted them, where they need quotes, or
//     where Junos always quotes them (schema MustQuote); a statement holding
//     a secret (`encrypted-password`, `secret`, `authentication-key`,
//     `pre-shared-key ascii-text`, `ssh-rsa`, …) is followed by
//     ` ## SECRET-DATA`, its value quoted as the source had it;
//   - children in tree order; nothing is sorted.
//
// Words the schema does not know are shaped from the tree: a word without
// children is printed alone (`foo;`); with one child that has none, with
// it as its value (`foo bar;`); with several such children that look like
// values (not lower-case keywords), as a leaf-list (`foo [ 1 2 ];`); with
// one child that looks like a value and has children, as a list entry
// (`foo 10.0.0.1 { … }`), and with several, one entry each; anything else
// as a block (`foo { bar; baz 1; }`).
// sch may be nil for the built-in schema. The result ends with a line end
// unless it is empty. A tree whose blocks would nest deeper than MaxDepth
// is refused with a *[DepthError], whose Offset is that of the source word
// opening the first block too many when the tree knows it.
func ConfigCurly(root *ast.Node, sch *schema.Schema, opts CurlyOptions) ([]byte, error) {
	if sch == nil {
		sch = schema.New()
	}
	p := &curlyPrinter{buf: make([]byte, 0, sizeHint(root, 0))}
	p.block(root, sch.Root(), 0)
	if p.tooDeep != nil {
		return nil, p.tooDeep
	}
	return p.buf, nil
}

// sizeHint estimates the length of the curly text of the tree below n at
// depth, so that the output buffer is allocated once in most cases.
func sizeHint(n *ast.Node, depth int) int {
	size := 0
	for _, c := range n.Children {
		size += len(c.Name) + 2 + 2*depth + sizeHint(c, depth+1)
	}
	return size
}

// curlyWord is one word of a statement being built: the node and its
// schema element.
type curlyWord struct {
	n     *ast.Node
	e     *schema.Elem
	quote bool // Junos prints the word in quotes (schema MustQuote)
}

// curlyPrinter builds statements on a stack of words: a statement is
// stack[start:], printed before the statements of its block are built above
// it.
type curlyPrinter struct {
	buf   []byte
	stack []curlyWord
	// How the statement being built ends: with the `[ … ]` members list,
	// or with a block holding the children of body (whose element is
	// bodyElem), or with `;` when both are unset.
	list     []*ast.Node
	body     *ast.Node
	bodyElem *schema.Elem
	// tooDeep is set at the first block nested deeper than MaxDepth,
	// which is left out.
	tooDeep *DepthError
}

// block prints the children of n, whose element is e, as statements.
func (p *curlyPrinter) block(n *ast.Node, e *schema.Elem, depth int) {
	for _, c := range n.Children {
		ce := e.Child(c.Name)
		switch {
		case ce.Kind() == schema.List && len(c.Children) > 0 && !marked(c):
			mark := len(p.stack)
			p.push(c, ce)
			p.keys(c, ce, ce.Keys(), depth, mark)
			p.stack = p.stack[:mark]
		case ce.Kind() == schema.Unknown && guessList(c) && !marked(c):
			mark := len(p.stack)
			p.push(c, ce)
			p.keys(c, ce, 1, depth, mark)
			p.stack = p.stack[:mark]
		default:
			p.stmt(c, ce, depth)
		}
	}
}

// stmt prints the statement that starts with the node n (element e).
func (p *curlyPrinter) stmt(n *ast.Node, e *schema.Elem, depth int) {
	mark := len(p.stack)
	p.push(n, e)
	if e.Kind() == schema.Key && e.Keys() > 0 {
		p.keys(n, e, e.Keys(), depth, mark)
	} else {
		p.finish(n, e, depth, mark)
	}
	p.stack = p.stack[:mark]
}

// keys adds k more key words below n, the last word of the statement
// stack[start:], printing one statement per entry.
func (p *curlyPrinter) keys(n *ast.Node, e *schema.Elem, k, depth, start int) {
	if k == 0 || len(n.Children) == 0 {
		p.finish(n, e, depth, start)
		return
	}
	if marked(n) && (len(p.stack)-start > 1 || e.Kind() == schema.Key) {
		// A tag on a key before the last one: it can only end a block
		// header, whose statements are the next keys. (The list keyword
		// itself, when it starts the statement, is unmarked: block sees
		// to that.)
		p.list, p.body, p.bodyElem = nil, n, e
		p.emit(start, depth)
		return
	}
	for _, c := range n.Children {
		mark := len(p.stack)
		ce := e.Child(c.Name)
		p.push(c, ce)
		p.keys(c, ce, k-1, depth, start)
		p.stack = p.stack[:mark]
	}
}

// finish shapes the rest of the statement stack[start:], whose last word so
// far is n (element e), and prints it.
func (p *curlyPrinter) finish(n *ast.Node, e *schema.Elem, depth, start int) {
	p.list, p.body, p.bodyElem = nil, nil, nil
	p.extend(n, e)
	p.emit(start, depth)
}

// push adds n as the next word of the statement being built.
func (p *curlyPrinter) push(n *ast.Node, e *schema.Elem) {
	p.stack = append(p.stack, curlyWord{n: n, e: e, quote: e.MustQuote()})
}

// extend decides how the statement goes on after its last word n: more
// words on the same line, a `[ … ]` list, a block, or nothing (`;`).
func (p *curlyPrinter) extend(n *ast.Node, e *schema.Elem) {
	for len(n.Children) > 0 {
		kids := n.Children
		switch e.Kind() {
		case schema.Leaf, schema.LeafList:
			switch {
			case len(kids) == 1:
				p.next(n, e)
				p.extendInline() // a value's own words, if any, follow it
			case leaves(kids):
				p.list = kids
			default:
				p.open(n, e)
			}
			return
		case schema.Value, schema.Flag:
			p.extendInline()
			return
		case schema.List:
			if len(kids) > 1 {
				p.open(n, e)
				return
			}
			n, e = p.next(n, e)
		case schema.Key, schema.Container:
			if e.Kind() == schema.Key && e.Keys() > 0 {
				if len(kids) > 1 {
					p.open(n, e)
					return
				}
				n, e = p.next(n, e)
				continue
			}
			if !p.body1(n, e) {
				return
			}
			top := p.stack[len(p.stack)-1]
			n, e = top.n, top.e
		default:
			p.guess(n, e)
			return
		}
	}
}

// next pushes the only child of n and returns it with its element.
func (p *curlyPrinter) next(n *ast.Node, e *schema.Elem) (*ast.Node, *schema.Elem) {
	c := n.Children[0]
	ce := e.Child(c.Name)
	p.push(c, ce)
	return c, ce
}

// open ends the statement with a block of n's children.
func (p *curlyPrinter) open(n *ast.Node, e *schema.Elem) {
	p.body, p.bodyElem = n, e
}

// body1 shapes the content of a container or list entry n (element e): a
// one-liner's words follow on the line, a collapsing container's only simple
// statement follows on the line, anything else is a block. It reports
// whether extend must go on from the new last word (the collapsed
// statement's keyword, whose values follow).
func (p *curlyPrinter) body1(n *ast.Node, e *schema.Elem) bool {
	kids := n.Children
	switch {
	case e.Oneliner():
		if e.Split() && splitLeaves(n, e) {
			for _, c := range kids {
				p.pushChain(c, e.Child(c.Name))
			}
			return false
		}
		if len(kids) == 1 {
			p.next(n, e)
			p.extendInline()
			return false
		}
	case e.Collapse() && len(kids) == 1 && simple(kids[0], e.Child(kids[0].Name)):
		p.next(n, e)
		return true
	}
	p.open(n, e)
	return false
}

// extendInline goes on from the last word as a one-liner: words follow
// while there is one child.
func (p *curlyPrinter) extendInline() {
	for {
		top := p.stack[len(p.stack)-1]
		n, e := top.n, top.e
		switch {
		case len(n.Children) == 0:
			return
		case len(n.Children) == 1:
			p.next(n, e)
		case e.Kind() == schema.LeafList && leaves(n.Children):
			p.list = n.Children
			return
		default:
			p.open(n, e)
			return
		}
	}
}

// pushChain pushes n and its single-child descendants.
func (p *curlyPrinter) pushChain(n *ast.Node, e *schema.Elem) {
	p.push(n, e)
	for len(n.Children) == 1 {
		n, e = p.next(n, e)
	}
}

// guess shapes the rest of a statement whose last word n the schema does
// not know (see ConfigCurly).
func (p *curlyPrinter) guess(n *ast.Node, e *schema.Elem) {
	kids := n.Children
	switch {
	case len(kids) == 1 && len(kids[0].Children) == 0:
		p.next(n, e)
	case leaves(kids) && (n.ListForm || allValues(kids)):
		p.list = kids
	case len(kids) == 1 && !keywordLike(kids[0]):
		c, ce := p.next(n, e)
		p.open(c, ce)
	default:
		p.open(n, e)
	}
}

// emit prints the statement stack[start:] with its ending, then its block.
// A tag or annotation must sit on the statement's element: the last word of
// a block header, or the word [schema.Schema.ElementWords] names in a
// statement without a block. Where one sits elsewhere, the statement is cut
// into a block header ending before that word (or at it, when it is the
// first), and the rest is printed inside.
func (p *curlyPrinter) emit(start, depth int) {
	words := p.stack[start:]
	list, body, bodyElem := p.list, p.body, p.bodyElem
	p.list, p.body, p.bodyElem = nil, nil, nil
	if list != nil && anyMarked(list) {
		list, body, bodyElem = nil, words[len(words)-1].n, words[len(words)-1].e
	}
	for {
		elem := len(words) - 1
		if body == nil {
			elem = leafElement(words)
		}
		bad := -1
		for i, w := range words {
			if i != elem && marked(w.n) {
				bad = i
				break
			}
		}
		if bad < 0 {
			break
		}
		cut := max(bad, 1)
		list, body, bodyElem = nil, words[cut-1].n, words[cut-1].e
		words = words[:cut]
	}
	elemNode := words[len(words)-1].n
	if body == nil {
		elemNode = words[leafElement(words)].n
	}
	if elemNode.Annotation() != "" {
		p.indent(depth)
		p.buf = append(p.buf, "/* "...)
		p.buf = append(p.buf, elemNode.Annotation()...)
		p.buf = append(p.buf, " */\n"...)
	}
	p.indent(depth)
	if elemNode.Protected {
		p.buf = append(p.buf, "protect: "...)
	}
	if elemNode.Inactive {
		p.buf = append(p.buf, "inactive: "...)
	}
	secret := false
	for i, w := range words {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.buf = append(p.buf, curlyWordText(w.n, w.quote)...)
		secret = secret || w.e.Secret()
	}
	if list != nil {
		p.buf = append(p.buf, " ["...)
		for _, m := range list {
			p.buf = append(p.buf, ' ')
			p.buf = append(p.buf, curlyWordText(m, false)...)
		}
		p.buf = append(p.buf, " ]"...)
	}
	if body == nil {
		p.buf = append(p.buf, ';')
		if secret {
			p.buf = append(p.buf, " ## SECRET-DATA"...)
		}
		p.buf = append(p.buf, '\n')
		return
	}
	p.buf = append(p.buf, " {\n"...)
	if depth+1 > MaxDepth {
		if p.tooDeep == nil {
			p.tooDeep = &DepthError{Offset: -1}
			if o := words[0].n.Origin(); o.Stmt != nil {
				p.tooDeep.Offset = o.Span.Start
			}
		}
		return
	}
	p.block(body, bodyElem, depth+1)
	p.indent(depth)
	p.buf = append(p.buf, "}\n"...)
}

func (p *curlyPrinter) indent(depth int) {
	for range depth {
		p.buf = append(p.buf, "    "...)
	}
}

// leafElement returns the index of the word a tag applies to in a statement
// without a block, as the parser reads it back: a list keyword's last key,
// otherwise the first word.
func leafElement(words []curlyWord) int {
	if e := words[0].e; e.Kind() == schema.List {
		return min(e.Keys(), len(words)-1)
	}
	return 0
}

// curlyWordText returns n written as a word of curly text: as the source
// wrote it when it was quoted, bare when it can stand bare (unless quote
// asks for quotes), otherwise quoted.
func curlyWordText(n *ast.Node, quote bool) string {
	if n.Quoted {
		if raw, _ := sourceRaw(n); raw != "" {
			return raw
		}
		return ast.QuoteValue(n.Name)
	}
	if isBareGroup(n.Name) {
		return n.Name
	}
	if quote {
		return ast.QuoteValue(n.Name)
	}
	return quoteIfNeeded(n.Name)
}

// marked reports whether n carries a tag or an annotation.
func marked(n *ast.Node) bool {
	return n.Inactive || n.Protected || n.Annotation() != ""
}

func anyMarked(ns []*ast.Node) bool {
	for _, n := range ns {
		if marked(n) {
			return true
		}
	}
	return false
}

// leaves reports whether no node of ns has children.
func leaves(ns []*ast.Node) bool {
	for _, n := range ns {
		if len(n.Children) > 0 {
			return false
		}
	}
	return true
}

// simple reports whether n (element e) is a statement that a collapsing
// container may print on its own line: a leaf, leaf-list or flag whose
// values are plain words, or an unknown word shaped like one.
func simple(n *ast.Node, e *schema.Elem) bool {
	switch e.Kind() {
	case schema.Flag:
		return len(n.Children) == 0
	case schema.Leaf, schema.LeafList:
		if len(n.Children) == 1 {
			return chain(n.Children[0])
		}
		return leaves(n.Children)
	case schema.Unknown:
		kids := n.Children
		return len(kids) == 0 || (leaves(kids) && (len(kids) == 1 || allValues(kids)))
	}
	return false
}

// chain reports whether n and its descendants have at most one child each.
func chain(n *ast.Node) bool {
	for ; len(n.Children) == 1; n = n.Children[0] {
	}
	return len(n.Children) == 0
}

// splitLeaves reports whether every child of the one-line container n
// (element e) is a keyword of e followed by a chain of values, none tagged
// or annotated, so that the parser's split of the one-line form gives the
// same tree back.
func splitLeaves(n *ast.Node, e *schema.Elem) bool {
	for _, c := range n.Children {
		k := e.Child(c.Name).Kind()
		if k != schema.Leaf && k != schema.Flag {
			return false
		}
		for x := c; ; x = x.Children[0] {
			if marked(x) || len(x.Children) > 1 {
				return false
			}
			if len(x.Children) == 0 {
				break
			}
		}
	}
	return true
}

// guessList reports whether an unknown word n looks like the keyword of a
// list: it has several children, all values, and some have children of
// their own (`foo 10.0.0.1 { … }`, `foo 10.0.0.2 { … }`).
func guessList(n *ast.Node) bool {
	if len(n.Children) < 2 || !allValues(n.Children) {
		return false
	}
	return !leaves(n.Children)
}

func allValues(ns []*ast.Node) bool {
	for _, n := range ns {
		if keywordLike(n) {
			return false
		}
	}
	return true
}

// keywordLike reports whether n's name looks like a Junos keyword (lower
// case letters, digits and `-`, starting with a letter) rather than a value
// such as a name, address or number.
func keywordLike(n *ast.Node) bool {
	s := n.Name
	if n.Quoted || s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}
