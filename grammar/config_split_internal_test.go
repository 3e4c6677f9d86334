package grammar

import (
	"math/rand/v2"
	"strings"
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

// TestConfigCuts checks where configCuts cuts files of blocks: 2 x cores
// - 1 cuts on a file large enough for chunks of minChunk bytes in shares
// of 2/(3 x cores) and half that, one chunk a core on a smaller one, none
// on one core or below 2 x minChunk; always increasing, each at the end of
// a `}` line.
func TestConfigCuts(t *testing.T) {
	block := "interfaces {\n    ge-0/0/0 {\n        unit 0;\n    }\n}\n"
	file := func(size int) []byte {
		return []byte(strings.Repeat(block, size/len(block)+1))
	}
	tests := []struct {
		size, cores, want int
	}{
		{size: 3 * minChunk / 2, cores: 2, want: 0},
		{size: 2*minChunk + 100, cores: 2, want: 1},
		{size: 6*minChunk + 100, cores: 2, want: 3},
		{size: 6*minChunk + 100, cores: 1, want: 0},
		{size: 4*minChunk + 100, cores: 4, want: 3},
		{size: 12*minChunk + 100, cores: 4, want: 7},
	}
	for _, tt := range tests {
		src := file(tt.size)
		cuts := configCuts(src, tt.cores)
		if len(cuts) != tt.want {
			t.Errorf("configCuts(%d bytes, %d cores): %d cuts, want %d", len(src), tt.cores, len(cuts), tt.want)
		}
		for i, c := range cuts {
			if i > 0 && c.at <= cuts[i-1].at || src[c.at-1] != '}' || src[c.at] != '\n' {
				t.Errorf("configCuts(%d bytes, %d cores): cut %d at %d is not after a `}` line or not after the one before", len(src), tt.cores, i, c.at)
			}
		}
	}
}
