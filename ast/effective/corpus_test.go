package effective_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/schema"
)

// TestCorpus computes the effective view of every corpus file (invalid ones
// included) and checks its invariants. For a file without a `groups`
// stanza the effective view is the configuration minus its inactive
// statements: `show --effective --to set` must print what `convert --to
// set` prints once inactive statements are dropped.
func TestCorpus(t *testing.T) {
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found")
	}
	files, err := corpus.Files(dir, "curly", "set", "pairs", "pki", "preprocess", "invalid")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("corpus is empty")
	}
	sch := schema.New()
	var withGroups, plain, inherited, marked int
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, path)
		f := grammar.Parse(rel, src)
		before := treeDump(f.Config)
		v := effective.Compute(f, sch)
		checkInvariants(t, f, v)
		// With the parser's Marks the view skips the subtrees they say
		// nothing in changes; without them it visits every node. Both must
		// give the same view.
		if f.Marks != nil {
			marked++ // nil only after a `copy` command
		}
		whole := *f
		whole.Marks = nil
		if a, b := viewDump(v), viewDump(effective.Compute(&whole, sch)); a != b {
			t.Errorf("%s: the view computed with File.Marks differs from the one without", rel)
		}
		// The view shares unchanged subtrees with the parsed tree: it must
		// never change that tree.
		if after := treeDump(f.Config); after != before {
			t.Errorf("%s: computing the effective view changed the parsed tree", rel)
		}
		if f.Config.Child("groups") != nil {
			withGroups++
			v.Root.Walk(func(n *ast.Node) bool {
				if n.Group() != "" {
					inherited++
				}
				return true
			})
			continue
		}
		plain++
		want := format.SetLines(activeOnly(f.Config, sch), format.SetOptions{})
		got := format.SetLines(v.Root, format.SetOptions{})
		if !bytes.Equal(got, want) {
			t.Errorf("%s: effective view of a file without groups differs from its active configuration", rel)
		}
	}
	t.Logf("%d files: %d with groups (%d inherited nodes), %d without (effective = active configuration)",
		len(files), withGroups, inherited, plain)
	if marked < len(files)*9/10 {
		t.Errorf("only %d of %d files have File.Marks", marked, len(files))
	}
}

// activeOnly returns a copy of root without its inactive nodes and
// everything beneath them. An inactive key (the last word naming a list
// entry) takes its entry with it: the key words above it and the list
// keyword, as far up as nothing else hangs from them.
func activeOnly(root *ast.Node, sch *schema.Schema) *ast.Node {
	c := root.Clone()
	var drop func(n *ast.Node)
	drop = func(n *ast.Node) {
		var dead []*ast.Node
		for _, k := range n.Children {
			if k.Inactive {
				dead = append(dead, k)
				continue
			}
			drop(k)
		}
		if len(dead) == 0 {
			return
		}
		key := sch.Lookup(dead[0].Path()).Kind() == schema.Key
		for _, k := range dead {
			n.Remove(k)
		}
		for up := n; key && len(up.Children) == 0 && up.Parent != nil; {
			kind := sch.Lookup(up.Path()).Kind()
			if kind != schema.Key && kind != schema.List {
				break
			}
			parent := up.Parent
			parent.Remove(up)
			if kind == schema.List {
				break
			}
			up = parent
		}
	}
	drop(c)
	return c
}

// treeDump prints every node of a tree with its flags, group and parent
// link, so that any change to the tree shows.
// viewDump renders a view: its tree with provenance, and its notes,
// undefined groups and cycles.
func viewDump(v *effective.View) string {
	return fmt.Sprintf("%s%v\n%v\n%v\n%v", treeDump(v.Root), v.Notes, v.Undefined, v.Cycles, v.Defined)
}

func treeDump(root *ast.Node) string {
	var b strings.Builder
	var walk func(n *ast.Node, depth int)
	walk = func(n *ast.Node, depth int) {
		for _, k := range n.Children {
			fmt.Fprintf(&b, "%*s%q i=%t p=%t g=%q via=%v parent=%t origins=%d\n", depth, "", k.Name, k.Inactive, k.Protected, k.Group(), k.Via().Span, k.Parent == n, len(k.Origins()))
			walk(k, depth+1)
		}
	}
	walk(root, 0)
	return b.String()
}
