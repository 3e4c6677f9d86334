package rules

import "github.com/junoslint/junoslint/lint"

// SyntaxError is SYN001: text that cannot be parsed. The parser finds these
// problems and the runner turns each into a finding of this rule, so Run
// does nothing; the value carries the code, name, severity and docs.
func SyntaxError() *lint.Rule {
	return &lint.Rule{
		Code:     "SYN001",
		Name:     "syntax-error",
		Category: "syntax",
		Severity: lint.Error,
		Doc: lint.Doc{
			Title: "configuration text cannot be parsed",
			Text: `The file holds text Junos would not load: an unbalanced "{" or "}", an unclosed "[" list, an unterminated quoted string or "/*" annotation, a set-file line whose first word is not a configuration command (set, delete, deactivate, …), or a statement missing its ";" where that can be told.

There is one finding per problem, and parsing resumes after it, so the rest of the file is still checked. Rules that look at the configuration see what could be parsed; fix the syntax first, as later findings may be caused by it.

This rule cannot be turned off.`,
			Bad: `system {
    host-name fw1;
    services {
        ssh;
}
`,
			Good: `system {
    host-name fw1;
    services {
        ssh;
    }
}
`,
			Since: since,
		},
		Run: func(*lint.Pass) {},
	}
}
