package format

import (
	"strings"
	"testing"
)

// TestBlankBefore checks blankBefore around the eight-byte steps of its
// space skipping: runs of spaces of every length, with and without a blank
// line before them.
func TestBlankBefore(t *testing.T) {
	for n := 0; n < 30; n++ {
		pad := strings.Repeat(" ", n)
		for _, tt := range []struct {
			before string
			want   bool
		}{
			{"a;\n", false},
			{"a;\n\n", true},
			{"a;\n \t\n", true},
			{"a;", false},
			{"\n\n", true},
			{"", false},
			{"a; ", false},
		} {
			src := tt.before + pad + "x;"
			p := &srcPrinter{src: []byte(src)}
			if got := p.blankBefore(len(src) - 2); got != tt.want {
				t.Errorf("blankBefore(%q) = %v, want %v", src, got, tt.want)
			}
		}
	}
}
