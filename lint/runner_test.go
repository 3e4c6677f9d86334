package lint

import (
	"errors"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

func TestRunnerFindings(t *testing.T) {
	tests := []struct {
		name string
		src  string
		cfg  string // .junoslint.yaml text; "" for none
		sel  Selection
		want []string
	}{
		{
			name: "curly, sorted by position",
			src:  "system {\n    host-name r1;\n}\ninterfaces {\n    ge-0/0/0 {\n        description \"a bad link\";\n    }\n    ge-0/0/1 {\n        description uplink;\n    }\n}\n",
			want: []string{
				`1:1 TST002 error: system has no ntp`,
				`2:5 TST001 warning: host-name "r1" (limit 10)`,
				`6:9 TST003 error: interface ge-0/0/0 has description "a bad link"`,
				`9:9 TST003 warning: interface ge-0/0/1 has description "uplink"`,
			},
		},
		{
			name: "set form",
			src:  "set system host-name r1\nset system ntp server 192.0.2.1\n",
			// Reportf starts a set-line finding at the parent's word (see NodeSpan).
			want: []string{`1:12 TST001 warning: host-name "r1" (limit 10)`},
		},
		{
			name: "syntax errors become SYN001 and parsing goes on",
			src:  "system {\n    ntp;\n}\n}\ninterfaces {\n    ge-0/0/0 {\n        description x;\n",
			want: []string{
				`7:9 TST003 warning: interface ge-0/0/0 has description "x"`,
			},
		},
		{
			name: "config severity replaces the rule's, per-finding severities included",
			src:  "interfaces {\n    ge-0/0/0 {\n        description bad;\n    }\n}\nsystem {\n    host-name r1;\n}\n",
			cfg:  "version: 1\nrules:\n  TST003: info\n  test-host-name: error\n  TST002: off\n",
			want: []string{
				`3:9 TST003 info: interface ge-0/0/0 has description "bad"`,
				`7:5 TST001 error: host-name "r1" (limit 10)`,
			},
		},
		{
			name: "options reach the rule",
			src:  "system {\n    host-name r1;\n    ntp;\n}\n",
			cfg:  "version: 1\noptions:\n  TST001:\n    limit: 42\n",
			want: []string{`2:5 TST001 warning: host-name "r1" (limit 42)`},
		},
		{
			name: "select by glob, ignore by name",
			src:  "system {\n    host-name r1;\n}\ninterfaces {\n    ge-0/0/0 {\n        description x;\n    }\n}\n",
			sel:  Selection{Select: []string{"TST00[13]"}, Ignore: []string{"test-description"}},
			want: []string{`2:5 TST001 warning: host-name "r1" (limit 10)`},
		},
		{
			name: "inactive statements are not seen",
			src:  "system {\n    inactive: host-name r1;\n    ntp;\n}\n",
			want: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cfg *Config
			if tt.cfg != "" {
				var err error
				if cfg, err = ParseConfig("t.yaml", []byte(tt.cfg), WithEngineRules(testRules())); err != nil {
					t.Fatal(err)
				}
			}
			got := lintText(t, "t.conf", tt.src, cfg, tt.sel)
			if strings.Contains(tt.name, "syntax") {
				// The parser's messages are its own; check the code and severity.
				var syn int
				rest := []string{}
				for _, g := range got {
					if strings.Contains(g, " SYN001 error: ") {
						syn++
					} else {
						rest = append(rest, g)
					}
				}
				if syn == 0 {
					t.Errorf("no SYN001 finding in %q", got)
				}
				got = rest
			}
			equalLines(t, got, tt.want)
		})
	}
}

func TestRunnerContextAndFix(t *testing.T) {
	l, err := NewLinter(testRules(), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Lint("t.conf", []byte("system {\n    host-name r1;\n    ntp;\n}\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) != 1 {
		t.Fatalf("want 1 finding, got %v", render(res.Diagnostics))
	}
	d := res.Diagnostics[0]
	if d.Context != "system" {
		t.Errorf("Context = %q, want %q", d.Context, "system")
	}
	if d.ConfigPath != "system host-name r1" && d.ConfigPath != "system host-name" {
		t.Errorf("ConfigPath = %q", d.ConfigPath)
	}
	if got := string(res.File.Src[d.Span.Start:d.Span.End]); got != "host-name r1" {
		t.Errorf("span text = %q, want %q", got, "host-name r1")
	}
	if d.End.Line != 2 || d.End.Column != 17 {
		t.Errorf("End = %d:%d, want 2:17", d.End.Line, d.End.Column)
	}
	if len(d.Fixes) != 1 || d.Fixes[0].Commands()[0] != "delete system host-name" {
		t.Errorf("fixes = %+v", d.Fixes)
	}
}

func TestRunnerRulePanic(t *testing.T) {
	boom := &Rule{Code: "TST009", Name: "test-boom", Severity: Error, Run: func(p *Pass) {
		panic("a bug in the rule")
	}}
	l, err := NewLinter(append(testRules(), boom), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Lint("t.conf", []byte("system {\n    host-name r1;\n}\n"), nil)
	var re *RuleError
	if !errors.As(err, &re) || re.Code != "TST009" || len(re.Stack) == 0 {
		t.Fatalf("err = %v, want a RuleError for TST009", err)
	}
	if !strings.HasPrefix(err.Error(), "t.conf: rule TST009 (test-boom) failed") {
		t.Errorf("error text %q does not name the file and rule", err)
	}
	if len(res.Diagnostics) != 2 {
		t.Errorf("the other rules' findings are lost: %v", render(res.Diagnostics))
	}
}

func TestSortDiagnostics(t *testing.T) {
	d := func(start int, code, msg string) Diagnostic {
		return Diagnostic{Code: code, Message: msg, Span: ast.Span{Start: start, End: start + 3}}
	}
	in := []Diagnostic{
		d(10, "B001", "x"), d(5, "B001", "y"), d(10, "A001", "z"), d(10, "B001", "x"), d(5, "B001", "y"), d(10, "B001", "w"),
	}
	var got []string
	for _, x := range SortDiagnostics(in) {
		got = append(got, x.Code+"@"+string(rune('0'+x.Span.Start/5))+":"+x.Message)
	}
	want := []string{"B001@1:y", "A001@2:z", "B001@2:w", "B001@2:x"}
	equalLines(t, got, want)
}

// TestRunEqualsLinter: the convenience Run gives what a Linter gives.
func TestRunEqualsLinter(t *testing.T) {
	src := []byte("system {\n    host-name r1;\n}\n")
	sch := schema.New()
	f := grammar.NewParser(sch).Parse("t.conf", src)
	diags, err := Run(f, effective.Compute(f, sch), testRules(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := lintText(t, "t.conf", string(src), nil, Selection{})
	equalLines(t, render(diags), want)
}

// TestContextInsideBlock: a finding in a block's body, not on a statement,
// has the block as its context.
func TestContextInsideBlock(t *testing.T) {
	l, err := NewLinter(testRules(), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Lint("t.conf", []byte("system {\n    services {\n        ntp; # junoslint:ignore TST001 not here\n    }\n}\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.Code+" in ["+d.Context+"]")
	}
	equalLines(t, got, []string{"TST002 in []", "SUP001 in [system services]"})
}
