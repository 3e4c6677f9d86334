package fix_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the current output")

// A golden case is a txtar archive in testdata/edits. Its comment may hold
// directives, one per line, that shape the input bytes:
//
//	crlf                 line ends of the input become "\r\n"
//	no-final-newline     the input's last line end is removed
//
// Its files:
//
//	input      the Junos text (curly, set or mixed)
//	fix        the fix's operations as set-file lines (set, delete,
//	           activate, deactivate; quoted as Junos quotes); a first
//	           line `# TITLE` gives the title
//	retarget   optional: the effective path of an inherited node; the fix
//	           is then passed through fix.Retarget with that node
//	commands   (output) each fix's title and commands
//	output     (output) the input with the preferred fix's text edits
//	           applied, "\r\n" shown as "\n" and a final line end always
//	           shown (the test checks that every line end of a CRLF
//	           result is "\r\n" and that the final line end is kept or
//	           left out as in the input), or "error: …"
//
// Every case also checks the properties a fix must keep: the result
// parses, keeps the input's form, has the effective configuration that
// executing the operations on the tree gives, and a second application
// changes nothing. Run `go test ./fix -run TestGolden -update` to rewrite
// the outputs.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "edits", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no golden files in testdata/edits")
	}
	sch := schema.New()
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			sec := map[string]string{}
			for _, f := range ar.Files {
				sec[f.Name] = string(f.Data)
			}
			input := []byte(sec["input"])
			crlf := false
			for _, d := range strings.Split(string(ar.Comment), "\n") {
				switch strings.TrimSpace(d) {
				case "crlf":
					crlf = true
					input = bytes.ReplaceAll(input, []byte("\n"), []byte("\r\n"))
				case "no-final-newline":
					input = bytes.TrimSuffix(bytes.TrimSuffix(input, []byte("\n")), []byte("\r"))
				}
			}
			fx := parseFix(t, sec["fix"])
			f := grammar.NewParser(sch).Parse("input", input)
			if len(f.Errors) > 0 {
				t.Fatalf("input has syntax errors: %v", f.Errors)
			}
			fixes := []fix.Fix{fx}
			if p := strings.Fields(sec["retarget"]); len(p) > 0 {
				n := effective.Compute(f, sch).Root.Get(p...)
				if n == nil {
					t.Fatalf("retarget: no effective node %v", p)
				}
				fixes = fix.Retarget(fx, n)
			}
			var cmds strings.Builder
			for _, x := range fixes {
				fmt.Fprintf(&cmds, "# %s (%s)\n", x.Title, x.Applicability)
				for _, c := range x.Commands() {
					cmds.WriteString(c + "\n")
				}
			}
			var output string
			es, err := fix.TextEdits(f, fixes[0], sch)
			if err != nil {
				output = "error: " + err.Error() + "\n"
			} else {
				out, applied, skipped := fix.Apply(input, es)
				if applied != len(es) || skipped != 0 {
					t.Errorf("Apply took %d and skipped %d of %d edits", applied, skipped, len(es))
				}
				if crlf && bytes.Count(out, []byte("\n")) != bytes.Count(out, []byte("\r\n")) {
					t.Errorf("a CRLF file got a bare line end:\n%q", out)
				}
				if bytes.HasSuffix(input, []byte("\n")) != bytes.HasSuffix(out, []byte("\n")) {
					t.Errorf("the final line end changed:\n%q", out)
				}
				checkProperties(t, sch, f, fixes[0], out)
				output = strings.ReplaceAll(string(out), "\r\n", "\n")
				if !strings.HasSuffix(output, "\n") {
					output += "\n" // txtar ends every file with one; checked above
				}
			}
			got := map[string]string{"commands": cmds.String(), "output": output}
			if *update {
				var files []txtar.File
				for _, f := range ar.Files {
					if f.Name == "commands" || f.Name == "output" {
						continue
					}
					files = append(files, f)
				}
				for _, name := range []string{"commands", "output"} {
					files = append(files, txtar.File{Name: name, Data: []byte(got[name])})
				}
				ar.Files = files
				if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, name := range []string{"commands", "output"} {
				want, ok := sec[name]
				if !ok {
					t.Errorf("section %q missing; run with -update", name)
					continue
				}
				if want != got[name] {
					t.Errorf("section %q differs:\n--- want\n%s--- got\n%s", name, want, got[name])
				}
			}
		})
	}
}

// parseFix reads operations written as set-file lines.
func parseFix(t *testing.T, text string) fix.Fix {
	t.Helper()
	fx := fix.Fix{Title: "test fix", Applicability: fix.Safe}
	if first, _, _ := strings.Cut(text, "\n"); strings.HasPrefix(first, "# ") {
		fx.Title = strings.TrimPrefix(first, "# ")
	}
	f := grammar.Parse("fix", []byte(text))
	if len(f.Errors) > 0 {
		t.Fatalf("fix section: %v", f.Errors)
	}
	for _, s := range f.Stmts {
		if !s.IsCommand() {
			t.Fatalf("fix section: %q is not a command", s.Keyword())
		}
		p := s.WordValues()
		for _, w := range s.List() {
			p = append(p, w.Value())
		}
		fx.Ops = append(fx.Ops, fix.Op{Verb: fix.Verb(s.Verb.Raw), Path: p})
	}
	return fx
}
