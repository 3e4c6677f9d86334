package lint

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
)

// Related is a secondary location of a finding, such as where a referenced
// ca-profile would be defined or the apply-groups that brought a statement in.
type Related struct {
	Span    ast.Span // byte offsets into the same file
	Message string
}

// Diagnostic is one finding.
type Diagnostic struct {
	Code     string // rule code, e.g. "PKI001"
	Rule     string // rule name, e.g. "reenroll-trigger-missing"
	Severity Severity
	Message  string // one line, lower case, no final period; never a secret's value
	// Span is the reported source text, in byte offsets of File.Src.
	Span ast.Span
	// Start and End are Span converted to 1-based lines and byte columns;
	// the runner fills them.
	Start, End ast.Position
	// ConfigPath is the configuration path of the element the finding is
	// about, e.g. "security pki auto-re-enrollment scep certificate-id fw1".
	ConfigPath string
	// InheritedFrom names the group the reported statement came from; "" when
	// it was written directly.
	InheritedFrom string
	// Context holds the words of the curly blocks around the reported
	// statement, as the `[edit …]` line shows them ("security pki"); "" at
	// top level and for set commands. The runner fills it.
	Context string
	Related []Related
	// Fixes are alternative corrections, the preferred one first.
	Fixes []fix.Fix
	// Node is the effective configuration node the finding is about, when
	// there is one.
	Node *ast.Node
}
