package format_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/internal/corpus"
)

// corpusConfigs returns the corpus files that must parse without errors:
// curly, set, pairs, pki and the preprocess inputs.
func corpusConfigs(t testing.TB) []string {
	t.Helper()
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus); skipping")
	}
	files, err := corpus.Files(dir, "curly", "set", "pairs", "pki")
	if err != nil {
		t.Fatal(err)
	}
	before, err := filepath.Glob(filepath.Join(dir, "preprocess", "*.before"))
	if err != nil {
		t.Fatal(err)
	}
	return append(files, before...)
}

// TestSourceCorpus checks on every corpus file that formatting loses
// nothing (the token sequence is unchanged), is idempotent, gives a file
// that parses without errors, and does not change the configuration: the
// `display set` output of the formatted file equals that of the original.
func TestSourceCorpus(t *testing.T) {
	files := corpusConfigs(t)
	var failed, refused int
	for _, path := range files {
		name := filepath.Base(path)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := fmtParser.Parse(path, src)
		if len(f.Errors) > 0 {
			// Parse coverage is grammar's test; Source refuses such files.
			refused++
			p := f.Pos(f.Errors[0].Span.Start)
			t.Logf("%s: not formatted: %d syntax errors, first at %d:%d: %s", name, len(f.Errors), p.Line, p.Column, f.Errors[0].Msg)
			if out, g, _ := format.Format(path, src); out != nil || !reflect.DeepEqual(g.Errors, f.Errors) {
				failed++
				t.Errorf("%s: Format = %d bytes and %d errors; want nil and the %d errors of ParseSyntax", name, len(out), len(g.Errors), len(f.Errors))
			}
			continue
		}
		out, err := format.Source(f)
		if err != nil {
			failed++
			t.Errorf("%s: %v", name, err)
			continue
		}
		if d := firstDiff(tokens(src), tokens(out)); d != "" {
			failed++
			t.Errorf("%s: formatting changed the token sequence: %s", name, d)
			continue
		}
		g := fmtParser.Parse(path, out)
		if len(g.Errors) > 0 {
			failed++
			t.Errorf("%s: formatted output has syntax errors: %v at %v", name, g.Errors[0].Msg, g.Pos(g.Errors[0].Span.Start))
			continue
		}
		again, err := format.Source(g)
		if err != nil || !bytes.Equal(again, out) {
			failed++
			t.Errorf("%s: format is not idempotent: %s", name, lineDiff(string(out), string(again)))
			continue
		}
		if each, g, _ := format.Format(path, src); !bytes.Equal(each, out) || g.Format != f.Format || len(g.Errors) > 0 {
			failed++
			t.Errorf("%s: Format differs from Source (form %v, want %v): %s", name, g.Format, f.Format, lineDiff(string(out), string(each)))
			continue
		}
		if halves, g, _ := format.FormatInHalves(path, src); !bytes.Equal(halves, out) || g.Format != f.Format || len(g.Errors) > 0 {
			failed++
			t.Errorf("%s: Format in two halves differs from Source (form %v, want %v): %s", name, g.Format, f.Format, lineDiff(string(out), string(halves)))
			continue
		}
		var streamed bytes.Buffer
		set1 := format.SetLines(f.Config, format.SetOptions{Annotations: true})
		streamed.Reset()
		if err := format.WriteSetLines(&streamed, f.Config, format.SetOptions{Annotations: true}); err != nil || !bytes.Equal(streamed.Bytes(), set1) {
			failed++
			t.Errorf("%s: WriteSetLines differs from SetLines (%v): %s", name, err, lineDiff(string(set1), streamed.String()))
			continue
		}
		set2 := format.SetLines(g.Config, format.SetOptions{Annotations: true})
		if !bytes.Equal(set1, set2) {
			failed++
			t.Errorf("%s: formatting changed the configuration: %s", name, lineDiff(string(set1), string(set2)))
		}
	}
	t.Logf("%d corpus files: %d refused for syntax errors, %d failed", len(files), refused, failed)
}

func TestSourceRefusesSyntaxErrors(t *testing.T) {
	f := fmtParser.Parse("bad.conf", []byte("system {\n    host-name \"r1;\n}\n"))
	if len(f.Errors) == 0 {
		t.Fatal("want syntax errors")
	}
	out, err := format.Source(f)
	if !errors.Is(err, format.ErrSyntax) || out != nil {
		t.Fatalf("Source = %q, %v; want nil, ErrSyntax", out, err)
	}
}

// tokens splits Junos text into tokens without consulting the parser, then
// normalises what the formatter may legitimately change: `;` tokens are
// dropped (the formatter adds a missing `;`) and a `[ x ]` list of one
// member becomes `x`. Comment tokens lose trailing white space on each line.
func tokens(src []byte) []string {
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	s = strings.TrimPrefix(s, "\ufeff") // a byte order mark is not a token
	var raw []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		case c == '#':
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				j = len(s) - i
			}
			raw = append(raw, trimLines(s[i:i+j]))
			i += j
		case strings.HasPrefix(s[i:], "/*"):
			j := strings.Index(s[i+2:], "*/")
			end := len(s)
			if j >= 0 {
				end = i + 2 + j + 2
			}
			raw = append(raw, trimLines(s[i:end]))
			i = end
		case c == '"':
			j := i + 1
			for j < len(s) && s[j] != '"' && s[j] != '\n' {
				if s[j] == '\\' && j+1 < len(s) && s[j+1] != '\n' {
					j++
				}
				j++
			}
			if j < len(s) && s[j] == '"' {
				j++
			}
			raw = append(raw, s[i:j])
			i = j
		case c == '(':
			depth, j := 0, i
			for ; j < len(s) && s[j] != '\n'; j++ {
				if s[j] == '(' {
					depth++
				} else if s[j] == ')' {
					depth--
					if depth == 0 {
						j++
						break
					}
				}
			}
			raw = append(raw, s[i:j])
			i = j
		case strings.IndexByte("{}[];", c) >= 0:
			raw = append(raw, s[i:i+1])
			i++
		default:
			j, angle := i, 0
		word:
			for ; j < len(s); j++ {
				switch s[j] {
				case ' ', '\t', '\n', '\r', '\f', '\v', ';', '{', '}':
					break word
				case '<':
					angle++
				case '>':
					if angle > 0 {
						angle--
					}
				case '[', ']':
					if angle == 0 {
						break word
					}
				}
			}
			raw = append(raw, s[i:j])
			i = j
		}
	}
	out := raw[:0:0]
	for i := 0; i < len(raw); i++ {
		switch {
		case raw[i] == ";":
			continue
		case raw[i] == "[" && i+2 < len(raw) && raw[i+2] == "]":
			out = append(out, raw[i+1])
			i += 2
			continue
		}
		out = append(out, raw[i])
	}
	return out
}

func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r\f\v")
	}
	return strings.Join(lines, "\n")
}

// firstDiff describes the first difference between two token sequences,
// or returns "".
func firstDiff(a, b []string) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			lo := max(0, i-3)
			return "token " + itoa(i) + ": " + strings.Join(a[lo:min(len(a), i+3)], " ") + "  =>  " + strings.Join(b[lo:min(len(b), i+3)], " ")
		}
	}
	if len(a) != len(b) {
		return "lengths differ: " + itoa(len(a)) + " tokens in, " + itoa(len(b)) + " out"
	}
	return ""
}

func itoa(n int) string { return strconv.Itoa(n) }

// lineDiff shows the first differing line of two texts.
func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + itoa(i+1) + ": " + al[i] + "  =>  " + bl[i]
		}
	}
	return "line counts " + itoa(len(al)) + " vs " + itoa(len(bl))
}
