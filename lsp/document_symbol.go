package lsp

import (
	"context"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// handleDocumentSymbol answers "textDocument/documentSymbol" with the
// outline as a tree of DocumentSymbol:
//
//   - curly statements as written: a block is a symbol named by its words
//     (`ca-profile ORG-ROOT`, `ge-0/0/0`, `unit 0`) holding its statements;
//     a leaf is named by its keyword, its values as detail (`mtu`, `9192`);
//   - set commands grouped by configuration path, shaped as the curly form
//     would be (the schema says which words name list entries): `set
//     interfaces ge-0/0/0 unit 0 family inet address A` lands in interfaces
//     > ge-0/0/0 > unit 0 > family inet > address, with A as detail; the
//     symbol's range spans every line that wrote below it.
//
// A mixed file gets both, in the order the statements first appear. An
// outline of more than maxSymbols entries leaves out the leaves (statements
// without a block, set paths' last statements), keeping the blocks; one
// deeper than maxSymbolDepth levels stops there.
func (s *Server) handleDocumentSymbol(ctx context.Context, r *request) (any, error) {
	if _, err := decode[DocumentSymbolParams](r.method, r.params); err != nil {
		return nil, err
	}
	doc, err := needDoc(r)
	if err != nil {
		return nil, err
	}
	f := s.file(doc)
	var b *symBuilder
	for _, leaves := range []bool{true, false} {
		b = &symBuilder{sch: s.linter.Schema(), root: &symNode{index: map[string]*symNode{}}, leaves: leaves}
		for _, st := range f.Stmts {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if st.IsCommand() {
				b.command(st)
			} else if n := b.curly(st, 0); n != nil {
				b.root.kids = append(b.root.kids, n)
			}
		}
		if b.count <= maxSymbols {
			break
		}
	}
	out := make([]DocumentSymbol, 0, len(b.root.kids))
	for _, k := range b.root.kids {
		out = append(out, k.symbol(doc.Mapper))
	}
	return out, nil
}

// maxSymbols is the largest outline sent with leaf statements in it.
const maxSymbols = 20000

// maxSymbolDepth is the deepest outline level sent; deeper statements are
// left out. Clients decode JSON with a nesting limit (Neovim's decoder
// stops at 1,000 levels, Go's at 10,000) and each outline level takes two,
// so a generated file of thousands of nested blocks would otherwise break
// the client's session; Junos hierarchies nest about twenty levels.
const maxSymbolDepth = 100

// symNode is one outline entry while the outline is built.
type symNode struct {
	name, detail string
	kind         SymbolKind
	span, sel    ast.Span
	kids         []*symNode
	index        map[string]*symNode // children by name, for set commands
}

// symbol converts n and its children.
func (n *symNode) symbol(m *Mapper) DocumentSymbol {
	ds := DocumentSymbol{Name: n.name, Detail: n.detail, Kind: n.kind, Range: m.Range(n.span), SelectionRange: m.Range(n.sel)}
	for _, k := range n.kids {
		ds.Children = append(ds.Children, k.symbol(m))
	}
	return ds
}

// curly returns the outline entry of a curly statement, nil for a leaf
// when leaves are left out.
func (b *symBuilder) curly(st *ast.Stmt, depth int) *symNode {
	if depth >= maxSymbolDepth {
		return nil
	}
	vals := st.WordValues()
	if len(vals) == 0 && !st.HasBlock || !st.HasBlock && !b.leaves {
		return nil
	}
	b.count++
	n := &symNode{span: st.Span, sel: st.WordsSpan()}
	var tags []string
	for _, t := range st.Tags() {
		tags = append(tags, t.Kind.String()+":")
	}
	switch {
	case st.HasBlock:
		n.name = strings.Join(vals, " ")
		n.detail = strings.Join(tags, " ")
		switch {
		case depth == 0:
			n.kind = SymbolModule
		case len(vals) > 1:
			n.kind = SymbolObject
		default:
			n.kind = SymbolNamespace
		}
		for _, c := range st.Children {
			if k := b.curly(c, depth+1); k != nil {
				n.kids = append(n.kids, k)
			}
		}
	default:
		n.name = vals[0]
		detail := append(tags, vals[1:]...)
		if st.HasList {
			list := make([]string, 0, len(st.List()))
			for _, w := range st.List() {
				list = append(list, w.Value())
			}
			detail = append(detail, "[ "+strings.Join(list, " ")+" ]")
		}
		n.detail = strings.Join(detail, " ")
		n.kind = SymbolProperty
		if len(vals) == 1 && !st.HasList {
			n.kind = SymbolField
		}
	}
	if n.name == "" {
		n.name = "{ … }"
	}
	return n
}

// symBuilder builds the outline, grouping set commands by path.
type symBuilder struct {
	sch    *schema.Schema
	root   *symNode
	leaves bool // include leaf statements
	count  int  // entries so far
}

// command adds one set-file command to the outline.
func (b *symBuilder) command(st *ast.Stmt) {
	switch st.Verb.Value() {
	case "set", "delete", "activate", "deactivate", "protect", "unprotect":
	default:
		return // edit, top, annotate, rename, …: no path of their own to show
	}
	vals := st.WordValues()
	if len(vals) == 0 {
		return
	}
	ws := st.Words
	cur, elem := b.root, b.sch.Root()
	for i, level := 0, 0; i < len(vals) && level < maxSymbolDepth; level++ {
		e := elem.Child(vals[i])
		n, kind, leaf := 1, SymbolNamespace, false
		switch e.Kind() {
		case schema.List:
			n, kind = 1+e.Keys(), SymbolObject
			for j := 1; j < n && i+j < len(vals); j++ {
				e = e.Child(vals[i+j])
			}
		case schema.Leaf, schema.LeafList:
			n, kind, leaf = len(vals)-i, SymbolProperty, true
		case schema.Flag:
			kind, leaf = SymbolField, true
		case schema.Unknown, schema.Value:
			switch len(vals) - i {
			case 1:
				kind, leaf = SymbolField, true
			case 2:
				n, kind, leaf = 2, SymbolProperty, true
			}
		}
		n = min(n, len(vals)-i)
		name := vals[i]
		detail := ""
		if leaf {
			detail = strings.Join(vals[i+1:i+n], " ")
		} else {
			name = strings.Join(vals[i:i+n], " ")
		}
		if i == 0 {
			kind = SymbolModule
		}
		if leaf && !b.leaves {
			return
		}
		sel := ast.Span{Start: ws[i].Span.Start, End: ws[i+n-1].Span.End}
		cur = b.child(cur, name, kind, sel, st.Span)
		if leaf && detail != "" && !containsWord(cur.detail, detail) {
			cur.detail = strings.TrimSpace(cur.detail + " " + detail)
		}
		elem = e
		i += n
	}
}

// child returns n's child named name, creating it, and widens its span to
// cover sp.
func (b *symBuilder) child(n *symNode, name string, kind SymbolKind, sel, sp ast.Span) *symNode {
	c := n.index[name]
	if c == nil {
		c = &symNode{name: name, kind: kind, sel: sel, span: sp, index: map[string]*symNode{}}
		n.index[name] = c
		n.kids = append(n.kids, c)
		b.count++
		return c
	}
	c.span.Start = min(c.span.Start, sp.Start)
	c.span.End = max(c.span.End, sp.End)
	return c
}

// containsWord reports whether the space-separated list has w.
func containsWord(list, w string) bool {
	for _, x := range strings.Fields(list) {
		if x == w {
			return true
		}
	}
	return false
}
