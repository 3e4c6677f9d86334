package grammar

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/internal/spaces"
)

// A split ParseConfig builds the configuration tree of a large file on
// several cores. The file is cut in chunks where a split syntax parse may
// cut it (see cutBetween), and the cores take the chunks in turn. The
// first chunk is parsed and built as usual; each other into a tree of its
// own, starting inside the blocks open at its cut. Those blocks' words are
// read from the lines above the cut that open them, found by their
// indentation, so that the chunk's statements get the shapes a parse of
// the whole file gives them. The chunks' trees are then grafted onto the
// first in order: their nodes go below the nodes of the same path, as
// merging their statements after the earlier ones' would have put them.
//
// The guesses are checked: the chunk before must end with the same blocks
// open. What a chunk did to nodes the chunks before it may hold (a
// `delete:` tag, a flag command) is replayed on their tree before the
// graft. When the chunk did what cannot be replayed (`delete`, `insert`, `rename`,
// `edit` and the like), the chunks from there on are dropped and the parse
// goes on from the chunk's cut, on one core, into the tree grafted so far.

// minChunk is the smallest chunk, in bytes, a split ParseConfig cuts: a
// chunk costs a core's wake-up, the search for its openers and a graft,
// together a few tenths of a millisecond, and saves its parse, about three
// milliseconds a megabyte.
const minChunk = 512 << 10

// configCuts returns where a split ParseConfig cuts src, as offsets of
// cuts each the first found after a share of the file begins; nil when
// there is none. The shares suit cores that run at different speeds, as a
// virtual machine's often do when its host is busy: each core first takes
// a chunk of 2/(3 x cores) of the file, then one of half that, so that a
// core that finished early takes the later chunks while a slow one is
// still on its first. On equal cores the last chunks end together. A file
// too small for chunks of minChunk bytes that way is cut in one chunk a
// core, or not at all.
func configCuts(src []byte, cores int) []cut {
	if cores < 2 {
		return nil
	}
	// Share ends, in units of 1/(3 x cores) of the file.
	var ends []int
	unit := 3 * cores
	if len(src)/unit >= minChunk {
		for i := 1; i <= cores; i++ {
			ends = append(ends, 2*i)
		}
		for i := 1; i < cores; i++ {
			ends = append(ends, 2*cores+i)
		}
	} else {
		n := min(cores, len(src)/minChunk)
		unit = n
		for i := 1; i < n; i++ {
			ends = append(ends, i)
		}
	}
	var cuts []cut
	for k, e := range ends {
		from, limit := len(src)*e/unit, len(src)
		if k+1 < len(ends) {
			limit = len(src) * ends[k+1] / unit
		}
		if len(cuts) > 0 {
			from = max(from, cuts[len(cuts)-1].at+1)
		}
		if c, ok := cutBetween(src, from, limit); ok {
			cuts = append(cuts, c)
		}
	}
	return cuts
}

// chunk is one chunk of a split ParseConfig: its parse state, the builder
// of its tree and the statements, read from the lines above its cut, that
// open the blocks it starts in (none for the first chunk). ps is nil when
// those lines were not found.
type chunk struct {
	ps    *parseState
	b     *builder
	chain []*ast.Stmt
}

// parseConfigCuts is ParseConfigIn on several cores, cutting src at cuts
// (at least one, in increasing order). It returns nil, having used room,
// when the first chunk does not parse cleanly or a block open at a cut
// carries a tag that re-entering it would do again (`delete:`, `active:`);
// the caller then parses the whole file on one core. grafted is the number
// of chunks grafted.
func (p *Parser) parseConfigCuts(name string, src, room []byte, cuts []cut) (f *ast.File, grafted int) {
	str := sourceString(src)
	lines := ast.LazyLineIndex(src)
	chunks := make([]chunk, len(cuts)+1)
	bounds := []int{0}
	for _, c := range cuts {
		bounds = append(bounds, c.at)
	}
	arenas := newTreeArenas(len(src), room, append(bounds, len(src)))
	var next atomic.Int32
	next.Store(1)
	work := func() {
		for {
			i := int(next.Add(1)) - 1
			if i >= len(chunks) {
				return
			}
			chunks[i] = p.buildChunk(name, src, str, lines, cuts, i, arenas[i])
		}
	}
	// The other cores start first: on a virtual machine, waking one takes
	// a few hundred microseconds.
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(chunks)) - 1 {
		wg.Go(work)
	}
	f = newFile(name, src)
	f.Lines = lines
	first := firstHalf(src, str, cuts[0], lines, true)
	b := newChunkBuilder(p, f, arenas[0])
	first.sc.specials, first.events = b.specials, &configBuilder{b: b}
	first.run()
	first.flush()
	chunks[0] = chunk{ps: first, b: b}
	work()
	wg.Wait()

	if len(first.file.Errors) > 0 || first.braceTrouble {
		return nil, 0
	}
	if !endsAt(first, cuts[0]) {
		// The indentation misled the cut: go on with the first chunk.
		first.src, first.sc.src, first.cutEnd = src, src, false
		first.run()
		first.flush()
		return p.finish(f, b, first, chunks[:1]), 0
	}
	b.path = b.path[:0]
	for i := 1; i < len(chunks); i++ {
		ch, open := chunks[i], openAtEnd(chunks[i-1])
		if !onlySettingTags(open) {
			return nil, grafted
		}
		last := i == len(chunks)-1
		if ch.ps == nil || ch.b.undoes || b.edit != b.root || len(ch.ps.file.Errors) > 0 || ch.ps.braceTrouble ||
			(!last && !endsAt(ch.ps, cuts[i])) || !sameWords(open, ch.chain) {
			return p.resume(f, b, src, str, cuts[i-1], open, chunks[:i]), grafted
		}
		b.replay(ch.b.ops)
		b.graft(b.root, ch.b.root)
		for _, x := range ch.b.marks {
			if n := b.root.Get(x.Path()...); n != nil {
				b.mark(n)
			}
		}
		grafted++
	}
	return p.finish(f, b, chunks[len(chunks)-1].ps, chunks), grafted
}

// endsAt reports whether the parse ps ended cleanly at the cut c: with as
// many blocks open as c says and no comment waiting for a statement.
func endsAt(ps *parseState, c cut) bool {
	return len(ps.file.Errors) == 0 && !ps.braceTrouble && len(ps.stack) == c.depth && len(ps.pending) == 0 && len(ps.file.Footer) == 0
}

// openAtEnd returns the statements of the blocks open at the end of the
// chunk ch, outermost first: for a block it started in, the statement read
// from the block's opening line.
func openAtEnd(ch chunk) []*ast.Stmt {
	open := append([]*ast.Stmt(nil), ch.ps.stack...)
	for d, s := range open {
		if d < len(ch.chain) && s.Open < 0 { // a placeholder (see secondHalf)
			open[d] = ch.chain[d]
		}
	}
	return open
}

// resume parses src on from the cut c into the tree of b, which holds
// what the chunks before c built, and finishes f. open are the statements
// of the blocks open at c, which b's tree has.
func (p *Parser) resume(f *ast.File, b *builder, src []byte, str string, c cut, open []*ast.Stmt, done []chunk) *ast.File {
	ps := buildFrom(src, str, c, f.Lines, b, open)
	return p.finish(f, b, ps, append(done, chunk{ps: ps}))
}

// buildFrom parses src from the cut c to its end into the tree of b,
// inside the blocks open at c, whose statements are open, and returns the
// parse. src ends at a cut or at the end of the file.
func buildFrom(src []byte, str string, c cut, lines *ast.LineIndex, b *builder, open []*ast.Stmt) *parseState {
	ps := secondHalf(src, str, c, lines, true)
	ps.cutEnd = len(src) < len(str)
	h := &configBuilder{b: b}
	ps.sc.specials, ps.events = b.specials, h
	ps.marks = make([]arenaMark, c.depth)
	for _, s := range open {
		h.Open(s)
	}
	ps.run()
	ps.flush()
	return ps
}

// finish completes f from the tree of b and the chunks parsed: last is the
// parse that reached the end of the file. With syntax errors, it returns
// Parse's file instead, as ParseConfigIn does.
func (p *Parser) finish(f *ast.File, b *builder, last *parseState, parts []chunk) *ast.File {
	var seen formSeen
	for _, ch := range parts {
		if ch.ps == nil {
			continue
		}
		if len(ch.ps.file.Errors) > 0 {
			return p.Parse(f.Name, f.Src)
		}
		seen.cmd, seen.curly = seen.cmd || ch.ps.seen.cmd, seen.curly || ch.ps.seen.curly
	}
	f.Config, f.Marks = b.root, b.fileMarks()
	f.Footer = last.file.Footer
	f.Format = seen.format()
	return f
}

// buildChunk parses and builds chunk i of src, which starts at cuts[i-1],
// inside the blocks open there; its ps is nil when their opening lines are
// not found.
func (p *Parser) buildChunk(name string, src []byte, str string, lines *ast.LineIndex, cuts []cut, i int, ar arena) chunk {
	c := cuts[i-1]
	chain, ok := openersAt(src, str, c)
	if !ok {
		return chunk{}
	}
	end := len(src)
	if i < len(cuts) {
		end = cuts[i].at
	}
	b := newChunkBuilder(p, &ast.File{Name: name, Src: src}, ar)
	b.logOps = true
	return chunk{ps: buildFrom(src[:end], str, c, lines, b, chain), b: b, chain: chain}
}

// newChunkBuilder returns a lean builder of f.Config, as ParseConfigIn
// uses, with the arena ar and its own list of special words.
func newChunkBuilder(p *Parser, f *ast.File, ar arena) *builder {
	b := newBuilderIn(p.sch, f, true, ar)
	b.specials = new([]int)
	return b
}

// openersAt returns the statements that open the blocks open at the cut
// c, outermost first, each parsed from the nearest line above the cut that
// is indented as its depth says (4 spaces a level) and ends with `{`; false
// when a depth has no such line or its line does not parse as one block
// opened. The caller checks them against the statements the chunk before
// left open.
func openersAt(src []byte, str string, c cut) ([]*ast.Stmt, bool) {
	starts := make([]int, c.depth)
	level := c.depth - 1
	// end is the start of the line below the one looked at: first the
	// line of the cut's `}` (a set-file cut has depth 0 and looks at none).
	end := bytes.LastIndexByte(src[:c.at], '\n') + 1
	for level >= 0 && end > 0 {
		start := lastLineStart(src, end-1, 4*level) + 1
		line := src[start : end-1]
		if j := bytes.IndexByte(line, '\n'); j >= 0 {
			line = line[:j] // the lines below it were skipped
		}
		end = start
		// Most lines are indented deeper than the opener looked for.
		if k := 4 * level; k < len(line) && line[k] != ' ' && (k == 0 || line[k-1] == ' ') {
			line = bytes.TrimRight(line, " \t\r")
			if spaces.After(line, 0) == k && k < len(line) && line[len(line)-1] == '{' && line[k] != '}' && line[k] != '#' {
				starts[level] = start
				level--
			}
		}
	}
	if level >= 0 {
		return nil, false
	}
	chain := make([]*ast.Stmt, c.depth)
	for i, start := range starts {
		end := len(src)
		if j := bytes.IndexByte(src[start:], '\n'); j >= 0 {
			end = start + j
		}
		ps := &parseState{src: src[:end], file: &ast.File{Src: src}, sc: scanner{src: src[:end], pos: start}, str: str, ar: newSyntaxArena(end - start), cutEnd: true}
		ps.run()
		if len(ps.file.Errors) > 0 || len(ps.stack) != 1 || len(ps.pending) > 0 || len(ps.stack[0].Words) == 0 {
			return nil, false
		}
		s := ps.stack[0]
		if i > 0 {
			s.Parent = chain[i-1]
		}
		chain[i] = s
	}
	return chain, true
}

// sameWords reports whether the statements a and b, pairwise, have the
// same words.
func sameWords(a, b []*ast.Stmt) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i].Words) != len(b[i].Words) {
			return false
		}
		for j, w := range a[i].Words {
			if w.Value() != b[i].Words[j].Value() {
				return false
			}
		}
	}
	return true
}

// onlySettingTags reports whether the statements carry no tag but
// `inactive:` and `protect:`: a `delete:` on a block takes its node out of
// the tree while its statements still go below it.
func onlySettingTags(stmts []*ast.Stmt) bool {
	for _, s := range stmts {
		for _, t := range s.Tags() {
			if t.Kind != ast.TagInactive && t.Kind != ast.TagProtect {
				return false
			}
		}
	}
	return true
}

// replay does ops, which a later chunk's builder recorded (see graftOp),
// to the nodes of b's tree at their paths, as they would have been done
// to them had the chunk been built there. Removals, and flags that a node
// of the chunk's own tree holds as well, come out as building in order
// makes them: what the chunk did before a removal is gone from its tree
// too, and graft sets a flag the chunk set after a clearing.
func (b *builder) replay(ops []graftOp) {
	for _, op := range ops {
		n := b.root.Get(op.path...)
		if n == nil || n.Parent == nil {
			continue
		}
		switch op.kind {
		case opRemove:
			b.remove(n)
		case opActivate:
			n.Inactive = false
		case opDeactivate:
			n.Inactive = true
			b.mark(n)
		case opProtect:
			n.Protected = true
		case opUnprotect:
			n.Protected = false
		}
	}
}

// graft merges the tree below src, built from a later chunk of a file,
// into dst, the node of the same path built from the chunks before, as
// building the chunk's statements there would have: a child dst lacks
// moves below it, one it has takes the flags and annotation the chunk set
// and is grafted in turn. Words keep the quoting and origins of their
// first writing, as building keeps them. A value new to a single-valued
// keyword replaces the keyword's children, as addWord replaces them; in
// src such a value can only be the first child, since it replaced those
// before it there too. b.path holds dst's path on entry and is restored
// on return.
func (b *builder) graft(dst, src *ast.Node) {
	single, asked := false, false
	for _, c := range src.Children {
		d := dst.Child(c.Name)
		if d == nil {
			if c.Valued() && len(dst.Children) > 0 {
				if !asked {
					single, asked = b.sch.SingleValued(schemaPath(b.path)), true
				}
				if single {
					dst.RemoveAll()
				}
			}
			if len(dst.Children) == cap(dst.Children) {
				dst.Children = b.ar.growKids(dst.Children)
			}
			b.ar.tree.AddNode(dst, c)
			continue
		}
		d.Inactive = d.Inactive || c.Inactive
		d.Protected = d.Protected || c.Protected
		d.ListForm = d.ListForm || c.ListForm
		if a := c.Annotation(); a != "" {
			d.SetAnnotation(a)
		}
		b.path = append(b.path, c.Name)
		b.graft(d, c)
		b.path = b.path[:len(b.path)-1]
	}
}

// lastLineStart returns the offset of the last '\n' in src[:end] that is
// followed, k bytes after it, by a byte other than ' ' (or by the end of
// src), or -1: it skips the lines indented deeper than k spaces, eight
// bytes at a time, since the opener of a block may be a megabyte up.
func lastLineStart(src []byte, end, k int) int {
	const ones = 0x0101010101010101
	for end > 0 {
		if i := end - 8; i >= 0 && i+9+k <= len(src) {
			nl := zeroBytes(binary.LittleEndian.Uint64(src[i:]) ^ ('\n' * ones))
			other := ^zeroBytes(binary.LittleEndian.Uint64(src[i+1+k:])^(' '*ones)) & (0x80 * ones)
			if m := nl & other; m != 0 {
				return i + (63-bits.LeadingZeros64(m))>>3
			}
			end = i
			continue
		}
		end--
		if src[end] == '\n' && (end+1+k >= len(src) || src[end+1+k] != ' ') {
			return end
		}
	}
	return -1
}

// zeroBytes returns x with the high bit of each zero byte set and every
// other bit clear. It is exact: no carry crosses a byte.
func zeroBytes(x uint64) uint64 {
	const low7, high = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	return ^(((x & low7) + low7) | x) & high
}
