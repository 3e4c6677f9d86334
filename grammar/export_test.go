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

// ParseConfigCuts is ParseConfig on several cores with the file cut at the
// first place after each of froms (byte offsets, increasing) where a split
// parse may cut it. cuts are those places; grafted is the number of chunks
// whose trees were grafted onto the first's.
func ParseConfigCuts(p *Parser, name string, src []byte, froms ...int) (f *ast.File, cuts []int, grafted int) {
	var cs []cut
	for _, from := range froms {
		if len(cs) > 0 {
			from = max(from, cs[len(cs)-1].at+1)
		}
		if c, ok := cutBetween(src, from, len(src)); ok {
			cs = append(cs, c)
			cuts = append(cuts, c.at)
		}
	}
	if len(cs) == 0 {
		return p.ParseConfig(name, src), nil, 0
	}
	f, grafted = p.parseConfigCuts(name, src, nil, cs)
	if f == nil {
		return p.ParseConfig(name, src), cuts, 0
	}
	return f, cuts, grafted
}

// PlainQuoted is plainQuoted, for tests: a lean build keeps no origin for
// such a word.
func PlainQuoted(raw, name string) bool { return plainQuoted([]byte(raw), name) }
