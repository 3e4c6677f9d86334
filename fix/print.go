package fix

import (
	"strings"

	"github.com/junoslint/junoslint/schema"
)

// pstmt is one curly statement to print: its words (values, quoted when
// printed) and, for a block, its children.
type pstmt struct {
	words []string
	block bool
	kids  []pstmt
}

// shape groups the words rest, written below the configuration path parent,
// into nested curly statements as the schema describes them: a list keyword
// takes its keys (`unit 0 {`), a leaf or leaf-list keyword its value
// (`url <crl-url>;`), a one-liner the one word that follows it, a
// container or flag stands alone. Words the schema does
// not know follow the shape `display set` suggests: the last two words form
// a leaf statement (`keyword value;`), earlier words open blocks.
func shape(sch *schema.Schema, parent, rest []string) pstmt {
	n := elementLen(sch, parent, rest)
	if n >= len(rest) {
		return pstmt{words: rest}
	}
	kid := shape(sch, appendPath(parent, rest[:n]...), rest[n:])
	return pstmt{words: rest[:n], block: true, kids: []pstmt{kid}}
}

// elementLen returns how many leading words of rest form the next statement
// header: a block opener's words, or all of rest for the final leaf
// statement.
func elementLen(sch *schema.Schema, parent, rest []string) int {
	e := sch.Lookup(schemaPath(parent)).Child(rest[0])
	if e.Oneliner() && len(rest) == 2 {
		return 2 // `scep-digest-algorithm sha1;`, `disable on-download-failure;`
	}
	switch e.Kind() {
	case schema.List:
		return 1 + e.Keys()
	case schema.Key:
		return 1 + e.Keys()
	case schema.Leaf, schema.LeafList:
		return len(rest)
	case schema.Container, schema.Flag:
		return 1
	}
	if len(rest) <= 2 {
		return len(rest)
	}
	return 1
}

// printer writes pstmts as curly text.
type printer struct {
	b    strings.Builder
	unit string // one level of indentation
	nl   string // line end
}

// lines writes s at indentation indent, one statement per line, each line
// ended by p.nl.
func (p *printer) lines(s pstmt, indent string) {
	p.b.WriteString(indent)
	p.b.WriteString(words(s.words))
	if !s.block {
		p.b.WriteString(";")
		p.b.WriteString(p.nl)
		return
	}
	p.b.WriteString(" {")
	p.b.WriteString(p.nl)
	for _, k := range s.kids {
		p.lines(k, indent+p.unit)
	}
	p.b.WriteString(indent)
	p.b.WriteString("}")
	p.b.WriteString(p.nl)
}

// oneLine writes s on one line: `crl { url <crl-url>; }`.
func (p *printer) oneLine(s pstmt) {
	p.b.WriteString(words(s.words))
	if !s.block {
		p.b.WriteString(";")
		return
	}
	p.b.WriteString(" {")
	for _, k := range s.kids {
		p.b.WriteByte(' ')
		p.oneLine(k)
	}
	p.b.WriteString(" }")
}

// curlyLines returns s printed one statement per line at indent.
func (d *doc) curlyLines(s pstmt, indent string) string {
	p := &printer{unit: d.unit, nl: d.nl}
	p.lines(s, indent)
	return p.b.String()
}

// curlyOneLine returns s printed on one line.
func (d *doc) curlyOneLine(s pstmt) string {
	p := &printer{unit: d.unit, nl: d.nl}
	p.oneLine(s)
	return p.b.String()
}
