package grammar

import (
	"bytes"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"

	"github.com/junoslint/junoslint/internal/corpus"
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

// TestPlainLine holds plainLine, restIsCommand's fast path, to the scan by
// tokens it stands in for: wherever it answers true, tokensAreCommand must
// too. It checks hand-picked lines, random ones built from the bytes that
// matter, and every set command of the corpus, most of which must take the
// fast path.
func TestPlainLine(t *testing.T) {
	check := func(src []byte, i int) bool {
		t.Helper()
		fast := plainLine(src, i)
		if fast && !tokensAreCommand(src, i) {
			t.Fatalf("plainLine(%q, %d) is true but the tokens say the line is not a command", src, i)
		}
		return fast
	}
	for _, tt := range []struct {
		src  string
		want bool // plainLine's answer
	}{
		{"set a b c\nx;", true},
		{"set a b c", true},
		{"set a b c\r\n", true},
		{"set ge-0/0/0 unit 0 family inet address 10.0.0.1/24\n", true},
		{"set a \"x;y\"\n", false},
		{"set a (x {y})\n", false},
		{"set a /* ; */ b\n", false},
		{"set a # ; c\n", false},
		{"set a b;\n", false},
		{"set a {\n", false},
		{"set a b }\n", false},
		{"set a \"two\nlines;\"\n", false},
		// An annotation that runs past the line hides its line end: the
		// `;` after it counts as on the command's line.
		{"set a /* x\n */ ;\n", false},
		{"set a (x\n) ;\n", false},
		{"set a \"x\n\" ;\n", false},
	} {
		if got := check([]byte(tt.src), 3); got != tt.want {
			t.Errorf("plainLine(%q, 3) = %v, want %v", tt.src, got, tt.want)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	const alphabet = "ab /*;{}\"()#[]\n\r\\<>"
	for range 20000 {
		b := make([]byte, 1+rng.IntN(30))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		check(b, rng.IntN(len(b)))
	}
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus); skipping the corpus part")
	}
	files, err := corpus.Files(dir, "set", "pairs")
	if err != nil {
		t.Fatal(err)
	}
	lines, fast := 0, 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < len(src); {
			if bytes.HasPrefix(src[i:], []byte("set ")) {
				lines++
				if check(src, i+3) {
					fast++
				}
			}
			nl := bytes.IndexByte(src[i:], '\n')
			if nl < 0 {
				break
			}
			i += nl + 1
		}
	}
	t.Logf("%d of %d corpus set commands take the fast path", fast, lines)
	if fast < lines/2 {
		t.Errorf("only %d of %d corpus set commands take the fast path", fast, lines)
	}
}
