package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
)

var (
	kebabRE     = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	directiveRE = regexp.MustCompile(`junoslint:ignore\s+(\S+)`)
)

// runnerRules are produced by the runner, not by their Run functions.
var runnerRules = map[string]bool{"SYN001": true, "SUP001": true}

func TestRegistry(t *testing.T) {
	all := All()
	if len(all) == 0 {
		t.Fatal("no rules")
	}
	codes, names := map[string]bool{}, map[string]bool{}
	categories := map[string]bool{"syntax": true, "reference": true, "pki": true, "rest": true, "deprecated": true, "suppression": true}
	for i, r := range all {
		if i > 0 && all[i-1].Code >= r.Code {
			t.Errorf("rules not sorted by code: %s before %s", all[i-1].Code, r.Code)
		}
		if !codeRE.MatchString(r.Code) {
			t.Errorf("%s: code is not like PKI001", r.Code)
		}
		if codes[r.Code] {
			t.Errorf("%s: duplicate code", r.Code)
		}
		codes[r.Code] = true
		if !kebabRE.MatchString(r.Name) {
			t.Errorf("%s: name %q is not kebab-case", r.Code, r.Name)
		}
		if names[r.Name] {
			t.Errorf("%s: duplicate name %q", r.Code, r.Name)
		}
		names[r.Name] = true
		if !categories[r.Category] {
			t.Errorf("%s: unknown category %q", r.Code, r.Category)
		}
		title := r.Doc.Title
		if title == "" || len(title) > 60 || strings.ToLower(title) != title || strings.HasSuffix(title, ".") {
			t.Errorf("%s: title %q must be lower case, at most 60 characters, without a final period", r.Code, title)
		}
		if len(r.Doc.Text) < 80 {
			t.Errorf("%s: doc text too short to explain why the rule matters", r.Code)
		}
		if r.Doc.Since == "" {
			t.Errorf("%s: no Since", r.Code)
		}
		if r.Run == nil {
			t.Errorf("%s: no Run", r.Code)
		}
		for _, o := range r.Options {
			if !kebabRE.MatchString(o.Name) || o.Default == "" || o.Doc == "" {
				t.Errorf("%s: option %+v needs a kebab-case name, a default and a doc", r.Code, o)
			}
		}
		if !runnerRules[r.Code] {
			if m, _ := filepath.Glob(filepath.Join("testdata", r.Code, "*.conf")); len(m) == 0 {
				t.Errorf("%s: no fixtures in testdata/%s", r.Code, r.Code)
			}
		}
	}
	for _, want := range []string{"SYN001", "REF001", "PKI001", "PKI018", "REST001", "REST009"} {
		if !codes[want] {
			t.Errorf("registry lacks %s", want)
		}
	}
	// every fixture directory belongs to a rule
	dirs, _ := filepath.Glob("testdata/*")
	for _, d := range dirs {
		if st, err := os.Stat(d); err == nil && st.IsDir() && !codes[filepath.Base(d)] {
			t.Errorf("fixture directory %s names no rule", d)
		}
	}
}

// TestDocExamples runs each rule on its own bad and good examples: the bad
// one must trigger it, the good one must not.
func TestDocExamples(t *testing.T) {
	for _, r := range All() {
		t.Run(r.Code, func(t *testing.T) {
			if r.Doc.Bad == "" || r.Doc.Good == "" {
				t.Fatal("bad and good examples are required")
			}
			if r.Doc.Bad == r.Doc.Good {
				t.Fatal("bad and good examples are the same")
			}
			switch r.Code {
			case "SYN001":
				if f := grammar.Parse("bad", []byte(r.Doc.Bad)); len(f.Errors) == 0 {
					t.Error("bad example parses without errors")
				}
				if f := grammar.Parse("good", []byte(r.Doc.Good)); len(f.Errors) != 0 {
					t.Errorf("good example has syntax errors: %v", f.Errors)
				}
				return
			case "SUP001":
				// The runner reports unused suppressions; check what makes
				// the directive used or unused: whether the code it names
				// fires in the example.
				checkSuppressionExample(t, r.Doc.Bad, false)
				checkSuppressionExample(t, r.Doc.Good, true)
				return
			}
			// The examples are complete enough that, with every rule
			// running, the bad one shows only this rule's findings and the
			// good one none: docs/rules.md prints the linter's real output.
			for _, ex := range []struct {
				name, src string
				fire      bool
			}{{"bad", r.Doc.Bad, true}, {"good", r.Doc.Good, false}} {
				f, got := lintSource(ex.name, []byte(ex.src), All())
				if len(f.Errors) > 0 {
					t.Errorf("%s example has syntax errors: %v", ex.name, f.Errors)
				}
				if f.Format != ast.FormatCurly {
					t.Errorf("%s example is not in curly form", ex.name)
				}
				fired := false
				for _, g := range got {
					if g.Code == r.Code {
						fired = true
					} else {
						t.Errorf("%s example also triggers %s: %s", ex.name, g.Code, g.Message)
					}
				}
				if fired != ex.fire {
					t.Errorf("%s example: rule fired = %v, want %v; findings: %v", ex.name, fired, ex.fire, got)
				}
			}
		})
	}
}

// checkSuppressionExample checks that src holds a junoslint:ignore directive
// and that the code it names fires in src (used) or not (unused).
func checkSuppressionExample(t *testing.T, src string, used bool) {
	t.Helper()
	m := directiveRE.FindStringSubmatch(src)
	if m == nil {
		t.Errorf("example holds no junoslint:ignore directive:\n%s", src)
		return
	}
	var target *lint.Rule
	for _, r := range All() {
		if r.Code == m[1] || r.Name == m[1] {
			target = r
		}
	}
	if target == nil {
		t.Errorf("directive names no rule: %s", m[0])
		return
	}
	_, got := lintSource("example", []byte(src), []*lint.Rule{target})
	if fired := len(got) > 0; fired != used {
		t.Errorf("%s fires = %v in the example, want %v (directive used = %v)", target.Code, fired, used, used)
	}
}
