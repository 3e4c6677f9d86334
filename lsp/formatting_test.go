package lsp

import (
	"strings"
	"testing"

	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
)

// fmtOf is what `junoslint fmt` prints for text.
func fmtOf(t *testing.T, text string) string {
	t.Helper()
	out, err := format.Source(grammar.Parse("x", []byte(text)))
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestFormatting(t *testing.T) {
	tests := []struct {
		name string
		text string
		// maxEdits bounds the number of edits: they must be minimal, not a
		// whole-document replacement.
		maxEdits int
	}{
		{"already formatted", "system {\n    host-name a;\n}\n", 0},
		{"indentation", "system {\n  host-name a;\n        domain-name b;\n}\n", 2},
		{"multi-byte text", "interfaces {\n ge-0/0/0 {\n  description \"café 日本 😀\";\n   mtu 9192;\n }\n}\n", 4},
		{"set file spacing", "set system  host-name a\nset  interfaces ge-0/0/0 description \"é 😀\"\n", 2},
		{"crlf", "system {\r\n    host-name a;\r\n}\r\n", 3},
		{"no final newline", "system {\n    host-name a;\n}", 1},
		{"pki fixture", readTestdata(t, "pki.conf"), 0},
	}
	c := newTestClient(t, Options{})
	c.initialize(nil)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uri := c.open("fmt"+string(rune('a'+i))+".conf", tt.text)
			var edits []TextEdit
			c.mustCall(methodFormatting, DocumentFormattingParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &edits)
			got := applyTextEdits(t, tt.text, edits)
			if want := fmtOf(t, tt.text); got != want {
				t.Errorf("formatted:\n%q\nwant (junoslint fmt):\n%q", got, want)
			}
			if len(edits) > tt.maxEdits {
				t.Errorf("%d edits, want at most %d: %+v", len(edits), tt.maxEdits, edits)
			}
		})
	}
}

func TestFormattingRefusesSyntaxErrors(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	uri := c.open("broken.conf", "system {\n    host-name \"a;\n")
	var edits []TextEdit
	err := c.call(methodFormatting, DocumentFormattingParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &edits)
	if rpcCode(err) != codeRequestFailed || !strings.Contains(err.Error(), "syntax error") {
		t.Errorf("formatting a broken file: %v, want a request-failed error naming the syntax error", err)
	}
}

func TestRangeFormatting(t *testing.T) {
	const text = "system {\n  host-name a;\n  domain-name b;\n}\ninterfaces {\n  ge-0/0/0 {\n  mtu 9192;\n  }\n}\n"
	tests := []struct {
		name     string
		from, to uint32 // lines of the range (whole lines)
		want     string
	}{
		{"first block only", 0, 3, "system {\n    host-name a;\n    domain-name b;\n}\ninterfaces {\n  ge-0/0/0 {\n  mtu 9192;\n  }\n}\n"},
		{"one line", 6, 6, "system {\n  host-name a;\n  domain-name b;\n}\ninterfaces {\n  ge-0/0/0 {\n        mtu 9192;\n  }\n}\n"},
		{"everything", 0, 9, fmtOf(t, text)},
		{"nothing to do in range", 4, 4, text},
	}
	c := newTestClient(t, Options{})
	c.initialize(nil)
	uri := c.open("range.conf", text)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var edits []TextEdit
			c.mustCall(methodRangeFormatting, DocumentRangeFormattingParams{
				TextDocument: TextDocumentIdentifier{URI: uri},
				Range:        Range{Start: Position{tt.from, 0}, End: Position{tt.to, 99}},
			}, &edits)
			if got := applyTextEdits(t, text, edits); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestMinimalEdits(t *testing.T) {
	tests := []struct {
		before, after string
		edits         int
	}{
		{"a\nb\nc\n", "a\nb\nc\n", 0},
		{"a\n  b\nc\n", "a\n    b\nc\n", 1},
		{"x\r\ny\r\n", "x\ny\n", 2},
		{"é 日本\n😀\n", "é 日本\n 😀\n", 1},
		{"", "a\n", 1},
		{"a\n", "", 1},
	}
	for _, tt := range tests {
		es := minimalEdits([]byte(tt.before), []byte(tt.after))
		if len(es) != tt.edits {
			t.Errorf("%q -> %q: %d edits %+v, want %d", tt.before, tt.after, len(es), es, tt.edits)
		}
		var b strings.Builder
		last := 0
		for _, e := range es {
			b.WriteString(tt.before[last:e.Start])
			b.WriteString(e.New)
			last = e.End
		}
		b.WriteString(tt.before[last:])
		if b.String() != tt.after {
			t.Errorf("%q -> %q: edits give %q", tt.before, tt.after, b.String())
		}
	}
}
