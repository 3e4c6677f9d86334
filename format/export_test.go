package format

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
)

// FormatInHalves is Format with the file cut in two halves whatever its
// size, when it cuts cleanly, for tests.
func FormatInHalves(name string, src []byte) ([]byte, *ast.File, error) {
	return formatWith((&grammar.Parser{}).WithParallelFrom(1).ParseEventsSplit, name, src)
}
