package grammar

import (
	"math"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/internal/spaces"
)

// tokKind is the kind of a token. The kinds that may be unterminated,
// tString through tAnnot, are consecutive: scanner.bad relies on it.
type tokKind uint8

const (
	tEOF    tokKind = iota
	tWord           // bare word
	tString         // "quoted string"
	tParen          // ( policy expression )
	tAnnot          // /* annotation */
	tHash           // # or ## comment to end of line
	tLBrace         // {
	tRBrace         // }
	tLBrack         // [
	tRBrack         // ]
	tSemi           // ;
)

// token is one lexical unit; start and end are byte offsets into the source.
// It has four fields so that the compiler keeps it in registers: a fifth
// field makes every copy go through memory, which cost a third of the
// syntax parse. Whether a string, expression or annotation is unterminated is
// therefore not stored but asked of the scanner (see scanner.bad).
type token struct {
	start int
	end   int
	// nl counts the line ends between the previous token and this one,
	// up to the largest int32 (the parser asks only for 0, 1 or more than 1).
	nl   int32
	kind tokKind
}

// scanner splits the source into tokens. It never fails: malformed input
// yields tokens marked bad, which the parser reports.
type scanner struct {
	src []byte
	pos int
	// specials, when set, collects the start offsets of the bare words
	// that need quotes and of the `( … )` and `/* … */` tokens, in
	// increasing order (see noteSpecial).
	specials *[]int
}

// bomLen returns the length of the UTF-8 byte order mark that src starts
// with (3), or 0. Editors on Windows write one; it is not configuration,
// and the scanner starts after it.
func bomLen(src []byte) int {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		return 3
	}
	return 0
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// next returns the next token. It builds the token only at its return, from
// locals, so that the token never passes through memory.
func (s *scanner) next() token {
	nl := int32(0)
	src := s.src
	i := s.pos
	for i < len(src) {
		c := src[i]
		if c == ' ' {
			i++
			if i < len(src) && src[i] == ' ' {
				i = spaces.After(src, i) // indentation, eight bytes at a time
			}
			continue
		}
		if byteClass[c]&classSpace == 0 {
			break
		}
		if c == '\n' && nl < math.MaxInt32 {
			nl++
		}
		i++
	}
	if i >= len(src) {
		s.pos = i
		return token{kind: tEOF, start: i, end: i, nl: nl}
	}
	var kind tokKind
	end := i + 1
	switch c := src[i]; c {
	case '{':
		kind = tLBrace
	case '}':
		kind = tRBrace
	case '[':
		kind = tLBrack
	case ']':
		kind = tRBrack
	case ';':
		kind = tSemi
	case '#':
		kind = tHash
		end = lineEnd(src, i)
	case '"':
		kind = tString
		end, _ = scanString(src, i)
	case '(':
		kind = tParen
		end, _ = scanParen(src, i)
		s.noteSpecial(i)
	default:
		if c == '/' && i+1 < len(src) && src[i+1] == '*' {
			kind = tAnnot
			end, _ = scanAnnotation(src, i)
			s.noteSpecial(i)
		} else {
			kind = tWord
			end = scanWord(src, i)
			if end < 0 {
				var special bool
				end, special = scanOddWord(src, i)
				if special {
					s.noteSpecial(i)
				}
			}
		}
	}
	s.pos = end
	return token{start: i, end: end, nl: nl, kind: kind}
}

// bad reports whether t, a token this scanner returned, is unterminated: a
// string, `( … )` expression or annotation without its closing quote,
// parenthesis or `*/`. Words, the common case, are answered inline.
func (s *scanner) bad(t token) bool {
	return t.kind >= tString && t.kind <= tAnnot && s.rescanBad(t)
}

// rescanBad scans the string, expression or annotation t again and reports
// whether it is unterminated.
func (s *scanner) rescanBad(t token) bool {
	var bad bool
	switch t.kind {
	case tString:
		_, bad = scanString(s.src, t.start)
	case tParen:
		_, bad = scanParen(s.src, t.start)
	case tAnnot:
		_, bad = scanAnnotation(s.src, t.start)
	}
	return bad
}

// lineEnd returns the offset of the "\n" ending the line that contains i (or
// len(src)), leaving out a "\r" before it.
func lineEnd(src []byte, i int) int {
	for i < len(src) && src[i] != '\n' {
		i++
	}
	if i > 0 && i <= len(src) && src[i-1] == '\r' {
		i--
	}
	return i
}

// scanString scans a quoted string starting at src[i] == '"'. It returns the
// end offset (after the closing quote) and whether the string is unterminated
// on its line.
func scanString(src []byte, i int) (int, bool) {
	j := i + 1
	for j < len(src) {
		switch src[j] {
		case '\\':
			if j+1 < len(src) && src[j+1] != '\n' {
				j += 2
				continue
			}
			j++
		case '"':
			return j + 1, false
		case '\n':
			end := j
			if end > i+1 && src[end-1] == '\r' {
				end--
			}
			return end, true
		default:
			j++
		}
	}
	return j, true
}

// scanParen scans a parenthesised expression starting at src[i] == '('. It
// ends at the matching ')' on the same line.
func scanParen(src []byte, i int) (int, bool) {
	depth := 0
	inQuote := false
	for j := i; j < len(src); j++ {
		c := src[j]
		if c == '\n' {
			return lineEnd(src, j), true
		}
		if inQuote {
			if c == '\\' {
				j++
			} else if c == '"' {
				inQuote = false
			}
			continue
		}
		switch c {
		case '"':
			inQuote = true
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return j + 1, false
			}
		}
	}
	return len(src), true
}

// scanAnnotation scans a /* … */ annotation starting at src[i].
func scanAnnotation(src []byte, i int) (int, bool) {
	for j := i + 2; j+1 < len(src); j++ {
		if src[j] == '*' && src[j+1] == '/' {
			return j + 2, false
		}
	}
	return len(src), true
}

// Byte classes for the scanner's inner loops.
const (
	classSpace   = 1 << iota // white space, line end included
	classWordEnd             // ends a bare word: white space, `;`, `{`, `}`
	classWordAsk             // may end a bare word, depending on context: `"`, `[`, `]`, `<`, `>`
	// classQuote marks the bytes that make a word need quotes when
	// printed, as ast.NeedsQuotes decides: those that can stand inside a
	// bare word are control bytes other than white space, `" [ ] # ( )`
	// and DEL.
	classQuote
)

// byteClass maps each byte to its classes. It is never modified.
var byteClass = func() (t [256]uint8) {
	for _, c := range []byte(" \t\r\n\f\v") {
		t[c] |= classSpace | classWordEnd
	}
	for _, c := range []byte(";{}") {
		t[c] |= classWordEnd
	}
	for _, c := range []byte(`"[]<>`) {
		t[c] |= classWordAsk
	}
	for c := range 256 {
		if w := [3]byte{'a', byte(c), 'a'}; ast.NeedsQuotes(string(w[:])) {
			t[c] |= classQuote
		}
	}
	return t
}()

// scanWord scans a bare word of bytes without a class: it returns the
// offset of the white space, `;`, `{` or `}` that ends it, or -1 at any
// other byte with a class, where scanOddWord takes over.
func scanWord(src []byte, i int) int {
	for j := i; j < len(src); j++ {
		if cl := byteClass[src[j]]; cl != 0 {
			if cl&classWordEnd != 0 {
				return j
			}
			return -1
		}
	}
	return len(src)
}

// scanOddWord scans a bare word. It stops at white space, `;`, `{` and
// `}`, and at `[` or `]` unless they stand inside a `<…>` wildcard. It
// returns the word's end and whether the word holds a byte that needs
// quotes (classQuote).
func scanOddWord(src []byte, i int) (end int, special bool) {
	angle := 0
	j := i
	for ; j < len(src); j++ {
		c := src[j]
		cl := byteClass[c]
		if cl == 0 {
			continue
		}
		if cl&classWordEnd != 0 {
			return j, special
		}
		switch c {
		case '"':
			// A quote inside a bare word is part of it (`bar";` reads as the
			// word `bar"` and `;`); only a word-initial quote opens a string.
			if j == i {
				return j, special
			}
		case '[', ']':
			if angle == 0 {
				return j, special
			}
		case '<':
			angle++
		case '>':
			if angle > 0 {
				angle--
			}
		}
		special = special || cl&classQuote != 0
	}
	return j, special
}

// noteSpecial records in s.specials, when set, that the word token at
// offset i needs quotes or is a `( … )` or `/* … */` token. Offsets are
// kept in increasing order: a token scanned again is not recorded twice.
func (s *scanner) noteSpecial(i int) {
	if s.specials == nil {
		return
	}
	if sp := *s.specials; len(sp) == 0 || sp[len(sp)-1] < i {
		*s.specials = append(sp, i)
	}
}
