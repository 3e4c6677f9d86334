package format

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/hugepage"
)

// Format parses src and returns it printed as [Source] prints the
// parsed file, without holding the file's syntax tree: each top-level
// statement is printed as soon as it is parsed, and its memory reused (see
// [grammar.ParseSyntaxEach]). On a large file that keeps memory near the
// size of the input and output.
//
// When src has syntax errors, Format returns a nil result and the file as
// [grammar.ParseSyntax] parses it, whose Errors say what is wrong;
// otherwise it returns the formatted text and a file without Stmts (its
// Format, Footer, CRLF and FinalNewline set). src must not change while
// the returned file is in use.
func Format(name string, src []byte) ([]byte, *ast.File) {
	pr := &srcPrinter{src: src, buf: hugepage.Make[byte](len(src) + len(src)/8 + 64), atStart: true}
	f := grammar.ParseSyntaxEach(name, src, func(s *ast.Stmt) {
		pr.stmt(s, 0)
	})
	if len(f.Errors) > 0 {
		return nil, grammar.ParseSyntax(name, src)
	}
	pr.footer(f.Footer)
	return pr.buf, f
}
