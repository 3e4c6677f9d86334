package format

import (
	"testing"

	"github.com/junoslint/junoslint/ast"
)

// TestNeedsQuotesMatchesAST holds the fast needsQuotes to ast.NeedsQuotes.
func TestNeedsQuotesMatchesAST(t *testing.T) {
	words := []string{"", "a", "ge-0/0/0", "a b", "a\tb", "x;", "{", "}", "[", "]", `"`, "#", "(", ")",
		"inactive:", "protect:", "foo:", ":", "10.0.0.1/24", "\x7f", "\x01", "é", "<*>", "$9$abc", "a:b", "delete:"}
	for b := 0; b < 256; b++ {
		words = append(words, string([]byte{'a', byte(b), 'z'}), string([]byte{byte(b)}))
	}
	for _, w := range words {
		if got, want := needsQuotes(w), ast.NeedsQuotes(w); got != want {
			t.Errorf("needsQuotes(%q) = %v, ast.NeedsQuotes = %v", w, got, want)
		}
	}
}

func TestQuoteAlwaysReadsBack(t *testing.T) {
	tests := []struct{ value, want string }{
		{"plain", `"plain"`},
		{`say "hi"`, `"say \"hi\""`},
		{`C:\path`, `"C:\path"`},
		{`line\nnext`, `"line\nnext"`},
		{`ends\`, `"ends\\"`},
		{`two\\`, `"two\\\\"`},
		{`q\"`, `"q\\\""`},
		{"", `""`},
	}
	for _, tt := range tests {
		got := quoteAlways(tt.value)
		if got != tt.want {
			t.Errorf("quoteAlways(%q) = %s, want %s", tt.value, got, tt.want)
		}
		if back := ast.Unquote(got); back != tt.value {
			t.Errorf("Unquote(quoteAlways(%q)) = %q", tt.value, back)
		}
	}
}
