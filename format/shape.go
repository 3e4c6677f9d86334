package format

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// CurlyOptions controls [ConfigCurly].
type CurlyOptions struct{}

// ConfigCurly prints the configuration tree root in curly form, grouping the
// words of each path into statements as the schema says (`unit 0 {`,
// `address 10.0.0.1/24;`). (Placeholder; the set->curly work implements it.)
func ConfigCurly(root *ast.Node, sch *schema.Schema, opts CurlyOptions) []byte {
	return nil
}
