package effective_test

import (
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

// FuzzCompute checks that computing the effective view never panics and
// that the view computed with the parser's File.Marks, which skips the
// subtrees they say nothing in changes, equals the one that visits every
// node. It is seeded with the golden tests' inputs.
func FuzzCompute(f *testing.F) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range ar.Files {
			f.Add(file.Data)
		}
	}
	sch := schema.New()
	parser := grammar.NewParser(sch)
	f.Fuzz(func(t *testing.T, src []byte) {
		file := parser.Parse("fuzz", src)
		v := effective.Compute(file, sch)
		whole := *file
		whole.Marks = nil
		if a, b := viewDump(v), viewDump(effective.Compute(&whole, sch)); a != b {
			t.Fatalf("the view with File.Marks differs from the one without:\n%s\n---\n%s\ninput %q", a, b, src)
		}
	})
}
