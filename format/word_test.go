package format

import (
	"math/rand/v2"
	"testing"

	"github.com/junoslint/junoslint/ast"
)

// TestNeedsQuotesMatchesAST holds the fast needsQuotes to ast.NeedsQuotes.
func TestNeedsQuotesMatchesAST(t *testing.T) {
	words := []string{"", "a", "ge-0/0/0", "a b", "a\tb", "x;", "{", "}", "[", "]", `"`, "#", "(", ")",
		"inactive:", "protect:", "foo:", ":", "10.0.0.1/24", "\x7f", "\x01", "é", "<*>", "$9$abc", "a:b", "delete:"}
	for b := 0; b < 256; b++ {
		words = append(words, string([]byte{'a', byte(b), 'z'}), string([]byte{byte(b)}))
		// needsQuotes reads eight bytes at a time: every byte at every
		// lane of two words and of the tail after them.
		for pos := range 19 {
			w := []byte("abcdefghijklmnopqrs")
			w[pos] = byte(b)
			words = append(words, string(w))
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		w := make([]byte, rng.IntN(24))
		for i := range w {
			// Mostly bytes that stand bare, as in real words.
			w[i] = "abz09-./:_*AZ"[rng.IntN(13)]
			if rng.IntN(16) == 0 {
				w[i] = byte(rng.IntN(256))
			}
		}
		words = append(words, string(w))
	}
	for _, w := range words {
		if got, want := needsQuotes(w), ast.NeedsQuotes(w); got != want {
			t.Errorf("needsQuotes(%q) = %v, ast.NeedsQuotes = %v", w, got, want)
		}
	}
}
