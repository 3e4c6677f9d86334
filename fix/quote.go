package fix

import (
	"strings"

	"github.com/junoslint/junoslint/ast"
)

// Word returns the value v written as one Junos word, as `load set
// terminal` and a curly file both read it back:
//
//   - bare when it can stand bare (`ge-0/0/0`, `10.0.0.0/8`, `*`, and
//     placeholders such as `<crl-url>` or `<*>`);
//   - a `( … )` policy expression stays bare, as Junos prints it;
//   - otherwise in double quotes: `"` is written `\"`, a backslash is doubled
//     only where it would otherwise read as an escape (before `"` or `\`, or
//     at the end), and a line end is written `\n`, since a quoted string
//     cannot span lines. An empty value is `""`.
func Word(v string) string {
	if isParenGroup(v) {
		return v
	}
	if !ast.NeedsQuotes(v) {
		return v
	}
	return ast.QuoteValue(v)
}

// isParenGroup reports whether v is a `( … )` policy expression on one line,
// which the scanner reads as one word and Junos prints bare.
func isParenGroup(v string) bool {
	if len(v) < 2 || v[0] != '(' || v[len(v)-1] != ')' {
		return false
	}
	if strings.ContainsAny(v, "\n\r\"") {
		return false
	}
	depth := 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 && i != len(v)-1 {
				return false
			}
		}
	}
	return depth == 0
}

// words renders path as Junos words separated by single spaces.
func words(path []string) string {
	var b strings.Builder
	for i, w := range path {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(Word(w))
	}
	return b.String()
}
