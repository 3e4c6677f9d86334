package grammar_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
)

// FuzzParse checks that the parser never panics, always returns a file and
// a configuration tree, and that every span it reports lies within the
// source, with each word's Raw equal to the source text under its span.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"",
		"system { host-name r1; }\n",
		"## Last changed: 2024-03-11 09:12:44 UTC\nversion 23.4R1.10;\nsystem {\n    /* note */\n    host-name \"r1\"; ## SECRET-DATA\n}\n",
		"set system host-name r1\ndelete system\ndeactivate interfaces ge-0/0/0\nedit system\nannotate host-name \"x\"\nup 2\ntop\n",
		"insert firewall family inet filter F term a before term b\nrename a b to b c\ncopy a b to b c\n",
		"inactive: protect: x { y [ a b ]; z ( A && B ); }\n",
		"groups { G { interfaces { <ge-*> { mtu 1; } \"<xe-0/0/[0-3]>\" { mtu 2; } <et-[0-3]> { mtu 3; } } } }\n",
		"a {\n  b \"unterminated;\n  c;\n",
		"}\n] [ ; { \n/* open\n",
		"sett system host-name r1\n",
		"x [ a b\ny;\n",
		"{master:0}\nuser@host> show configuration\nsystem { host-name r1; }\r\n",
		"x \"a\\\"b\\\\\" \"\\n\"; /* c */ # d\n",
		"system {\n    services {\n        ssh;\n    x \"open\n    }\ninterfaces {\n    lo0;\n}\n",
		"x a#b c(d e\"f <g[1]> h\x01i j\x7fk l: m;\nset x (a) /* b */ n#o p:\n",
	} {
		f.Add([]byte(s))
	}
	parser := grammar.NewParser(nil).WithParallelFrom(-1)
	piped := grammar.NewPipedParser(parser.Schema())
	f.Fuzz(func(t *testing.T, src []byte) {
		file := parser.Parse("fuzz", src)
		if file == nil || file.Config == nil || file.Lines == nil {
			t.Fatal("Parse returned a nil file, tree or line index")
		}
		n := len(src)
		checkSpan := func(what string, sp ast.Span) {
			if sp.Start < 0 || sp.End < sp.Start || sp.End > n {
				t.Fatalf("%s span %v outside the source (%d bytes): %q", what, sp, n, src)
			}
		}
		checkWord := func(what string, w ast.Word) {
			checkSpan(what, w.Span)
			if w.Raw != string(src[w.Span.Start:w.Span.End]) {
				t.Fatalf("%s %q differs from the source under its span %v: %q", what, w.Raw, w.Span, src)
			}
		}
		checkComments := func(cs []ast.Comment) {
			for _, c := range cs {
				checkSpan("comment", c.Span)
				if c.Text != string(src[c.Span.Start:c.Span.End]) {
					t.Fatalf("comment %q differs from the source under its span: %q", c.Text, src)
				}
			}
		}
		var walk func(ss []*ast.Stmt, parent *ast.Stmt)
		walk = func(ss []*ast.Stmt, parent *ast.Stmt) {
			for _, s := range ss {
				if s.Parent != parent {
					t.Fatalf("statement at %v has the wrong parent", s.Span)
				}
				checkSpan("statement", s.Span)
				if s.IsCommand() {
					checkWord("verb", s.Verb)
				}
				for _, tg := range s.Tags() {
					checkSpan("tag", tg.Span)
				}
				for _, w := range s.Words {
					checkWord("word", w)
				}
				for _, w := range s.List() {
					checkWord("list member", w)
				}
				for _, off := range []int{s.Open, s.Close, s.Semi} {
					if off < -1 || off >= n && off != -1 {
						t.Fatalf("offset %d outside the source (%d bytes)", off, n)
					}
				}
				checkComments(s.Leading())
				checkComments(s.Trailing())
				walk(s.Children, s)
			}
		}
		walk(file.Stmts, nil)
		checkComments(file.Footer)
		for i, e := range file.Errors {
			checkSpan("error", e.Span)
			if e.Msg == "" {
				t.Fatal("syntax error without a message")
			}
			if i > 0 && e.Span.Start < file.Errors[i-1].Span.Start {
				t.Fatalf("errors out of source order: %q at %d after %q at %d: %q", e.Msg, e.Span.Start, file.Errors[i-1].Msg, file.Errors[i-1].Span.Start, src)
			}
		}
		// The event parse agrees with the tree on files without errors, and
		// never panics on the others.
		rec := &eventRecorder{}
		each := grammar.ParseEvents("fuzz", src, rec)
		if len(file.Errors) == 0 {
			want := treeEvents(file.Stmts, nil)
			if len(each.Errors) > 0 || each.Format != file.Format || !reflect.DeepEqual(rec.got, want) {
				t.Fatalf("ParseEvents: %d errors, form %v, events\n%v\nParse: form %v, tree\n%v\ninput %q", len(each.Errors), each.Format, rec.got, file.Format, want, src)
			}
		}
		lean := parser.ParseConfig("fuzz", src)
		if configString(lean.Config) != configString(file.Config) {
			t.Fatalf("ParseConfig's tree differs from Parse's: %s\ninput %q", firstLineDiff(configString(file.Config), configString(lean.Config)), src)
		}
		checkPlain(t, lean.Config, src)
		// ParseConfig cut in chunks builds the same tree, wherever the cuts.
		for _, froms := range [][]int{{n / 2}, {n / 3, n * 2 / 3}} {
			split, _, _ := grammar.ParseConfigCuts(parser, "fuzz", src, froms...)
			if w, g := splitTree(t, lean), splitTree(t, split); w != g || !reflect.DeepEqual(split.Errors, lean.Errors) || !reflect.DeepEqual(markPaths(split), markPaths(lean)) {
				t.Fatalf("ParseConfig cut after %v differs: %s\ninput %q", froms, firstLineDiff(w, g), src)
			}
		}
		if two := piped.Parse("fuzz", src); configString(two.Config) != configString(file.Config) || !reflect.DeepEqual(two.Errors, file.Errors) || !reflect.DeepEqual(treeEvents(two.Stmts, nil), treeEvents(file.Stmts, nil)) {
			t.Fatalf("Parse on two cores differs: %s\ninput %q", firstLineDiff(configString(file.Config), configString(two.Config)), src)
		}
		if two := piped.ParseSyntax("fuzz", src); !reflect.DeepEqual(two.Errors, file.Errors) || !reflect.DeepEqual(treeEvents(two.Stmts, nil), treeEvents(file.Stmts, nil)) || !reflect.DeepEqual(two.Footer, file.Footer) {
			t.Fatalf("ParseSyntax on two cores differs: input %q", src)
		}
		file.Config.Walk(func(nd *ast.Node) bool {
			for _, c := range nd.Children {
				if c.Parent != nd {
					t.Fatalf("node %q has the wrong parent", c.Name)
				}
			}
			for _, o := range nd.Origins() {
				checkSpan("origin", o.Span)
			}
			return true
		})
	})
}

// eventRecorder records what grammar.ParseEvents hands out, as strings that
// a walk of the syntax tree can reproduce. short holds the same with a
// Close told only by where its block ends, as the second half of a split
// parse reports the blocks open at its start (see ParseEventsSplit).
type eventRecorder struct{ got, short []string }

func (r *eventRecorder) Open(s *ast.Stmt) {
	e := fmt.Sprintf("open %d %d", s.Span.Start, s.Open)
	r.got, r.short = append(r.got, e), append(r.short, e)
}

func (r *eventRecorder) Leaf(s *ast.Stmt) {
	e := eventString("leaf", s)
	r.got, r.short = append(r.got, e), append(r.short, e)
}

func (r *eventRecorder) Close(s *ast.Stmt) {
	r.got, r.short = append(r.got, eventString("close", s)), append(r.short, closeString(s))
}

// closeString tells a Close by where its block ends.
func closeString(s *ast.Stmt) string { return fmt.Sprintf("close %d %d", s.Close, s.Span.End) }

// eventString describes a complete statement: its span, words, tags, list
// and comments.
func eventString(kind string, s *ast.Stmt) string {
	return fmt.Sprintf("%s %v %q %v %v %d %d %d", kind, s.Span, s.WordValues(), s.Tags(), s.List(), len(s.Leading()), len(s.Trailing()), s.Close)
}

// treeEvents returns, appended to out, the events a walk of the syntax tree
// ss gives, as eventRecorder records them in got.
func treeEvents(ss []*ast.Stmt, out []string) []string {
	return walkEvents(ss, out, func(s *ast.Stmt) string { return eventString("close", s) })
}

// treeEventsShort is treeEvents as eventRecorder records them in short.
func treeEventsShort(ss []*ast.Stmt, out []string) []string {
	return walkEvents(ss, out, closeString)
}

func walkEvents(ss []*ast.Stmt, out []string, closeOf func(*ast.Stmt) string) []string {
	for _, s := range ss {
		if !s.HasBlock {
			out = append(out, eventString("leaf", s))
			continue
		}
		out = append(out, fmt.Sprintf("open %d %d", s.Span.Start, s.Open))
		out = walkEvents(s.Children, out, closeOf)
		out = append(out, closeOf(s))
	}
	return out
}

// checkPlain fails when a node of the tree below root is marked plain but
// its name needs quotes: a printer would then print it bare, wrongly.
func checkPlain(t *testing.T, root *ast.Node, src []byte) (plain, nodes int) {
	t.Helper()
	root.Walk(func(nd *ast.Node) bool {
		if nd.Parent == nil {
			return true
		}
		nodes++
		if nd.Plain() {
			plain++
			if ast.NeedsQuotes(nd.Name) {
				t.Fatalf("node %q is marked plain but needs quotes\ninput %q", nd.Name, src)
			}
		}
		return true
	})
	return plain, nodes
}
