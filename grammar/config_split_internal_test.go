package grammar

import (
	"math/rand/v2"
	"testing"
)

// TestLastLineStart holds lastLineStart to a byte-by-byte search on
// random lines, at every end offset and indentation.
func TestLastLineStart(t *testing.T) {
	want := func(src []byte, end, k int) int {
		for j := end - 1; j >= 0; j-- {
			if src[j] == '\n' && (j+1+k >= len(src) || src[j+1+k] != ' ') {
				return j
			}
		}
		return -1
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("\n\n    a{}\x00\x0a\x0b\x8a\xff\x09\x01\x20\xa0")
	for range 300 {
		src := make([]byte, r.IntN(90))
		for i := range src {
			src[i] = alphabet[r.IntN(len(alphabet))]
		}
		for _, k := range []int{0, 1, 4, 8, 12} {
			for end := 0; end <= len(src); end++ {
				if got, want := lastLineStart(src, end, k), want(src, end, k); got != want {
					t.Fatalf("lastLineStart(%q, %d, %d) = %d, want %d", src, end, k, got, want)
				}
			}
		}
	}
}
