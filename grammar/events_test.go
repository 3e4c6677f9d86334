package grammar_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/schema"
)

// TestEventsCorpus checks on every corpus file that ParseEvents hands out
// the statements of the syntax tree ParseSyntax builds, in order, each
// complete with its comments.
func TestEventsCorpus(t *testing.T) {
	files := corpusFiles(t)
	checked := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := grammar.ParseSyntax(path, src)
		rec := &eventRecorder{}
		g := grammar.ParseEvents(path, src, rec)
		if len(f.Errors) > 0 {
			continue
		}
		checked++
		want := treeEvents(f.Stmts, nil)
		if len(g.Errors) > 0 || g.Format != f.Format || !reflect.DeepEqual(rec.got, want) {
			t.Errorf("%s: ParseEvents differs from the tree (%d errors, form %v, %d events; want form %v, %d events)", filepath.Base(path), len(g.Errors), g.Format, len(rec.got), f.Format, len(want))
		}
	}
	if checked < 600 {
		t.Errorf("checked only %d corpus files", checked)
	}
}

// TestParseConfigCorpus checks on every corpus file that ParseConfig, and
// Parse on two cores, build the configuration tree that the builder makes
// from the syntax tree, and that the two-core Parse makes the same syntax
// tree as ParseSyntax.
func TestParseConfigCorpus(t *testing.T) {
	files := corpusFiles(t)
	sch := schema.New()
	split, clean := 0, 0
	p, piped := grammar.NewParser(sch).WithParallelFrom(-1), grammar.NewPipedParser(sch)
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want := p.ParseSyntax(path, src)
		grammar.BuildConfig(p, want)
		if len(want.Errors) == 0 {
			clean++
		}
		for _, c := range []struct {
			name string
			f    *ast.File
		}{
			{"ParseConfig", p.ParseConfig(path, src)},
			{"Parse on two cores", piped.Parse(path, src)},
		} {
			if w, g := configString(want.Config), configString(c.f.Config); w != g {
				t.Errorf("%s: %s's tree differs from the one built from the syntax tree:\n%s", filepath.Base(path), c.name, firstLineDiff(w, g))
			}
			if !reflect.DeepEqual(want.Errors, c.f.Errors) || want.Format != c.f.Format {
				t.Errorf("%s: %s: %d errors, form %v; want %d, %v", filepath.Base(path), c.name, len(c.f.Errors), c.f.Format, len(want.Errors), want.Format)
			}
		}
		wantEvents := treeEvents(want.Stmts, nil)
		if got := piped.Parse(path, src); !reflect.DeepEqual(treeEvents(got.Stmts, nil), wantEvents) || !reflect.DeepEqual(got.Footer, want.Footer) {
			t.Errorf("%s: the syntax tree of Parse on two cores differs", filepath.Base(path))
		}
		if got := piped.ParseSyntax(path, src); !reflect.DeepEqual(treeEvents(got.Stmts, nil), wantEvents) || !reflect.DeepEqual(got.Errors, want.Errors) || !reflect.DeepEqual(got.Footer, want.Footer) || got.Format != want.Format {
			t.Errorf("%s: ParseSyntax on two cores differs", filepath.Base(path))
		}
		g, hs := piped.ParseEventsSplit(path, src, func(int, int) grammar.Handler { return &eventRecorder{} })
		var events []string
		for _, h := range hs {
			events = append(events, h.(*eventRecorder).short...)
		}
		if len(want.Errors) == 0 && (!reflect.DeepEqual(events, treeEventsShort(want.Stmts, nil)) || g.Format != want.Format || !reflect.DeepEqual(g.Footer, want.Footer)) {
			t.Errorf("%s: ParseEventsSplit (%d parts) differs from the tree", filepath.Base(path), len(hs))
		}
		if len(hs) == 2 {
			split++
		}
	}
	// Most files cut in two; the rest have no clean cut near the middle.
	t.Logf("%d of %d files without syntax errors parsed in two halves", split, clean)
	if split < clean/2 {
		t.Errorf("only %d of %d files were parsed in two halves", split, clean)
	}
}

// TestPlainMarks checks which nodes ParseConfig marks plain (see
// ast.Node.Plain): words that stand bare, never a word with a byte that
// needs quotes, and on the corpus almost every node.
func TestPlainMarks(t *testing.T) {
	tests := []struct {
		src       string
		plain     []string // node names marked plain
		notPlain  []string // node names not marked
		wantNodes int
	}{
		{src: "system { host-name r1; }\n", plain: []string{"system", "host-name", "r1"}},
		{src: "x a#b c(d e\"f <g[1]> h\x01i j\x7fk;\n", plain: []string{"x"}, notPlain: []string{"a#b", "c(d", "e\"f", "<g[1]>", "h\x01i", "j\x7fk"}},
		{src: "x y:;\nz \"q\";\n", plain: []string{"x", "z"}, notPlain: []string{"y:", "q"}},
		{src: "policy-options { policy-statement p { term t { from (a && b); } } }\n", plain: []string{"policy-statement", "p", "from"}, notPlain: []string{"(a && b)"}},
		{src: "system { encrypted-password /* SECRET-DATA */; }\n", plain: []string{"encrypted-password"}, notPlain: []string{"/* SECRET-DATA */"}},
		{src: "set system host-name r1\nset snmp community a#b\nset x y(z)\n", plain: []string{"system", "host-name", "r1", "snmp", "community", "x"}, notPlain: []string{"a#b", "y(z)"}},
		{src: "x [ a b#c \"d\" ];\n", plain: []string{"x", "a"}, notPlain: []string{"b#c", "d"}},
	}
	p := grammar.NewParser(nil)
	for _, tt := range tests {
		f := p.ParseConfig("t", []byte(tt.src))
		if len(f.Errors) > 0 {
			t.Errorf("%q: %v", tt.src, f.Errors)
			continue
		}
		marked := map[string]bool{}
		checkPlain(t, f.Config, []byte(tt.src))
		f.Config.Walk(func(n *ast.Node) bool {
			if n.Parent != nil {
				marked[n.Name] = n.Plain()
			}
			return true
		})
		for _, name := range tt.plain {
			if got, ok := marked[name]; !ok || !got {
				t.Errorf("%q: node %q: plain %v (present %v), want plain", tt.src, name, got, ok)
			}
		}
		for _, name := range tt.notPlain {
			if got, ok := marked[name]; !ok || got {
				t.Errorf("%q: node %q: plain %v (present %v), want not plain", tt.src, name, got, ok)
			}
		}
	}
	// Parse leaves nodes unmarked: false means "not known".
	f := p.Parse("t", []byte("system { host-name r1; }\n"))
	if n := f.Config.Child("system"); n == nil || n.Plain() {
		t.Errorf("Parse marked a node plain; only ParseConfig marks nodes")
	}
	// A renamed or copied node loses its mark; the copy's children keep
	// theirs.
	f = p.ParseConfig("t", []byte("set a b c\nrename a b to b d\ncopy a d to a e\n"))
	a := f.Config.Child("a")
	for _, name := range []string{"d", "e"} {
		if n := a.Child(name); n == nil || n.Plain() {
			t.Errorf("after rename and copy: node a %s missing or marked plain", name)
		}
	}
	if n := a.Child("e").Child("c"); n == nil || !n.Plain() {
		t.Errorf("copy: child c of the copy missing or not marked plain")
	}

	files := corpusFiles(t)
	plain, nodes := 0, 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		p1, n1 := checkPlain(t, p.ParseConfig(path, src).Config, src)
		plain, nodes = plain+p1, nodes+n1
	}
	// Quoted words are not marked: descriptions, secrets, some names.
	t.Logf("%d of %d corpus nodes marked plain", plain, nodes)
	if plain < nodes*9/10 {
		t.Errorf("only %d of %d corpus nodes marked plain", plain, nodes)
	}
}

// configString renders a configuration tree with everything a printer of
// it reads: names, flags, annotations, and for a quoted node the word that
// wrote it and the shape of its statement.
func configString(root *ast.Node) string {
	var b strings.Builder
	var walk func(n *ast.Node, depth int)
	walk = func(n *ast.Node, depth int) {
		for _, c := range n.Children {
			fmt.Fprintf(&b, "%s%q q=%v i=%v p=%v l=%v a=%q", strings.Repeat(" ", depth), c.Name, c.Quoted, c.Inactive, c.Protected, c.ListForm, c.Annotation())
			if o := c.Origin(); c.Quoted && o.Stmt != nil {
				raw := ""
				for _, w := range append(append([]ast.Word(nil), o.Stmt.Words...), o.Stmt.List()...) {
					if w.Span == o.Span {
						raw = w.Raw
					}
				}
				// A lean build keeps no origin for a word that quoting its
				// value reproduces (and may then keep a later bare one); a
				// full one keeps them all.
				if strings.HasPrefix(raw, `"`) && !grammar.PlainQuoted(raw, c.Name) {
					fmt.Fprintf(&b, " raw=%s cmd=%v words=%d block=%v list=%v", raw, o.Stmt.IsCommand(), len(o.Stmt.Words), o.Stmt.HasBlock, o.Stmt.HasList)
				}
			}
			b.WriteByte('\n')
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return b.String()
}

// firstLineDiff shows the first line where a and b differ.
func firstLineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return "(equal)"
}

// corpusFiles returns every file of the corpus, or skips the test when the
// corpus is absent.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus); skipping")
	}
	files, err := corpus.Files(dir, "curly", "set", "pairs", "pki", "preprocess", "invalid")
	if err != nil {
		t.Fatal(err)
	}
	return files
}
