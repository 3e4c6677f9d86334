package grammar

import (
	"bytes"
	"sync"

	"github.com/junoslint/junoslint/ast"
)

// A split parse cuts a large file in two halves that two cores parse at
// once. The cut is right after a `}` that stands alone on its line, as Junos
// prints the end of a block, or at the line end between two `set`
// commands, near the middle of the file. The first half ends there with
// the blocks still open that the cut's indentation says (4 spaces a level);
// the second half starts with the line end, inside placeholders for those
// blocks, so that both see what a parse of the whole file sees. The halves
// are then joined: each placeholder's children, end and comments go to the
// block it stood for. The cut is a guess; a half that does not parse
// cleanly, or leaves a different number of blocks open, makes the caller
// parse the whole file instead.

// cut is where splitAt cuts a file: the offset where the second half
// starts and how many blocks are open there.
type cut struct {
	at, depth int
}

// splitAt returns the cut nearest after the middle of src, or false.
func splitAt(src []byte) (cut, bool) {
	return cutBetween(src, len(src)/2, len(src)*3/4)
}

// cutBetween returns the first cut of src whose line starts after the line
// end at or after from, and before limit (byte offsets), or false.
func cutBetween(src []byte, from, limit int) (cut, bool) {
	for i := from; i < limit; {
		j := bytes.IndexByte(src[i:limit], '\n')
		if j < 0 {
			return cut{}, false
		}
		nl := i + j // a line end; the line after it starts at nl+1
		i = nl + 1
		line := src[nl+1:]
		k := 0
		for k < len(line) && line[k] == ' ' {
			k++
		}
		rest := line[k:]
		switch {
		case k%4 == 0 && (bytes.HasPrefix(rest, []byte("}\n")) || bytes.HasPrefix(rest, []byte("}\r\n"))):
			return cut{at: nl + 1 + k + 1, depth: k / 4}, true
		case k == 0 && bytes.HasPrefix(rest, []byte("set ")):
			prev := src[bytes.LastIndexByte(src[:nl], '\n')+1 : nl]
			if bytes.HasPrefix(prev, []byte("set ")) {
				return cut{at: nl}, true
			}
		}
	}
	return cut{}, false
}

// halves returns parse states for the two halves of src at c (see
// firstHalf and secondHalf).
func halves(src []byte, str string, c cut, lines *ast.LineIndex, stream bool) (first, second *parseState) {
	return firstHalf(src, str, c, lines, stream), secondHalf(src, str, c, lines, stream)
}

// halfArena returns the statement arena of a half of n bytes: with
// stream, one that reuses statements (see ParseEvents) instead of one
// sized for a tree.
func halfArena(n int, stream bool) *arena {
	if stream {
		return newStreamArena()
	}
	return newSyntaxArena(n)
}

// firstHalf returns the parse state of the half of src before the cut c.
// Spans stay offsets into the whole of src; statements, errors and footer
// go to a file of the half's own.
func firstHalf(src []byte, str string, c cut, lines *ast.LineIndex, stream bool) *parseState {
	return &parseState{src: src[:c.at], file: &ast.File{Src: src, Lines: lines}, sc: scanner{src: src[:c.at], pos: bomLen(src)}, str: str, ar: halfArena(c.at, stream), cutEnd: true}
}

// secondHalf returns the parse state of the half of src after the cut c,
// as firstHalf does; it starts inside c.depth placeholder blocks.
func secondHalf(src []byte, str string, c cut, lines *ast.LineIndex, stream bool) *parseState {
	second := &parseState{src: src, file: &ast.File{Src: src, Lines: lines}, sc: scanner{src: src, pos: c.at}, str: str, ar: halfArena(len(src)-c.at, stream)}
	var parent *ast.Stmt
	for range c.depth {
		ph := &ast.Stmt{HasBlock: true, Open: -1, Close: -1, Semi: -1, Parent: parent}
		second.push(ph)
		parent = ph
	}
	return second
}

// joinable reports whether the halves parsed cleanly and meet at the cut:
// no error in either, the first with as many blocks open as the cut said
// and no comment waiting for a statement, the second with every block it
// started in closed.
func joinable(first, second *parseState, c cut) bool {
	clean := func(ps *parseState) bool { return !ps.braceTrouble && len(ps.file.Errors) == 0 }
	return clean(first) && clean(second) && len(first.stack) == c.depth && len(first.pending) == 0 && len(first.file.Footer) == 0
}

// join puts the halves' statements together into f, the whole file: each
// placeholder's children, end and comments go to the block it stands for,
// then the second half's top-level statements follow the first's.
func join(f *ast.File, first, second *parseState, c cut, placeholders []*ast.Stmt) {
	for d := c.depth - 1; d >= 0; d-- {
		real, ph := first.stack[d], placeholders[d]
		kids := ph.Children
		for _, k := range kids {
			k.Parent = real
		}
		real.Children = append(first.ar.stmtSlice(first.kids[d]), kids...)
		real.Close, real.Span.End = ph.Close, ph.Span.End
		real.AddTrailing(ph.Trailing()...)
	}
	a := first.file.Stmts
	f.Stmts = append(a[:len(a):len(a)], second.file.Stmts...)
	f.Footer = second.file.Footer
}

// placeholdersOf returns the placeholder blocks a second half starts in,
// outermost first; run pops them, so they are taken before it.
func placeholdersOf(second *parseState) []*ast.Stmt {
	return append([]*ast.Stmt(nil), second.stack...)
}

// parseSyntaxSplit parses the syntax tree of f.Src in two halves at once,
// into f. It reports false, leaving f alone, when src does not cut or the
// halves do not join.
func parseSyntaxSplit(f *ast.File, str string) bool {
	c, ok := splitAt(f.Src)
	if !ok {
		return false
	}
	first, second := halves(f.Src, str, c, f.Lines, false)
	phs := placeholdersOf(second)
	var wg sync.WaitGroup
	wg.Go(second.run)
	first.run()
	wg.Wait()
	if !joinable(first, second, c) {
		return false
	}
	join(f, first, second, c, phs)
	return true
}

// ParseEventsSplit parses src as [Parser.ParseEvents] does, in two halves
// at once when src is large and cuts cleanly. newHandler is called for
// each part with the offset where it starts and the number of blocks open
// there; it returns the file and the handlers that received the events, in
// source order: two when the parse was split, else one. A handler of the
// second half runs on another goroutine. For each block open at its start
// it gets a Close whose statement is a placeholder: no words, only the
// block's Close, Span.End and the comments of its end in Trailing (the
// first half had its Open). When a split does not join, its handlers are
// dropped and the whole file is parsed with a new one.
func (p *Parser) ParseEventsSplit(name string, src []byte, newHandler func(start, depth int) Handler) (*ast.File, []Handler) {
	if parallel(len(src), p.cutAt, defaultCutAt) {
		if c, ok := splitAt(src); ok {
			f := newFile(name, src)
			f.Lines = ast.LazyLineIndex(src)
			first, second := halves(src, sourceString(src), c, f.Lines, true)
			h1, h2 := newHandler(0, 0), newHandler(c.at, c.depth)
			first.events, second.events = h1, h2
			second.marks = make([]arenaMark, c.depth)
			var wg sync.WaitGroup
			wg.Go(func() {
				second.run()
				second.flush()
			})
			first.run()
			first.flush()
			wg.Wait()
			if joinable(first, second, c) {
				f.Footer = second.file.Footer
				seen := formSeen{first.seen.cmd || second.seen.cmd, first.seen.curly || second.seen.curly}
				f.Format = seen.format()
				return f, []Handler{h1, h2}
			}
		}
	}
	h := newHandler(0, 0)
	return p.ParseEvents(name, src, h), []Handler{h}
}
