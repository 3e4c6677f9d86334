package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/internal/corpus"
)

// Configurations with known findings, by the rules.md contract.
const (
	// REST002 rest-http-enabled (error) and the REST rules that go with an
	// http-only REST service.
	restHTTPConf = "system {\n    services {\n        rest {\n            http;\n            control {\n                allowed-sources 192.0.2.0/24;\n                connection-limit 10;\n            }\n        }\n    }\n}\n"
	// REST006 rest-explorer-enabled (warning) is its only finding.
	explorerConf = "system {\n    services {\n        rest {\n            https {\n                server-certificate r1;\n                mutual-authentication {\n                    certificate-authority CA;\n                }\n                cipher-list ecdhe-rsa-with-aes-256-gcm-sha384;\n            }\n            enable-explorer;\n            control {\n                allowed-sources 192.0.2.0/24;\n                connection-limit 10;\n            }\n        }\n    }\n}\nsecurity {\n    pki {\n        ca-profile CA {\n            ca-identity ca.example.net;\n            revocation-check {\n                crl {\n                    url http://ca.example.net/crl;\n                }\n            }\n        }\n    }\n}\n"
	// REST008 rest-no-connection-limit (info) is its only finding.
	infoConf  = "system {\n    services {\n        rest {\n            https {\n                server-certificate r1;\n                mutual-authentication {\n                    certificate-authority CA;\n                }\n                cipher-list ecdhe-rsa-with-aes-256-gcm-sha384;\n            }\n            control {\n                allowed-sources 192.0.2.0/24;\n            }\n        }\n    }\n}\nsecurity {\n    pki {\n        ca-profile CA {\n            ca-identity ca.example.net;\n            revocation-check {\n                crl {\n                    url http://ca.example.net/crl;\n                }\n            }\n        }\n    }\n}\n"
	cleanConf = "system {\n    host-name r1;\n}\n"
	// A block that is never closed.
	syntaxConf = "system {\n    host-name r1;\n"
)

// lintTree writes files (slash-separated relative path -> content) under a
// new temporary directory and returns it.
func lintTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for rel, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// findingCodes returns the rule codes in text output, in order.
func findingCodes(out string) []string {
	var cs []string
	for _, l := range strings.Split(out, "\n") {
		if i := strings.LastIndex(l, " ["); i > 0 && strings.HasSuffix(l, "]") && !strings.HasPrefix(l, " ") {
			cs = append(cs, strings.Fields(l[i+2:])[0])
		}
	}
	return cs
}

func TestLintExitCodes(t *testing.T) {
	dir := lintTree(t, map[string]string{
		"error.conf":        restHTTPConf,
		"warn.conf":         explorerConf,
		"info.conf":         infoConf,
		"clean.conf":        cleanConf,
		"syntax.conf":       syntaxConf,
		"cfg/syn-info.yaml": "version: 1\nrules:\n  SYN001: info\n",
		"cfg/bad.yaml":      "version: 1\nrulse:\n  PKI001: off\n",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name string
		args []string
		code int
		err  string // in stderr
	}{
		{"clean", []string{p("clean.conf")}, exitOK, ""},
		{"error finding", []string{p("error.conf")}, exitFindings, ""},
		{"warning fails by default", []string{p("warn.conf")}, exitFindings, ""},
		{"warning under --fail-on error", []string{"--fail-on", "error", p("warn.conf")}, exitOK, ""},
		{"info passes by default", []string{p("info.conf")}, exitOK, ""},
		{"info under --fail-on info", []string{"--fail-on", "info", p("info.conf")}, exitFindings, ""},
		{"syntax error", []string{"--fail-on", "error", p("syntax.conf")}, exitFindings, ""},
		{"syntax error fails even when configured as info", []string{"--config", p("cfg/syn-info.yaml"), "--fail-on", "error", p("syntax.conf")}, exitFindings, ""},
		{"flags after paths", []string{p("warn.conf"), "--fail-on", "error"}, exitOK, ""},
		{"unknown flag", []string{"--nope", p("clean.conf")}, exitUsage, "flag provided but not defined"},
		{"bad --fail-on", []string{"--fail-on", "fatal", p("clean.conf")}, exitUsage, `unknown severity "fatal"`},
		{"bad --format", []string{"--format", "xml", p("clean.conf")}, exitUsage, `unknown --format "xml"`},
		{"bad --select", []string{"--select", "PKI999", p("clean.conf")}, exitUsage, `"PKI999" names no rule`},
		{"bad -j", []string{"-j", "0", p("clean.conf")}, exitUsage, "-j 0"},
		{"broken config names file and line", []string{"--config", p("cfg/bad.yaml"), p("clean.conf")}, exitUsage, `bad.yaml:2:1: unknown key "rulse"`},
		{"missing file names it and goes on", []string{p("nope.conf"), p("error.conf")}, exitInternal, "nope.conf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := lintCLI(t, cliOpts{}, append([]string{"lint", "--no-config"}, tt.args...)...)
			if strings.Contains(strings.Join(tt.args, " "), "--config") {
				r = lintCLI(t, cliOpts{}, append([]string{"lint"}, tt.args...)...)
			}
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, tt.code, r.stdout, r.stderr)
			}
			if tt.err != "" && !strings.Contains(r.stderr, tt.err) {
				t.Errorf("stderr %q lacks %q", r.stderr, tt.err)
			}
			if tt.name == "missing file names it and goes on" && !strings.Contains(r.stdout, "REST002") {
				t.Errorf("the run stopped at the missing file: %s", r.stdout)
			}
		})
	}
}

func TestLintSelectIgnore(t *testing.T) {
	dir := lintTree(t, map[string]string{"r.conf": restHTTPConf + "security {\n    pki {\n        ca-profile CA {\n            revocation-check {\n                disable;\n            }\n        }\n    }\n}\n"})
	all := findingCodes(lintCLI(t, cliOpts{}, "lint", "--no-config", dir).stdout)
	has := func(cs []string, c string) bool {
		for _, x := range cs {
			if x == c {
				return true
			}
		}
		return false
	}
	if !has(all, "REST002") || !has(all, "PKI005") || !has(all, "PKI010") {
		t.Fatalf("fixture findings changed: %v", all)
	}
	tests := []struct {
		args []string
		want func(c string) bool
	}{
		{[]string{"--select", "REST002"}, func(c string) bool { return c == "REST002" }},
		{[]string{"--select", "PKI*"}, func(c string) bool { return strings.HasPrefix(c, "PKI") }},
		{[]string{"--select", "rest-http-enabled,PKI005"}, func(c string) bool { return c == "REST002" || c == "PKI005" }},
		{[]string{"--ignore", "PKI*", "--ignore", "rest-http-enabled"}, func(c string) bool { return !strings.HasPrefix(c, "PKI") && c != "REST002" }},
	}
	for _, tt := range tests {
		got := findingCodes(lintCLI(t, cliOpts{}, append(append([]string{"lint", "--no-config"}, tt.args...), dir)...).stdout)
		var want []string
		for _, c := range all {
			if tt.want(c) {
				want = append(want, c)
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%v: got %v, want %v", tt.args, got, want)
		}
	}
}

func TestLintConfigDiscovery(t *testing.T) {
	dir := lintTree(t, map[string]string{
		".junoslint.yaml":           "version: 1\nrules:\n  REST006: off\nexclude:\n  - archive/**\n",
		"sites/ams/r1.conf":         explorerConf,
		"sites/lab/.junoslint.yaml": "version: 1\nrules:\n  rest-explorer-enabled: info\n",
		"sites/lab/r2.conf":         explorerConf,
		"archive/old.conf":          restHTTPConf,
	})
	r := lintCLI(t, cliOpts{}, "lint", "-v", "--format", "json", dir)
	if r.code != exitOK {
		t.Errorf("exit %d: %s %s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(r.stdout, "old.conf") || !strings.Contains(r.stderr, "skipped "+filepath.Join(dir, "archive")) {
		t.Errorf("archive not excluded:\n%s\n%s", r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, `"severity": "info"`) || strings.Count(r.stdout, `"code": "REST006"`) != 1 {
		t.Errorf("nearest config does not apply per directory:\n%s", r.stdout)
	}
	// An excluded file named on the command line (as pre-commit does) is skipped too.
	r = lintCLI(t, cliOpts{}, "lint", filepath.Join(dir, "archive/old.conf"))
	if r.code != exitOK || strings.Contains(r.stdout, "REST002") {
		t.Errorf("explicit excluded file linted: exit %d\n%s", r.code, r.stdout)
	}
	// --no-config ignores it all.
	r = lintCLI(t, cliOpts{}, "lint", "--no-config", filepath.Join(dir, "archive/old.conf"))
	if r.code != exitFindings {
		t.Errorf("--no-config: exit %d", r.code)
	}
}

func TestLintStdin(t *testing.T) {
	dir := lintTree(t, map[string]string{".junoslint.yaml": "version: 1\nrules:\n  REST006: error\n"})
	r := lintCLI(t, cliOpts{stdin: explorerConf}, "lint", "--stdin-filename", filepath.Join(dir, "fw1.conf"), "-")
	if !strings.HasPrefix(r.stdout, filepath.Join(dir, "fw1.conf")+":11:13: error: ") {
		t.Errorf("stdin not named, or config not looked up from its name:\n%s%s", r.stdout, r.stderr)
	}
	r = lintCLI(t, cliOpts{stdin: explorerConf}, "lint", "--no-config", "-")
	if !strings.HasPrefix(r.stdout, "<stdin>:11:13: warning: ") {
		t.Errorf("stdin without a name:\n%s", r.stdout)
	}
}

func TestLintBaseline(t *testing.T) {
	dir := lintTree(t, map[string]string{"a.conf": restHTTPConf, "b.conf": explorerConf, "c.conf": cleanConf})
	bl := filepath.Join(dir, "junoslint-baseline.json")
	r := lintCLI(t, cliOpts{}, "lint", "--no-config", "--write-baseline", bl, dir)
	if r.code != exitOK || !strings.Contains(r.stderr, "wrote "+bl) || r.stdout != "" {
		t.Fatalf("write-baseline: exit %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	text, err := os.ReadFile(bl)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), `"path": "a.conf"`) {
		t.Errorf("baseline paths are not relative to the baseline file:\n%s", text)
	}
	r = lintCLI(t, cliOpts{}, "lint", "--no-config", "--baseline", bl, dir)
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "no problems (3 files checked)") {
		t.Errorf("baseline does not hide the recorded findings: exit %d\n%s", r.code, r.stdout)
	}
	// Edit a.conf far from its findings (lines move) and add a new problem to b.conf.
	if err := os.WriteFile(filepath.Join(dir, "a.conf"), []byte("# moved\n\n\n"+restHTTPConf), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.conf"), []byte(explorerConf+"system {\n    services {\n        rest {\n            http;\n        }\n    }\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Run from another directory: baseline paths do not depend on the working directory.
	r = lintCLI(t, cliOpts{}, "lint", "--no-config", "--baseline", bl, filepath.Join(dir, "a.conf"), filepath.Join(dir, "b.conf"))
	if got := findingCodes(r.stdout); strings.Join(got, " ") != "REST002" || r.code != exitFindings {
		t.Errorf("after edits: exit %d, codes %v, want only the new REST002 in b.conf\n%s", r.code, got, r.stdout)
	}
	if !strings.Contains(r.stdout, "b.conf:") {
		t.Errorf("new finding not in b.conf:\n%s", r.stdout)
	}
	r = lintCLI(t, cliOpts{}, "lint", "--baseline", filepath.Join(dir, "missing.json"), dir)
	if r.code != exitUsage {
		t.Errorf("missing baseline: exit %d", r.code)
	}
}

// TestLintBatch walks a directory holding things that are not Junos
// configurations; nothing crashes and -v says what was skipped.
func TestLintBatch(t *testing.T) {
	huge := "system {\n    host-name \"" + strings.Repeat("x", 1<<20) + "\";\n    services {\n        rest {\n            http;\n        }\n    }\n}\n"
	dir := lintTree(t, map[string]string{
		"bad.conf":         restHTTPConf,
		"good.conf":        cleanConf,
		"router-backup":    cleanConf, // no extension: found by content
		"empty.conf":       "",
		"firmware.bin":     "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x02\x00\x3e\x00",
		"notes.txt":        "Call the carrier before changing anything.\nTicket 4411.\n",
		"nginx.conf":       "server {\n    listen 80;\n    location / {\n        proxy_pass http://127.0.0.1:8080;\n    }\n}\n",
		"latin1.conf":      "system {\n    host-name r1;\n    location \"Z\xfcrich\xff\";\n}\n",
		"huge.conf":        huge,
		".git/config.conf": restHTTPConf,
		"sub/deep/fw.set":  "set system services rest http\n",
	})
	r := lintCLI(t, cliOpts{}, "lint", "--no-config", "-v", dir)
	if r.code != exitFindings {
		t.Errorf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	for _, skipped := range []string{"empty.conf: empty file", "firmware.bin: binary file", "notes.txt: not Junos configuration text", "nginx.conf: not Junos configuration text"} {
		if !strings.Contains(r.stderr, "skipped "+filepath.Join(dir, skipped)) {
			t.Errorf("-v does not say %q:\n%s", skipped, r.stderr)
		}
	}
	if strings.Contains(r.stdout+r.stderr, ".git") {
		t.Errorf(".git was entered:\n%s%s", r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "(6 files checked)") {
		t.Errorf("want bad, good, router-backup, latin1, huge and fw.set checked:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, filepath.Join(dir, "huge.conf")+":5:13: error:") || !strings.Contains(r.stdout, filepath.Join(dir, "sub/deep/fw.set")+":1:26: error:") {
		t.Errorf("findings after a huge line or deep in the tree missing:\n%s", r.stdout)
	}
	// Binary, empty and invalid UTF-8 files named explicitly are linted, not skipped, and do not crash.
	r = lintCLI(t, cliOpts{}, "lint", "--no-config", "--format", "json", filepath.Join(dir, "firmware.bin"), filepath.Join(dir, "empty.conf"), filepath.Join(dir, "latin1.conf"))
	if r.code == exitInternal || !strings.Contains(r.stdout, `"files": 3`) {
		t.Errorf("explicit odd files: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
}

// TestLintParallelDeterminism: -j 1 and -j 4 print the same bytes.
func TestLintParallelDeterminism(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 40; i++ {
		for name, text := range map[string]string{"a": restHTTPConf, "b": explorerConf, "c": infoConf, "d": syntaxConf} {
			files[filepath.ToSlash(filepath.Join("d"+string(rune('0'+i%7)), name+string(rune('a'+i%26))+".conf"))] = text
		}
	}
	dirs := []string{lintTree(t, files)}
	if c, ok := corpus.Dir(); ok {
		dirs = append(dirs, filepath.Join(c, "pki"))
	}
	for _, format := range []string{"text", "json"} {
		args := append([]string{"lint", "--no-config", "--format", format}, dirs...)
		one := lintCLI(t, cliOpts{}, append(args, "-j", "1")...)
		four := lintCLI(t, cliOpts{}, append(args, "-j", "4")...)
		if one.stdout != four.stdout || one.code != four.code {
			t.Errorf("%s: -j 1 and -j 4 differ (exit %d vs %d)", format, one.code, four.code)
		}
		if len(one.stdout) < 1000 {
			t.Errorf("%s: suspiciously little output: %q", format, one.stdout)
		}
	}
}

func TestLintProgress(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < progressMinFiles+5; i++ {
		files[filepath.ToSlash(filepath.Join("batch", strings.Repeat("r", 1+i%3)+string(rune('a'+i%26))+string(rune('a'+i/26))+".conf"))] = cleanConf
	}
	dir := lintTree(t, files)
	tty := lintCLI(t, cliOpts{terminal: true}, "lint", "--no-config", dir)
	if !strings.Contains(tty.stderr, "files") || !strings.Contains(tty.stderr, "\r") {
		t.Errorf("no progress bar on a terminal: %q", tty.stderr)
	}
	pipe := lintCLI(t, cliOpts{}, "lint", "--no-config", dir)
	if pipe.stderr != "" {
		t.Errorf("progress written to a non-terminal: %q", pipe.stderr)
	}
}
