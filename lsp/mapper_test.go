package lsp

import (
	"slices"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
)

func TestMapperPosition(t *testing.T) {
	// "a é 日本 😀 z": a(1) sp é(2 bytes, 1 unit) sp 日(3,1) 本(3,1) sp 😀(4 bytes, 2 units) sp z
	const line = "a é 日本 😀 z"
	tests := []struct {
		name string
		text string
		off  int
		want Position
	}{
		{"start", line, 0, Position{0, 0}},
		{"after ascii", line, 2, Position{0, 2}},
		{"after é", line, 4, Position{0, 3}},
		{"inside é", line, 3, Position{0, 2}},
		{"after 日", line, 8, Position{0, 5}},
		{"after 本", line, 11, Position{0, 6}},
		{"before emoji", line, 12, Position{0, 7}},
		{"inside emoji", line, 14, Position{0, 7}},
		{"after emoji", line, 16, Position{0, 9}},
		{"end", line, len(line), Position{0, 11}},
		{"past end", line, len(line) + 5, Position{0, 11}},
		{"negative", line, -3, Position{0, 0}},
		{"second line", "ab\ncd", 4, Position{1, 1}},
		{"at newline", "ab\ncd", 2, Position{0, 2}},
		{"crlf: at cr", "ab\r\ncd", 2, Position{0, 2}},
		{"crlf: between cr and lf", "ab\r\ncd", 3, Position{0, 2}},
		{"crlf: next line", "ab\r\ncd", 5, Position{1, 1}},
		{"lone cr ends a line", "ab\rcd", 4, Position{1, 1}},
		{"empty text", "", 0, Position{0, 0}},
		{"after final newline", "ab\n", 3, Position{1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NewMapper([]byte(tt.text)).Position(tt.off); got != tt.want {
				t.Errorf("Position(%d) = %+v, want %+v", tt.off, got, tt.want)
			}
		})
	}
}

func TestMapperOffset(t *testing.T) {
	const text = "a é 日本 😀 z\r\nsecond\nthird"
	tests := []struct {
		name string
		pos  Position
		want int
	}{
		{"start", Position{0, 0}, 0},
		{"after é", Position{0, 3}, 4},
		{"after 本", Position{0, 6}, 11},
		{"before emoji", Position{0, 7}, 12},
		{"inside surrogate pair", Position{0, 8}, 12},
		{"after emoji", Position{0, 9}, 16},
		{"end of first line", Position{0, 11}, 18},
		{"past end of line stops before crlf", Position{0, 99}, 18},
		{"second line", Position{1, 3}, 23},
		{"second line end", Position{1, 99}, 26},
		{"last line", Position{2, 5}, 32},
		{"past last line", Position{9, 0}, 32},
	}
	m := NewMapper([]byte(text))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Offset(tt.pos); got != tt.want {
				t.Errorf("Offset(%+v) = %d, want %d", tt.pos, got, tt.want)
			}
		})
	}
}

func TestMapperRoundTrip(t *testing.T) {
	texts := []string{
		"plain\nascii\n",
		"é日本😀\r\n😀😀\rx\n\n",
		"description \"café\";\r\n",
	}
	for _, text := range texts {
		m := NewMapper([]byte(text))
		for off := 0; off <= len(text); off++ {
			if off < len(text) && (text[off]&0xC0) == 0x80 {
				continue // not a character boundary
			}
			if off > 0 && off < len(text) && text[off-1] == '\r' && text[off] == '\n' {
				continue // between \r and \n: maps to the line end before \r
			}
			p := m.Position(off)
			if back := m.Offset(p); back != off {
				t.Errorf("%q: offset %d -> %+v -> %d", text, off, p, back)
			}
		}
		start := strings.IndexAny(text, "\r\n") + 1 // the second line
		for start < len(text) && text[start] == '\n' && text[start-1] == '\r' {
			start++
		}
		sp := ast.Span{Start: start, End: len(text)}
		if got := m.Span(m.Range(sp)); got != sp {
			t.Errorf("%q: span %+v -> %+v", text, sp, got)
		}
	}
}

// TestMapperEdited checks the incremental line table against a fresh one
// over random edits of text made of line ends, multi-byte characters and
// letters.
func TestMapperEdited(t *testing.T) {
	pieces := []string{"\n", "\r", "\r\n", "a", "é", "😀", " "}
	rnd := uint64(1)
	next := func(n int) int { // xorshift, deterministic
		rnd ^= rnd << 13
		rnd ^= rnd >> 7
		rnd ^= rnd << 17
		return int(rnd % uint64(n))
	}
	gen := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(pieces[next(len(pieces))])
		}
		return b.String()
	}
	text := []byte(gen(40))
	m := NewMapper(text)
	for i := 0; i < 5000; i++ {
		start := next(len(text) + 1)
		end := start + next(len(text)-start+1)
		ins := gen(next(4))
		nt := append(append(append([]byte(nil), text[:start]...), ins...), text[end:]...)
		got := m.edited(nt, start, end, start+len(ins))
		want := NewMapper(nt)
		if !slices.Equal(got.lines, want.lines) {
			t.Fatalf("edit %d: %q [%d,%d) <- %q:\n got %v\nwant %v", i, text, start, end, ins, got.lines, want.lines)
		}
		text, m = nt, got
		if len(text) > 200 {
			text = []byte(gen(40))
			m = NewMapper(text)
		}
	}
}
