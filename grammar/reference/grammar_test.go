package reference_test

import (
	"strings"
	"testing"

	"github.com/junoslint/junoslint/grammar/reference"
)

// TestParse checks the reference grammar on one input per construct. want is
// the dump of the tree (lines joined by "|" for brevity); wantErr marks an
// input the grammar must reject.
func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr bool
	}{
		{name: "empty", in: "", want: ""},
		{name: "blank lines", in: "\n\n  \n", want: ""},
		{name: "leaf", in: "version 23.4R1.10;\n", want: `stmt "version" "23.4R1.10"`},
		{name: "no final newline", in: "a;", want: `stmt "a"`},
		{name: "block", in: "system {\n    host-name r1;\n}\n", want: `stmt "system" {|  stmt "host-name" "r1"|}`},
		{name: "block on one line", in: "system { host-name r1; ntp; }", want: `stmt "system" {|  stmt "host-name" "r1"|  stmt "ntp"|}`},
		{name: "empty block", in: "a {}", want: `stmt "a" {|}`},
		{name: "two statements on a line", in: "a; b { c; } d;", want: `stmt "a"|stmt "b" {|  stmt "c"|}|stmt "d"`},
		{name: "stray semicolons", in: ";\na;;\nb { ; c; }\n", want: `stmt "a"|stmt "b" {|  stmt "c"|}`},
		{name: "CRLF", in: "a {\r\n b;\r\n}\r\n", want: `stmt "a" {|  stmt "b"|}`},
		{name: "white space", in: "a\tb\fc\vd\re;", want: `stmt "a" "b" "c" "d" "e"`},
		{name: "nesting", in: strings.Repeat("a {\n", 12) + "b;\n" + strings.Repeat("}\n", 12), want: strings.TrimSuffix(nested(12), "|")},

		// words
		{name: "word bytes", in: "a ge-0/0/0.0 2001:db8::1/64 * $9$abc 0x4300:0.0.0.0:1 __x__ é \x00;", want: `stmt "a" "ge-0/0/0.0" "2001:db8::1/64" "*" "$9$abc" "0x4300:0.0.0.0:1" "__x__" "é" "\x00"`},
		{name: "hash and paren inside a word", in: "a b#c f(x) a/*b*/c d);", want: `stmt "a" "b#c" "f(x)" "a/*b*/c" "d)"`},
		{name: "wildcards", in: "group <*> { neighbor <ge-*>; }", want: `stmt "group" "<*>" {|  stmt "neighbor" "<ge-*>"|}`},
		{name: "brackets inside a wildcard", in: "a <ge-0/0/[0-3]> b<[x]>c;", want: `stmt "a" "<ge-0/0/[0-3]>" "b<[x]>c"`},
		{name: "wildcard left open", in: "a <b[c] d;", want: `stmt "a" "<b[c]" "d"`},
		{name: "nested wildcard", in: "a <b<c>[d]>;", want: `stmt "a" "<b<c>[d]>"`},
		{name: "bracket after a closed wildcard", in: "a <b>[ c ];", want: `stmt "a" "<b>" [ "c" ]`},
		{name: "quote inside a word is part of it", in: `a b"c";`, want: `stmt "a" "b\"c\""`},

		// quoted strings
		{name: "string", in: `description "uplink; {A-1234} # [x]";`, want: `stmt "description" "\"uplink; {A-1234} # [x]\""`},
		{name: "string escapes", in: `d "a \"b\" c \\ d \n";`, want: `stmt "d" "\"a \\\"b\\\" c \\\\ d \\n\""`},
		{name: "string then word", in: `a "b"c;`, want: `stmt "a" "\"b\"" "c"`},
		{name: "empty string", in: `a "";`, want: `stmt "a" "\"\""`},
		{name: "unterminated string", in: "a \"b;\n", wantErr: true},
		{name: "string over two lines", in: "a \"b\nc\";\n", wantErr: true},
		{name: "escaped quote at the end", in: "a \"b\\\";\n", wantErr: true},

		// parenthesised expressions
		{name: "paren", in: "import ( A && ( B || C ) );", want: `stmt "import" "( A && ( B || C ) )"`},
		{name: "paren with quotes", in: `export ( X || "Y)" );`, want: `stmt "export" "( X || \"Y)\" )"`},
		{name: "paren ends the word", in: "a (b)c;", want: `stmt "a" "(b)" "c"`},
		{name: "paren with semicolon", in: "a (b;c);", want: `stmt "a" "(b;c)"`},
		{name: "paren over two lines", in: "import ( A\n);", wantErr: true},
		{name: "unbalanced paren", in: "a ( b ;", wantErr: true},

		// comments and annotations
		{name: "comments", in: "# RANCID-CONTENT-TYPE: juniper\n## Last changed: x\na; # note\n#b;\n", want: `stmt "a"`},
		{name: "secret data trailer", in: "a { p \"$6$x\"; ## SECRET-DATA\n}", want: `stmt "a" {|  stmt "p" "\"$6$x\""|}`},
		{name: "annotation before a statement", in: "/* break-glass */\na;\n  /* two\n  lines */ b;", want: `stmt "a"|stmt "b"`},
		{name: "annotation as a value", in: "x { encrypted-password /* SECRET-DATA */; ## SECRET-DATA\n}", want: `stmt "x" {|  stmt "encrypted-password" "/* SECRET-DATA */"|}`},
		{name: "annotation between values", in: "a /* b */ c;", want: `stmt "a" "/* b */" "c"`},
		{name: "annotation after tags", in: "inactive: /* x */ a;", want: `stmt inactive: "a"`},
		{name: "annotation in a list", in: "a [ b /* c */ d ];", want: `stmt "a" [ "b" "/* c */" "d" ]`},
		{name: "annotation after a list", in: "a [ b ] /* c */;", want: `stmt "a" [ "b" ]`},
		{name: "unterminated annotation", in: "/* open\na;\n", wantErr: true},
		{name: "comment before semicolon", in: "a # c\n;\n", wantErr: true},

		// tags
		{name: "tags", in: "inactive: protect: replace: active: delete: unprotect: a;", want: `stmt inactive: protect: replace: active: delete: unprotect: "a"`},
		{name: "tag on its own line", in: "system {\n  replace:\n  host-name r1;\n}", want: `stmt "system" {|  stmt replace: "host-name" "r1"|}`},
		{name: "tag as a later word", in: "a inactive:;", want: `stmt "a" "inactive:"`},
		{name: "tag without statement", in: "inactive:;", wantErr: true},
		{name: "tag glued to a word", in: "inactive:a;", want: `stmt "inactive:a"`},

		// leaf-lists
		{name: "list", in: "addresses [ 192.0.2.1 \"x y\" ];", want: `stmt "addresses" [ "192.0.2.1" "\"x y\"" ]`},
		{name: "empty list", in: "a [];", want: `stmt "a" [ ]`},
		{name: "list over lines", in: "a [\n b # c\n d\n];", want: `stmt "a" [ "b" "d" ]`},
		{name: "list with block", in: "a [ b ] { c; }", want: `stmt "a" [ "b" ] {|  stmt "c"|}`},
		{name: "word after list", in: "a [ b ] c;", wantErr: true},
		{name: "two lists", in: "a [ b ] [ c ];", wantErr: true},
		{name: "list without words", in: "[ a ];", wantErr: true},
		{name: "unclosed list", in: "a [ b;", wantErr: true},
		{name: "stray bracket", in: "a ];", wantErr: true},

		// line ends in curly statements
		{name: "line end before semicolon", in: "a\n;", wantErr: true},
		{name: "line end before brace", in: "a\n{\n}", wantErr: true},
		{name: "line end ends statement in block", in: "x {\n a\n}", want: `stmt "x" {|  stmt "a"|}`},
		{name: "brace ends statement", in: "x { a }", want: `stmt "x" {|  stmt "a"|}`},
		{name: "line end ends statement at top level", in: "x\n", wantErr: true},
		{name: "line end after list", in: "a [ b ]\n;", wantErr: true},
		{name: "missing semicolon at end of file", in: "a", wantErr: true},

		// braces
		{name: "unclosed block", in: "a {\n b;\n", wantErr: true},
		{name: "stray close", in: "a;\n}\n", wantErr: true},
		{name: "block without words", in: "{ a; }", wantErr: true},
		{name: "prompt line", in: "{master:0}\nset a\n", want: `cmd "set" "a"`},
		{name: "prompt not alone on its line", in: "{master:0} a;\n", wantErr: true},

		// set commands
		{name: "set lines", in: "set system host-name r1\nset a \"b c\"\n", want: `cmd "set" "system" "host-name" "r1"|cmd "set" "a" "\"b c\""`},
		{name: "every verb", in: "set a\ndelete a\ndeactivate a\nactivate a\nprotect a\nunprotect a\nannotate a \"x\"\ninsert a b before c d\nrename a b to c\ncopy a b to c\nedit a\nup 2\ntop\nexit\n",
			want: `cmd "set" "a"|cmd "delete" "a"|cmd "deactivate" "a"|cmd "activate" "a"|cmd "protect" "a"|cmd "unprotect" "a"|cmd "annotate" "a" "\"x\""|cmd "insert" "a" "b" "before" "c" "d"|cmd "rename" "a" "b" "to" "c"|cmd "copy" "a" "b" "to" "c"|cmd "edit" "a"|cmd "up" "2"|cmd "top"|cmd "exit"`},
		{name: "set without final newline", in: "set a b", want: `cmd "set" "a" "b"`},
		{name: "set with CRLF and indent", in: "  set a\r\nset b\r\n", want: `cmd "set" "a"|cmd "set" "b"`},
		{name: "set with comment", in: "set a # c\n", want: `cmd "set" "a"`},
		{name: "set with list", in: "set a [ b c ]\n", want: `cmd "set" "a" [ "b" "c" ]`},
		{name: "set with list over lines", in: "set a [ b\n c ]\n", wantErr: true},
		{name: "set with word after list", in: "set a [ b ] c\n", wantErr: true},
		{name: "set with annotation", in: "set /* x */ a /* y */\n", want: `cmd "set" "/* x */" "a" "/* y */"`},
		{name: "set with paren", in: "set a (b;c)\n", want: `cmd "set" "a" "(b;c)"`},
		{name: "verb in quotes is a word", in: "\"set\" a;", want: `stmt "\"set\"" "a"`},
		{name: "verb with semicolon is curly", in: "set a;\n", want: `stmt "set" "a"`},
		{name: "verb with block is curly", in: "set a {\n b;\n}\n", want: `stmt "set" "a" {|  stmt "b"|}`},
		{name: "verb after semicolon is curly", in: "a; set b\n", wantErr: true},
		{name: "verb after brace is curly", in: "a {\n} set b\n", wantErr: true},
		{name: "verb inside a block is curly", in: "a {\n set b\n}\n", want: `stmt "a" {|  stmt "set" "b"|}`},
		{name: "verb after semicolon is curly", in: "a; set b;\n", want: `stmt "a"|stmt "set" "b"`},
		{name: "semicolon in parens keeps a command", in: "set a (b;c)\n", want: `cmd "set" "a" "(b;c)"`},
		{name: "annotation after tags is a comment", in: "inactive: /* x */ a;\n", want: `stmt inactive: "a"`},
		{name: "word after list", in: "a [ b ] c;\n", wantErr: true},
		{name: "verb with brace is curly", in: "set a }\n", wantErr: true},
		{name: "not a verb", in: "sett a b\n", wantErr: true},
		{name: "batfish replace line", in: "replace a b\n", want: `cmd "replace" "a" "b"`},
		{name: "mixed file", in: "system {\n    host-name r1;\n}\nset security policies p\n", want: `stmt "system" {|  stmt "host-name" "r1"|}|cmd "set" "security" "policies" "p"`},
	}
	p, err := reference.NewParser()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stmts, err := p.Parse(tt.name, []byte(tt.in))
			if tt.wantErr {
				if err == nil {
					t.Fatalf("Parse(%q) accepted it, want an error; tree:\n%s", tt.in, reference.Dump(stmts))
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			got := strings.ReplaceAll(strings.TrimSuffix(reference.Dump(stmts), "\n"), "\n", "|")
			if got != tt.want {
				t.Errorf("Parse(%q):\n got  %s\n want %s", tt.in, got, tt.want)
			}
		})
	}
}

// nested returns the dump of n blocks named "a" nested in each other around
// a statement "b", lines joined by "|" and ending in "|".
func nested(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("  ", i) + `stmt "a" {|`)
	}
	b.WriteString(strings.Repeat("  ", n) + `stmt "b"|`)
	for i := n - 1; i >= 0; i-- {
		b.WriteString(strings.Repeat("  ", i) + "}|")
	}
	return b.String()
}

// TestParseError checks that a syntax error names the file and a position.
func TestParseError(t *testing.T) {
	_, err := reference.Parse("bad.conf", []byte("a {\n  b \"open;\n}\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "bad.conf:2:") {
		t.Fatalf("error = %v, want one at bad.conf:2", err)
	}
}

// TestEBNF checks that the grammar builds and prints every production.
func TestEBNF(t *testing.T) {
	p, err := reference.NewParser()
	if err != nil {
		t.Fatal(err)
	}
	g := p.EBNF()
	for _, p := range []string{"File =", "Line =", "Command =", "Statement =", "Block =", "List =", "LineList ="} {
		if !strings.Contains(g, p) {
			t.Errorf("EBNF lacks %q:\n%s", p, g)
		}
	}
}
