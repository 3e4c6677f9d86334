package grammar

import (
	"reflect"
	"testing"
)

// TestTokenStaysInRegisters guards the token's shape: the compiler keeps a
// struct in registers only up to four fields of at most 32 bytes, and a
// token that goes through memory costs about a third of the parse.
func TestTokenStaysInRegisters(t *testing.T) {
	typ := reflect.TypeFor[token]()
	if typ.NumField() > 4 || typ.Size() > 32 {
		t.Errorf("token has %d fields and %d bytes; keep it to 4 fields and 32 bytes", typ.NumField(), typ.Size())
	}
}

// TestScannerBad checks that the tokens that may be unterminated are
// reported as such exactly when they are, words never.
func TestScannerBad(t *testing.T) {
	tests := []struct {
		src  string
		kind tokKind
		bad  bool
	}{
		{`word`, tWord, false},
		{`"closed"`, tString, false},
		{`"open`, tString, true},
		{`"esc\"` + "\n", tString, true},
		{`(a (b))`, tParen, false},
		{`(a (b)`, tParen, true},
		{`/* note */`, tAnnot, false},
		{`/* note`, tAnnot, true},
		{`/*/`, tAnnot, true},
	}
	for _, tt := range tests {
		sc := scanner{src: []byte(tt.src)}
		tok := sc.next()
		if tok.kind != tt.kind || sc.bad(tok) != tt.bad {
			t.Errorf("%q: kind %d bad %v, want kind %d bad %v", tt.src, tok.kind, sc.bad(tok), tt.kind, tt.bad)
		}
	}
}

// TestScannerSpaces checks the line count and token start after runs of
// white space of every length around the eight-byte steps.
func TestScannerSpaces(t *testing.T) {
	for n := 0; n < 40; n++ {
		for _, ws := range []string{" ", "\t", " \n", "\r\n  "} {
			pad := ""
			nl := 0
			for range n {
				pad += ws
				for _, c := range ws {
					if c == '\n' {
						nl++
					}
				}
			}
			for _, tail := range []string{"x", "x ", "x;        "} {
				src := pad + tail
				sc := scanner{src: []byte(src)}
				tok := sc.next()
				if tok.start != len(pad) || int(tok.nl) != nl || tok.kind != tWord {
					t.Errorf("%q: start %d nl %d kind %d, want %d %d word", src, tok.start, tok.nl, tok.kind, len(pad), nl)
				}
			}
		}
	}
}
