package grammar_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

// splitTree renders what a split ParseConfig must reproduce of the
// sequential one: the tree as configString shows it, each node's plain
// mark, and each node's parent link.
func splitTree(t *testing.T, f *ast.File) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(configString(f.Config))
	f.Config.Walk(func(n *ast.Node) bool {
		for _, c := range n.Children {
			if c.Parent != n {
				t.Errorf("node %q: Parent is not the node it is a child of", c.PathString())
			}
		}
		if n.Plain() {
			fmt.Fprintf(&b, "plain %s\n", n.PathString())
		}
		return true
	})
	fmt.Fprintf(&b, "form %v footer %d errors %d\n", f.Format, len(f.Footer), len(f.Errors))
	return b.String()
}

// markPaths returns the paths of File.Marks, sorted and without repeats:
// a superset is allowed, so the test compares what they reach.
func markPaths(f *ast.File) []string {
	if f.Marks == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, n := range f.Marks.Nodes {
		p := n.PathString()
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// TestParseConfigSplit checks ParseConfig on two cores against ParseConfig
// on one, on files made to hit each way a graft can fail: the two must
// build the same tree, and graft only where grafting is exact.
func TestParseConfigSplit(t *testing.T) {
	block := func(name string, n int) string {
		var b strings.Builder
		fmt.Fprintf(&b, "%s {\n", name)
		for i := range n {
			fmt.Fprintf(&b, "    ge-0/0/%d {\n        unit 0 {\n            family inet {\n                address 10.0.%d.1/24;\n            }\n        }\n    }\n", i, i)
		}
		b.WriteString("}\n")
		return b.String()
	}
	// then is a policy term whose then block holds stmt.
	then := func(stmt string) string {
		return "policy-options {\n    policy-statement P {\n        term T {\n            then {\n                " + stmt + ";\n            }\n        }\n    }\n}\n"
	}
	tests := []struct {
		name string
		src  string
		// all is set when every cut must graft; else some must not.
		all bool
	}{
		{"blocks", block("interfaces", 20), true},
		{"two top-level blocks of one name", block("interfaces", 10) + block("interfaces", 10), true},
		{"inactive opener", "inactive: " + block("interfaces", 20), true},
		{"protected opener with annotation", "/* mine */\nprotect: " + block("interfaces", 20), true},
		{"single-valued keyword set twice", "system {\n    host-name a;\n}\n" + block("interfaces", 20) + "system {\n    host-name b;\n}\n", true},
		{"single-valued keyword set alike, then anew", "system {\n    host-name a;\n}\n" + block("interfaces", 20) + "system {\n    host-name a;\n    host-name b;\n}\n", true},
		{"single-valued keyword given a block word", "system {\n    host-name a;\n}\n" + block("interfaces", 20) + "system {\n    host-name b {\n        x;\n    }\n}\n", true},
		{"single-valued keyword given a block word, then a value", "system {\n    host-name a;\n}\n" + block("interfaces", 20) + "system {\n    host-name b {\n        x;\n    }\n    host-name c;\n}\n", true},
		{"single-valued keyword set twice alike", "system {\n    host-name a;\n}\n" + block("interfaces", 20) + "system {\n    host-name a;\n}\n", true},
		{"delete tag after the cut", block("interfaces", 20) + "interfaces {\n    delete: ge-0/0/1;\n}\n", true},
		{"active tag after the cut", "interfaces {\n    inactive: ge-0/0/1;\n}\n" + block("interfaces", 20) + "interfaces {\n    active: ge-0/0/1;\n}\n", true},
		{"delete tag on an open block", "interfaces {\n    delete: ge-0/0/99 {\n" + strings.Repeat("        unit 1 {\n            vlan-id 1;\n        }\n", 20) + "    }\n}\n", false},
		{"delete tag, then the element again", block("interfaces", 20) + "interfaces {\n    delete: ge-0/0/1;\n    ge-0/0/1 {\n        mtu 1;\n    }\n}\n", true},
		{"delete tag on a list's only entry after the cut", "interfaces {\n    ge-0/0/1 {\n        unit 0 {\n            vlan-id 1;\n        }\n    }\n}\n" + block("interfaces", 20) + "interfaces {\n    ge-0/0/1 {\n        delete: unit 0;\n    }\n}\n", true},
		{"element, then a delete tag", block("interfaces", 20) + "interfaces {\n    ge-0/0/1 {\n        mtu 1;\n    }\n    delete: ge-0/0/1;\n}\n", true},
		{"active tag, then inactive", "interfaces {\n    inactive: ge-0/0/1;\n}\n" + block("interfaces", 20) + "interfaces {\n    active: ge-0/0/1;\n    inactive: ge-0/0/1;\n}\n", true},
		{"flag tag below a deleted block", "inactive: " + block("interfaces", 20) + "interfaces {\n    delete: ge-0/0/1 {\n        active: interfaces;\n    }\n}\n", false},
		{"set file with flag commands", "set interfaces ge-0/0/9 unit 0\nset interfaces ge-0/0/8 unit 0\nprotect interfaces ge-0/0/8\n" + strings.Repeat("set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24\n", 20) + "deactivate interfaces ge-0/0/9\nactivate interfaces ge-0/0/9\ndeactivate interfaces ge-0/0/9 unit 0\nunprotect interfaces ge-0/0/8\nprotect interfaces ge-0/0/0\ndeactivate interfaces ge-0/0/7\nset interfaces ge-0/0/7\n", true},
		{"set file with delete", "set interfaces ge-0/0/9 unit 0\n" + strings.Repeat("set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24\n", 20) + "delete interfaces ge-0/0/9\n", false},
		{"inactive tag after the cut on an earlier node", block("interfaces", 20) + "interfaces {\n    inactive: ge-0/0/1;\n    inactive: ge-0/0/99;\n}\n", true},
		{"delete tag on a line of its own above an open block", "interfaces {\n    delete:\n    ge-0/0/99 {\n" + strings.Repeat("        unit 1 {\n            vlan-id 1;\n        }\n", 20) + "    }\n}\n", false},
		{"opener indented less than its depth", "interfaces {\n    ge-0/0/0 {\n        unit 0 {\n        }\n    }\n  ge-0/0/1 {\n" + strings.Repeat("        unit 1 {\n            vlan-id 1;\n        }\n", 20) + "    }\n}\n", false},
		{"protect tag after the cut on an earlier node", block("interfaces", 20) + "interfaces {\n    protect: ge-0/0/1;\n}\n", true},
		{"leaf-list after the cut on an earlier keyword", "apply-groups a;\n" + block("interfaces", 20) + "apply-groups [ b c ];\n", true},
		{"annotation after the cut", block("interfaces", 20) + "interfaces {\n    /* later */\n    ge-0/0/1;\n}\n", true},
		{"apply-groups after the cut", block("interfaces", 20) + "interfaces {\n    ge-0/0/1 {\n        apply-groups g;\n    }\n}\napply-groups [ a b ];\n", true},
		{"set file", strings.Repeat("set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24\nset system host-name a\n", 20), true},
		{"set file with deactivate", strings.Repeat("set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24\n", 20) + "deactivate interfaces ge-0/0/0\n", true},
		{"set file with edit", "edit interfaces\n" + strings.Repeat("set ge-0/0/0 unit 0 family inet address 10.0.0.1/24\n", 40), false},
		{"set file with a new value", "set system host-name a\n" + strings.Repeat("set interfaces ge-0/0/0 unit 0\n", 40) + "set system host-name b\n", true},
		{"quoted string across the cut", "system {\n    login {\n        message \"a\n" + strings.Repeat("    }\n", 40) + "\";\n    }\n}\n" + block("interfaces", 4), false},
		{"opener not where the indentation says", "interfaces { ge-0/0/0 {\n" + strings.Repeat("    }\n    ge-0/0/1 {\n", 20) + "    }\n}\n", false},
		{"opener line with a comment", "interfaces { # c\n" + strings.TrimPrefix(block("interfaces", 20), "interfaces {\n"), false},
		{"quoted and odd words", "interfaces {\n" + strings.Repeat("    \"ge-0/0/0\" {\n        description \"a b\";\n        unit 0 {\n            family inet {\n                filter { input x#y; }\n            }\n        }\n    }\n", 10) + "}\n", true},
		{"syntax error after the cut", block("interfaces", 20) + "}\n", false},
		{"choice keyword after the cut", then("local-preference 300") + block("interfaces", 20) + then("local-preference add 50"), true},
		{"choice value after the cut", then("local-preference add 50") + block("interfaces", 20) + then("local-preference 300"), true},
		{"choice keyword's value after the cut", then("local-preference add 200") + block("interfaces", 20) + then("local-preference add 50"), true},
		{"set file with a choice keyword", "set policy-options policy-statement P term T then metric 20\n" + strings.Repeat("set interfaces ge-0/0/0 unit 0\n", 40) + "set policy-options policy-statement P term T then metric add 10\n", true},
	}
	sch := schema.New()
	p := grammar.NewParser(sch).WithParallelFrom(-1)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			want := p.ParseConfig("t.conf", src)
			check := func(what string, got *ast.File) {
				t.Helper()
				if w, g := splitTree(t, want), splitTree(t, got); w != g {
					t.Fatalf("%s: the tree differs from ParseConfig's:\n%s", what, firstLineDiff(w, g))
				}
				if w, g := markPaths(want), markPaths(got); !reflect.DeepEqual(w, g) {
					t.Fatalf("%s: marks %q, want %q", what, g, w)
				}
				if !reflect.DeepEqual(got.Errors, want.Errors) {
					t.Fatalf("%s: errors %v, want %v", what, got.Errors, want.Errors)
				}
			}
			cuts, grafts := 0, 0
			var all []int
			for from := 0; ; {
				got, at, grafted := grammar.ParseConfigCuts(p, "t.conf", src, from)
				if len(at) == 0 {
					break
				}
				from = at[0] + 1
				all = append(all, at[0])
				cuts++
				grafts += grafted
				check(fmt.Sprintf("cut at %d (grafted %d)", at[0], grafted), got)
			}
			got, _, _ := grammar.ParseConfigCuts(p, "t.conf", src, all...)
			check(fmt.Sprintf("cut at all %d places", len(all)), got)
			if cuts == 0 {
				t.Fatal("the file has no cut")
			}
			if all := grafts == cuts; all != tt.all {
				t.Errorf("%d of %d cuts grafted; want all: %v", grafts, cuts, tt.all)
			}
		})
	}
}

// TestParseConfigSplitCorpus checks on every corpus file, cut at each of
// three places and at all three at once, that ParseConfig on two cores builds the tree ParseConfig builds
// on one.
func TestParseConfigSplitCorpus(t *testing.T) {
	files := corpusFiles(t)
	p := grammar.NewParser(schema.New()).WithParallelFrom(-1)
	cuts, grafts, multi, multiGrafts := 0, 0, 0, 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want := p.ParseConfig(path, src)
		wantTree, wantMarks := splitTree(t, want), markPaths(want)
		check := func(what string, got *ast.File) bool {
			if g := splitTree(t, got); g != wantTree {
				t.Errorf("%s, %s: the tree differs from ParseConfig's:\n%s", filepath.Base(path), what, firstLineDiff(wantTree, g))
				return false
			}
			if g := markPaths(got); !reflect.DeepEqual(g, wantMarks) {
				t.Errorf("%s, %s: marks differ", filepath.Base(path), what)
				return false
			}
			if !reflect.DeepEqual(got.Errors, want.Errors) {
				t.Errorf("%s, %s: %d errors, want %d", filepath.Base(path), what, len(got.Errors), len(want.Errors))
				return false
			}
			return true
		}
		var froms []int
		for quarter := 1; quarter <= 3; quarter++ {
			froms = append(froms, len(src)*quarter/4)
			got, at, grafted := grammar.ParseConfigCuts(p, path, src, froms[len(froms)-1])
			if len(at) == 0 {
				continue
			}
			cuts++
			grafts += grafted
			if !check(fmt.Sprintf("cut after %d%%", 25*quarter), got) {
				break
			}
		}
		got, at, grafted := grammar.ParseConfigCuts(p, path, src, froms...)
		multi += len(at)
		multiGrafts += grafted
		check(fmt.Sprintf("cut at %d places", len(at)), got)
	}
	t.Logf("one cut: %d cuts, %d grafted; many: %d cuts, %d grafted", cuts, grafts, multi, multiGrafts)
	if grafts < cuts*3/4 {
		t.Errorf("only %d of %d cuts grafted", grafts, cuts)
	}
}

// TestValuedMarks checks which nodes the parser marks Valued: the value of
// a leaf statement or set command, not a block's words, a keyword or a
// leaf-list member.
func TestValuedMarks(t *testing.T) {
	tests := []struct {
		src         string
		valued, not []string // paths, space-separated
	}{
		{src: "system { host-name r1; }\n", valued: []string{"system host-name r1"}, not: []string{"system", "system host-name"}},
		{src: "interfaces { ge-0/0/0 { unit 0 { vlan-id 5; } } }\n", valued: []string{"interfaces ge-0/0/0 unit 0 vlan-id 5"}, not: []string{"interfaces ge-0/0/0", "interfaces ge-0/0/0 unit 0"}},
		{src: "x { y [ a b ]; }\n", not: []string{"x y a", "x y b"}},
		{src: "set system host-name r1\nset system services ssh\n", valued: []string{"system host-name r1", "system services ssh"}, not: []string{"system host-name"}},
	}
	p := grammar.NewParser(nil).WithParallelFrom(-1)
	for _, tt := range tests {
		for name, f := range map[string]*ast.File{"Parse": p.Parse("t.conf", []byte(tt.src)), "ParseConfig": p.ParseConfig("t.conf", []byte(tt.src))} {
			for _, path := range tt.valued {
				if n := f.Config.Get(strings.Fields(path)...); n == nil || !n.Valued() {
					t.Errorf("%s(%q): %q not marked valued", name, tt.src, path)
				}
			}
			for _, path := range tt.not {
				if n := f.Config.Get(strings.Fields(path)...); n == nil || n.Valued() {
					t.Errorf("%s(%q): %q missing or marked valued", name, tt.src, path)
				}
			}
		}
	}
}
