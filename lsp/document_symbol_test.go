package lsp

import (
	"fmt"
	"strings"
	"testing"
)

// outline renders symbols one per line: indentation, name, [detail],
// kind and the 1-based lines of the range.
func outline(syms []DocumentSymbol, depth int, b *strings.Builder) {
	for _, s := range syms {
		fmt.Fprintf(b, "%s%s", strings.Repeat("  ", depth), s.Name)
		if s.Detail != "" {
			fmt.Fprintf(b, " [%s]", s.Detail)
		}
		fmt.Fprintf(b, " %d %d-%d\n", s.Kind, s.Range.Start.Line+1, s.Range.End.Line+1)
		outline(s.Children, depth+1, b)
	}
}

// checkContainment fails when a child's range or a selection range lies
// outside its symbol's range, which clients reject.
func checkContainment(t *testing.T, syms []DocumentSymbol, parent *Range) {
	t.Helper()
	in := func(inner, outer Range) bool {
		le := func(a, b Position) bool { return a.Line < b.Line || a.Line == b.Line && a.Character <= b.Character }
		return le(outer.Start, inner.Start) && le(inner.End, outer.End)
	}
	for _, s := range syms {
		if !in(s.SelectionRange, s.Range) {
			t.Errorf("%s: selection %+v outside range %+v", s.Name, s.SelectionRange, s.Range)
		}
		if parent != nil && !in(s.Range, *parent) {
			t.Errorf("%s: range %+v outside its parent's %+v", s.Name, s.Range, *parent)
		}
		checkContainment(t, s.Children, &s.Range)
	}
}

func TestDocumentSymbol(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"curly", "system {\n    host-name a;\n    services {\n        ssh;\n    }\n}\ninterfaces {\n    ge-0/0/0 {\n        unit 0 {\n            family inet {\n                address [ 192.0.2.1/24 192.0.2.9/24 ];\n            }\n        }\n    }\n}\n",
			"system 2 1-6\n  host-name [a] 7 2-2\n  services 3 3-5\n    ssh 8 4-4\n" +
				"interfaces 2 7-15\n  ge-0/0/0 3 8-14\n    unit 0 19 9-13\n      family inet 19 10-12\n        address [[ 192.0.2.1/24 192.0.2.9/24 ]] 7 11-11\n"},
		{"inactive block", "inactive: system {\n    host-name a;\n}\n", "system [inactive:] 2 1-3\n  host-name [a] 7 2-2\n"},
		{"set file grouped by path", "set system host-name a\nset interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24\nset system services ssh\nset interfaces ge-0/0/0 unit 1 description \"é 😀\"\nset interfaces ge-0/0/0 unit 0 family inet address 192.0.2.9/24\n",
			// ssh is a container and address a list (`address A { primary; }`)
			// in the schema, as in the curly form.
			"system 2 1-3\n  host-name [a] 7 1-1\n  services 3 3-3\n    ssh 3 3-3\n" +
				"interfaces 2 2-5\n  ge-0/0/0 3 2-5\n    unit 0 19 2-5\n      family inet 19 2-5\n        address 192.0.2.1/24 19 2-2\n        address 192.0.2.9/24 19 5-5\n    unit 1 19 4-4\n      description [é 😀] 7 4-4\n"},
		{"pki set file", "set security pki ca-profile CA ca-identity x\nset security pki ca-profile CA enrollment url http://e\n",
			"security 2 1-2\n  pki 3 1-2\n    ca-profile CA 19 1-2\n      ca-identity [x] 7 1-1\n      enrollment 3 2-2\n        url [http://e] 7 2-2\n"},
	}
	c := newTestClient(t, Options{})
	c.initialize(nil)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uri := c.open(fmt.Sprintf("sym%d.conf", i), tt.text)
			var syms []DocumentSymbol
			c.mustCall(methodDocumentSymbol, DocumentSymbolParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &syms)
			var b strings.Builder
			outline(syms, 0, &b)
			if b.String() != tt.want {
				t.Errorf("outline:\n%s\nwant:\n%s", b.String(), tt.want)
			}
			checkContainment(t, syms, nil)
		})
	}
}

// TestDocumentSymbolLarge checks that a huge outline keeps its blocks and
// leaves out the leaf statements.
func TestDocumentSymbolLarge(t *testing.T) {
	var b strings.Builder
	b.WriteString("policy-options {\n")
	for i := 0; i < maxSymbols; i++ {
		fmt.Fprintf(&b, "    prefix-list PL%d {\n        192.0.2.%d/32;\n    }\n", i, i%250)
	}
	b.WriteString("}\n")
	c := newTestClient(t, Options{})
	c.initialize(nil)
	uri := c.open("large.conf", b.String())
	var syms []DocumentSymbol
	c.mustCall(methodDocumentSymbol, DocumentSymbolParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &syms)
	if len(syms) != 1 || len(syms[0].Children) != maxSymbols {
		t.Fatalf("got %d top symbols", len(syms))
	}
	for _, s := range syms[0].Children {
		if len(s.Children) != 0 {
			t.Fatalf("%s keeps its leaves: %+v", s.Name, s.Children)
		}
	}
	if syms[0].Children[7].Name != "prefix-list PL7" {
		t.Errorf("entry %q", syms[0].Children[7].Name)
	}
}

// TestDocumentSymbolDeep checks that an outline of blocks or a set path
// nested thousands of levels deep stops at maxSymbolDepth levels, so that
// a client's JSON decoder, which limits nesting, can read it.
func TestDocumentSymbolDeep(t *testing.T) {
	const n = 6000 // more than a JSON decoder of 10,000 levels takes at two a level
	tests := []struct{ name, text string }{
		{"curly", strings.Repeat("a {\n", n) + "b;\n" + strings.Repeat("}\n", n)},
		{"set", "set" + strings.Repeat(" a", n) + "\n"},
	}
	c := newTestClient(t, Options{})
	c.initialize(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uri := c.open(tt.name+"-deep.conf", tt.text)
			var syms []DocumentSymbol
			c.mustCall(methodDocumentSymbol, DocumentSymbolParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &syms)
			depth := 0
			for level := syms; len(level) > 0; level = level[0].Children {
				depth++
			}
			if depth != maxSymbolDepth {
				t.Errorf("outline %d levels deep, want %d", depth, maxSymbolDepth)
			}
		})
	}
}
