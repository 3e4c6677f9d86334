// Package ast holds junoslint's syntax tree and configuration tree.
//
// Two trees describe a parsed file:
//
//   - the syntax tree ([File], [Stmt], [Word], [Comment]) is the text as written:
//     curly statements with their blocks, or set commands, each with byte spans
//     and attached comments. Formatting and text edits work on it.
//   - the configuration tree ([Node]) is what Junos would hold after loading the
//     file: one node per word of a `display set` path, with inactive and protect
//     flags, annotations and links back to the statements that wrote each node.
//     Conversion and linting work on it.
//
// Positions are byte offsets into the source; [LineIndex] turns them into
// 1-based lines and 1-based byte columns. Nothing in this package knows about
// UTF-16: the language server converts.
package ast

import (
	"bytes"
	"sort"
	"sync"

	"github.com/junoslint/junoslint/internal/hugepage"
)

// Span is a half-open range [Start, End) of byte offsets into a document's source.
type Span struct {
	Start int // byte offset of the first byte, 0-based
	End   int // byte offset one past the last byte, 0-based
}

// Len returns the number of bytes covered by s.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset off lies inside s (End excluded).
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Position is a location for humans. Line and Column are 1-based; Column counts
// bytes from the start of the line. Offset is the 0-based byte offset.
type Position struct {
	Offset int
	Line   int
	Column int
}

// LineIndex converts byte offsets of one document to lines and columns. Build it
// once per document with [NewLineIndex] or [LazyLineIndex]; it is immutable
// afterwards and safe for concurrent use.
type LineIndex struct {
	src  []byte // the document, until the index is built
	once sync.Once
	// starts holds the byte offset at which each line starts; starts[0] == 0.
	starts []int
	size   int
}

// NewLineIndex indexes the line starts of src. A line ends at "\n"; a "\r"
// before it belongs to the line it ends.
func NewLineIndex(src []byte) *LineIndex {
	x := LazyLineIndex(src)
	x.lines()
	return x
}

// LazyLineIndex returns an index of src like [NewLineIndex], but finds the
// line starts only when first asked: a parse whose positions nobody reads
// (a clean fmt or convert) does not pay for them. src must not change
// while the index is in use.
func LazyLineIndex(src []byte) *LineIndex {
	return &LineIndex{src: src, size: len(src)}
}

// lines returns the line starts, finding them on the first call.
func (x *LineIndex) lines() []int {
	x.once.Do(func() {
		src := x.src
		// Counted first, so that the starts take one allocation of the
		// right size: growing by append touches about three times the
		// memory in fresh pages, and on a large file those page faults
		// cost more than this extra pass over the bytes.
		starts := append(hugepage.Make[int](bytes.Count(src, []byte{'\n'})+1), 0)
		for off := 0; ; {
			i := bytes.IndexByte(src[off:], '\n')
			if i < 0 {
				break
			}
			off += i + 1
			starts = append(starts, off)
		}
		x.starts, x.src = starts, nil
	})
	return x.starts
}

// Size returns the length in bytes of the indexed document.
func (x *LineIndex) Size() int { return x.size }

// LineCount returns the number of lines; text after the last newline counts as a line.
func (x *LineIndex) LineCount() int { return len(x.lines()) }

// Position converts a 0-based byte offset into a 1-based line and byte column.
// Offsets outside the document are clamped to it.
func (x *LineIndex) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > x.size {
		off = x.size
	}
	starts := x.lines()
	i := sort.Search(len(starts), func(i int) bool { return starts[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return Position{Offset: off, Line: i + 1, Column: off - starts[i] + 1}
}

// LineStart returns the byte offset at which the 1-based line starts, clamped
// to the document.
func (x *LineIndex) LineStart(line int) int {
	if line < 1 {
		return 0
	}
	starts := x.lines()
	if line > len(starts) {
		return x.size
	}
	return starts[line-1]
}

// LineEnd returns the byte offset of the end of the 1-based line, before its
// "\n" (and before a "\r" that precedes it when src is given).
func (x *LineIndex) LineEnd(line int, src []byte) int {
	if line < 1 {
		return 0
	}
	starts := x.lines()
	if line >= len(starts) {
		return x.size
	}
	end := starts[line] - 1
	if src != nil && end > 0 && end <= len(src) && src[end-1] == '\r' {
		end--
	}
	return end
}

// Offset converts a 1-based line and 1-based byte column to a byte offset,
// clamped to the line.
func (x *LineIndex) Offset(line, col int) int {
	start := x.LineStart(line)
	end := x.size
	if starts := x.lines(); line >= 1 && line < len(starts) {
		end = starts[line]
	}
	off := start + col - 1
	if off < start {
		off = start
	}
	if off > end {
		off = end
	}
	return off
}
