package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runWith runs junoslint in-process with args and stdin and returns its
// stdout, stderr and exit code.
func runWith(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(&env{
		args:       args,
		stdin:      strings.NewReader(stdin),
		stdout:     &out,
		stderr:     &errb,
		isTerminal: func(int) bool { return false },
		getenv:     func(string) string { return "" },
	})
	return out.String(), errb.String(), code
}

const (
	messyCurly = "system {\n  host-name r1;\n\n\n  services { ssh; }\n}\n"
	tidyCurly  = "system {\n    host-name r1;\n\n    services {\n        ssh;\n    }\n}\n"
	brokenConf = "system {\n    host-name \"r1;\n}\n"
	messySet   = "set  system   host-name r1\r\nset system services ssh   \r\n"
	tidySet    = "set system host-name r1\nset system services ssh\n"
)

// writeTree creates files (path -> content) below a new temporary
// directory with the given mode and returns the directory.
func writeTree(t *testing.T, files map[string]string, mode os.FileMode) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), mode); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestFmtStdin(t *testing.T) {
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantOut    string
		wantErr    string // substring of stderr; "" means stderr must be empty
		wantCode   int
		wantNoDiff bool
	}{
		{name: "curly from stdin", stdin: messyCurly, args: []string{"fmt"}, wantOut: tidyCurly},
		{name: "dash is stdin", stdin: messyCurly, args: []string{"fmt", "-"}, wantOut: tidyCurly},
		{name: "set file keeps its form", stdin: messySet, args: []string{"fmt"}, wantOut: tidySet},
		{name: "already tidy", stdin: tidyCurly, args: []string{"fmt"}, wantOut: tidyCurly},
		{name: "list", stdin: messyCurly, args: []string{"fmt", "-l"}, wantOut: "<stdin>\n"},
		{name: "list tidy", stdin: tidyCurly, args: []string{"fmt", "-l"}, wantOut: ""},
		{name: "exit code on difference", stdin: messyCurly, args: []string{"fmt", "-l", "--exit-code"}, wantOut: "<stdin>\n", wantCode: exitFindings},
		{name: "exit code when tidy", stdin: tidyCurly, args: []string{"fmt", "-l", "--exit-code"}, wantOut: ""},
		{name: "diff", stdin: "system { host-name r1; }\n", args: []string{"fmt", "-d"},
			wantOut: "--- <stdin>.orig\n+++ <stdin>\n@@ -1 +1,3 @@\n-system { host-name r1; }\n+system {\n+    host-name r1;\n+}\n"},
		{name: "syntax error", stdin: brokenConf, args: []string{"fmt"},
			wantErr: "<stdin>:2:15: error: unterminated quoted string [SYN001 syntax-error]\n", wantCode: exitFindings},
		{name: "too deep to print", stdin: "x;\n" + strings.Repeat("a {\n", 129) + strings.Repeat("}\n", 129), args: []string{"fmt"},
			wantErr: "<stdin>:130:1: error: blocks nested more than 128 levels deep; not printed in curly form\n", wantCode: exitFindings},
		{name: "as deep as printed", stdin: strings.Repeat("a {\n", 128) + "b;\n" + strings.Repeat("}\n", 128), args: []string{"fmt", "-l"}, wantOut: "<stdin>\n"},
		{name: "write needs files", stdin: messyCurly, args: []string{"fmt", "-w"}, wantErr: "cannot use -w with standard input", wantCode: exitUsage},
		{name: "unknown flag", args: []string{"fmt", "-x"}, wantErr: "flag provided but not defined", wantCode: exitUsage},
		{name: "help", args: []string{"fmt", "-h"}, wantErr: "usage: junoslint fmt", wantCode: exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runWith(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.wantCode, errs)
			}
			if out != tt.wantOut {
				t.Errorf("stdout:\n%s\nwant:\n%s", out, tt.wantOut)
			}
			if tt.wantErr == "" && errs != "" || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("stderr %q, want it to contain %q", errs, tt.wantErr)
			}
		})
	}
}

func TestFmtFiles(t *testing.T) {
	files := map[string]string{
		"messy.conf":          messyCurly,
		"tidy.conf":           tidyCurly,
		"sub/backup-r1":       messySet,   // no extension: found by content
		"sub/broken.conf":     brokenConf, // syntax error: reported, never written
		"sub/nginx.conf":      "user nginx;\nworker_processes 4;\nevents {\n  worker_connections 1024;\n}\n",
		"README.md":           "# configs\n\nSome text.\n",
		".git/objects/x.conf": messyCurly, // never entered
	}
	t.Run("list", func(t *testing.T) {
		dir := writeTree(t, files, 0o644)
		out, errs, code := runWith(t, "", "fmt", "-l", dir)
		want := strings.Join([]string{
			filepath.Join(dir, "messy.conf"),
			filepath.Join(dir, "sub", "backup-r1"),
		}, "\n") + "\n"
		if out != want {
			t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
		}
		if code != exitFindings || !strings.Contains(errs, filepath.Join(dir, "sub", "broken.conf")+":2:15: error: unterminated quoted string") {
			t.Errorf("code %d, stderr %q; want 1 and broken.conf's error", code, errs)
		}
	})
	t.Run("named file is taken whatever its content", func(t *testing.T) {
		dir := writeTree(t, files, 0o644)
		out, _, code := runWith(t, "", "fmt", "-l", filepath.Join(dir, "tidy.conf"), filepath.Join(dir, "messy.conf"))
		if want := filepath.Join(dir, "messy.conf") + "\n"; out != want || code != exitOK {
			t.Errorf("stdout %q code %d; want %q and 0", out, code, want)
		}
	})
	t.Run("flags after paths", func(t *testing.T) {
		dir := writeTree(t, files, 0o644)
		out, _, code := runWith(t, "", "fmt", filepath.Join(dir, "messy.conf"), "-l", "--exit-code")
		if want := filepath.Join(dir, "messy.conf") + "\n"; out != want || code != exitFindings {
			t.Errorf("stdout %q code %d; want %q and 1", out, code, want)
		}
	})
	t.Run("diff", func(t *testing.T) {
		dir := writeTree(t, files, 0o644)
		p := filepath.Join(dir, "sub", "backup-r1")
		out, _, code := runWith(t, "", "fmt", "-d", p)
		want := "--- " + p + ".orig\n+++ " + p + "\n@@ -1,2 +1,2 @@\n-set  system   host-name r1\r\n-set system services ssh   \r\n+set system host-name r1\n+set system services ssh\n"
		if out != want || code != exitOK {
			t.Errorf("stdout:\n%q\nwant:\n%q\ncode %d", out, want, code)
		}
	})
	t.Run("write", func(t *testing.T) {
		dir := writeTree(t, files, 0o600)
		out, errs, code := runWith(t, "", "fmt", "-w", dir)
		if out != "" || code != exitFindings || !strings.Contains(errs, "broken.conf:2:15") {
			t.Errorf("stdout %q, stderr %q, code %d; want no output, broken.conf's error, 1", out, errs, code)
		}
		for name, want := range map[string]string{
			"messy.conf":          tidyCurly,
			"tidy.conf":           tidyCurly,
			"sub/backup-r1":       tidySet,
			"sub/broken.conf":     brokenConf,
			"sub/nginx.conf":      files["sub/nginx.conf"],
			".git/objects/x.conf": messyCurly,
		} {
			p := filepath.Join(dir, filepath.FromSlash(name))
			got, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want {
				t.Errorf("%s after -w:\n%s\nwant:\n%s", name, got, want)
			}
			st, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if st.Mode().Perm() != 0o600 {
				t.Errorf("%s: mode %v after -w, want 0600", name, st.Mode().Perm())
			}
		}
		leftovers, err := filepath.Glob(filepath.Join(dir, "*", ".*junoslint-*"))
		if err != nil || len(leftovers) > 0 {
			t.Errorf("temporary files left behind: %v", leftovers)
		}
		// A second run has nothing left to change.
		out, _, code = runWith(t, "", "fmt", "-l", "--exit-code", filepath.Join(dir, "messy.conf"), filepath.Join(dir, "sub", "backup-r1"))
		if out != "" || code != exitOK {
			t.Errorf("after -w, -l lists %q (code %d); want nothing", out, code)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		dir := t.TempDir()
		_, errs, code := runWith(t, "", "fmt", filepath.Join(dir, "nope.conf"))
		if code != exitInternal || !strings.Contains(errs, "nope.conf") {
			t.Errorf("code %d stderr %q; want 3 and the path", code, errs)
		}
	})
}
