package fix_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/schema"
)

// effectiveOf returns the effective configuration of the configuration
// tree root as display-set lines: root printed as set lines, parsed again,
// inheritance applied, printed again. Both sides of a comparison go through
// the same printer and parser, so only the configuration can differ.
func effectiveOf(root *ast.Node, sch *schema.Schema) string {
	text := format.SetLines(root, format.SetOptions{})
	f := grammar.NewParser(sch).Parse("set", text)
	return string(format.SetLines(effective.Compute(f, sch).Root, format.SetOptions{}))
}

// checkProperties checks out, the text of f after fx's edits: it parses
// cleanly, keeps f's form, holds the effective configuration that
// executing fx's operations on f's tree gives, and applying fx again leaves
// it as it is (see idempotent). A file left empty has no form, and a mixed
// file loses a form when a delete takes all its statements of that form.
func checkProperties(t *testing.T, sch *schema.Schema, f *ast.File, fx fix.Fix, out []byte) {
	t.Helper()
	p := grammar.NewParser(sch)
	g := p.Parse(f.Name, out)
	if len(g.Errors) > 0 {
		pos := g.Pos(g.Errors[0].Span.Start)
		t.Errorf("%s: result does not parse: line %d: %s\n%s", fx.Commands(), pos.Line, g.Errors[0].Msg, out)
		return
	}
	deletes := slices.ContainsFunc(fx.Ops, func(op fix.Op) bool { return op.Verb == fix.Delete })
	if f.Format != ast.FormatUnknown && g.Format != ast.FormatUnknown && g.Format != f.Format &&
		!(f.Format == ast.FormatMixed && deletes) {
		t.Errorf("%s: form changed from %s to %s", fx.Commands(), f.Format, g.Format)
	}
	want := effectiveOf(fix.ApplyOps(f.Config, fx.Ops, sch), sch)
	if got := effectiveOf(g.Config, sch); got != want {
		t.Errorf("%s: text edits and tree operations disagree:\n--- text edits\n%s--- operations\n%s--- result\n%s", fx.Commands(), got, want, out)
		return
	}
	if !idempotent(fx) {
		return
	}
	es, err := fix.TextEdits(g, fx, sch)
	if err != nil {
		t.Errorf("%s: second application: %v", fx.Commands(), err)
		return
	}
	if again, _, _ := fix.Apply(out, es); !bytes.Equal(again, out) {
		t.Errorf("%s: second application changes the file:\n%s", fx.Commands(), again)
	}
}

// idempotent reports whether applying fx twice must give what applying it
// once gives: it must unless it deletes an element and then sets something
// below it again (the second run deletes and sets again, which may move the
// text).
func idempotent(fx fix.Fix) bool {
	for i, op := range fx.Ops {
		if op.Verb != fix.Delete {
			continue
		}
		for _, later := range fx.Ops[i+1:] {
			if later.Verb == fix.Set && len(later.Path) >= len(op.Path) && slices.Equal(later.Path[:len(op.Path)], op.Path) {
				return false
			}
		}
	}
	return true
}

// fixtureFiles returns the rule fixtures and this package's golden inputs.
func fixtureFiles(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	paths, err := filepath.Glob(filepath.Join("..", "lint", "rules", "testdata", "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[p] = b
	}
	gold, _ := filepath.Glob(filepath.Join("testdata", "edits", "*.txtar"))
	for _, p := range gold {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if f.Name == "input" {
				out[p] = f.Data
			}
		}
	}
	return out
}

// syntheticFixes returns fixes that exercise every kind of edit on the
// node n of a parsed tree: delete it, add a leaf below it (a quoted value
// that needs escapes), add a sibling value, toggle its inactive flag, and a
// delete followed by a set.
func syntheticFixes(n *ast.Node) []fix.Fix {
	p := n.Path()
	mk := func(ops ...fix.Op) fix.Fix { return fix.Fix{Title: "synthetic", Applicability: fix.Safe, Ops: ops} }
	set := func(path ...string) fix.Op { return fix.Op{Verb: fix.Set, Path: path} }
	add := func(more ...string) []string { return append(append([]string(nil), p...), more...) }
	out := []fix.Fix{
		mk(fix.Op{Verb: fix.Delete, Path: p}),
		mk(set(add("junoslint-test", `say "hi" \ {x};`)...)),
		mk(set(add("junoslint-a", "junoslint-b", "<placeholder>")...)),
		mk(set(append(append([]string(nil), p[:len(p)-1]...), "junoslint-sibling")...)),
		mk(fix.Op{Verb: fix.Delete, Path: p}, set(add("junoslint-back")...)),
	}
	if n.Inactive {
		out = append(out, mk(fix.Op{Verb: fix.Activate, Path: p}))
	} else {
		out = append(out, mk(fix.Op{Verb: fix.Deactivate, Path: p}))
	}
	return out
}

// knownRefusal reports whether err is one of the documented cases where a
// fix cannot be written as text edits in the file's own form.
func knownRefusal(err error) bool {
	for _, s := range []string{"cannot mark it", "one-line statement", "inside an `edit` level", "is protected"} {
		if strings.Contains(err.Error(), s) {
			return true
		}
	}
	return false
}

// TestPropertyFixtures is the property that keeps the two renderings
// honest, over every rule fixture and golden input: for synthetic fixes on
// a sample of nodes, applying the text edits and parsing again gives the
// same effective configuration as executing the operations on the tree.
func TestPropertyFixtures(t *testing.T) {
	sch := schema.New()
	files := fixtureFiles(t)
	if len(files) == 0 {
		t.Fatal("no fixture files")
	}
	checked, refused := 0, 0
	for name, src := range files {
		f := grammar.NewParser(sch).Parse(name, src)
		if len(f.Errors) > 0 {
			continue
		}
		var nodes []*ast.Node
		f.Config.Walk(func(n *ast.Node) bool {
			if n.Parent != nil {
				nodes = append(nodes, n)
			}
			return true
		})
		step := max(1, len(nodes)/4)
		for i := 0; i < len(nodes); i += step {
			for _, fx := range syntheticFixes(nodes[i]) {
				es, err := fix.TextEdits(f, fx, sch)
				if err != nil {
					if !knownRefusal(err) {
						t.Errorf("%s: %v", name, err)
					}
					refused++
					continue
				}
				out, _, skipped := fix.Apply(src, es)
				if skipped > 0 {
					t.Errorf("%s: %s: %d edits overlap", name, fx.Commands(), skipped)
				}
				checkProperties(t, sch, f, fx, out)
				checked++
			}
		}
	}
	t.Logf("%d files, %d fixes checked, %d refused", len(files), checked, refused)
}

// TestPropertyCorpus runs the same property on a sample of nodes of every
// corpus file (skipped in -short mode and when the corpus is absent).
func TestPropertyCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus property test in -short mode")
	}
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found")
	}
	paths, err := corpus.Files(dir, ".")
	if err != nil {
		t.Fatal(err)
	}
	sch := schema.New()
	checked, refused, files := 0, 0, 0
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := grammar.NewParser(sch).Parse(path, src)
		if len(f.Errors) > 0 || f.Format == ast.FormatUnknown {
			continue
		}
		files++
		var nodes []*ast.Node
		f.Config.Walk(func(n *ast.Node) bool {
			if n.Parent != nil {
				nodes = append(nodes, n)
			}
			return true
		})
		// a few nodes per file: the first, the last and three between;
		// one node of a large file, which is parsed several times per fix
		picks := []int{0, len(nodes) / 4, len(nodes) / 2, 3 * len(nodes) / 4, len(nodes) - 1}
		if len(src) > 64<<10 {
			picks = []int{len(nodes) / 2}
		}
		for _, i := range picks {
			if i < 0 || i >= len(nodes) {
				continue
			}
			for _, fx := range syntheticFixes(nodes[i]) {
				es, err := fix.TextEdits(f, fx, sch)
				if err != nil {
					if !knownRefusal(err) {
						t.Errorf("%s: %v", path, err)
					}
					refused++
					continue
				}
				out, _, skipped := fix.Apply(src, es)
				if skipped > 0 {
					t.Errorf("%s: %s: %d edits overlap", path, fx.Commands(), skipped)
				}
				checkProperties(t, sch, f, fx, out)
				checked++
			}
		}
	}
	t.Logf("%d corpus files, %d fixes checked, %d refused", files, checked, refused)
}
