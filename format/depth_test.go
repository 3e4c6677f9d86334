package format_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
)

// nested returns n blocks `a {` nested in each other around `x;`, after
// filler top-level statements (so that a large file can be cut in two).
func nested(n, filler int) string {
	return strings.Repeat("f;\n", filler) + strings.Repeat("a {\n", n) + "x;\n" + strings.Repeat("}\n", n) + strings.Repeat("g {\n    h;\n}\n", filler)
}

// TestDepthLimit holds every curly printer to MaxDepth: a file nested
// exactly that deep prints, one level more is refused by each of them with
// a DepthError at the same word.
func TestDepthLimit(t *testing.T) {
	for _, filler := range []int{0, 20000} {
		for _, n := range []int{format.MaxDepth, format.MaxDepth + 1, 3 * format.MaxDepth} {
			src := []byte(nested(n, filler))
			f := grammar.Parse("deep", src)
			if len(f.Errors) > 0 {
				t.Fatalf("%d levels: %d syntax errors", n, len(f.Errors))
			}
			wantOffset := 3*filler + 4*format.MaxDepth // the `a` of the first level too many
			check := func(what string, err error) {
				t.Helper()
				var deep *format.DepthError
				switch {
				case n <= format.MaxDepth && err != nil:
					t.Errorf("%d levels, %s: %v; want it printed", n, what, err)
				case n > format.MaxDepth && !errors.As(err, &deep):
					t.Errorf("%d levels, %s: %v; want a DepthError", n, what, err)
				case n > format.MaxDepth && deep.Offset != wantOffset:
					t.Errorf("%d levels, %s: offset %d, want %d", n, what, deep.Offset, wantOffset)
				}
			}
			_, err := format.Source(f)
			check("Source", err)
			_, _, err = format.Format("deep", src)
			check("Format", err)
			_, _, err = format.FormatInHalves("deep", src)
			check("Format in halves", err)
			// ConfigCurly prints the innermost `a { x; }` as `a x;`, one
			// level less.
			if n != format.MaxDepth+1 {
				_, err = format.ConfigCurly(f.Config, nil, format.CurlyOptions{})
				check("ConfigCurly", err)
			} else if _, err := format.ConfigCurly(f.Config, nil, format.CurlyOptions{}); err != nil {
				t.Errorf("%d levels, ConfigCurly: %v; want it printed (its last block is one line)", n, err)
			}
		}
	}
}
