package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
	"github.com/junoslint/junoslint/lint/rules"
)

// findingKey names a finding independently of where it points: fixing a
// file moves text, not what a finding says.
type findingKey struct{ code, msg string }

// fixLinter returns a linter running every rule.
func fixLinter(t *testing.T) *lint.Linter {
	t.Helper()
	l, err := lint.NewLinter(lint.WithEngineRules(rules.All()), lint.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// keys lints src and counts its findings by key.
func keys(t *testing.T, l *lint.Linter, name string, src []byte) (map[findingKey]int, *lint.Result) {
	t.Helper()
	res, err := l.Lint(name, src, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := map[findingKey]int{}
	for _, d := range res.Diagnostics {
		out[findingKey{d.Code, d.Message}]++
	}
	return out, res
}

// planned is what `fix --write --unsafe` should do to one file, as
// lint.Linter.FixAll computes it: the findings whose fixes it applies and
// their fixes, the result, and the fixes left over or failed.
type planned struct {
	taken  []lint.Diagnostic
	fixes  []fix.Fix
	out    []byte
	skips  int
	failed int
}

func plan(t *testing.T, l *lint.Linter, res *lint.Result) planned {
	t.Helper()
	o, err := l.FixAll(res, nil, func(fx fix.Fix) bool { return fx.Applicability != fix.NeedsInput })
	if err != nil {
		t.Fatal(err)
	}
	p := planned{out: o.Src, skips: o.Skipped, failed: len(o.Failed)}
	for _, a := range o.Applied {
		p.taken = append(p.taken, a.Diagnostic)
		p.fixes = append(p.fixes, a.Fix)
	}
	return p
}

// rulesWithFixes are the rules whose fix rules.md marks safe or unsafe
// (for some findings at least).
var rulesWithFixes = []string{
	"PKI001", "PKI002", "PKI003", "PKI006", "PKI007", "PKI011", "PKI012", "PKI014",
	"REST001", "REST002", "REST004", "REST005", "REST006", "REST008", "REST009",
}

// TestFixWriteRuleFixtures runs `fix --write --unsafe` on a copy of every
// rule fixture and checks what issue 5 asks of it: the findings whose fixes
// were applied are gone, the file still parses in its own form, a second
// run changes nothing, and, for set files, appending the printed commands
// gives the same findings as the rewritten file.
func TestFixWriteRuleFixtures(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "lint", "rules", "testdata", "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Skip("no rule fixtures")
	}
	l := fixLinter(t)
	covered := map[string]bool{}
	started, ran := 0, 0 // subtests started and run (-run may filter them)
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		before, res := keys(t, l, path, src)
		if len(res.File.Errors) > 0 {
			continue
		}
		p := plan(t, l, res)
		if len(p.taken) == 0 && p.skips == 0 {
			continue
		}
		name := strings.TrimPrefix(path, filepath.Join("..", "..", "lint", "rules", "testdata")+string(filepath.Separator))
		started++
		t.Run(name, func(t *testing.T) {
			ran++
			dir := t.TempDir()
			file := filepath.Join(dir, filepath.Base(path))
			if err := os.WriteFile(file, src, 0o640); err != nil {
				t.Fatal(err)
			}
			_, errs, code := runWith(t, "", "fix", "--write", "--unsafe", "--no-config", file)
			got, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, p.out) {
				t.Fatalf("fix --write wrote:\n%s\nwant:\n%s", got, p.out)
			}
			if st, err := os.Stat(file); err != nil || st.Mode().Perm() != 0o640 {
				t.Errorf("mode after --write: %v, %v; want 0640", st.Mode(), err)
			}
			wantCode := exitOK
			if p.skips > 0 || p.failed > 0 {
				wantCode = exitFindings
			}
			if code != wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, wantCode, errs)
			}
			g := grammar.Parse(file, got)
			if len(g.Errors) > 0 || g.Format != res.File.Format {
				t.Fatalf("result: %d syntax errors, form %s (was %s)", len(g.Errors), g.Format, res.File.Format)
			}
			after, _ := keys(t, l, file, got)
			applied := map[findingKey]int{}
			for _, d := range p.taken {
				applied[findingKey{d.Code, d.Message}]++
				covered[d.Code] = true
			}
			for k, n := range applied {
				// a finding of a later round (its entry moved by an
				// earlier fix) was not in before: none may be left
				if after[k] > max(before[k]-n, 0) {
					t.Errorf("%s %q: still reported after its fix was applied", k.code, k.msg)
				}
			}
			if p.skips == 0 {
				// a second run changes nothing, unless a fix made a new
				// finding appear (deleting the last weak cipher leaves no
				// cipher-list): then it fixes only such new findings
				_, res2 := keys(t, l, file, got)
				p2 := plan(t, l, res2)
				for _, d := range p2.taken {
					if k := (findingKey{d.Code, d.Message}); before[k] > 0 {
						t.Errorf("%s %q: fixed again by a second run", k.code, k.msg)
					}
				}
				_, errs, code := runWith(t, "", "fix", "--write", "--unsafe", "--no-config", file)
				again, _ := os.ReadFile(file)
				if len(p2.taken) == 0 && !bytes.Equal(again, got) {
					t.Errorf("a second fix --write changed the file:\n%s", again)
				}
				if len(p2.taken) == 0 && code != wantCode {
					t.Errorf("second run: exit code %d, want %d; stderr:\n%s", code, wantCode, errs)
				}
			}
			if res.File.Format == ast.FormatSet && p.skips == 0 {
				var cmds strings.Builder
				for _, fx := range p.fixes {
					for _, c := range fx.Commands() {
						cmds.WriteString(c + "\n")
					}
				}
				appended := append(bytes.TrimRight(append([]byte(nil), src...), "\n"), '\n')
				appended = append(appended, cmds.String()...)
				viaCommands, _ := keys(t, l, file, appended)
				if d := diffKeys(viaCommands, after); d != "" {
					t.Errorf("appending the commands and --write give different findings:\n%s\ncommands:\n%s", d, cmds.String())
				}
			}
		})
	}
	if ran < started {
		return // filtered: coverage cannot be judged
	}
	for _, code := range rulesWithFixes {
		if !covered[code] {
			t.Errorf("no fixture exercises the fix of %s", code)
		}
	}
}

// diffKeys describes how two finding counts differ, "" when they agree.
func diffKeys(a, b map[findingKey]int) string {
	var lines []string
	for k, n := range a {
		if b[k] != n {
			lines = append(lines, fmt.Sprintf("%s %q: %d vs %d", k.code, k.msg, n, b[k]))
		}
	}
	for k, n := range b {
		if _, ok := a[k]; !ok {
			lines = append(lines, fmt.Sprintf("%s %q: 0 vs %d", k.code, k.msg, n))
		}
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestFixGolden runs the cases in testdata/fix: each txtar archive holds
// input files (any name but the sections below), `args` (the command line
// after `junoslint`, one argument per line, run in a directory holding the
// inputs), and the expected `stdout`, `stderr`, `exit` and, for every input
// the run changed, `result/NAME`. Run with -update to rewrite them.
func TestFixGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "fix", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no golden files in testdata/fix")
	}
	outputs := []string{"stdout", "stderr", "exit"}
	for _, path := range paths {
		path, err := filepath.Abs(path) // the run changes directory
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			var args []string
			inputs := map[string][]byte{}
			want := map[string]string{}
			for _, f := range ar.Files {
				switch {
				case f.Name == "args":
					args = strings.Fields(string(f.Data))
				case slices.Contains(outputs, f.Name) || strings.HasPrefix(f.Name, "result/"):
					want[f.Name] = string(f.Data)
				default:
					data := bytes.ReplaceAll(f.Data, []byte("<CR>\n"), []byte("\r\n"))
					inputs[f.Name] = data
					if err := os.WriteFile(filepath.Join(dir, f.Name), data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			t.Chdir(dir)
			stdout, stderr, code := runWith(t, "", args...)
			got := map[string]string{"stdout": stdout, "stderr": stderr, "exit": strconv.Itoa(code) + "\n"}
			var names []string
			for name, data := range inputs {
				now, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(now, data) {
					got["result/"+name] = strings.ReplaceAll(string(now), "\r\n", "<CR>\n")
					names = append(names, "result/"+name)
				}
			}
			sort.Strings(names)
			if *update {
				var files []txtar.File
				for _, f := range ar.Files {
					if _, ok := want[f.Name]; !ok {
						files = append(files, f)
					}
				}
				for _, name := range append(outputs, names...) {
					files = append(files, txtar.File{Name: name, Data: []byte(got[name])})
				}
				ar.Files = files
				if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for name, g := range got {
				if w, ok := want[name]; !ok || w != g {
					t.Errorf("%s differs (run with -update to rewrite):\n--- got\n%s--- want\n%s", name, g, w)
				}
			}
			for name := range want {
				if _, ok := got[name]; !ok {
					t.Errorf("%s: expected but the run did not produce it", name)
				}
			}
		})
	}
}

func TestFixUsage(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantErr  string
		wantCode int
	}{
		{"write and diff", []string{"fix", "--write", "--diff", "x.conf"}, "exclude each other", exitUsage},
		{"bad select", []string{"fix", "--select", "NOPE999"}, "names no rule", exitUsage},
		{"unknown flag", []string{"fix", "--frobnicate"}, "flag provided but not defined", exitUsage},
		{"help", []string{"fix", "-h"}, "usage: junoslint fix", exitOK},
		{"missing file", []string{"fix", "no/such/file.conf"}, "no such file", exitInternal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := runWith(t, "", tt.args...)
			if code != tt.wantCode || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("code %d stderr %q; want %d and %q", code, errs, tt.wantCode, tt.wantErr)
			}
		})
	}
}

func TestFixStdin(t *testing.T) {
	const src = "set security pki ca-profile CORP-CA ca-identity corp\n" +
		"set security pki ca-profile CORP-CA enrollment url http://ca.example.net/scep\n" +
		"set security pki ca-profile CORP-CA revocation-check use-crl\n" +
		"set security pki auto-re-enrollment scep certificate-id fw1 ca-profile-name CORP-CA\n" +
		"set security pki auto-re-enrollment scep certificate-id fw1 re-enroll-trigger-time-percentage 10\n"
	const fixed = src + "set security pki auto-re-enrollment scep certificate-id fw1 re-generate-keypair\n"
	tests := []struct {
		name, stdin string
		args        []string
		wantOut     string
		wantErr     string
		wantCode    int
	}{
		{"print", src, []string{"fix"},
			"# <stdin>:4 PKI011 TITLE\n" +
				"set security pki auto-re-enrollment scep certificate-id fw1 re-generate-keypair\n", "", exitFindings},
		{"write prints the result", src, []string{"fix", "--write", "-"}, fixed, "<stdin>: applied 1 fix", exitOK},
		{"nothing to fix", fixed, []string{"fix"}, "", "", exitOK},
		{"write, nothing to fix", fixed, []string{"fix", "--write"}, fixed, "", exitOK},
		{"syntax error", "set system host-name \"fw1\n", []string{"fix", "--write"}, "", "not fixed: the file has syntax errors", exitFindings},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runWith(t, tt.stdin, tt.args...)
			out = maskTitles(out)
			if out != tt.wantOut || code != tt.wantCode || !strings.Contains(errs, tt.wantErr) || tt.wantErr == "" && errs != "" {
				t.Errorf("stdout %q stderr %q code %d;\nwant %q, %q, %d", out, errs, code, tt.wantOut, tt.wantErr, tt.wantCode)
			}
		})
	}
}

// maskTitles replaces the title in every `# FILE:LINE CODE title` line of
// printed fixes by TITLE: titles are the rules' wording, not fix's.
func maskTitles(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		f := strings.SplitN(l, " ", 4)
		if len(f) == 4 && f[0] == "#" && strings.Contains(f[1], ":") && f[2] != "needs" {
			lines[i] = strings.Join(f[:3], " ") + " TITLE"
		}
	}
	return strings.Join(lines, "\n")
}
