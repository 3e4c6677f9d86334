package grammar_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/grammar"
)

// TestPipedLateComments parses, on two cores, blocks so long that the
// builder takes their opening statement before the parser reaches their
// `}`, with comments before and after that `}` (which the parser adds to
// the block then). Run with -race, it checks that the builder never reads
// what the parser still writes; it also checks the trees agree.
func TestPipedLateComments(t *testing.T) {
	var b strings.Builder
	// Block lengths around the builder's batches (1024 statements), so that
	// some block ends while the batch holding its start is being built.
	for i, n := range []int{1100, 1500, 2500, 3000, 700, 4100} {
		fmt.Fprintf(&b, "inactive: /* note %d */\nblock%d {\n", i, i)
		for j := range n {
			fmt.Fprintf(&b, "    leaf%d value%d;\n", j, j)
		}
		fmt.Fprintf(&b, "    # the end of block %d\n} # after block %d\n", i, i)
	}
	src := []byte(b.String())
	one := grammar.NewParser(nil).WithParallelFrom(-1).Parse("late.conf", src)
	two := grammar.NewPipedParser(nil).Parse("late.conf", src)
	if w, g := configString(one.Config), configString(two.Config); w != g {
		t.Fatalf("trees differ: %s", firstLineDiff(w, g))
	}
	if w, g := treeEvents(one.Stmts, nil), treeEvents(two.Stmts, nil); fmt.Sprint(w) != fmt.Sprint(g) {
		t.Fatal("syntax trees differ")
	}
	if len(one.Errors) > 0 {
		t.Fatalf("syntax errors: %v", one.Errors)
	}
}
