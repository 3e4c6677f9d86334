package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
	"github.com/junoslint/junoslint/schema"
)

// TestNoSecretInOutput runs every writer of junoslint that shows source
// text or fixes over every rule fixture that holds a secret (the PKI013
// clear-text ones, and `$9$` values), in every output format, and checks
// that no secret value appears in what it prints (rules.md: never print a
// secret's value, in a message or anywhere else).
func TestNoSecretInOutput(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "lint", "rules", "testdata", "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	sch := schema.New()
	p := grammar.NewParser(sch)
	checked := 0
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := p.Parse(path, src)
		var secrets []string
		for _, sp := range grammar.Secrets(f, sch) {
			v := strings.Trim(string(src[sp.Start:sp.End]), `"`)
			if len(v) >= 4 && !lint.IsPlaceholder(v) {
				secrets = append(secrets, v)
			}
		}
		if len(secrets) == 0 {
			continue
		}
		checked++
		t.Run(filepath.Base(filepath.Dir(path))+"/"+filepath.Base(path), func(t *testing.T) {
			runs := [][]string{
				{"lint", "--no-config", "--format", "text", path},
				{"lint", "--no-config", "--format", "json", path},
				{"lint", "--no-config", "--format", "sarif", path},
				{"lint", "--no-config", "--format", "github", path},
				{"lint", "--no-config", "--format", "checkstyle", path},
				{"fix", "--no-config", path},
				{"fix", "--no-config", "--diff", "--unsafe", path},
				{"fmt", "-d", misformatted(t, path, src)},
			}
			for _, args := range runs {
				r := lintCLI(t, cliOpts{}, args...)
				for _, v := range secrets {
					if strings.Contains(r.stdout, v) || strings.Contains(r.stderr, v) {
						t.Errorf("junoslint %s printed the secret %q:\n%s%s", strings.Join(args[:len(args)-1], " "), v, r.stdout, r.stderr)
					}
				}
			}
		})
	}
	if checked < 5 {
		t.Fatalf("only %d fixtures hold a secret; the test checks too little", checked)
	}
}

// misformatted writes a copy of the file at path, with every line indented
// by two more spaces, to a temporary directory and returns its path: `fmt -d`
// on it prints every line of the file.
func misformatted(t *testing.T, path string, src []byte) string {
	t.Helper()
	lines := strings.SplitAfter(string(src), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "  " + l
		}
	}
	out := filepath.Join(t.TempDir(), filepath.Base(path))
	if err := os.WriteFile(out, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}
