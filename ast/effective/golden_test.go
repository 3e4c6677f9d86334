package effective_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the want and report sections of testdata/*.txtar from the curly input")

// TestGolden runs the cases in testdata/*.txtar. Each holds a config as
// `input.conf` (curly) and usually `input.set` (the same config as set
// commands), the expected effective configuration as `want` (display-set
// lines; an inherited leaf ends in `## GROUP`) and the expected findings
// and notes as `report`. Every input form must give the same result; so
// must the display-set form of the curly input, as format.SetLines prints it.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no test cases in testdata")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			inputs := map[string][]byte{}
			var order []string
			for _, f := range ar.Files {
				if strings.HasPrefix(f.Name, "input.") {
					inputs[f.Name] = f.Data
					order = append(order, f.Name)
				}
			}
			curly, ok := inputs["input.conf"]
			if !ok {
				t.Fatal("no input.conf section")
			}
			// The display-set form of the curly input is a further input form.
			inputs["display-set"] = format.SetLines(grammar.Parse("input.conf", curly).Config, format.SetOptions{})
			order = append(order, "display-set")

			if *update {
				want, report := run(t, "input.conf", curly)
				setSection(ar, "want", want)
				setSection(ar, "report", report)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, report := section(ar, "want"), section(ar, "report")
			for _, name := range order {
				gotWant, gotReport := run(t, name, inputs[name])
				if gotWant != want {
					t.Errorf("%s: effective configuration:\n--- got\n%s--- want\n%s", name, gotWant, want)
				}
				if gotReport != report {
					t.Errorf("%s: report:\n--- got\n%s--- want\n%s", name, gotReport, report)
				}
			}
		})
	}
}

// run parses src, computes its effective view, checks the view's
// invariants and renders it for comparison.
func run(t *testing.T, name string, src []byte) (want, report string) {
	t.Helper()
	f := grammar.Parse(name, src)
	for _, e := range f.Errors {
		p := f.Pos(e.Span.Start)
		t.Fatalf("%s:%d:%d: %s", name, p.Line, p.Column, e.Msg)
	}
	v := effective.Compute(f, nil)
	checkInvariants(t, f, v)
	return renderTree(v.Root), renderReport(f, v)
}

// renderTree prints root as display-set lines, marking inherited leaves with
// `## GROUP` and following a protected element with a `protect` line.
func renderTree(root *ast.Node) string {
	var b strings.Builder
	var walk func(n *ast.Node)
	walk = func(n *ast.Node) {
		if n.Parent != nil && n.IsLeaf() {
			b.WriteString("set " + n.PathString())
			if n.Group() != "" {
				b.WriteString(" ## " + n.Group())
			}
			b.WriteByte('\n')
		}
		for _, k := range n.Children {
			walk(k)
		}
		if n.Parent != nil && n.Protected {
			b.WriteString("protect " + n.PathString() + "\n")
		}
	}
	walk(root)
	return b.String()
}

// renderReport prints the undefined groups, cycles and notes of v, one a
// line. A cycle shows the group and the name its apply-groups word holds.
func renderReport(f *ast.File, v *effective.View) string {
	var b strings.Builder
	for _, r := range v.Undefined {
		b.WriteString("undefined " + r.Name + "\n")
	}
	for _, r := range v.Cycles {
		b.WriteString("cycle " + r.Name + " -> " + wordAt(f, r.Origin.Span) + "\n")
	}
	for _, n := range v.Notes {
		b.WriteString("note " + n.Group + ": " + n.Text + "\n")
	}
	return b.String()
}

func wordAt(f *ast.File, s ast.Span) string {
	if s.Start < 0 || s.End > len(f.Src) || s.Start >= s.End {
		return ""
	}
	return ast.Unquote(string(f.Src[s.Start:s.End]))
}

func section(ar *txtar.Archive, name string) string {
	for _, f := range ar.Files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	return ""
}

func setSection(ar *txtar.Archive, name, data string) {
	for i := range ar.Files {
		if ar.Files[i].Name == name {
			ar.Files[i].Data = []byte(data)
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(data)})
}

// checkInvariants checks what must hold for every effective view: no
// inactive node and no `groups` stanza survive; every node links to the
// word that wrote it; an inherited node names its group, its origin lies
// inside that group's definition, and Via is a word of an apply-groups
// statement that names the group (or `${node}` for node0/node1); references
// and notes point at the words they are about.
func checkInvariants(t *testing.T, f *ast.File, v *effective.View) {
	t.Helper()
	if v.Root == nil || v.Root.Parent != nil {
		t.Fatal("effective root missing or not a root")
	}
	if v.Root.Child("groups") != nil {
		t.Error("effective root keeps the groups stanza")
	}
	bad := 0
	report := func(n *ast.Node, format string, args ...any) {
		bad++
		if bad <= 10 {
			t.Errorf("%s: %s: "+format, append([]any{f.Name, n.PathString()}, args...)...)
		}
	}
	v.Root.Walk(func(n *ast.Node) bool {
		if n.Parent == nil {
			return true
		}
		if n.Inactive {
			report(n, "inactive node in the effective view")
		}
		if o := n.Origin(); o.Stmt == nil {
			report(n, "no origin")
		} else if w := wordAt(f, o.Span); w != n.Name && !renamed(o.Stmt) {
			report(n, "origin word is %q", w)
		}
		if n.Group() == "" {
			if n.Via() != (ast.Origin{}) {
				report(n, "Via set on a node that is not inherited")
			}
			return true
		}
		if p := n.Parent; p.Parent != nil && p.Group() == "" && p.Child(n.Name) != n {
			report(n, "not reachable by name from its parent")
		}
		if !insideGroup(n.Origin().Stmt, n.Group()) {
			report(n, "inherited from %q but its origin is not inside that group", n.Group())
		}
		if n.Via().Stmt == nil || !isApplyGroups(n.Via().Stmt) {
			report(n, "Via is not an apply-groups statement")
		} else if w := wordAt(f, n.Via().Span); w != n.Group() && !(strings.Contains(w, "${node}") && strings.HasPrefix(n.Group(), "node")) {
			report(n, "Via word %q does not name group %q", w, n.Group())
		}
		return true
	})
	for _, r := range v.Undefined {
		if w := wordAt(f, r.Origin.Span); w != r.Name && !strings.Contains(w, "${node}") {
			t.Errorf("undefined %q points at %q", r.Name, w)
		}
	}
}

// renamed reports whether s is a set-file `rename`, after which a node's
// first origin still points at its old name.
func renamed(s *ast.Stmt) bool { return s.IsCommand() && s.Verb.Raw == "rename" }

// insideGroup reports whether the statement s is part of `groups g`.
func insideGroup(s *ast.Stmt, g string) bool {
	if s == nil {
		return false
	}
	var words []string
	if s.IsCommand() {
		words = s.WordValues()
	} else {
		for _, w := range s.EditPath() {
			words = append(words, ast.Unquote(w))
		}
		words = append(words, s.WordValues()...)
	}
	return len(words) >= 2 && words[0] == "groups" && words[1] == g
}

// isApplyGroups reports whether s is an `apply-groups` statement.
func isApplyGroups(s *ast.Stmt) bool {
	for _, w := range s.Words {
		if w.Value() == "apply-groups" {
			return true
		}
	}
	return false
}

// TestSetLinesOfView checks that format.SetLines prints an effective view
// like the golden rendering without the group marks (the printer the show
// command and the oracle test use).
func TestSetLinesOfView(t *testing.T) {
	src := []byte("groups { G { system { time-zone UTC; } } }\napply-groups G;\nsystem { host-name r1; }\n")
	v := effective.Compute(grammar.Parse("t.conf", src), nil)
	got := format.SetLines(v.Root, format.SetOptions{})
	want := []byte("set apply-groups G\nset system host-name r1\nset system time-zone UTC\n")
	if !bytes.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
