package grammar_test

import (
	"testing"

	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/benchloop"
	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/schema"
)

// largestCurly returns the largest curly file of the corpus (~3.5 MB).
func largestCurly(b *testing.B) []byte {
	dir, ok := corpus.Dir()
	if !ok {
		b.Skip("corpus not found (../shared/corpus); skipping")
	}
	_, src, err := corpus.Largest(dir, "curly")
	if err != nil {
		b.Fatal(err)
	}
	return src
}

// BenchmarkBuild measures building the configuration tree from a parsed
// syntax tree on one core: the second stage of Parse.
func BenchmarkBuild(b *testing.B) {
	src := largestCurly(b)
	p := grammar.NewParser(schema.New())
	f := p.ParseSyntax("bench.conf", src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	benchloop.WithoutGC(b, func() { grammar.BuildConfig(p, f) })
}

// BenchmarkParseSyntax measures the syntax tree alone: the first stage of
// Parse.
func BenchmarkParseSyntax(b *testing.B) {
	src := largestCurly(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	benchloop.WithoutGC(b, func() { grammar.ParseSyntax("bench.conf", src) })
}

// BenchmarkParse measures Parse, which builds the configuration tree on a
// second goroutine for a file this large.
func BenchmarkParse(b *testing.B) {
	src := largestCurly(b)
	p := grammar.NewParser(schema.New())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	benchloop.WithoutGC(b, func() { p.Parse("bench.conf", src) })
}

// BenchmarkParseConfig measures ParseConfig, which `convert --to set` uses:
// the configuration tree alone, the file cut in chunks parsed at once
// when it is large and there are several cores.
func BenchmarkParseConfig(b *testing.B) {
	src := largestCurly(b)
	p := grammar.NewParser(schema.New())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	benchloop.WithoutGC(b, func() { p.ParseConfig("bench.conf", src) })
}
