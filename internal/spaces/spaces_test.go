package spaces

import (
	"strings"
	"testing"
)

// TestAfterBefore checks both directions against a byte-by-byte scan for
// runs of every length around the eight-byte steps, at every position.
func TestAfterBefore(t *testing.T) {
	for n := 0; n < 40; n++ {
		for _, pre := range []string{"", "x", "ab\n", "0123456789"} {
			for _, post := range []string{"", "y", "z;\n", "abcdefghijk"} {
				src := []byte(pre + strings.Repeat(" ", n) + post)
				for i := 0; i <= len(src); i++ {
					want := i
					for want < len(src) && src[want] == ' ' {
						want++
					}
					if got := After(src, i); got != want {
						t.Fatalf("After(%q, %d) = %d, want %d", src, i, got, want)
					}
					want = i
					for want > 0 && src[want-1] == ' ' {
						want--
					}
					if got := Before(src, i); got != want {
						t.Fatalf("Before(%q, %d) = %d, want %d", src, i, got, want)
					}
				}
			}
		}
	}
}
