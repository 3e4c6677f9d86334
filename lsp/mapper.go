package lsp

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"github.com/junoslint/junoslint/ast"
)

// Mapper converts between byte offsets of one document's text and LSP
// positions (zero-based line, zero-based UTF-16 code unit within the line).
// It is the only place in junoslint that knows about UTF-16.
//
// Lines end at "\n", "\r\n" or a lone "\r", as the protocol defines them. A
// position past the end of its line means the end of the line (before its
// line end); a line past the last one means the end of the document; a
// character that falls inside a character needing two UTF-16 code units
// (a surrogate pair) or several bytes maps to that character's first byte.
// A Mapper is immutable and safe for concurrent use.
type Mapper struct {
	text  []byte
	lines []int // byte offset at which each line starts; lines[0] == 0
}

// NewMapper indexes text, which must not be modified afterwards.
func NewMapper(text []byte) *Mapper {
	lines := make([]int, 1, len(text)/32+1)
	if bytes.IndexByte(text, '\r') < 0 {
		for i := 0; ; {
			j := bytes.IndexByte(text[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			lines = append(lines, i)
		}
	} else {
		for i := 0; i < len(text); i++ {
			switch text[i] {
			case '\n':
				lines = append(lines, i+1)
			case '\r':
				if i+1 < len(text) && text[i+1] == '\n' {
					i++
				}
				lines = append(lines, i+1)
			}
		}
	}
	return &Mapper{text: text, lines: lines}
}

// edited returns the mapper of text, which is m's text with the bytes
// [start, oldEnd) replaced by text[start:newEnd]. Line starts before the
// edit are kept, those after it shifted; only the edited region is scanned,
// so an edit of a large document costs little more than copying its lines
// table.
func (m *Mapper) edited(text []byte, start, oldEnd, newEnd int) *Mapper {
	delta := newEnd - oldEnd
	i := sort.SearchInts(m.lines, start) // first old line start >= start
	lines := make([]int, 0, len(m.lines)+4)
	lines = append(lines, m.lines[:i]...)
	if len(lines) == 0 {
		lines = append(lines, 0)
	}
	// Line ends within [start-1, newEnd] of the new text: every line start
	// in [start, newEnd+1].
	for j := max(start-1, 0); j <= newEnd && j < len(text); j++ {
		switch text[j] {
		case '\n':
			lines = append(lines, j+1)
		case '\r':
			if j+1 < len(text) && text[j+1] == '\n' {
				continue // the "\n" ends the line
			}
			lines = append(lines, j+1)
		}
	}
	// Old line starts from oldEnd+2 on depend only on unchanged text.
	for _, s := range m.lines[sort.SearchInts(m.lines, oldEnd+2):] {
		lines = append(lines, s+delta)
	}
	return &Mapper{text: text, lines: lines}
}

// Text returns the indexed text.
func (m *Mapper) Text() []byte { return m.text }

// LineCount returns the number of lines; text after the last line end (even
// none) counts as a line.
func (m *Mapper) LineCount() int { return len(m.lines) }

// lineOf returns the zero-based line holding the byte offset off.
func (m *Mapper) lineOf(off int) int {
	return sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > off }) - 1
}

// lineBounds returns the byte offsets where the zero-based line's content
// starts and ends (before its line end).
func (m *Mapper) lineBounds(line int) (start, end int) {
	start = m.lines[line]
	if line+1 >= len(m.lines) {
		return start, len(m.text)
	}
	end = m.lines[line+1] - 1 // the "\n" or lone "\r"
	if m.text[end] == '\n' && end > start && m.text[end-1] == '\r' {
		end--
	}
	return start, end
}

// Position converts the byte offset off to a position. Offsets outside the
// text are clamped to it; an offset inside a line end maps to the end of the
// line; an offset inside a multi-byte character maps to the character's
// start.
func (m *Mapper) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(m.text) {
		off = len(m.text)
	}
	line := m.lineOf(off)
	start, end := m.lineBounds(line)
	if off > end {
		off = end
	}
	for off > start && off < len(m.text) && !utf8.RuneStart(m.text[off]) {
		off--
	}
	return Position{Line: uint32(line), Character: uint32(utf16Len(m.text[start:off]))}
}

// Offset converts the position p to a byte offset, clamping as the type's
// documentation says.
func (m *Mapper) Offset(p Position) int {
	if int(p.Line) >= len(m.lines) {
		return len(m.text)
	}
	start, end := m.lineBounds(int(p.Line))
	want := int(p.Character)
	units := 0
	for i := start; i < end; {
		c := m.text[i]
		if c < utf8.RuneSelf {
			if units >= want {
				return i
			}
			units++
			i++
			continue
		}
		r, size := utf8.DecodeRune(m.text[i:end])
		n := 1
		if r >= 0x10000 && r != utf8.RuneError {
			n = 2
		}
		if units+n > want {
			return i
		}
		units += n
		i += size
	}
	return end
}

// Range converts the byte span sp to a range.
func (m *Mapper) Range(sp ast.Span) Range {
	return Range{Start: m.Position(sp.Start), End: m.Position(sp.End)}
}

// Span converts the range r to a byte span. A range whose end lies before its
// start is empty at the start.
func (m *Mapper) Span(r Range) ast.Span {
	s, e := m.Offset(r.Start), m.Offset(r.End)
	if e < s {
		e = s
	}
	return ast.Span{Start: s, End: e}
}

// utf16Len returns the number of UTF-16 code units that encode b. Bytes that
// are not valid UTF-8 count as one unit each (the client sees U+FFFD).
func utf16Len(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x10000 && r != utf8.RuneError {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}
