package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// cliResult is what one in-process run of junoslint printed and returned.
type cliResult struct {
	stdout, stderr string
	code           int
}

// cliOpts are the surroundings of an in-process run.
type cliOpts struct {
	stdin    string
	env      map[string]string
	terminal bool // stdout and stderr are terminals
}

// lintCLI runs junoslint with args in-process.
func lintCLI(t *testing.T, o cliOpts, args ...string) cliResult {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		args: args, stdin: strings.NewReader(o.stdin), stdout: &out, stderr: &errb,
		isTerminal: func(int) bool { return o.terminal },
		getenv:     func(k string) string { return o.env[k] },
	}
	code := run(e)
	return cliResult{out.String(), errb.String(), code}
}

// lintGolden compares got with testdata/NAME, or rewrites it with -update.
func lintGolden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/junoslint -run %s -update to create it)", err, t.Name())
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test ./cmd/junoslint -run %s -update rewrites it):\n--- got\n%s\n--- want\n%s", p, t.Name(), got, want)
	}
}

const lintSrc = "testdata/lint/src"

// TestLintFormats pins every output format on the same inputs: curly, set,
// an inherited finding, a syntax error, tabs, UTF-8, used and unused
// suppressions, a clean file and a file that is not Junos text.
func TestLintFormats(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif", "github", "checkstyle"} {
		t.Run(format, func(t *testing.T) {
			r := lintCLI(t, cliOpts{}, "lint", "--no-config", "--format", format, lintSrc)
			if r.code != exitFindings {
				t.Errorf("exit %d, want %d; stderr: %s", r.code, exitFindings, r.stderr)
			}
			if r.stderr != "" {
				t.Errorf("stderr: %s", r.stderr)
			}
			lintGolden(t, "lint/golden/out."+format, r.stdout)
		})
	}
}

func TestLintColour(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		terminal bool
		want     bool
	}{
		{"terminal", nil, nil, true, true},
		{"pipe", nil, nil, false, false},
		{"NO_COLOR", nil, map[string]string{"NO_COLOR": "1"}, true, false},
		{"dumb terminal", nil, map[string]string{"TERM": "dumb"}, true, false},
		{"always", []string{"--color", "always"}, nil, false, true},
		{"never", []string{"--color", "never"}, nil, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"lint", "--no-config"}, tt.args...)
			args = append(args, filepath.Join(lintSrc, "tabs.conf"))
			r := lintCLI(t, cliOpts{env: tt.env, terminal: tt.terminal}, args...)
			if got := strings.Contains(r.stdout, "\x1b["); got != tt.want {
				t.Errorf("colour = %v, want %v:\n%s", got, tt.want, r.stdout)
			}
		})
	}
}

// TestJSONContract checks the JSON output field by field against rules.md
// "Output contract": exactly these keys, these types, fix and
// inherited_from only when set.
func TestJSONContract(t *testing.T) {
	r := lintCLI(t, cliOpts{}, "lint", "--no-config", "--format", "json", lintSrc)
	var doc map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	keys := func(what string, m map[string]any, required, optional []string) {
		t.Helper()
		allowed := map[string]bool{}
		for _, k := range append(required, optional...) {
			allowed[k] = true
		}
		for _, k := range required {
			if _, ok := m[k]; !ok {
				t.Errorf("%s: missing %q in %v", what, k, m)
			}
		}
		for k := range m {
			if !allowed[k] {
				t.Errorf("%s: unexpected key %q", what, k)
			}
		}
	}
	keys("top", doc, []string{"version", "files", "summary"}, nil)
	if doc["version"] != float64(1) {
		t.Errorf("version = %v", doc["version"])
	}
	sum := doc["summary"].(map[string]any)
	keys("summary", sum, []string{"files", "errors", "warnings", "infos"}, nil)
	files := doc["files"].([]any)
	if len(files) != 5 || sum["files"] != float64(5) {
		t.Errorf("%d files, summary.files %v; want 5 (notes.txt is not Junos text)", len(files), sum["files"])
	}
	var counts [3]int
	var sawInherited, sawFix, sawNoFix bool
	for _, fv := range files {
		f := fv.(map[string]any)
		keys("file", f, []string{"path", "format", "diagnostics"}, nil)
		if !strings.HasPrefix(f["path"].(string), lintSrc+"/") {
			t.Errorf("path %q is not as found in the walk", f["path"])
		}
		switch f["format"] {
		case "curly", "set", "mixed":
		default:
			t.Errorf("format %v", f["format"])
		}
		for _, dv := range f["diagnostics"].([]any) {
			d := dv.(map[string]any)
			keys("diagnostic", d, []string{"code", "rule", "severity", "message", "line", "column", "end_line", "end_column", "config_path"}, []string{"inherited_from", "fix"})
			for _, k := range []string{"line", "column", "end_line", "end_column"} {
				if n, ok := d[k].(float64); !ok || n < 1 {
					t.Errorf("%s = %v, want a 1-based number", k, d[k])
				}
			}
			for _, k := range []string{"code", "rule", "message", "config_path"} {
				if _, ok := d[k].(string); !ok {
					t.Errorf("%s = %v, want a string", k, d[k])
				}
			}
			switch d["severity"] {
			case "error":
				counts[0]++
			case "warning":
				counts[1]++
			case "info":
				counts[2]++
			default:
				t.Errorf("severity %v", d["severity"])
			}
			if g, ok := d["inherited_from"]; ok {
				sawInherited = true
				if g != "REST-BASE" || !strings.HasSuffix(d["message"].(string), "(inherited from group REST-BASE)") {
					t.Errorf("inherited_from %v with message %q", g, d["message"])
				}
			}
			if fx, ok := d["fix"].(map[string]any); ok {
				sawFix = true
				keys("fix", fx, []string{"title", "applicability", "commands"}, nil)
				switch fx["applicability"] {
				case "safe", "unsafe", "needs-input":
				default:
					t.Errorf("applicability %v", fx["applicability"])
				}
				if cs, ok := fx["commands"].([]any); !ok || len(cs) == 0 {
					t.Errorf("commands %v", fx["commands"])
				}
			} else {
				sawNoFix = true
			}
		}
	}
	if !sawInherited || !sawFix || !sawNoFix {
		t.Errorf("the fixture lost coverage: inherited %v, fix %v, no fix %v", sawInherited, sawFix, sawNoFix)
	}
	if float64(counts[0]) != sum["errors"] || float64(counts[1]) != sum["warnings"] || float64(counts[2]) != sum["infos"] {
		t.Errorf("summary %v does not count the diagnostics %v", sum, counts)
	}
}
