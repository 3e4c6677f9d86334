package format

import (
	"fmt"

	"github.com/junoslint/junoslint/ast"
)

// MaxDepth is the deepest block nesting the curly printers accept. Junos'
// own hierarchies nest about twenty levels (thirty with groups and dynamic
// profiles); each level indents by four spaces, so a file nested
// thousands of levels deep, which only a generator or an attack writes,
// would print quadratically large: a 200 KB file of 20,000 nested blocks
// formats to 1.6 GB. Printers refuse such input with a *DepthError.
const MaxDepth = 128

// DepthError reports input nested deeper than MaxDepth.
type DepthError struct {
	// Offset is the byte offset of the first word of the statement (or of
	// the word, in a configuration tree) that opens the first level beyond
	// MaxDepth, -1 when the tree does not know it.
	Offset int
}

func (e *DepthError) Error() string {
	return fmt.Sprintf("blocks nested more than %d levels deep; not printed in curly form", MaxDepth)
}

// blockStart returns the offset of the first word of the block statement
// s, or of its `{` when it has no word.
func blockStart(s *ast.Stmt) int {
	if len(s.Words) > 0 {
		return s.Words[0].Span.Start
	}
	return s.Open
}
