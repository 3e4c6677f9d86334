package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
	"github.com/junoslint/junoslint/schema"
)

// finding is a diagnostic with its 1-based line, as the harness compares it.
type finding struct {
	lint.Diagnostic
	Line int
}

func (f finding) String() string {
	s := fmt.Sprintf("%d:%d: %s %s: %s [%s]", f.Line, f.Start.Column, f.Severity, f.Code, f.Message, f.Rule)
	for _, fx := range f.Fixes {
		s += fmt.Sprintf("\n\tfix (%s) %s:", fx.Applicability, fx.Title)
		for _, c := range fx.Commands() {
			s += "\n\t\t" + c
		}
	}
	return s
}

// lintSource parses src, computes its effective view and runs rules over it,
// as the runner does: syntax errors become SYN001 findings. The findings come
// back sorted by position and code.
func lintSource(name string, src []byte, rules []*lint.Rule) (*ast.File, []finding) {
	f, view := parseAndView(name, src)
	var out []finding
	add := func(d lint.Diagnostic) {
		d.Start, d.End = f.Pos(d.Span.Start), f.Pos(d.Span.End)
		out = append(out, finding{Diagnostic: d, Line: d.Start.Line})
	}
	for _, e := range f.Errors {
		add(lint.Diagnostic{Code: "SYN001", Rule: "syntax-error", Severity: lint.Error, Message: e.Msg, Span: e.Span})
	}
	for _, r := range rules {
		r.Run(lint.NewPass(r, f, view, nil, add))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Start != out[j].Span.Start {
			return out[i].Span.Start < out[j].Span.Start
		}
		return out[i].Code < out[j].Code
	})
	return f, out
}

// testSchema is built once for the whole test binary: the schema is
// read-only after New.
var testSchema = sync.OnceValue(schema.New)

// parseAndView parses src and computes its effective view.
func parseAndView(name string, src []byte) (*ast.File, *effective.View) {
	sch := testSchema()
	f := grammar.NewParser(sch).Parse(name, src)
	return f, effective.Compute(f, sch)
}

// want is one `## want CODE "regexp"` expectation.
type want struct {
	line int
	code string
	re   *regexp.Regexp // nil: any message
}

var codeRE = regexp.MustCompile(`^[A-Z]{3,4}\d{3}$`)

// parseWants reads the `## want` comments of src: `## want CODE`, `## want
// CODE "regexp"`, several codes in one comment.
func parseWants(src []byte) ([]want, error) {
	var out []want
	for i, line := range strings.Split(string(src), "\n") {
		at := wantIndex(line)
		if at < 0 {
			continue
		}
		rest := strings.TrimSpace(line[at+len("## want"):])
		if rest == "" {
			return nil, fmt.Errorf("line %d: empty want", i+1)
		}
		for rest != "" {
			if rest[0] == '"' || rest[0] == '`' {
				q, err := strconv.QuotedPrefix(rest)
				if err != nil {
					return nil, fmt.Errorf("line %d: %v", i+1, err)
				}
				s, _ := strconv.Unquote(q)
				if len(out) == 0 || out[len(out)-1].line != i+1 || out[len(out)-1].re != nil {
					return nil, fmt.Errorf("line %d: regexp %s follows no code", i+1, q)
				}
				re, err := regexp.Compile(s)
				if err != nil {
					return nil, fmt.Errorf("line %d: %v", i+1, err)
				}
				out[len(out)-1].re = re
				rest = strings.TrimSpace(rest[len(q):])
				continue
			}
			word, tail, _ := strings.Cut(rest, " ")
			if !codeRE.MatchString(word) {
				return nil, fmt.Errorf("line %d: %q is not a rule code", i+1, word)
			}
			out = append(out, want{line: i + 1, code: word})
			rest = strings.TrimSpace(tail)
		}
	}
	return out, nil
}

// wantIndex returns where `## want` starts in line outside quoted strings,
// or -1.
func wantIndex(line string) int {
	inQuote := false
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\' && inQuote:
			i++
		case line[i] == '"':
			inQuote = !inQuote
		case !inQuote && strings.HasPrefix(line[i:], "## want ") || !inQuote && line[i:] == "## want":
			return i
		}
	}
	return -1
}

// match pairs findings with wants by line and code (and message regexp);
// it returns the wants no finding met and the findings no want expected.
func match(wants []want, got []finding) (missing []want, extra []finding) {
	used := make([]bool, len(got))
	for _, w := range wants {
		found := false
		for i, g := range got {
			if used[i] || g.Line != w.line || g.Code != w.code || (w.re != nil && !w.re.MatchString(g.Message)) {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			missing = append(missing, w)
		}
	}
	for i, g := range got {
		if !used[i] {
			extra = append(extra, g)
		}
	}
	return missing, extra
}

// fixtures returns the fixture files below testdata, by rule directory.
func fixtures(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, pat := range []string{"testdata/*/*.conf", "testdata/*/*.set"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	sort.Strings(out)
	if len(out) == 0 {
		t.Fatal("no fixtures found below testdata")
	}
	return out
}

// TestFixtures runs every rule over every fixture and compares the findings
// with the fixture's `## want` comments.
func TestFixtures(t *testing.T) {
	all := All()
	for _, file := range fixtures(t) {
		t.Run(strings.TrimPrefix(file, "testdata/"), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			wants, err := parseWants(src)
			if err != nil {
				t.Fatal(err)
			}
			f, got := lintSource(file, src, all)
			if want := strings.TrimPrefix(filepath.Ext(file), "."); want == "conf" && f.Format != ast.FormatCurly ||
				want == "set" && f.Format != ast.FormatSet {
				t.Errorf("fixture parsed as %s, want the %s form", f.Format, want)
			}
			missing, extra := match(wants, got)
			for _, w := range missing {
				re := ""
				if w.re != nil {
					re = fmt.Sprintf(" matching %q", w.re)
				}
				t.Errorf("line %d: no %s finding%s", w.line, w.code, re)
			}
			for _, g := range extra {
				t.Errorf("unexpected finding %s", g)
			}
			if t.Failed() {
				var b strings.Builder
				for _, g := range got {
					b.WriteString(g.String() + "\n")
				}
				t.Logf("all findings:\n%s", b.String())
			}
		})
	}
}

// TestFixtureTwins checks that each case written in both forms gives the
// same findings: the same (code, message) pairs.
func TestFixtureTwins(t *testing.T) {
	all := All()
	pairs := func(file string) []string {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		_, got := lintSource(file, src, all)
		var out []string
		for _, g := range got {
			out = append(out, g.Code+" "+g.Message)
		}
		sort.Strings(out)
		return out
	}
	for _, file := range fixtures(t) {
		if filepath.Ext(file) != ".conf" {
			continue
		}
		twin := strings.TrimSuffix(file, ".conf") + ".set"
		if _, err := os.Stat(twin); err != nil {
			t.Errorf("%s has no set-form twin %s", file, twin)
			continue
		}
		c, s := pairs(file), pairs(twin)
		if strings.Join(c, "\n") != strings.Join(s, "\n") {
			t.Errorf("%s and its twin differ:\ncurly:\n\t%s\nset:\n\t%s", file, strings.Join(c, "\n\t"), strings.Join(s, "\n\t"))
		}
	}
	for _, file := range fixtures(t) {
		if filepath.Ext(file) == ".set" {
			if _, err := os.Stat(strings.TrimSuffix(file, ".set") + ".conf"); err != nil {
				t.Errorf("%s has no curly twin", file)
			}
		}
	}
}

func TestParseWants(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // "line code re"
		err       bool
	}{
		{name: "curly", src: "a {\n    b c; ## want PKI002\n}\n", want: []string{"2 PKI002 "}},
		{name: "regexp", src: `set a b ## want PKI001 "has neither"` + "\n", want: []string{"1 PKI001 has neither"}},
		{name: "several", src: `x; ## want PKI001 PKI011 "keeps"` + "\n", want: []string{"1 PKI001 ", "1 PKI011 keeps"}},
		{name: "in quotes", src: `description "## want PKI001";` + "\n", want: nil},
		{name: "bad code", src: "x; ## want pki1\n", err: true},
		{name: "regexp first", src: `x; ## want "y"` + "\n", err: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws, err := parseWants([]byte(tt.src))
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			var got []string
			for _, w := range ws {
				re := ""
				if w.re != nil {
					re = w.re.String()
				}
				got = append(got, fmt.Sprintf("%d %s %s", w.line, w.code, re))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
