// Package grammar turns Junos configuration text into junoslint's trees: the
// syntax tree of statements and commands as written, and the configuration
// tree Junos would hold after loading the text. It reads hierarchical
// ("curly") files, flat ("set") files and files that mix both, and never gives
// up on a file: every problem becomes an [ast.SyntaxError] and parsing goes on
// at the next `;`, `}` or line.
package grammar

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"unsafe"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// Parser parses Junos text. It is safe for concurrent use.
type Parser struct {
	sch *schema.Schema
	// pipeAt and cutAt are the source sizes, in bytes, from which Parse
	// builds the configuration tree on a second goroutine (see parsePiped)
	// and from which a parse is cut in parts parsed at once (see splitAt
	// and configCuts); 0 means the default, a negative size never.
	pipeAt, cutAt int
}

// The default sizes from which a parse uses two cores: below them a parse
// takes a millisecond or less and a goroutine gains nothing.
const (
	defaultPipeAt = 64 << 10
	defaultCutAt  = 256 << 10
)

// WithParallelFrom returns a parser like p that uses more than one core,
// building the configuration tree beside the parse and parsing parts of a
// file at once, for sources of at least n bytes; n < 0 means never.
// Results do not depend on it; tests use it to compare both ways on small
// files.
func (p *Parser) WithParallelFrom(n int) *Parser {
	if n == 0 {
		n = -1
	}
	return &Parser{sch: p.sch, pipeAt: n, cutAt: n}
}

// parallel reports whether a source of n bytes is parsed with the feature
// whose size is at (pipeAt or cutAt, def its default) on two cores.
func parallel(n, at, def int) bool {
	if at == 0 {
		at = def
	}
	return at > 0 && n >= at && runtime.GOMAXPROCS(0) > 1
}

// NewParser returns a parser that uses sch for the shape questions a
// configuration tree needs (which keyword is single-valued, where a tag
// applies). A nil sch means [schema.New].
func NewParser(sch *schema.Schema) *Parser {
	if sch == nil {
		sch = schema.New()
	}
	return &Parser{sch: sch}
}

// Schema returns the schema the parser uses.
func (p *Parser) Schema() *schema.Schema { return p.sch }

// Parse parses src with the built-in schema. See [Parser.Parse].
func Parse(name string, src []byte) *ast.File {
	return NewParser(nil).Parse(name, src)
}

// ParseSyntax parses the syntax of src only; it needs no schema. See
// [Parser.ParseSyntax].
func ParseSyntax(name string, src []byte) *ast.File {
	return (&Parser{}).ParseSyntax(name, src)
}

// ParseEventsSplit parses src statement by statement, in two halves at once
// when it is large; it needs no schema. See [Parser.ParseEventsSplit].
func ParseEventsSplit(name string, src []byte, newHandler func(start, depth int) Handler) (*ast.File, []Handler) {
	return (&Parser{}).ParseEventsSplit(name, src, newHandler)
}

// ParseEvents parses src statement by statement; it needs no schema. See
// [Parser.ParseEvents].
func ParseEvents(name string, src []byte, h Handler) *ast.File {
	return (&Parser{}).ParseEvents(name, src, h)
}

// verbs are the set-file commands, in the order `load set` documents them,
// and `replace`, which Batfish's flattener writes for `replace:` tags (it
// changes nothing in the configuration).
var verbs = [...]string{"set", "delete", "deactivate", "activate", "protect", "unprotect", "annotate", "insert", "rename", "copy", "edit", "up", "top", "exit", "replace"}

// IsVerb reports whether w is a set-file command word.
func IsVerb(w string) bool {
	for _, v := range verbs {
		if v == w {
			return true
		}
	}
	return false
}

// Parse parses src and returns its trees. It always returns a file; syntax
// problems are in File.Errors, in source order. src is neither modified nor
// copied: the file and the words and comments in it refer to it, so the
// caller must not change src while the file is in use.
func (p *Parser) Parse(name string, src []byte) *ast.File {
	if parallel(len(src), p.pipeAt, defaultPipeAt) {
		return p.parsePiped(name, src)
	}
	f := p.ParseSyntax(name, src)
	b := newBuilder(p.sch, f, false, nil)
	b.build()
	f.Marks = b.fileMarks()
	return f
}

// ParseSyntax parses src like [Parser.Parse] but builds only the syntax
// tree: File.Config is an empty tree. It is for callers that work on the
// text as written and never on the configuration, such as the formatter,
// and costs about half of Parse in time and memory.
func (p *Parser) ParseSyntax(name string, src []byte) *ast.File {
	f := newFile(name, src)
	f.Lines = ast.LazyLineIndex(src)
	str := sourceString(src)
	if parallel(len(src), p.cutAt, defaultCutAt) && parseSyntaxSplit(f, str) {
		f.Format = detectFormat(f.Stmts)
		return f
	}
	parseRecovering(f, str, (*parseState).run)
	return f
}

// newFile returns the file a parse of src fills in, with Name, Src, CRLF,
// FinalNewline and an empty Config set; the caller adds Lines.
func newFile(name string, src []byte) *ast.File {
	f := &ast.File{Name: name, Src: src, Config: ast.NewRoot()}
	f.FinalNewline = len(src) == 0 || src[len(src)-1] == '\n'
	if i := indexByte(src, '\n'); i > 0 && src[i-1] == '\r' {
		f.CRLF = true
	}
	return f
}

// parseRecovering parses f.Src into f with pass, which runs a parse state.
// When the braces do not balance, it drops the result and parses again,
// letting indentation say where a block that is never closed should have
// ended. It leaves f's errors in source order and its Format set.
func parseRecovering(f *ast.File, str string, pass func(*parseState)) {
	newState := func(indent bool) *parseState {
		return &parseState{src: f.Src, file: f, sc: scanner{src: f.Src, pos: bomLen(f.Src)}, str: str, ar: newSyntaxArena(len(f.Src)), indentMode: indent}
	}
	ps := newState(false)
	pass(ps)
	if ps.braceTrouble {
		f.Stmts, f.Footer, f.Errors = nil, nil, nil
		pass(newState(true))
	}
	sortErrors(f.Errors)
	f.Format = detectFormat(f.Stmts)
}

// sortErrors puts errors in source order. The parser finds most in that
// order, but the recovery from a block that is never closed reports it when
// the indentation shows where it should have ended, after errors inside it.
func sortErrors(errs []ast.SyntaxError) {
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Span.Start < errs[j].Span.Start })
}

// Handler receives the statements of a file from [Parser.ParseEvents], in
// source order, each once it is complete: its comments on the same line
// included. A statement and everything reached from it may be used only
// during the call that hands it out, and Open's statement until the
// matching Close returns: the parser then reuses their memory. Statements
// handed out have no Children; their Parent links are valid.
type Handler interface {
	// Open receives a statement that opens a block, with its tags, words,
	// leading comments and the comments after its `{` on the same line (in
	// Trailing). The block's statements follow, then Close.
	Open(s *ast.Stmt)
	// Leaf receives a statement without a block, or a set command.
	Leaf(s *ast.Stmt)
	// Close receives the statement whose block ends, again: Close and
	// Span.End are now set, and Trailing holds, after the comments of the
	// `{` line, those before the `}` and those after it on its line.
	Close(s *ast.Stmt)
}

// ParseEvents parses src as [Parser.ParseSyntax] does, but builds no tree:
// it hands each statement to h as soon as it is complete (see [Handler])
// and reuses its memory, so that memory stays near the size of the deepest
// chain of open blocks instead of growing with the file. The file it
// returns has no Stmts; its Format, Footer, Errors, Lines, CRLF and
// FinalNewline are set. As with Parse, src must not change while anything
// that refers to it is in use.
//
// When the file has syntax errors, the events follow the braces as
// written: the indentation-guided recovery of ParseSyntax is not done, so a
// caller that shows or edits a broken file parses it with ParseSyntax.
func (p *Parser) ParseEvents(name string, src []byte, h Handler) *ast.File {
	return p.parseEvents(name, src, h, nil)
}

// parseEvents is ParseEvents, collecting into specials, when set, what
// scanner.specials collects.
func (p *Parser) parseEvents(name string, src []byte, h Handler, specials *[]int) *ast.File {
	f := newFile(name, src)
	f.Lines = ast.LazyLineIndex(src)
	ps := &parseState{src: src, file: f, sc: scanner{src: src, pos: bomLen(src), specials: specials}, str: sourceString(src), ar: newStreamArena(), events: h}
	ps.run()
	ps.flush()
	sortErrors(f.Errors)
	f.Format = ps.seen.format()
	return f
}

// event is a Handler call waiting for the comments that may still follow
// its statement on the same line.
type event struct {
	kind eventKind
	s    *ast.Stmt
}

// to makes the Handler call e stands for.
func (e event) to(h Handler) {
	switch e.kind {
	case evOpen:
		h.Open(e.s)
	case evLeaf:
		h.Leaf(e.s)
	case evClose:
		h.Close(e.s)
	}
}

type eventKind uint8

const (
	evOpen eventKind = iota
	evLeaf
	evClose
)

// queue records an event for the next flush; it does nothing unless the
// parse hands out events.
func (ps *parseState) queue(k eventKind, s *ast.Stmt) {
	if ps.events == nil {
		return
	}
	if k != evClose && s.Parent == nil {
		ps.seen.add(s)
	}
	ps.pendingEv = append(ps.pendingEv, event{k, s})
}

// flush hands the queued events to the handler, which happens where no
// comment can still trail them (a new statement, a `}`, the end of the
// file), and then reuses the memory of every statement that is done: all
// that was allocated after the innermost block still open.
func (ps *parseState) flush() {
	if ps.events == nil {
		return
	}
	// The handed-out events stay in the slice's memory until overwritten:
	// their statements belong to the arena, which lives as long as ps.
	for _, e := range ps.pendingEv {
		e.to(ps.events)
	}
	ps.pendingEv = ps.pendingEv[:0]
	if ps.keepTree {
		return
	}
	// The statements are recycled: nothing may refer to them. (Where that
	// changes where a comment goes, after a stray `}`, the file has a
	// syntax error, and streaming callers parse such files again.)
	ps.trailStmt = nil
	mark := arenaMark{}
	if n := len(ps.marks); n > 0 {
		mark = ps.marks[n-1]
	}
	ps.ar.rewind(mark)
}

// sourceString returns src as a string without copying it: words and
// comments are substrings of it. The file already refers to src (File.Src),
// which its callers never modify, and on a large file the copy cost as much
// as a tenth of the parse.
func sourceString(src []byte) string {
	return unsafe.String(unsafe.SliceData(src), len(src))
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func detectFormat(stmts []*ast.Stmt) ast.Format {
	var seen formSeen
	for _, s := range stmts {
		seen.add(s)
	}
	return seen.format()
}

// formSeen tells a file's form from its top-level statements.
type formSeen struct{ cmd, curly bool }

func (fs *formSeen) add(s *ast.Stmt) {
	if s.IsCommand() {
		fs.cmd = true
	} else if len(s.Words) > 0 || s.HasBlock {
		fs.curly = true
	}
}

func (fs formSeen) format() ast.Format {
	switch {
	case fs.cmd && fs.curly:
		return ast.FormatMixed
	case fs.cmd:
		return ast.FormatSet
	case fs.curly:
		return ast.FormatCurly
	}
	return ast.FormatUnknown
}

// parseState holds one pass over one source.
type parseState struct {
	src  []byte
	file *ast.File
	sc   scanner
	tok  token // current token (already scanned)
	has  bool  // tok is valid

	pending []ast.Comment // comments waiting for the next statement
	// lastLine is the 1-based line on which the last statement, `{` or `}` ended;
	// comments starting on that line trail it.
	lastEnd    int
	trailStmt  *ast.Stmt // statement that a same-line comment trails
	stack      []*ast.Stmt
	sawCommand bool
	// lineStart is set while no token but comments stands before the
	// current one on its line: only there may a set command start.
	lineStart bool

	braceTrouble bool
	indentMode   bool

	// str is the source as one string: words and comments are substrings
	// of it, so they cost no allocation each.
	str string
	ar  *arena
	// kids[d] collects the children of the block open at stack depth d;
	// they are copied into the block's Children when it closes.
	kids [][]*ast.Stmt

	// events, when set, receives the statements as they complete (see
	// ParseEvents) instead of a tree being built, or as well as the tree
	// when keepTree is set (see parsePiped); pendingEv holds those not
	// handed out yet, marks the arena's state after each open block of the
	// stack was allocated, and seen the form of the top-level statements.
	events   Handler
	keepTree bool
	// cutEnd is set when the source ends where a split parse cut the file
	// (see splitAt): blocks still open there continue in the other half.
	cutEnd    bool
	pendingEv []event
	marks     []arenaMark
	seen      formSeen
}

// peek returns the current token, scanning it when needed. A token just
// scanned is returned as the scanner gave it, not read back from ps.tok:
// reading a struct right after storing it field by field stalls the CPU.
func (ps *parseState) peek() token {
	if ps.has {
		return ps.tok
	}
	t := ps.sc.next()
	ps.tok, ps.has = t, true
	return t
}

// take consumes the current token and returns it.
func (ps *parseState) take() token {
	if ps.has {
		ps.has = false
		return ps.tok
	}
	return ps.sc.next()
}

func (ps *parseState) errorf(sp ast.Span, format string, args ...any) {
	ps.file.Errors = append(ps.file.Errors, ast.SyntaxError{Span: sp, Msg: fmt.Sprintf(format, args...)})
}

func (ps *parseState) text(t token) string { return ps.str[t.start:t.end] }

func (ps *parseState) word(t token) ast.Word {
	return ast.Word{Raw: ps.text(t), Span: ast.Span{Start: t.start, End: t.end}}
}

// sameLine reports whether there is no line end between offsets a and b.
func (ps *parseState) sameLine(a, b int) bool {
	if a > b {
		return false
	}
	for i := a; i < b; i++ {
		if ps.src[i] == '\n' {
			return false
		}
	}
	return true
}

func (ps *parseState) top() *ast.Stmt {
	if len(ps.stack) == 0 {
		return nil
	}
	return ps.stack[len(ps.stack)-1]
}

func (ps *parseState) appendStmt(s *ast.Stmt) {
	s.Words = ps.ar.closeWords(s.Words)
	parent := ps.top()
	s.Parent = parent
	if ps.events != nil {
		if s.HasBlock {
			ps.queue(evOpen, s)
		} else {
			ps.queue(evLeaf, s)
		}
		if !ps.keepTree {
			return
		}
	}
	if parent != nil {
		d := len(ps.stack) - 1
		ps.kids[d] = append(ps.kids[d], s)
	} else {
		ps.file.Stmts = append(ps.file.Stmts, s)
	}
}

// streaming reports whether statements are handed out and their memory
// reused, without a tree (ParseEvents).
func (ps *parseState) streaming() bool { return ps.events != nil && !ps.keepTree }

// push opens the block of s.
func (ps *parseState) push(s *ast.Stmt) {
	ps.stack = append(ps.stack, s)
	if ps.streaming() {
		ps.marks = append(ps.marks, ps.ar.mark())
	}
	if d := len(ps.stack) - 1; d < len(ps.kids) {
		ps.kids[d] = ps.kids[d][:0]
	} else {
		ps.kids = append(ps.kids, nil)
	}
}

// pop closes the innermost open block, giving it its children.
func (ps *parseState) pop() *ast.Stmt {
	d := len(ps.stack) - 1
	open := ps.stack[d]
	ps.stack = ps.stack[:d]
	if ps.streaming() {
		ps.marks = ps.marks[:d]
		return open
	}
	open.Children = ps.ar.stmtSlice(ps.kids[d])
	ps.kids[d] = ps.kids[d][:0]
	return open
}

// openKids returns the children collected so far for the innermost open
// block.
func (ps *parseState) openKids() []*ast.Stmt {
	return ps.kids[len(ps.stack)-1]
}

// comment files a comment token: it trails the statement that ended on the
// same line, or waits for the next statement.
func (ps *parseState) comment(t token) {
	c := ps.makeComment(t)
	if ps.trailStmt != nil && t.nl == 0 && ps.sameLine(ps.lastEnd, t.start) {
		c.BlankBefore = false
		ps.trailStmt.AddTrailing(c)
		return
	}
	ps.pending = append(ps.pending, c)
}

// makeComment turns a comment or annotation token into a comment, reporting
// an unterminated annotation.
func (ps *parseState) makeComment(t token) ast.Comment {
	kind := ast.CommentHash
	switch {
	case t.kind == tAnnot:
		kind = ast.CommentAnnotation
		if ps.sc.bad(t) {
			ps.errorf(ast.Span{Start: t.start, End: t.start + 2}, "unterminated /* comment")
		}
	case t.end-t.start >= 2 && ps.src[t.start+1] == '#':
		kind = ast.CommentSystem
	}
	return ast.Comment{Kind: kind, Text: ps.text(t), Span: ast.Span{Start: t.start, End: t.end}, BlankBefore: t.nl >= 2}
}

// lineIndent returns the column (0-based, bytes; a tab counts as 8) of the
// first non-blank byte of the line holding off.
func (ps *parseState) lineIndent(off int) int {
	i := off
	for i > 0 && ps.src[i-1] != '\n' {
		i--
	}
	col := 0
	for ; i < off; i++ {
		switch ps.src[i] {
		case ' ':
			col++
		case '\t':
			col += 8 - col%8
		default:
			return col
		}
	}
	return col
}

func (ps *parseState) isLineStart(off int) bool {
	for i := off - 1; i >= 0; i-- {
		switch ps.src[i] {
		case '\n':
			return true
		case ' ', '\t', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return true
}

// closeByIndent closes open blocks that the token at off, by its indentation,
// lies outside of. isClose says the token is a `}`.
func (ps *parseState) closeByIndent(off int, isClose bool) {
	if !ps.indentMode || !ps.isLineStart(off) {
		return
	}
	col := ps.lineIndent(off)
	for len(ps.stack) > 0 {
		open := ps.top()
		kids := ps.openKids()
		openIndent := ps.lineIndent(open.Words0Start())
		if len(kids) == 0 && isClose {
			return
		}
		childIndent := openIndent + 1
		if len(kids) > 0 {
			childIndent = ps.lineIndent(kids[0].Span.Start)
		}
		if childIndent <= openIndent {
			return // the block's content is not indented: indentation says nothing
		}
		outside := col <= openIndent
		if isClose {
			outside = col < openIndent
		}
		if !outside {
			return
		}
		ps.unclosed(open)
		ps.pop()
		ps.queue(evClose, open)
	}
}

func (ps *parseState) unclosed(open *ast.Stmt) {
	if ps.file.Lines == nil {
		ps.file.Lines = ast.LazyLineIndex(ps.file.Src)
	}
	line := ps.file.Lines.Position(open.Open).Line
	ps.errorf(open.WordsSpan(), "block opened at line %d is never closed", line)
	open.Bad = true
	open.Span.End = open.Open + 1
	if kids := ps.openKids(); len(kids) > 0 {
		open.Span.End = kids[len(kids)-1].Span.End
	}
}

// run parses the whole source.
func (ps *parseState) run() {
	ps.lineStart = true
	for {
		t := ps.peek()
		if t.nl > 0 {
			ps.lineStart = true
		}
		switch t.kind {
		case tEOF:
			ps.take()
			ps.flush()
			for len(ps.stack) > 0 && !ps.cutEnd {
				ps.braceTrouble = true
				open := ps.top()
				ps.unclosed(open)
				ps.pop()
				ps.queue(evClose, open)
			}
			ps.file.Footer = append(ps.file.Footer, ps.pending...)
			ps.pending = nil
			return
		case tHash, tAnnot:
			ps.take()
			ps.comment(t)
			continue // a comment leaves lineStart as it is
		case tRBrace:
			ps.closeByIndent(t.start, true)
			ps.take()
			ps.flush()
			open := ps.top()
			if open == nil {
				ps.braceTrouble = true
				ps.errorf(ast.Span{Start: t.start, End: t.end}, `unexpected "}"`)
				continue
			}
			ps.pop()
			open.Close = t.start
			open.Span.End = t.end
			// Comments left before `}` belong to the block's end; the printer
			// keeps them there.
			if len(ps.pending) > 0 {
				open.AddTrailing(ps.pending...)
				ps.pending = nil
			}
			ps.queue(evClose, open)
			ps.trailStmt, ps.lastEnd = open, t.end
		case tSemi:
			ps.take() // a stray `;` carries nothing
		case tLBrace:
			if end, ok := ps.promptLine(t); ok {
				// `{master:0}`: a CLI prompt pasted with the configuration.
				ps.take()
				ps.sc.pos = end
				ps.comment(token{kind: tHash, start: t.start, end: end, nl: t.nl})
				continue
			}
			ps.closeByIndent(t.start, false)
			ps.statement()
		case tRBrack:
			ps.take()
			ps.errorf(ast.Span{Start: t.start, End: t.end}, `unexpected "]"`)
		default:
			ps.closeByIndent(t.start, false)
			// A set command is a top-level line whose first word is a verb:
			// after `;` or `}` on the same line, a verb is a curly word.
			if len(ps.stack) == 0 && ps.lineStart && t.kind == tWord && IsVerb(ps.text(t)) && ps.restIsCommand(t.end) {
				ps.command()
			} else {
				ps.statement()
			}
		}
		ps.lineStart = false
	}
}

// promptLine reports whether the `{` token t starts a line that holds only a
// CLI prompt marker such as `{master:0}` or `{primary:node0}`, and returns the
// offset where the marker ends.
func (ps *parseState) promptLine(t token) (int, bool) {
	if len(ps.stack) != 0 || !ps.isLineStart(t.start) {
		return 0, false
	}
	src := ps.src
	j := t.start + 1
	for j < len(src) && (isAlnum(src[j]) || src[j] == ':' || src[j] == '-' || src[j] == '_') {
		j++
	}
	if j == t.start+1 || j >= len(src) || src[j] != '}' {
		return 0, false
	}
	end := j + 1
	if le := lineEnd(src, end); le != end {
		for k := end; k < le; k++ {
			if !isSpace(src[k]) {
				return 0, false
			}
		}
	}
	return end, true
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// restIsCommand reports whether the line after offset i holds no `;`, `{`
// or `}` token, so that a line starting with a verb is a set command rather
// than a curly statement. It reads tokens, so punctuation inside quotes,
// `( … )`, `/* … */` (which may run over lines) and `#` comments is hidden.
func (ps *parseState) restIsCommand(i int) bool {
	return plainLine(ps.src, i) || tokensAreCommand(ps.src, i)
}

// tokensAreCommand is restIsCommand by reading the tokens after offset i.
func tokensAreCommand(src []byte, i int) bool {
	sc := scanner{src: src, pos: i}
	for {
		t := sc.next()
		switch {
		case t.kind == tEOF || t.nl > 0 || t.kind == tHash:
			return true
		case t.kind == tSemi || t.kind == tLBrace || t.kind == tRBrace:
			return false
		}
	}
}

// plainLine reports whether src from offset i to the end of its line
// holds no byte that can start punctuation (`;`, `{`, `}`) or a token that
// may hide it or run past the line (`"`, `(`, `/*`, `#`): most set-file
// lines, which then need no scan by tokens.
func plainLine(src []byte, i int) bool {
	for ; i < len(src); i++ {
		if !lineByte[src[i]] {
			continue
		}
		switch src[i] {
		case '\n':
			return true
		case '/':
			if i+1 < len(src) && src[i+1] == '*' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// lineByte marks the bytes plainLine looks at. It is never modified.
var lineByte = func() (t [256]bool) {
	for _, c := range []byte("\n;{}\"(#/") {
		t[c] = true
	}
	return t
}()

// newStmt starts a statement at token t with the pending comments.
func (ps *parseState) newStmt(t token) *ast.Stmt {
	// The statements before this one are complete: a comment on their last
	// line would have come before this token.
	ps.flush()
	s := ps.ar.stmt()
	s.Open, s.Close, s.Semi, s.Span = -1, -1, -1, ast.Span{Start: t.start, End: t.end}
	s.Words = ps.ar.openWords()
	if len(ps.pending) > 0 {
		s.SetLeading(ps.pending)
		s.BlankBefore = ps.pending[0].BlankBefore
		ps.pending = nil
	} else {
		s.BlankBefore = t.nl >= 2
	}
	return s
}

// command parses one set-file command line; the current token is its verb.
func (ps *parseState) command() {
	vt := ps.take()
	s := ps.newStmt(vt)
	s.Verb = ps.word(vt)
	ps.sawCommand = true
	for {
		t := ps.peek()
		if t.kind == tEOF || t.nl > 0 {
			break
		}
		switch t.kind {
		case tWord, tString, tParen, tAnnot:
			ps.take()
			if ps.sc.bad(t) {
				ps.badToken(t)
			}
			if s.HasList {
				if t.kind == tAnnot {
					// after the list, an annotation is a comment
					ps.trailStmt, ps.lastEnd = s, s.Span.End
					ps.comment(t)
					continue
				}
				ps.wordAfterList(s, t)
				continue
			}
			s.Words = append(s.Words, ps.word(t))
			s.Span.End = t.end
		case tLBrack:
			ps.list(s, true)
		case tHash:
			ps.take()
			ps.trailStmt, ps.lastEnd = s, s.Span.End
			ps.comment(t)
		default: // `;`, `{`, `}`, `]` cannot reach here for `{;}`; `]` can
			ps.take()
			ps.errorf(ast.Span{Start: t.start, End: t.end}, "unexpected %q", ps.text(t))
			s.Bad = true
		}
	}
	ps.appendStmt(s)
	ps.trailStmt, ps.lastEnd = s, s.Span.End
}

// wordAfterList reports a word after the `[ … ]` list of s, which may only
// be followed by `;` or `{` (or, in a command, the line end), and skips it.
func (ps *parseState) wordAfterList(s *ast.Stmt, t token) {
	ps.errorf(ast.Span{Start: t.start, End: t.end}, `unexpected word after "]"`)
	s.Bad = true
	s.Span.End = t.end
}

func (ps *parseState) badToken(t token) {
	sp := ast.Span{Start: t.start, End: t.end}
	switch t.kind {
	case tString:
		ps.errorf(sp, "unterminated quoted string")
	case tParen:
		ps.errorf(sp, `unterminated "(" expression`)
	case tAnnot:
		ps.errorf(ast.Span{Start: t.start, End: t.start + 2}, "unterminated /* comment")
	}
}

// list parses `[ … ]` into s's list (see ast.Stmt.List); the current token
// is `[`. In a command the list must end on its line.
func (ps *parseState) list(s *ast.Stmt, command bool) {
	open := ps.take()
	if s.HasList {
		ps.errorf(ast.Span{Start: open.start, End: open.end}, `unexpected "[": the statement already has a list`)
		s.Bad = true
	}
	s.HasList = true
	members, span := ps.listMembers(s, open, command)
	s.SetList(members, span)
}

// listMembers reads the members of the list that the token open starts,
// after those s already has (a second list adds to the first), and returns
// them with the list's span. Comments in the list trail s.
func (ps *parseState) listMembers(s *ast.Stmt, open token, command bool) ([]ast.Word, ast.Span) {
	members, span := s.List(), ast.Span{Start: open.start, End: open.end}
	for {
		t := ps.peek()
		if t.kind == tEOF || (command && t.nl > 0) {
			ps.errorf(ast.Span{Start: open.start, End: open.end}, `"[" is never closed`)
			s.Bad = true
			return members, span
		}
		switch t.kind {
		case tWord, tString, tParen, tAnnot:
			ps.take()
			if ps.sc.bad(t) {
				ps.badToken(t)
			}
			members = append(members, ps.word(t))
			span.End, s.Span.End = t.end, t.end
		case tRBrack:
			ps.take()
			span.End, s.Span.End = t.end, t.end
			return members, span
		case tHash:
			ps.take()
			c := ast.Comment{Kind: ast.CommentHash, Text: ps.text(t), Span: ast.Span{Start: t.start, End: t.end}}
			s.AddTrailing(c)
		default: // `;`, `{`, `}`, `[`: the list was not closed
			ps.errorf(ast.Span{Start: open.start, End: open.end}, `"[" is never closed`)
			s.Bad = true
			return members, span
		}
	}
}

// statement parses one curly statement: tags, words, optional list, then
// `;` or `{`.
func (ps *parseState) statement() {
	first := ps.peek()
	s := ps.newStmt(first)
	// tags
	for {
		t := ps.peek()
		if t.kind != tWord || t.end-t.start < 2 || ps.src[t.end-1] != ':' {
			break
		}
		k := ast.TagByName(string(ps.src[t.start : t.end-1]))
		if k == 0 {
			break
		}
		ps.take()
		s.AddTag(ast.Tag{Kind: k, Span: ast.Span{Start: t.start, End: t.end}})
		s.Span.End = t.end
	}
	for {
		t := ps.peek()
		started := len(s.Words) > 0 || s.HasList
		if started && t.nl > 0 && t.kind != tEOF {
			// A line end before `;` or `{` ends the statement, as Junos `load`
			// accepts inside a block; at top level it is reported.
			ps.lineEnded(s)
			return
		}
		switch t.kind {
		case tWord, tString, tParen:
			ps.take()
			if ps.sc.bad(t) {
				ps.badToken(t)
				s.Bad = true
			}
			if s.HasList {
				ps.wordAfterList(s, t)
				continue
			}
			s.Words = append(s.Words, ps.word(t))
			s.Span.End = t.end
		case tAnnot:
			ps.take()
			if len(s.Words) == 0 || s.HasList {
				// Before the first word (after tags) an annotation is a
				// leading comment; after a list, a trailing one.
				c := ps.makeComment(t)
				if ps.sc.bad(t) {
					s.Bad = true
				}
				if s.HasList {
					s.AddTrailing(c)
				} else {
					s.AddLeading(c)
				}
				continue
			}
			if ps.sc.bad(t) {
				ps.badToken(t)
				s.Bad = true
			}
			// An annotation after words on the same line stands for a value,
			// as in `encrypted-password /* SECRET-DATA */;`.
			s.Words = append(s.Words, ps.word(t))
			s.Span.End = t.end
		case tLBrack:
			ps.list(s, false)
		case tSemi:
			ps.take()
			s.Semi = t.start
			s.Span.End = t.end
			if len(s.Words) == 0 {
				ps.errorf(ast.Span{Start: t.start, End: t.end}, `statement has no keyword before ";"`)
				s.Bad = true
			}
			ps.appendStmt(s)
			ps.trailStmt, ps.lastEnd = s, t.end
			return
		case tLBrace:
			ps.take()
			s.HasBlock = true
			s.Open = t.start
			s.Span.End = t.end
			if len(s.Words) == 0 {
				ps.errorf(ast.Span{Start: t.start, End: t.end}, `unexpected "{": a block needs a statement name`)
				s.Bad = true
			}
			ps.appendStmt(s)
			ps.push(s)
			ps.trailStmt, ps.lastEnd = s, t.end
			return
		case tHash:
			if !started && len(s.Tags()) > 0 {
				ps.tagsOnly(s)
				return
			}
			// `#` after words on the line: the statement ends with the line.
			ps.lineEnded(s)
			return
		default: // `}`, `]`, EOF
			if !started {
				// nothing to attach: let run() handle the token
				if len(s.Tags()) > 0 {
					ps.tagsOnly(s)
					return
				}
				ps.appendStmt(s)
				return
			}
			// `then accept }`: a `}` also ends the statement.
			ps.lineEnded(s)
			return
		}
	}
}

// tagsOnly reports a statement that has tags (`inactive:`) but no words
// for them to apply to, before a comment, a `}` or the end of the file, and
// keeps it (marked Bad) so that the tags stay in the tree.
func (ps *parseState) tagsOnly(s *ast.Stmt) {
	tags := s.Tags()
	first, last := tags[0], tags[len(tags)-1]
	ps.errorf(ast.Span{Start: first.Span.Start, End: last.Span.End}, "%q is not followed by a statement", ps.src[first.Span.Start:first.Span.End])
	s.Bad = true
	ps.appendStmt(s)
	ps.trailStmt, ps.lastEnd = s, s.Span.End
}

// lineEnded ends a statement that has no `;` or `{`: it stops at the end of
// its line or before a `}`. Inside a block Junos accepts that; at top level
// it is a set command with an unknown verb, or a missing `;`.
func (ps *parseState) lineEnded(s *ast.Stmt) {
	if len(ps.stack) == 0 {
		ps.missingSemi(s)
	} else if len(s.Words) == 0 && s.HasList && !s.Bad {
		// `[ a b ]` alone, as `[ a b ];` is: a list needs a keyword.
		ls := s.ListSpan()
		ps.errorf(ast.Span{Start: ls.Start, End: ls.Start + 1}, `statement has no keyword before "["`)
		s.Bad = true
	}
	ps.appendStmt(s)
	ps.trailStmt, ps.lastEnd = s, s.Span.End
}

// missingSemi reports a top-level statement that ends without `;` or `{`.
func (ps *parseState) missingSemi(s *ast.Stmt) {
	s.Bad = true
	sp := ast.Span{Start: s.Span.End, End: s.Span.End}
	if len(s.Words) > 0 {
		last := s.Words[len(s.Words)-1]
		sp = last.Span
	}
	if len(ps.stack) == 0 && len(s.Words) > 0 && len(s.Tags()) == 0 {
		w := s.Words[0].Raw
		if ps.sawCommand || closeToVerb(w) {
			ps.errorf(s.Words[0].Span, "unknown command %q", w)
			return
		}
	}
	ps.errorf(sp, `missing ";" at end of statement`)
}

// closeToVerb reports whether w looks like a misspelt set-file verb.
func closeToVerb(w string) bool {
	if len(w) < 3 || len(w) > 12 {
		return false
	}
	lw := strings.ToLower(w)
	for _, v := range verbs {
		if len(v) >= 3 && editDistance(lw, v) <= 1 {
			return true
		}
		if lw == v {
			return true // e.g. "SET" in capitals
		}
	}
	return false
}

// editDistance returns the Levenshtein distance between short strings a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
