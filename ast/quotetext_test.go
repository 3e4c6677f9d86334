package ast

import "testing"

func TestQuoteTextRoundTrip(t *testing.T) {
	tests := []struct{ text, quoted string }{
		{"plain", `"plain"`},
		{"line one\n       line two", `"line one\n       line two"`},
		{`a "q" \ and \n literal`, `"a \"q\" \\ and \\n literal"`},
		{"cr\r\nlf", `"cr\r\nlf"`},
		{"", `""`},
	}
	for _, tt := range tests {
		if got := QuoteText(tt.text); got != tt.quoted {
			t.Errorf("QuoteText(%q) = %s, want %s", tt.text, got, tt.quoted)
		}
		if got := UnquoteText(tt.quoted); got != tt.text {
			t.Errorf("UnquoteText(%s) = %q, want %q", tt.quoted, got, tt.text)
		}
	}
	// A backslash before any other byte stays, as older outputs wrote it.
	if got := UnquoteText(`"a\xb"`); got != `a\xb` {
		t.Errorf("UnquoteText kept %q", got)
	}
	if got := UnquoteText("bare"); got != "bare" {
		t.Errorf("UnquoteText(bare) = %q", got)
	}
}

func TestQuoteValueReadsBack(t *testing.T) {
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
		got := QuoteValue(tt.value)
		if got != tt.want {
			t.Errorf("QuoteValue(%q) = %s, want %s", tt.value, got, tt.want)
		}
		if back := Unquote(got); back != tt.value {
			t.Errorf("Unquote(QuoteValue(%q)) = %q", tt.value, back)
		}
	}
}
