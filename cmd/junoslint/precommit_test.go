package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitHooks runs the real pre-commit (`pre-commit try-repo`) with
// this repository's .pre-commit-hooks.yaml on a repository of configurations:
// the junoslint hook must fail naming a finding, the junoslint-fmt hook must
// fail naming a misformatted file, and a good file must pass both.
//
// try-repo on a working tree with uncommitted changes copies only tracked
// files, so the test commits a snapshot of the module (tracked and untracked,
// not ignored, files) into a temporary repository and points try-repo at
// that: it works the same in a fresh CI clone and in a working tree.
func TestPreCommitHooks(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the hook with go install; skipped with -short")
	}
	for _, tool := range []string{"pre-commit", "git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH", tool)
		}
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, ".pre-commit-hooks.yaml")); err != nil {
		t.Fatalf("no .pre-commit-hooks.yaml at the repository root: %v", err)
	}
	hooks := snapshotModule(t, root)

	work := t.TempDir()
	files := map[string]string{
		"configs/bad.conf":   restHTTPConf,
		"configs/good.conf":  cleanConf,
		"configs/messy.conf": "system {\n  host-name r9;\n}\n",
		"README.txt":         "not a configuration\n",
	}
	for rel, text := range files {
		p := filepath.Join(work, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git(t, work, "init", "-q")
	git(t, work, "add", "-A")

	cmd := exec.Command("pre-commit", "try-repo", hooks, "--all-files", "--color", "never")
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GOMODCACHE="+goEnv(t, "GOMODCACHE"), "GOFLAGS=-mod=readonly", "GOTOOLCHAIN=local")
	out, err := cmd.CombinedOutput()
	text := string(out)
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("pre-commit try-repo: %v (want exit 1)\n%s", err, text)
	}
	lintPart, fmtPart, ok := strings.Cut(text, "junoslint fmt check")
	if !ok {
		t.Fatalf("no junoslint-fmt hook ran:\n%s", text)
	}
	// Hooks run in manifest order sorted by id: junoslint, then junoslint-fmt.
	for _, want := range []string{"junoslint lint", "Failed", "- hook id: junoslint", "configs/bad.conf:4:13: error: rest http is enabled", "[REST002 rest-http-enabled]"} {
		if !strings.Contains(lintPart, want) {
			t.Errorf("lint hook output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(lintPart, "good.conf:") || strings.Contains(lintPart, "messy.conf:") {
		t.Errorf("lint hook reports clean files:\n%s", text)
	}
	for _, want := range []string{"Failed", "- hook id: junoslint-fmt", "configs/messy.conf"} {
		if !strings.Contains(fmtPart, want) {
			t.Errorf("fmt hook output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(fmtPart, "good.conf") || strings.Contains(fmtPart, "bad.conf") {
		t.Errorf("fmt hook names a well-formatted file:\n%s", text)
	}
}

// snapshotModule commits the module's files (tracked and untracked, not
// ignored) into a new repository and returns its directory.
func snapshotModule(t *testing.T, root string) string {
	t.Helper()
	list := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	list.Dir = root
	out, err := list.Output()
	if err != nil {
		t.Skipf("the repository is not a git work tree: %v", err)
	}
	dst := t.TempDir()
	for _, rel := range strings.Split(string(out), "\x00") {
		if rel == "" {
			continue
		}
		src := filepath.Join(root, filepath.FromSlash(rel))
		st, err := os.Lstat(src)
		if err != nil || !st.Mode().IsRegular() {
			continue // deleted in the work tree, or a link
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dst, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, st.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
	}
	git(t, dst, "init", "-q")
	git(t, dst, "add", "-A")
	git(t, dst, "commit", "-q", "-m", "snapshot")
	return dst
}

// git runs git in dir with a fixed identity and no signing.
func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=junoslint test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// goEnv returns `go env NAME`.
func goEnv(t *testing.T, name string) string {
	t.Helper()
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSpace(out))
}
