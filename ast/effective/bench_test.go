package effective_test

import (
	"bytes"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/schema"
)

// benchTarget is the size of the benchmark input: the "3.5 MB config" of
// the performance targets.
const benchTarget = 3_500_000

// benchInput concatenates the largest curly corpus files (a curly file
// followed by another is still one valid configuration: statements merge)
// until about benchTarget bytes, taking the largest files that keep it
// under benchTarget plus 3%.
func benchInput(b *testing.B) []byte {
	b.Helper()
	dir, ok := corpus.Dir()
	if !ok {
		b.Skip("corpus not found")
	}
	files, err := corpus.Files(dir, "curly")
	if err != nil {
		b.Fatal(err)
	}
	type sized struct {
		path string
		size int64
	}
	var all []sized
	for _, p := range files {
		st, err := os.Stat(p)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, sized{p, st.Size()})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].size > all[j].size })
	var buf bytes.Buffer
	for _, f := range all {
		if buf.Len() >= benchTarget {
			break
		}
		if int64(buf.Len())+f.size > benchTarget*103/100 {
			continue
		}
		src, err := os.ReadFile(f.path)
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(src)
		buf.WriteByte('\n')
	}
	if buf.Len() < benchTarget*9/10 {
		b.Skipf("corpus curly files give only %d bytes", buf.Len())
	}
	return buf.Bytes()
}

// BenchmarkCompute measures the effective view alone, on a parsed ~3.5 MB
// config that applies groups with wildcards at many levels. Compare with
// BenchmarkParse on the same input: the effective view must cost less than
// the parse.
func BenchmarkCompute(b *testing.B) {
	src := benchInput(b)
	sch := schema.New()
	f := grammar.NewParser(sch).Parse("bench.conf", src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		effective.Compute(f, sch)
	}
}

// BenchmarkParse measures grammar.Parse on the input of BenchmarkCompute.
func BenchmarkParse(b *testing.B) {
	src := benchInput(b)
	p := grammar.NewParser(schema.New())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p.Parse("bench.conf", src)
	}
}

// BenchmarkComputeVsParse parses the input of BenchmarkCompute and computes
// its effective view in each iteration, timing both, and reports the ratio
// of their total times (compute/parse: below 1 means the view costs less
// than the parse). Interleaving keeps the ratio meaningful on a machine
// whose load changes during the run.
func BenchmarkComputeVsParse(b *testing.B) {
	src := benchInput(b)
	sch := schema.New()
	p := grammar.NewParser(sch)
	var parse, compute time.Duration
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		t0 := time.Now()
		f := p.Parse("bench.conf", src)
		t1 := time.Now()
		effective.Compute(f, sch)
		t2 := time.Now()
		parse += t1.Sub(t0)
		compute += t2.Sub(t1)
	}
	b.ReportMetric(float64(compute)/float64(parse), "compute/parse")
	b.ReportMetric(float64(parse.Milliseconds())/float64(b.N), "parse-ms/op")
	b.ReportMetric(float64(compute.Milliseconds())/float64(b.N), "compute-ms/op")
}
