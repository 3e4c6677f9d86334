package grammar

import (
	"unsafe"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/internal/hugepage"
)

// chunkBytes is the size of one arena chunk: the largest size class of the
// Go allocator that is still a small object, so a chunk is allocated on the
// fast path and wastes no tail.
const chunkBytes = 32 << 10

// Chunk sizes of the arenas below, in elements.
const (
	stmtChunk = chunkBytes / unsafe.Sizeof(ast.Stmt{})
	wordChunk = chunkBytes / unsafe.Sizeof(ast.Word{})
	ptrChunk  = chunkBytes / unsafe.Sizeof((*ast.Stmt)(nil))
	nodeChunk = chunkBytes / unsafe.Sizeof(ast.Node{})
	kidChunk  = chunkBytes / unsafe.Sizeof((*ast.Node)(nil))
)

// Bytes of source per object, for the first chunks of an arena: a guess
// on the small side of what real files hold, so that one first chunk
// serves most files. Measured on the corpus: a curly file has a statement
// per 41 bytes, a word per 24 and a configuration node per 25; a set file
// has a command per 60–80 bytes and a word per 10.
const (
	// kidsPerNode is the room for child pointers per node in a tree
	// arena's first chunk: each node's own place, and the copies that
	// children slices leave behind as they double.
	kidsPerNode  = 3
	bytesPerStmt = 40
	bytesPerWord = 12
	bytesPerNode = 24
	// bytesPerSlot is the bytes of source per child-index slot in a tree
	// arena's first chunk. The 3.5 MB benchmark input has 11 indexed
	// nodes whose tables, with the smaller ones they outgrew, take 33,000
	// slots: one per 105 bytes.
	bytesPerSlot = 64
	// slabFrom is the smallest source, in bytes, whose child-index tables
	// get a chunk of their own. The chunk is at least a huge page, which
	// costs about as much to fault in as 20 small pages on a virtual
	// machine; from 1 MiB of source on the small pages the tables would
	// take cost more.
	slabFrom = 1 << 20
)

// arena hands out the many small objects of one parse from large chunks, so
// that a 3.5 MB configuration costs a few thousand allocations instead of a
// million. Everything it returns is ordinary garbage-collected memory: a
// chunk lives as long as anything in it is referenced. Slices it returns
// have their capacity capped at their length, so an append by a later user
// copies instead of overwriting a neighbour.
//
// The first chunk of each kind is sized from the source's length (see
// newSyntaxArena and newTreeArena), so that on a large file it is one
// allocation that the kernel can back with huge pages (package hugepage);
// later chunks are chunkBytes.
type arena struct {
	stmts []ast.Stmt
	words []ast.Word
	ptrs  []*ast.Stmt
	nodes []ast.Node
	kids  []*ast.Node
	// tree holds the first origins and child-index tables of the nodes.
	tree ast.Arena
	// recycled is set on an arena whose statements and words are handed
	// out again after a rewind (newStreamArena): a statement must then be
	// zeroed before use, and a chunk that runs out is followed by one twice
	// its size, so that the chunk in use grows to fit the largest block.
	recycled bool
}

// newStreamArena returns an arena for a parse that hands statements out
// and then reuses their memory (see mark and rewind).
func newStreamArena() *arena { return &arena{recycled: true} }

// arenaMark is a point in the statement and word chunks of an arena: what
// was handed out before it and what after. The zero mark is the start.
type arenaMark struct {
	stmts *ast.Stmt // the statement chunk's first element, nil for none
	nStmt int
	words *ast.Word
	nWord int
}

// mark returns the arena's current point.
func (a *arena) mark() arenaMark {
	return arenaMark{unsafe.SliceData(a.stmts), len(a.stmts), unsafe.SliceData(a.words), len(a.words)}
}

// rewind makes the statements and words handed out after m available
// again; nothing handed out after m may be used afterwards. Where the arena
// has moved to a new chunk since m, all of that chunk is after m.
func (a *arena) rewind(m arenaMark) {
	if unsafe.SliceData(a.stmts) == m.stmts {
		a.stmts = a.stmts[:m.nStmt]
	} else {
		a.stmts = a.stmts[:0]
	}
	if unsafe.SliceData(a.words) == m.words {
		a.words = a.words[:m.nWord]
	} else {
		a.words = a.words[:0]
	}
}

// nextCap returns the capacity of the chunk that follows one of capacity
// old: least elements, or twice old for a recycling arena.
func (a *arena) nextCap(old, least int) int {
	if a.recycled {
		return max(least, 2*old)
	}
	return least
}

// newSyntaxArena returns an arena whose first statement, word and child
// chunks suit a source of srcLen bytes.
func newSyntaxArena(srcLen int) *arena {
	a := &arena{}
	if n := srcLen / bytesPerStmt; n > int(stmtChunk) {
		a.stmts = hugepage.Make[ast.Stmt](n)
		// The children lists take a pointer per statement, too few bytes
		// for a huge page below a 10 MB source; once the statements take
		// huge pages, round the lists up to one so that they do too.
		ptrs := n
		if n*int(unsafe.Sizeof(ast.Stmt{})) >= hugepage.MinBytes {
			ptrs = max(n, hugepage.MinBytes/int(unsafe.Sizeof((*ast.Stmt)(nil))))
		}
		a.ptrs = hugepage.Make[*ast.Stmt](ptrs)
	}
	if n := srcLen / bytesPerWord; n > int(wordChunk) {
		a.words = hugepage.Make[ast.Word](n)
	}
	return a
}

// newTreeArena returns an arena whose first node chunks suit a source of
// srcLen bytes. A lean build (see builder.lean) gets no first chunk of
// origins: few of its nodes have one. From slabFrom bytes of source on,
// the child-index tables come from a chunk of their own: room, when it
// is large enough (see Parser.ParseConfigIn), else one in huge pages.
func newTreeArena(srcLen int, lean bool, room []byte) arena {
	c := newTreeChunks(srcLen, lean, room)
	var a arena
	if c.nodes != nil {
		a.nodes, a.kids = c.nodes, c.kids
		a.tree = ast.NewArena(c.origins, c.slots)
	}
	return a
}

// treeChunks are the first chunks of a tree arena (see newTreeArena); all
// nil for a small source.
type treeChunks struct {
	nodes   []ast.Node
	kids    []*ast.Node
	origins int
	slots   []uint64
}

// newTreeChunks returns the first chunks newTreeArena gives a tree arena.
func newTreeChunks(srcLen int, lean bool, room []byte) treeChunks {
	var c treeChunks
	n := srcLen / bytesPerNode
	if n <= int(nodeChunk) {
		return c
	}
	// A lean build is a one-shot command's (convert): its chunks start
	// on a huge page, so that each touches as few as its size allows.
	// Others use Make (see hugepage.MakeAligned).
	mk := hugepage.Make[ast.Node]
	mkKids := hugepage.Make[*ast.Node]
	if lean {
		mk, mkKids = hugepage.MakeAligned[ast.Node], hugepage.MakeAligned[*ast.Node]
	}
	c.nodes = mk(n)
	// Children slices grow by doubling inside this chunk (growKids),
	// which leaves about as much again behind them as they hold.
	c.kids = mkKids(kidsPerNode * n)
	if !lean {
		c.origins = n
	}
	if srcLen >= slabFrom {
		need := srcLen / bytesPerSlot
		if c.slots = uint64s(room); len(c.slots) < need {
			c.slots = hugepage.Make[uint64](max(need, hugepage.MinBytes/8))
		}
	}
	return c
}

// newTreeArenas returns lean tree arenas for the parts of a source of
// srcLen bytes between bounds (byte offsets, increasing, from 0 to
// srcLen), which a split ParseConfig builds at once: each part's first
// chunks are its share of those newTreeArena makes for the whole source,
// so that the parts together touch no more huge pages than one build.
func newTreeArenas(srcLen int, room []byte, bounds []int) []arena {
	c := newTreeChunks(srcLen, true, room)
	parts := make([]arena, len(bounds)-1)
	if c.nodes == nil {
		return parts
	}
	for i := range parts {
		lo, hi := bounds[i], bounds[i+1]
		parts[i].nodes = share(c.nodes, lo, hi, srcLen)
		parts[i].kids = share(c.kids, lo, hi, srcLen)
		parts[i].tree = ast.NewArena(0, share(c.slots, lo, hi, srcLen))
	}
	return parts
}

// share returns the part of the capacity of s that the bytes lo to hi of
// a source of n bytes take, empty, its capacity capped.
func share[T any](s []T, lo, hi, n int) []T {
	a, b := cap(s)*lo/n, cap(s)*hi/n
	return s[a:a:b]
}

// stmt returns a new zero statement.
func (a *arena) stmt() *ast.Stmt {
	if len(a.stmts) == cap(a.stmts) {
		a.stmts = make([]ast.Stmt, 0, a.nextCap(cap(a.stmts), int(stmtChunk)))
	}
	a.stmts = a.stmts[:len(a.stmts)+1]
	st := &a.stmts[len(a.stmts)-1]
	if a.recycled {
		*st = ast.Stmt{}
	}
	return st
}

// openWords returns an empty slice whose capacity is the free rest of the
// current word chunk: the words of the statement being parsed are appended
// to it in place. Only one statement's words may be open at a time.
func (a *arena) openWords() []ast.Word {
	if cap(a.words)-len(a.words) < 8 {
		a.words = make([]ast.Word, 0, a.nextCap(cap(a.words), int(wordChunk)))
	}
	return a.words[len(a.words):len(a.words):cap(a.words)]
}

// closeWords ends the slice openWords returned, after appends: when the
// words still lie in the chunk, the chunk keeps them; when an append had
// to move them elsewhere, the chunk's free space is left for the next
// statement. It returns ws with its capacity capped, or nil when empty.
func (a *arena) closeWords(ws []ast.Word) []ast.Word {
	n := len(ws)
	if n == 0 {
		return nil
	}
	if free := a.words[len(a.words):cap(a.words)]; cap(free) >= n && &free[:1][0] == &ws[0] {
		a.words = a.words[:len(a.words)+n]
	}
	return ws[:n:n]
}

// stmtSlice returns a copy of ss, or nil when it is empty.
func (a *arena) stmtSlice(ss []*ast.Stmt) []*ast.Stmt {
	n := len(ss)
	if n == 0 {
		return nil
	}
	if cap(a.ptrs)-len(a.ptrs) < n {
		a.ptrs = make([]*ast.Stmt, 0, max(a.nextCap(cap(a.ptrs), int(ptrChunk)), n))
	}
	start := len(a.ptrs)
	a.ptrs = append(a.ptrs, ss...)
	return a.ptrs[start : start+n : start+n]
}

// node returns a new configuration node named name. Its children come
// from growKids: a leaf, as a third of a large file's nodes are, takes no
// room for them.
func (a *arena) node(name string, quoted bool) *ast.Node {
	if len(a.nodes) == cap(a.nodes) {
		a.nodes = make([]ast.Node, 0, nodeChunk)
	}
	a.nodes = a.nodes[:len(a.nodes)+1]
	n := &a.nodes[len(a.nodes)-1]
	n.Name, n.Quoted = name, quoted
	return n
}

// growKids returns kids copied into a slice with twice the capacity (at
// least 1), taken from the arena when its chunk has room: a node's
// children then grow without an allocation of their own each time, in
// memory the first chunk took in huge pages. The old slice's room is left
// unused. A slice larger than a fresh chunk could hold grows as append
// grows it.
func (a *arena) growKids(kids []*ast.Node) []*ast.Node {
	n := max(2*cap(kids), 1)
	if cap(a.kids)-len(a.kids) < n {
		if n > int(kidChunk)/4 {
			return append(kids, nil)[:len(kids)]
		}
		a.kids = make([]*ast.Node, 0, kidChunk)
	}
	start := len(a.kids)
	a.kids = a.kids[:start+n]
	out := a.kids[start : start+len(kids) : start+n]
	copy(out, kids)
	return out
}

// uint64s returns the 8-byte-aligned part of the capacity of b as zeroed
// uint64s, b's memory reinterpreted (it holds no pointers either way); nil
// when there is none.
func uint64s(b []byte) []uint64 {
	b = b[:cap(b)]
	p := unsafe.Pointer(unsafe.SliceData(b))
	off := int(-uintptr(p) & 7)
	if len(b) < off+8 {
		return nil
	}
	return unsafe.Slice((*uint64)(unsafe.Add(p, off)), (len(b)-off)/8)
}

// maxChunkBytes is the size, in bytes, up to which the chunks of stand-in
// statements and their words grow (see grown).
const maxChunkBytes = 2 << 20

// grown returns the capacity, in elements of size bytes, of the chunk that
// follows one of capacity old in a part of an arena that grows: twice old,
// at least least, and no more than maxChunkBytes, unless least is more.
// Taken with hugepage.Make, chunks from 128 KiB on are advised for huge
// pages, so that many objects of a kind take few small-page faults, which
// on a virtual machine cost about 11 µs each. (The node and child chunks
// stay at 32 KiB: growing them made node and growKids compile to 2.6% more
// instructions in a convert, for files that outgrow their first chunk.)
func grown(old, least int, size uintptr) int {
	return max(least, min(2*old, int(maxChunkBytes/size)))
}

// standIn returns a copy of the statement s holding its words and list
// and nothing else (see builder.keepOrigin), in memory of a tree arena,
// whose statement and word chunks hold nothing but these copies. A file
// whose every line quotes a word takes one a line: from the heap, one by
// one, 80,000 of them cost a 4.7 MB convert 8,000 page faults.
func (a *arena) standIn(s *ast.Stmt) *ast.Stmt {
	if len(a.stmts) == cap(a.stmts) {
		a.stmts = hugepage.Make[ast.Stmt](grown(cap(a.stmts), int(stmtChunk)/8, unsafe.Sizeof(ast.Stmt{})))
	}
	a.stmts = a.stmts[:len(a.stmts)+1]
	c := &a.stmts[len(a.stmts)-1]
	// c shares s's extension until its setters replace it by a copy,
	// which leaves s's alone.
	*c = *s
	c.Words = a.copyWords(s.Words)
	c.SetList(a.copyWords(s.List()), s.ListSpan())
	c.Children, c.Parent = nil, nil
	c.SetLeading(nil)
	c.SetTrailing(nil)
	return c
}

// copyWords returns a copy of ws in the arena's word chunk (see standIn),
// nil when ws is empty.
func (a *arena) copyWords(ws []ast.Word) []ast.Word {
	n := len(ws)
	if n == 0 {
		return nil
	}
	if cap(a.words)-len(a.words) < n {
		a.words = hugepage.Make[ast.Word](max(n, grown(cap(a.words), int(wordChunk)/8, unsafe.Sizeof(ast.Word{}))))
	}
	start := len(a.words)
	a.words = append(a.words, ws...)
	return a.words[start : start+n : start+n]
}
