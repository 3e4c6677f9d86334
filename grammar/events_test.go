package grammar_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/corpus"
)

// TestEventsCorpus checks on every corpus file that ParseEvents hands out
// the statements of the syntax tree ParseSyntax builds, in order, each
// complete with its comments.
func TestEventsCorpus(t *testing.T) {
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus); skipping")
	}
	files, err := corpus.Files(dir, "curly", "set", "pairs", "pki", "preprocess", "invalid")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := grammar.ParseSyntax(path, src)
		rec := &eventRecorder{}
		g := grammar.ParseEvents(path, src, rec)
		if len(f.Errors) > 0 {
			continue
		}
		checked++
		want := treeEvents(f.Stmts, nil)
		if len(g.Errors) > 0 || g.Format != f.Format || !reflect.DeepEqual(rec.got, want) {
			t.Errorf("%s: ParseEvents differs from the tree (%d errors, form %v, %d events; want form %v, %d events)", filepath.Base(path), len(g.Errors), g.Format, len(rec.got), f.Format, len(want))
		}
	}
	if checked < 600 {
		t.Errorf("checked only %d corpus files", checked)
	}
}
