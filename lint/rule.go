// Package lint runs junoslint's rules over parsed Junos configurations.
//
// A [Rule] is a struct value (code, name, category, documentation, default
// severity, options and a Run function), go/analysis style; the rule list is
// an explicit slice (see package rules), never registered from init. A [Pass]
// gives a rule one file: its syntax tree, its effective configuration and a
// Report method.
package lint

import "fmt"

// Severity is how serious a finding is. The zero value is Info.
type Severity int

// The severities, least serious first.
const (
	Info Severity = iota
	Warning
	Error
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "info"
}

// ParseSeverity parses "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return Info, fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}

// Doc is a rule's documentation, printed by `junoslint explain` and in
// docs/rules.md.
type Doc struct {
	Title      string   // lower case, no final period, at most 60 characters
	Text       string   // why it matters and what to do; paragraphs separated by blank lines
	Bad        string   // a configuration that triggers the rule (curly form)
	Good       string   // the same configuration corrected
	References []string // e.g. "CIS Juniper OS Benchmark v2.1.0 6.10.5.4", "NIST 800-53 IA-2(1)", "DISA STIG JUSX-VN-000012"
	Since      string   // junoslint version that introduced the rule
}

// Option is a rule option users may set in .junoslint.yaml.
type Option struct {
	Name    string
	Default string
	Doc     string
}

// Rule is one check. Codes and names are public, stable identifiers: never
// rename or reuse one.
type Rule struct {
	Code     string // e.g. "PKI001"
	Name     string // kebab-case, e.g. "reenroll-trigger-missing"
	Category string // "syntax", "reference", "pki", "rest", "suppression"
	Severity Severity
	Doc      Doc
	Options  []Option
	// Run inspects one file through the pass and reports findings.
	Run func(*Pass)
}

// URL returns the address of the rule's documentation.
func (r *Rule) URL() string {
	return "https://github.com/junoslint/junoslint/blob/main/docs/rules.md#" + lowerASCII(r.Code)
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
