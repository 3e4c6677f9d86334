package format

import (
	"errors"
	"fmt"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/internal/spaces"
)

// ErrSyntax is wrapped by the error [Source] returns for a file that has
// syntax errors: formatting a file the parser had to guess about could lose
// text, so Source refuses instead.
var ErrSyntax = errors.New("file has syntax errors")

// Source prints the parsed file f in canonical layout, in its own form: a
// curly file stays curly, a set file stays a list of commands, and a mixed
// file keeps its curly statements and commands in their order. It refuses,
// with an error wrapping [ErrSyntax], a file whose f.Errors is not empty,
// and with a *[DepthError] a file whose blocks nest deeper than MaxDepth.
//
// The layout, for curly statements:
//
//   - 4 spaces of indentation per level, no tabs;
//   - `{` after one space at the end of the statement's line, `}` alone on a
//     line at the statement's indentation;
//   - one statement per line, `;` right after the last word; a statement
//     that the source ended with a line end inside a block gets its `;`;
//   - tags (`inactive: `, `protect: `, …) in the order written, on the
//     statement's line, each followed by one space;
//   - words exactly as written (quotes, escapes, `( … )` expressions and
//     `/* … */` values included), separated by one space;
//   - a `[ … ]` leaf-list with one space inside each bracket; a list of one
//     member without brackets (`apply-groups G;`), as Junos prints it,
//     unless the statement has a tag or an annotation (see curlyList); an
//     empty list as `[ ]`;
//   - comments and annotations that stood on lines of their own before a
//     statement on lines of their own at its indentation; comments after a
//     statement on its line (`## SECRET-DATA`) after the `;`, `{` or `}`
//     after one space; comments before a `}` at the indentation of the
//     block's content. A `#` comment is kept as written less trailing white
//     space; an annotation exactly as written (its later lines too), as
//     Junos stores its text.
//
// Set commands are printed as their verb and words separated by one space,
// words and quotes exactly as written, a `[ … ]` list kept with its brackets,
// at the start of the line.
//
// Blank lines: where the source had one or more empty lines between two
// statements or comments, one is kept; none is kept at the start of the file,
// right after a `{` or right before a `}`. Line ends are "\n" (CRLF is
// normalised) and a non-empty result ends with exactly one "\n". The order of
// statements, comments and words is never changed.
func Source(f *ast.File) ([]byte, error) {
	if len(f.Errors) > 0 {
		return nil, fmt.Errorf("%s: not formatted: %w (%d)", f.Name, ErrSyntax, len(f.Errors))
	}
	p := &srcPrinter{src: f.Src, buf: make([]byte, 0, len(f.Src)+len(f.Src)/8+64), atStart: true}
	p.file(f)
	if p.tooDeep != nil {
		return nil, p.tooDeep
	}
	return p.buf, nil
}

// srcPrinter prints a syntax tree.
type srcPrinter struct {
	src []byte
	buf []byte
	// atStart is set at the start of the output and right after a line
	// that opens a block: no blank line is printed there.
	atStart bool
	// open makes stmt print only the opening line of a block statement, for
	// Format, which receives the block's content and end as events.
	open bool
	// tooDeep is set at the first block nested deeper than MaxDepth;
	// nothing is printed afterwards.
	tooDeep *DepthError
}

func (p *srcPrinter) file(f *ast.File) {
	for _, s := range f.Stmts {
		p.stmt(s, 0)
	}
	p.footer(f.Footer)
}

// footer prints the comments after the last top-level statement.
func (p *srcPrinter) footer(cs []ast.Comment) {
	for _, c := range cs {
		p.ownLineComment(c, 0)
	}
}

// indentUnit is one level of indentation.
const indentUnit = "    "

// indentSpaces holds the indentation of the first levels, so that indent
// appends it in one piece.
const indentSpaces = "                                                                " // 64

func (p *srcPrinter) indent(depth int) {
	n := depth * len(indentUnit)
	for n > len(indentSpaces) {
		p.buf = append(p.buf, indentSpaces...)
		n -= len(indentSpaces)
	}
	p.buf = append(p.buf, indentSpaces[:n]...)
}

// blankBefore reports whether the source has an empty line right before
// offset off: two or more line ends with only white space between them and
// off.
func (p *srcPrinter) blankBefore(off int) bool {
	nl := 0
	src := p.src
	for i := off - 1; i >= 0; i-- {
		switch src[i] {
		case '\n':
			nl++
			if nl >= 2 {
				return true
			}
		case ' ':
			i = spaces.Before(src, i+1) // indentation, eight bytes at a time
		case '\t', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return false
}

// lineStart writes a blank line when the source had one before off (and the
// position allows it), then the indentation.
func (p *srcPrinter) lineStart(off, depth int) {
	if !p.atStart && p.blankBefore(off) {
		p.buf = append(p.buf, '\n')
	}
	p.atStart = false
	p.indent(depth)
}

func (p *srcPrinter) newline() { p.buf = append(p.buf, '\n') }

// ownLineComment prints a comment that stands on its own line(s).
func (p *srcPrinter) ownLineComment(c ast.Comment, depth int) {
	p.lineStart(c.Span.Start, depth)
	p.commentText(c)
	p.newline()
}

// commentText writes the text of c. A `#` comment loses trailing white
// space. An annotation keeps its text, which Junos stores, exactly: only a
// "\r" before a line end is dropped.
func (p *srcPrinter) commentText(c ast.Comment) {
	t := c.Text
	if c.Kind != ast.CommentAnnotation {
		p.buf = append(p.buf, trimRightSpace(t)...)
		return
	}
	start := 0
	for i := 0; i < len(t); i++ {
		if t[i] == '\n' {
			end := i
			if end > start && t[end-1] == '\r' {
				end--
			}
			p.buf = append(p.buf, t[start:end]...)
			p.buf = append(p.buf, '\n')
			start = i + 1
		}
	}
	p.buf = append(p.buf, t[start:]...)
}

func trimRightSpace(s string) string {
	i := len(s)
	for i > 0 {
		switch s[i-1] {
		case ' ', '\t', '\r', '\f', '\v':
			i--
			continue
		}
		break
	}
	return s[:i]
}

// sameLineComment writes a comment that follows text on its line.
func (p *srcPrinter) sameLineComment(c ast.Comment) {
	p.buf = append(p.buf, ' ')
	p.commentText(c)
}

// stmt prints a statement or command with its comments at depth.
func (p *srcPrinter) stmt(s *ast.Stmt, depth int) {
	if p.tooDeep != nil {
		return
	}
	if s.HasBlock && depth >= MaxDepth {
		p.tooDeep = &DepthError{Offset: blockStart(s)}
		return
	}
	for _, c := range s.Leading() {
		p.ownLineComment(c, depth)
	}
	p.lineStart(s.Span.Start, depth)
	if s.IsCommand() {
		p.command(s)
		return
	}
	for i, t := range s.Tags() {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.buf = append(p.buf, t.Kind.String()...)
		p.buf = append(p.buf, ':')
	}
	if len(s.Tags()) > 0 && len(s.Words) > 0 {
		p.buf = append(p.buf, ' ')
	}
	before, after := splitAtList(s)
	p.words(before)
	if s.HasList {
		p.curlyList(s, len(before) > 0 && len(after) == 0 && !s.HasBlock, len(before) > 0 || len(s.Tags()) > 0)
	}
	if len(after) > 0 {
		p.buf = append(p.buf, ' ')
		p.words(after)
	}
	if !s.HasBlock {
		if len(s.Words) > 0 || s.HasList {
			p.buf = append(p.buf, ';')
		}
		for _, c := range s.Trailing() {
			p.sameLineComment(c)
		}
		p.newline()
		return
	}
	if p.open {
		p.blockOpen(s)
		return
	}
	p.block(s, depth)
}

// splitAtList returns the words written before and after the statement's
// `[ … ]` list (all of them before when it has none), so that the printer
// keeps the order written even for the odd `kw [ a ] b`.
func splitAtList(s *ast.Stmt) (before, after []ast.Word) {
	if !s.HasList {
		return s.Words, nil
	}
	i, open := 0, s.ListSpan().Start
	for i < len(s.Words) && s.Words[i].Span.Start < open {
		i++
	}
	return s.Words[:i], s.Words[i:]
}

// words writes ws separated by one space.
func (p *srcPrinter) words(ws []ast.Word) {
	for i, w := range ws {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.buf = append(p.buf, w.Raw...)
	}
}

// curlyList writes the `[ … ]` list of a curly statement; a list of one
// member loses its brackets unless the statement carries a tag or an
// annotation: `inactive: community [ C1 ];` deactivates the list, while
// `inactive: community C1;` may read as deactivating the entry C1 where
// the schema cannot tell a leaf-list from a list. plain says the list
// follows the statement's words and ends a leaf statement, the only place
// where a bare member reads the same.
func (p *srcPrinter) curlyList(s *ast.Stmt, plain, space bool) {
	if space {
		p.buf = append(p.buf, ' ')
	}
	list := s.List()
	if len(list) == 1 && plain && len(s.Tags()) == 0 && !hasAnnotation(s.Leading()) {
		p.buf = append(p.buf, list[0].Raw...)
		return
	}
	p.bracketList(list)
}

func hasAnnotation(cs []ast.Comment) bool {
	for _, c := range cs {
		if c.Kind == ast.CommentAnnotation {
			return true
		}
	}
	return false
}

// bracketList writes `[ a b ]`, or `[ ]` for an empty list.
func (p *srcPrinter) bracketList(ws []ast.Word) {
	p.buf = append(p.buf, '[', ' ')
	for _, w := range ws {
		p.buf = append(p.buf, w.Raw...)
		p.buf = append(p.buf, ' ')
	}
	p.buf = append(p.buf, ']')
}

// block writes ` {`, the children and the closing `}` of s.
func (p *srcPrinter) block(s *ast.Stmt, depth int) {
	p.blockOpen(s)
	for _, c := range s.Children {
		p.stmt(c, depth+1)
	}
	p.blockClose(s, depth)
}

// s.Trailing() holds, by position, the comments on the `{` line, those before
// the `}` and those after it.
func (p *srcPrinter) onOpenLine(s *ast.Stmt, c ast.Comment) bool {
	return !p.afterClose(s, c) && c.Span.Start > s.Open && p.sameLine(s.Open, c.Span.Start)
}

func (p *srcPrinter) afterClose(s *ast.Stmt, c ast.Comment) bool {
	return s.Close >= 0 && c.Span.Start > s.Close
}

// blockOpen writes ` {` and the comments on its line, after the words of s.
func (p *srcPrinter) blockOpen(s *ast.Stmt) {
	if len(s.Words) > 0 || s.HasList || len(s.Tags()) > 0 {
		p.buf = append(p.buf, ' ')
	}
	p.buf = append(p.buf, '{')
	for _, c := range s.Trailing() {
		if p.onOpenLine(s, c) {
			p.sameLineComment(c)
		}
	}
	p.newline()
	p.atStart = true
}

// blockClose writes the comments before the `}` of s, the `}` and the
// comments after it on its line.
func (p *srcPrinter) blockClose(s *ast.Stmt, depth int) {
	if p.tooDeep != nil {
		return
	}
	for _, c := range s.Trailing() {
		if !p.afterClose(s, c) && !p.onOpenLine(s, c) {
			p.ownLineComment(c, depth+1)
		}
	}
	p.atStart = false
	p.indent(depth)
	p.buf = append(p.buf, '}')
	for _, c := range s.Trailing() {
		if p.afterClose(s, c) {
			p.sameLineComment(c)
		}
	}
	p.newline()
}

// sameLine reports whether no line end lies between offsets a and b.
func (p *srcPrinter) sameLine(a, b int) bool {
	if a < 0 || b > len(p.src) {
		return false
	}
	for i := a; i < b; i++ {
		if p.src[i] == '\n' {
			return false
		}
	}
	return true
}

// command writes a set-file command line.
func (p *srcPrinter) command(s *ast.Stmt) {
	p.buf = append(p.buf, s.Verb.Raw...)
	before, after := splitAtList(s)
	if len(before) > 0 {
		p.buf = append(p.buf, ' ')
		p.words(before)
	}
	if s.HasList {
		p.buf = append(p.buf, ' ')
		p.bracketList(s.List())
	}
	if len(after) > 0 {
		p.buf = append(p.buf, ' ')
		p.words(after)
	}
	for _, c := range s.Trailing() {
		p.sameLineComment(c)
	}
	p.newline()
}
