package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRulesTable(t *testing.T) {
	r := lintCLI(t, cliOpts{}, "rules")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != len(allRules())+1 || !strings.HasPrefix(lines[0], "CODE") {
		t.Fatalf("want a header and %d rules:\n%s", len(allRules()), r.stdout)
	}
	for i, rule := range allRules() {
		f := strings.Fields(lines[i+1])
		if len(f) < 5 || f[0] != rule.Code || f[1] != rule.Name || f[2] != rule.Severity.String() || f[3] != rule.Category {
			t.Errorf("line %q does not describe %s", lines[i+1], rule.Code)
		}
		if !strings.HasSuffix(lines[i+1], rule.Doc.Title) {
			t.Errorf("line %q lacks the title %q", lines[i+1], rule.Doc.Title)
		}
	}
}

func TestExplain(t *testing.T) {
	for _, rule := range allRules() {
		for _, arg := range []string{rule.Code, rule.Name, strings.ToLower(rule.Code)} {
			r := lintCLI(t, cliOpts{}, "explain", arg)
			if r.code != exitOK {
				t.Errorf("explain %s: exit %d: %s", arg, r.code, r.stderr)
				continue
			}
			for _, want := range []string{rule.Code + " " + rule.Name + ": " + rule.Doc.Title, "default severity: " + rule.Severity.String(), rule.URL()} {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("explain %s lacks %q", arg, want)
				}
			}
			if rule.Doc.Bad != "" && !strings.Contains(r.stdout, "Bad:\n") {
				t.Errorf("explain %s has no bad example", arg)
			}
			for _, o := range rule.Options {
				if !strings.Contains(r.stdout, o.Name+" (default "+o.Default+")") {
					t.Errorf("explain %s lacks option %s", arg, o.Name)
				}
			}
		}
	}
	r := lintCLI(t, cliOpts{}, "explain", "PKI01")
	if r.code != exitUsage || !strings.Contains(r.stderr, `did you mean "PKI001"`) {
		t.Errorf("unknown rule: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestRuleExamples: each rule's bad example triggers it and its good example
// does not, through the real command line, as docs/rules.md shows them.
func TestRuleExamples(t *testing.T) {
	for _, rule := range allRules() {
		if rule.Doc.Bad == "" || rule.Doc.Good == "" {
			t.Errorf("%s has no bad or no good example", rule.Code)
			continue
		}
		bad, err := lintExample(rule, rule.Doc.Bad, "bad.conf")
		if err != nil {
			t.Fatal(err)
		}
		if !containsCode(bad.codes, rule.Code) {
			t.Errorf("%s: the bad example does not trigger it:\n%s", rule.Code, bad.text)
		}
		good, err := lintExample(rule, rule.Doc.Good, "good.conf")
		if err != nil {
			t.Fatal(err)
		}
		if containsCode(good.codes, rule.Code) {
			t.Errorf("%s: the good example triggers it:\n%s", rule.Code, good.text)
		}
	}
}

func containsCode(cs []string, c string) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// TestDocsUpToDate fails when docs/rules.md no longer matches the rules.
func TestDocsUpToDate(t *testing.T) {
	var b strings.Builder
	if err := writeRulesMarkdown(&b, allRules()); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join("..", "..", "docs", "rules.md")
	if *update {
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v; generate it with: %s", err, regenerateDocs)
	}
	if string(have) != b.String() {
		got, want := strings.Split(string(have), "\n"), strings.Split(b.String(), "\n")
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		line := func(ls []string) string {
			if i < len(ls) {
				return ls[i]
			}
			return "(end of file)"
		}
		t.Errorf("docs/rules.md is stale; regenerate it with:\n\t%s\nfirst difference at line %d:\n\thave: %s\n\twant: %s", regenerateDocs, i+1, line(got), line(want))
	}
}

// TestSuppressionExample keeps the example of docs/rules.md true: every
// directive in it is used, and without them the findings come back.
func TestSuppressionExample(t *testing.T) {
	r := lintCLI(t, cliOpts{stdin: suppressionExample}, "lint", "--no-config", "-")
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "no problems") {
		t.Errorf("the example does not lint clean: exit %d\n%s", r.code, r.stdout)
	}
	var bare []string
	for _, l := range strings.Split(suppressionExample, "\n") {
		if i := strings.Index(l, "junoslint:"); i >= 0 {
			l = strings.TrimRight(l[:i], " #/*")
		}
		bare = append(bare, l)
	}
	r = lintCLI(t, cliOpts{stdin: strings.Join(bare, "\n")}, "lint", "--no-config", "-")
	got := findingCodes(r.stdout)
	for _, c := range []string{"PKI004", "PKI005", "PKI006", "PKI010"} {
		if !containsCode(got, c) {
			t.Errorf("without its directives the example lacks %s: %v", c, got)
		}
	}
}
