package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestBenchScript runs bench/bench.sh end to end on a small input built
// from one example, with a stand-in for jcc that fails: every junoslint row
// must be timed (status ok, a positive MB/s), the failing jcc must be
// reported in its row without stopping the script, and nothing may be
// written outside BENCH_OUT. It checks that the script works, not how fast
// anything is.
func TestBenchScript(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary twice; skipped with -short")
	}
	for _, tool := range []string{"bash", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH", tool)
		}
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(root, "examples", "router1.conf"))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	corpus := filepath.Join(tmp, "corpus")
	out := filepath.Join(tmp, "out")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpus, "router1.conf"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	jcc := filepath.Join(tmp, "jcc")
	if err := os.WriteFile(jcc, []byte("#!/bin/sh\necho 'jcc stand-in: no such converter' >&2\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command("bash", filepath.Join(root, "bench", "bench.sh"), "-s", "0.05", "-r", "2", "-c", corpus, "-J", jcc)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "BENCH_OUT="+out)
	b, err := cmd.CombinedOutput()
	text := string(b)
	if err != nil {
		t.Fatalf("bench.sh: %v\n%s", err, text)
	}

	if !strings.Contains(text, "inputs (from corpus "+corpus) {
		t.Errorf("the input was not built from the corpus given with -c:\n%s", text)
	}
	if _, err := exec.LookPath("python3"); err == nil {
		if _, err := exec.LookPath("sha256sum"); err == nil && !strings.Contains(text, "host check: sha256sum") {
			t.Errorf("no host check line:\n%s", text)
		}
	}
	rows := map[string][]string{}
	row := regexp.MustCompile(`^(.+?)\s+(ok|exit \d+|missing)\s+(\S+)\s+(\S+)\s+(\S+)`)
	for _, line := range strings.Split(text, "\n") {
		if m := row.FindStringSubmatch(line); m != nil {
			rows[m[1]] = m[2:]
		}
	}
	for _, label := range []string{
		"wc -l",
		"junoslint convert --to set", "junoslint fmt", "junoslint lint",
		"junoslint convert --to set (1 core)", "junoslint fmt (1 core)", "junoslint lint (1 core)",
	} {
		r, ok := rows[label]
		if !ok {
			t.Errorf("no row for %q:\n%s", label, text)
			continue
		}
		if r[0] != "ok" {
			t.Errorf("%s: status %q, want ok", label, r[0])
			continue
		}
		if mbs, err := strconv.ParseFloat(r[2], 64); err != nil || mbs <= 0 {
			t.Errorf("%s: MB/s %q, want a positive number", label, r[2])
		}
	}
	if r := rows["jcc (curly -> set)"]; r == nil || r[0] != "exit 3" {
		t.Errorf("jcc row %v, want status exit 3:\n%s", r, text)
	}
	if !strings.Contains(text, "jcc stand-in: no such converter") {
		t.Errorf("the failing command's message was not shown:\n%s", text)
	}
	// Without -k the generated input is removed; the binaries stay in
	// BENCH_OUT, which is the only place written to.
	if _, err := os.Stat(filepath.Join(out, "input-0.05MB.conf")); !os.IsNotExist(err) {
		t.Errorf("generated input left behind without -k (stat: %v)", err)
	}
	if _, err := os.Stat(filepath.Join(out, "junoslint")); err != nil {
		t.Errorf("no binary built into BENCH_OUT: %v", err)
	}
}
