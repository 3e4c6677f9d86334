package format_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/junoslint/junoslint/format"
)

// FuzzFormat checks, for any input that parses without errors, that the
// formatted text parses without errors, formats to itself (idempotence),
// keeps the token sequence, and loads to the same configuration.
func FuzzFormat(f *testing.F) {
	paths, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txtar"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if in, ok := goldenInput(ar); ok {
			f.Add(in)
		}
	}
	for _, s := range []string{
		"system { host-name r1; }",
		"inactive: protect: interfaces { ge-0/0/0 { unit 0 { family inet { address 10.0.0.1/24; } } } }",
		"set system host-name r1\nset system services ssh # c\n",
		"policy-options { community C members [ 1:1 2:2 ]; }\n/* a */\nsystem;",
		"a {\n\tb \"c\\\"d\" ; ## SECRET-DATA\n\n\n}\r\n",
		"groups { G { interfaces { <ge-*> { mtu 9192; } \"<xe-[0-3]>\" { mtu 1; } } } }",
		"protocols { bgp { import ( A && B ); } }",
		"x { y } z { }",
		// Around MaxDepth: printed, and refused one level deeper.
		strings.Repeat("a { ", format.MaxDepth) + "b; " + strings.Repeat("} ", format.MaxDepth),
		"c;\n" + strings.Repeat("a {\n", format.MaxDepth+1) + strings.Repeat("}\n", format.MaxDepth+1),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		pf := fmtParser.Parse("fuzz", src)
		if len(pf.Errors) > 0 {
			return
		}
		out, err := format.Source(pf)
		each, _, eachErr := format.Format("fuzz", src)
		halves, _, halvesErr := format.FormatInHalves("fuzz", src)
		var deep *format.DepthError
		if errors.As(err, &deep) {
			// Too deep to print: every printer says so, at the same block.
			for _, e := range []error{eachErr, halvesErr} {
				var d *format.DepthError
				if !errors.As(e, &d) || d.Offset != deep.Offset {
					t.Fatalf("Source refuses at %d, Format says %v\ninput %q", deep.Offset, e, src)
				}
			}
			return
		}
		if err != nil {
			t.Fatalf("Source: %v", err)
		}
		if eachErr != nil || !bytes.Equal(each, out) {
			t.Fatalf("Format differs from Source (%v):\ninput:\n%q\nSource:\n%q\nFormat:\n%q", eachErr, src, out, each)
		}
		if halvesErr != nil || !bytes.Equal(halves, out) {
			t.Fatalf("Format in two halves differs from Source (%v):\ninput:\n%q\nSource:\n%q\nFormat:\n%q", halvesErr, src, out, halves)
		}
		g := fmtParser.Parse("fuzz", out)
		if len(g.Errors) > 0 {
			p := g.Pos(g.Errors[0].Span.Start)
			t.Fatalf("formatted text has a syntax error at %d:%d: %s\ninput:\n%q\nformatted:\n%q", p.Line, p.Column, g.Errors[0].Msg, src, out)
		}
		again, err := format.Source(g)
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("not idempotent:\ninput:\n%q\nonce:\n%q\ntwice:\n%q", src, out, again)
		}
		if d := firstDiff(tokens(src), tokens(out)); d != "" {
			t.Fatalf("token sequence changed: %s\ninput:\n%q\nformatted:\n%q", d, src, out)
		}
		s1 := format.SetLines(pf.Config, format.SetOptions{Annotations: true})
		s2 := format.SetLines(g.Config, format.SetOptions{Annotations: true})
		if !bytes.Equal(s1, s2) {
			t.Fatalf("configuration changed:\ninput:\n%q\nformatted:\n%q\nset before:\n%s\nset after:\n%s", src, out, s1, s2)
		}
	})
}
