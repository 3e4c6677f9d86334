package format

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/hugepage"
)

// Format parses src and returns it printed as [Source] prints the parsed
// file, without building the file's syntax tree: each statement is printed
// as soon as it is parsed and its memory reused (see [grammar.ParseEvents]).
// On a large file memory stays near the size of the input and the output,
// and the two halves of the file are parsed and printed at once on two
// cores (see [grammar.ParseEventsSplit]).
//
// When src has syntax errors, Format returns a nil result and the file as
// [grammar.ParseSyntax] parses it, whose Errors say what is wrong. When its
// blocks nest deeper than MaxDepth, it returns a nil result and a
// *[DepthError]. Otherwise it returns the formatted text and a file without
// Stmts (its Format, Footer, CRLF and FinalNewline set). src must not
// change while the returned file is in use.
func Format(name string, src []byte) ([]byte, *ast.File, error) {
	return formatWith(grammar.ParseEventsSplit, name, src)
}

// formatWith is Format parsing with parse.
func formatWith(parse func(string, []byte, func(int, int) grammar.Handler) (*ast.File, []grammar.Handler), name string, src []byte) ([]byte, *ast.File, error) {
	var first *eventPrinter
	f, hs := parse(name, src, func(start, depth int) grammar.Handler {
		if start == 0 {
			// The first part's buffer has room for the whole result, so that
			// the second part is appended without growing it.
			first = &eventPrinter{srcPrinter: srcPrinter{src: src, buf: hugepage.MakeAligned[byte](len(src) + len(src)/8 + 64), atStart: true, open: true}}
			return first
		}
		// Huge pages here too, at least one: in 4 KiB pages, the faults
		// of this buffer cost more than the second core saved (on a 3.5 MB
		// input, 480 more faults than one core takes, and fmt 35% slower on
		// two cores than on one). Only sources of cutAt (256 KiB) or more
		// are cut, so this buffer is never tiny.
		size := len(src) - start + (len(src)-start)/8 + 64
		return &eventPrinter{srcPrinter: srcPrinter{src: src, buf: hugepage.MakeAligned[byte](max(size, hugepage.MinBytes)), open: true}, depth: depth}
	})
	if len(f.Errors) > 0 {
		return nil, grammar.ParseSyntax(name, src), nil
	}
	for _, h := range hs {
		if err := h.(*eventPrinter).tooDeep; err != nil {
			return nil, f, err
		}
	}
	last := hs[len(hs)-1].(*eventPrinter)
	last.footer(f.Footer)
	out := first.buf
	if last != first {
		out = append(out, last.buf...)
	}
	return out, f, nil
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
