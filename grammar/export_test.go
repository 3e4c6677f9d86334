package grammar

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// NewPipedParser returns a parser that uses two cores whatever the size of
// the file, for tests.
func NewPipedParser(sch *schema.Schema) *Parser { return NewParser(sch).WithParallelFrom(1) }

// BuildConfig builds f.Config from f's syntax tree, as Parse does on one
// core, for tests.
func BuildConfig(p *Parser, f *ast.File) {
	b := newBuilder(p.sch, f, false, nil)
	b.build()
}
