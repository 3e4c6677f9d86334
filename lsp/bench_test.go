package lsp

import (
	"bytes"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/junoslint/junoslint/internal/corpus"
)

// largestCurly returns the largest curly configuration of the corpus.
func largestCurly(tb testing.TB) (string, []byte) {
	tb.Helper()
	dir, ok := corpus.Dir()
	if !ok {
		tb.Skip("corpus not found")
	}
	name, src, err := corpus.Largest(dir, "curly")
	if err != nil {
		tb.Fatal(err)
	}
	return name, src
}

// BenchmarkDiagnosticsAfterEdit measures the time from a one-character
// didChange to the publishDiagnostics of the new version, on the largest
// curly file of the corpus (~3.5 MB), through the real protocol over a
// pipe. The debounce is switched off, so the figure is the edit-to-publish
// latency minus the debounce. Iterations alternate between typing one
// character and deleting it, so the file keeps its size:
//
//   - value: a character typed into a value, at the end of the first leaf
//     statement after the middle of the file (`mtu 9192;` becomes
//     `mtu 9192x;`): the common keystroke, the file stays valid;
//   - brace: a `#` typed at the start of the line in the middle of the file,
//     which there holds a `}`: the braces stop balancing, and the parser
//     parses again to recover by indentation (the worst case);
//   - value-burst: the value edits again, sent back to back.
//
// Between two edits of value and brace the benchmark lets the server's
// garbage collection finish (runtime.GC, outside the timed span), as it does
// while a user types at a human pace: keystrokes come 100 ms or more apart,
// and the debounce adds 100 ms. value-burst shows the cost when collection
// of the previous version overlaps the next edit.
func BenchmarkDiagnosticsAfterEdit(b *testing.B) {
	name, src := largestCurly(b)
	mid := len(src) / 2
	lineStart := bytes.LastIndexByte(src[:mid], '\n') + 1
	semi := mid + bytes.Index(src[mid:], []byte(";\n"))
	if semi < mid {
		b.Fatal("no leaf statement after the middle of the file")
	}
	for _, bc := range []struct {
		name    string
		at      int // byte offset of the edit
		text    string
		settled bool // collect garbage between edits
	}{
		{"value", semi, "x", true},
		{"brace", lineStart, "#", true},
		{"value-burst", semi, "x", false},
	} {
		b.Run(bc.name, func(b *testing.B) {
			c := newTestClient(b, Options{Debounce: -1})
			c.initialize(nil)
			uri := c.open(filepath.Base(name), string(src))
			c.waitDiagnostics(uri, 1)
			m := NewMapper(src)
			at := m.Position(bc.at)
			// The typed text is ASCII, one UTF-16 unit per byte.
			after := Position{Line: at.Line, Character: at.Character + uint32(len(bc.text))}
			b.SetBytes(int64(len(src)))
			b.ResetTimer()
			var total time.Duration
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				if bc.settled {
					runtime.GC()
				}
				v := int32(i + 2)
				ch := TextDocumentContentChangeEvent{Range: &Range{Start: at, End: at}, Text: bc.text}
				if i%2 == 1 {
					ch = TextDocumentContentChangeEvent{Range: &Range{Start: at, End: after}, Text: ""}
				}
				start := time.Now()
				c.change(uri, v, ch)
				p := c.waitDiagnostics(uri, v)
				total += p.at.Sub(start)
			}
			b.ReportMetric(float64(total.Microseconds())/float64(b.N)/1000, "ms/edit")
			// CPU time per edit (all threads: parse, lint, GC, both ends of the
			// pipe) does not grow with the machine's load as wall time does.
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N)/1000, "cpu-ms/edit")
		})
	}
}

// BenchmarkEditPhases splits the work after an edit on the largest corpus
// file into its steps, to show where the time of
// BenchmarkDiagnosticsAfterEdit goes.
func BenchmarkEditPhases(b *testing.B) {
	_, src := largestCurly(b)
	s, err := NewServer(Options{})
	if err != nil {
		b.Fatal(err)
	}
	doc := newDocument("file:///bench.conf", 1, src)
	at := NewMapper(src).Position(len(src) / 2)
	change := []TextDocumentContentChangeEvent{{Range: &Range{Start: Position{at.Line, 0}, End: Position{at.Line, 0}}, Text: "#"}}
	b.Run("apply-change", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := doc.applyChanges(2, change); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s.file(newDocument(doc.URI, 1, src))
		}
	})
	parsed := newDocument(doc.URI, 1, src)
	s.file(parsed)
	b.Run("effective", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			d := newDocument(doc.URI, 1, src)
			d.an.parseOnce.Do(func() { d.an.file = parsed.an.file })
			s.view(d)
		}
	})
	s.view(parsed)
	b.Run("rules", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := s.linter.Check(parsed.an.file, parsed.an.view, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	fs := s.findings(parsed)
	b.Run("convert", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s.lspDiagnostics(parsed, fs)
		}
	})
}
