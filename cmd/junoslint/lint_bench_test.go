package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/junoslint/junoslint/internal/benchloop"
	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/lint"
)

// benchInput is the largest configuration of the corpus (about 3.5 MB).
const benchInput = "curly/jvd/service_provider/srv6_core_edge/configuration/conf/mse2_mx304.conf"

// BenchmarkLint measures lint end to end on one core's worth of work: parse,
// effective view, every rule, suppressions, sorting, and the JSON output
// written to io.Discard. Throughput is in bytes of configuration.
func BenchmarkLint(b *testing.B) {
	dir, ok := corpus.Dir()
	if !ok {
		b.Skip("corpus not found")
	}
	src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(benchInput)))
	if err != nil {
		b.Skip(err)
	}
	l, err := lint.NewLinter(allRules(), lint.Selection{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	benchloop.WithoutGC(b, func() {
		res, err := l.Lint(benchInput, src, nil)
		if err != nil {
			b.Fatal(err)
		}
		rep := &jsonReporter{w: io.Discard}
		var sum summary
		fr := &fileReport{name: benchInput, format: res.File.Format, diags: res.Diagnostics}
		sum.add(fr)
		if err := rep.file(fr); err != nil {
			b.Fatal(err)
		}
		if err := rep.finish(sum); err != nil {
			b.Fatal(err)
		}
	})
}
