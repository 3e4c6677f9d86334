package format_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the current output")

// fmtParser is shared by the tests of this package: building the schema
// costs milliseconds, parsing a small input microseconds.
var fmtParser = grammar.NewParser(nil)

// A golden case is a txtar archive in testdata/golden. Its comment may hold
// directives, one per line, that shape the input bytes, which txtar cannot
// hold as such:
//
//	crlf                 line ends of the input become "\r\n"
//	no-final-newline     the input's last line end is removed
//
// Its files:
//
//	input       the Junos text
//	fmt         format.Source of the input, or "error: …" when it refuses
//	set         format.SetLines of the configuration tree
//	annotated   format.SetLines with Annotations (only when it differs from set)
//	errors      the syntax errors as file:line:col: message ("none" when none)
//	tree        the syntax tree the parser built (see dumpTree)
//
// Run `go test ./format -run TestGolden -update` to rewrite the outputs.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no golden files in testdata/golden")
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			input, ok := goldenInput(ar)
			if !ok {
				t.Fatalf("%s: no input section", path)
			}
			got := goldenOutputs(input)
			for _, sec := range got {
				// The annotated set form loses nothing: read back, its
				// tree prints as the input's does, annotations included.
				if sec.name == "annotated" {
					curly := func(src []byte) string {
						b, err := format.ConfigCurly(fmtParser.Parse("in", src).Config, fmtParser.Schema(), format.CurlyOptions{})
						if err != nil {
							t.Fatal(err)
						}
						return string(b)
					}
					if a, b := curly(input), curly([]byte(sec.data)); a != b {
						t.Errorf("the annotated set form does not read back (-input +read back):\n%s", shortDiff(strings.Split(a, "\n"), strings.Split(b, "\n"), 40))
					}
				}
			}
			if *update {
				writeGolden(t, path, ar, got)
				return
			}
			have := map[string]string{}
			for _, f := range ar.Files {
				have[f.Name] = string(f.Data)
			}
			for _, sec := range got {
				want, ok := have[sec.name]
				if !ok {
					t.Errorf("section %q missing; run with -update", sec.name)
					continue
				}
				if want != sec.data {
					t.Errorf("section %q differs (-want +got):\n%s", sec.name, shortDiff(strings.Split(want, "\n"), strings.Split(sec.data, "\n"), 40))
				}
				delete(have, sec.name)
			}
			delete(have, "input")
			for name := range have {
				t.Errorf("stale section %q; run with -update", name)
			}
		})
	}
}

// goldenInput returns the input bytes of a case with its directives applied.
func goldenInput(ar *txtar.Archive) ([]byte, bool) {
	var in []byte
	found := false
	for _, f := range ar.Files {
		if f.Name == "input" {
			in, found = append([]byte(nil), f.Data...), true
		}
	}
	if !found {
		return nil, false
	}
	for _, d := range strings.Split(string(ar.Comment), "\n") {
		switch strings.TrimSpace(d) {
		case "crlf":
			in = bytes.ReplaceAll(in, []byte("\n"), []byte("\r\n"))
		case "no-final-newline":
			in = bytes.TrimSuffix(bytes.TrimSuffix(in, []byte("\n")), []byte("\r"))
		}
	}
	return in, true
}

type section struct{ name, data string }

// goldenOutputs computes every output section for input.
func goldenOutputs(input []byte) []section {
	f := fmtParser.Parse("input", input)
	var out []section
	if b, err := format.Source(f); err != nil {
		out = append(out, section{"fmt", "error: " + err.Error() + "\n"})
	} else {
		out = append(out, section{"fmt", string(b)})
	}
	set := string(format.SetLines(f.Config, format.SetOptions{}))
	out = append(out, section{"set", set})
	if ann := string(format.SetLines(f.Config, format.SetOptions{Annotations: true})); ann != set {
		out = append(out, section{"annotated", ann})
	}
	// A set file converted to curly, as convert --to curly prints it.
	if f.Format == ast.FormatSet && len(f.Errors) == 0 {
		if b, err := format.ConfigCurly(f.Config, fmtParser.Schema(), format.CurlyOptions{}); err != nil {
			out = append(out, section{"curly", "error: " + err.Error() + "\n"})
		} else {
			out = append(out, section{"curly", string(b)})
		}
	}
	var errs strings.Builder
	for _, e := range f.Errors {
		p := f.Pos(e.Span.Start)
		fmt.Fprintf(&errs, "%s:%d:%d: %s\n", f.Name, p.Line, p.Column, e.Msg)
	}
	if errs.Len() == 0 {
		errs.WriteString("none\n")
	}
	out = append(out, section{"errors", errs.String()})
	out = append(out, section{"tree", dumpTree(f)})
	return out
}

func writeGolden(t *testing.T, path string, ar *txtar.Archive, secs []section) {
	t.Helper()
	files := []txtar.File{}
	for _, f := range ar.Files {
		if f.Name == "input" {
			files = append(files, f)
		}
	}
	for _, s := range secs {
		files = append(files, txtar.File{Name: s.name, Data: []byte(s.data)})
	}
	ar.Files = files
	if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}

// dumpTree prints the syntax tree of f compactly, one statement per line:
// position (line:col of its first byte), tags, words and list as written,
// then how it ended (`;`, `{`, or `(no end)`), `BAD` when a syntax error cut
// it short; children indented below, then `}` with its position or
// `} (never closed)`. Comments are shown as `#leading`, `#trailing` and
// `#footer` lines with their position and text.
func dumpTree(f *ast.File) string {
	var b strings.Builder
	pos := func(off int) string {
		p := f.Pos(off)
		return fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	var stmt func(s *ast.Stmt, depth int)
	stmt = func(s *ast.Stmt, depth int) {
		ind := strings.Repeat("  ", depth)
		for _, c := range s.Leading() {
			fmt.Fprintf(&b, "%s#leading %s %q\n", ind, pos(c.Span.Start), c.Text)
		}
		fmt.Fprintf(&b, "%s%s", ind, pos(s.Span.Start))
		if s.IsCommand() {
			fmt.Fprintf(&b, " cmd %s", s.Verb.Raw)
		}
		for _, tg := range s.Tags() {
			fmt.Fprintf(&b, " %s:", tg.Kind)
		}
		for _, w := range s.Words {
			fmt.Fprintf(&b, " %s", w.Raw)
		}
		if s.HasList {
			b.WriteString(" [")
			for _, w := range s.List() {
				fmt.Fprintf(&b, " %s", w.Raw)
			}
			b.WriteString(" ]")
		}
		switch {
		case s.HasBlock:
			b.WriteString(" {")
		case s.Semi >= 0:
			b.WriteString(" ;")
		case !s.IsCommand():
			b.WriteString(" (no end)")
		}
		if s.Bad {
			b.WriteString(" BAD")
		}
		b.WriteByte('\n')
		for _, c := range s.Trailing() {
			fmt.Fprintf(&b, "%s  #trailing %s %q\n", ind, pos(c.Span.Start), c.Text)
		}
		if !s.HasBlock {
			return
		}
		for _, c := range s.Children {
			stmt(c, depth+1)
		}
		if s.Close >= 0 {
			fmt.Fprintf(&b, "%s} %s\n", ind, pos(s.Close))
		} else {
			fmt.Fprintf(&b, "%s} (never closed)\n", ind)
		}
	}
	for _, s := range f.Stmts {
		stmt(s, 0)
	}
	for _, c := range f.Footer {
		fmt.Fprintf(&b, "#footer %s %q\n", pos(c.Span.Start), c.Text)
	}
	fmt.Fprintf(&b, "format %s", f.Format)
	if f.CRLF {
		b.WriteString(", crlf")
	}
	if !f.FinalNewline {
		b.WriteString(", no final newline")
	}
	b.WriteByte('\n')
	return b.String()
}
