package format

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/hugepage"
)

// Format parses src and returns it printed as [Source] prints the parsed
// file, without building the file's syntax tree: each statement is printed
// as soon as it is parsed and its memory reused (see [grammar.ParseEvents]).
// On a large file memory stays near the size of the input and the output.
//
// When src has syntax errors, Format returns a nil result and the file as
// [grammar.ParseSyntax] parses it, whose Errors say what is wrong;
// otherwise it returns the formatted text and a file without Stmts (its
// Format, Footer, CRLF and FinalNewline set). src must not change while
// the returned file is in use.
func Format(name string, src []byte) ([]byte, *ast.File) {
	h := &eventPrinter{srcPrinter{src: src, buf: hugepage.Make[byte](len(src) + len(src)/8 + 64), atStart: true, open: true}, 0}
	f := grammar.ParseEvents(name, src, h)
	if len(f.Errors) > 0 {
		return nil, grammar.ParseSyntax(name, src)
	}
	h.footer(f.Footer)
	return h.buf, f
}

// eventPrinter prints the statements grammar.ParseEvents hands out.
type eventPrinter struct {
	srcPrinter
	depth int // of the statement handed out next
}

// Open prints the statement's opening line.
func (p *eventPrinter) Open(s *ast.Stmt) {
	p.stmt(s, p.depth)
	p.depth++
}

// Leaf prints a statement without a block, or a command.
func (p *eventPrinter) Leaf(s *ast.Stmt) { p.stmt(s, p.depth) }

// Close prints the end of the block.
func (p *eventPrinter) Close(s *ast.Stmt) {
	p.depth--
	p.blockClose(s, p.depth)
}
