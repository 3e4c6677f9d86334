package grammar

import (
	"runtime"

	"github.com/junoslint/junoslint/ast"
)

// ParseConfig parses src into its configuration tree, File.Config, as
// [Parser.Parse] does, without keeping the syntax tree: statements are
// merged into the tree as they are parsed and their memory reused (see
// [Parser.ParseEvents]), so a large file costs little more than its tree.
// The file it returns has no Stmts. Nodes carry an origin only when their
// word was written in quotes, and the origin's statement is a copy that
// holds the statement's words and list but no comments, children or
// parent: enough to print the word as written, which is what `display set`
// conversion needs. Callers that point at statements use Parse.
//
// On several cores, a large file is cut in chunks that the cores parse at
// once, and their trees are grafted together (see parseConfigCuts); the
// tree is the one a parse on one core builds.
//
// When src has syntax errors, ParseConfig returns Parse(name, src), whose
// Errors say what is wrong.
func (p *Parser) ParseConfig(name string, src []byte) *ast.File {
	return p.ParseConfigIn(name, src, nil)
}

// ParseConfigIn is ParseConfig, taking memory for the tables of the tree
// from room when it is large enough: zeroed memory that the tree keeps, so
// the caller must not use it afterwards. A caller that read src into huge
// pages can pass the rest of the last one (see hugepage.Rest), which the
// kernel zeroed already: tables placed there cost no fresh memory.
func (p *Parser) ParseConfigIn(name string, src, room []byte) *ast.File {
	if parallel(len(src), p.cutAt, defaultCutAt) {
		if cuts := configCuts(src, runtime.GOMAXPROCS(0)); len(cuts) > 0 {
			if f, _ := p.parseConfigCuts(name, src, room, cuts); f != nil {
				return f
			}
			room = nil // the first chunk's tree took it
		}
	}
	f := &ast.File{Name: name, Src: src}
	b := newBuilder(p.sch, f, true, room)
	// The parser hands the builder its statements as it goes, in the same
	// goroutine: the words that need quotes are known before their nodes
	// are made, so the builder can mark the others plain.
	b.specials = new([]int)
	h := &configBuilder{b: b}
	g := p.parseEvents(name, src, h, b.specials)
	if len(g.Errors) > 0 {
		return p.Parse(name, src)
	}
	g.Config, g.Marks = f.Config, b.fileMarks()
	return g
}

// configBuilder merges the statements ParseEvents hands out into the
// configuration tree, as builder.build does with a syntax tree.
type configBuilder struct {
	b *builder
	// nodes holds, for each open block, the node its children go below;
	// depths the length of b.path before the block's words.
	nodes  []*ast.Node
	depths []int
}

// under returns the node that the statements of the innermost open block
// go below: the root at top level.
func (h *configBuilder) under() *ast.Node {
	if len(h.nodes) == 0 {
		return h.b.root
	}
	return h.nodes[len(h.nodes)-1]
}

// Open adds the block statement's words and goes into it, as builder.curly
// does for a block.
func (h *configBuilder) Open(s *ast.Stmt) {
	b := h.b
	b.standInFor = nil
	if s.Parent == nil {
		b.path = b.path[:0]
	}
	h.depths = append(h.depths, len(b.path))
	n := h.under()
	if len(s.Words) > 0 {
		n = b.openBlock(s, n)
	}
	h.nodes = append(h.nodes, n)
}

// Leaf merges a statement without a block, or executes a command.
func (h *configBuilder) Leaf(s *ast.Stmt) {
	b := h.b
	b.standInFor = nil
	if s.IsCommand() {
		b.command(s)
		return
	}
	if s.Parent == nil {
		b.path = b.path[:0]
	}
	b.curly(s, h.under())
}

// Close leaves the block.
func (h *configBuilder) Close(*ast.Stmt) {
	d := len(h.depths) - 1
	h.b.path = h.b.path[:h.depths[d]]
	h.nodes, h.depths = h.nodes[:d], h.depths[:d]
}
