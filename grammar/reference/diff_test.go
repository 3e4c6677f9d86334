package reference_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/grammar/reference"
)

// fromAST converts the production parser's statements to the reference tree.
func fromAST(stmts []*ast.Stmt) []reference.Stmt {
	var out []reference.Stmt
	for _, s := range stmts {
		r := reference.Stmt{
			Verb:     s.Verb.Raw,
			Words:    raws(s.Words),
			List:     raws(s.List()),
			HasList:  s.HasList,
			Block:    s.HasBlock,
			Children: fromAST(s.Children),
		}
		for _, t := range s.Tags() {
			r.Tags = append(r.Tags, t.Kind.String())
		}
		out = append(out, r)
	}
	return out
}

func raws(ws []ast.Word) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Raw)
	}
	return out
}

// outcome is what one parser made of one input: its first error ("" when it
// accepted the input) and the dump of its tree.
type outcome struct {
	err  string
	dump string
}

func (o outcome) accepted() bool { return o.err == "" }

// parseBoth parses src with the reference grammar ref and the production
// parser, and returns both outcomes and the production parser's file.
func parseBoth(ref *reference.Parser, name string, src []byte) (r, p outcome, f *ast.File) {
	stmts, err := ref.Parse(name, src)
	if err != nil {
		r.err = err.Error()
	} else {
		r.dump = reference.Dump(stmts)
	}
	f = grammar.Parse(name, src)
	if len(f.Errors) > 0 {
		e := f.Errors[0]
		pos := f.Pos(e.Span.Start)
		p.err = fmt.Sprintf("%s:%d:%d: %s", name, pos.Line, pos.Column, e.Msg)
	}
	p.dump = reference.Dump(fromAST(f.Stmts))
	return r, p, f
}

// agree reports whether two outcomes agree: both reject, or both accept with
// the same tree.
func agree(r, p outcome) bool {
	return r.accepted() == p.accepted() && (!r.accepted() || r.dump == p.dump)
}

// newReference builds the reference grammar or fails the test.
func newReference(tb testing.TB) *reference.Parser {
	tb.Helper()
	ref, err := reference.NewParser()
	if err != nil {
		tb.Fatal(err)
	}
	return ref
}

// corpusDir returns the shared corpus directory, or skips the test when it is
// absent (a fresh clone has none).
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Skipf("corpus not found at %s", dir)
	}
	return dir
}

// corpusFiles returns the files below dir/sub, as paths relative to dir with
// forward slashes, sorted.
func corpusFiles(t *testing.T, dir, sub string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(filepath.Join(dir, sub), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// invalidAsStored are files in the folders of valid configurations that are
// not valid Junos as stored; both parsers must reject them.
func invalidAsStored() map[string]string {
	return map[string]string{
		"curly/batfish/grammar-testconfigs/misbraced.conf":                               "Batfish test of a brace error: `}` with no open block",
		"curly/jvd/enterprise_wan/ewan_finance/configuration/conf/p2_ptx10001-36mr.conf": "line 237: an extra `}` closes routing-options twice",
	}
}

// TestCorpusAgreement parses every valid corpus file with both parsers: both
// must accept it and build the same statement tree.
func TestCorpusAgreement(t *testing.T) {
	dir := corpusDir(t)
	ref := newReference(t)
	bad := invalidAsStored()
	var compared, agreed atomic.Int64
	t.Run("files", func(t *testing.T) {
		for _, sub := range []string{"curly", "set", "pairs", "pki", "preprocess"} {
			for _, rel := range corpusFiles(t, dir, sub) {
				t.Run(rel, func(t *testing.T) {
					t.Parallel()
					src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
					if err != nil {
						t.Fatal(err)
					}
					compared.Add(1)
					r, p, _ := parseBoth(ref, rel, src)
					if why, ok := bad[rel]; ok {
						if r.accepted() || p.accepted() {
							t.Errorf("invalid as stored (%s), but reference: %s; production: %s", why, orOK(r.err), orOK(p.err))
							return
						}
						agreed.Add(1)
						return
					}
					ok := true
					if !r.accepted() {
						t.Errorf("reference grammar rejects it: %s", r.err)
						ok = false
					}
					if !p.accepted() {
						t.Errorf("production parser rejects it: %s", p.err)
						ok = false
					}
					if ok && r.dump != p.dump {
						t.Errorf("trees differ:\n%s", firstDiff(r.dump, p.dump))
						ok = false
					}
					if ok {
						agreed.Add(1)
					}
				})
			}
		}
	})
	t.Logf("valid corpus: %d files compared, %d agreed", compared.Load(), agreed.Load())
}

// TestInvalidAgreement parses the corpus files that are not valid as stored:
// both parsers must agree on whether each is accepted.
func TestInvalidAgreement(t *testing.T) {
	dir := corpusDir(t)
	ref := newReference(t)
	var compared, agreed atomic.Int64
	t.Run("files", func(t *testing.T) {
		for _, rel := range corpusFiles(t, dir, "invalid") {
			t.Run(rel, func(t *testing.T) {
				t.Parallel()
				src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
				if err != nil {
					t.Fatal(err)
				}
				compared.Add(1)
				r, p, _ := parseBoth(ref, rel, src)
				if r.accepted() != p.accepted() {
					t.Errorf("accept/reject differs: reference: %s; production: %s", orOK(r.err), orOK(p.err))
					return
				}
				agreed.Add(1)
			})
		}
	})
	t.Logf("invalid corpus: %d files compared, %d agreed", compared.Load(), agreed.Load())
}

// firstDiff shows the first line where two dumps differ, with context.
func firstDiff(ref, prod string) string {
	a, b := strings.Split(ref, "\n"), strings.Split(prod, "\n")
	for i := 0; i < len(a) || i < len(b); i++ {
		var x, y string
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  reference:  %s\n  production: %s", i+1, x, y)
		}
	}
	return "(no difference)"
}

// fuzzSeeds returns small inputs covering every construct of the grammar,
// valid and invalid.
func fuzzSeeds() []string {
	return []string{
		"",
		"\n\n",
		"system { host-name r1; }\n",
		"system {\n    host-name r1;\n}\n",
		"version 23.4R1.10;",
		"set system host-name r1\nset interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24\n",
		"set a b",
		"delete a\ndeactivate a\nactivate a\nprotect a\nunprotect a\nannotate a \"x\"\ninsert a b before c d\nrename a b to c\ncopy a b to c\nedit a\nup 2\ntop\nexit\n",
		"set a;\n",
		"set a {\n b;\n}\n",
		"foo; set bar\n",
		"system {\n}\nset system host-name r1\n",
		"inactive: syslog { user * { any emergency; } }\n",
		"protect: inactive: replace: active: delete: unprotect: x;\n",
		"inactive:;\n",
		"addresses [ 192.0.2.1 192.0.2.2 ];\n",
		"a [\n b\n c\n];\n",
		"a [ ];\n",
		"set a [ b c ]\n",
		"set a [ b\n c ]\n",
		"a [ b ] c;\n",
		"description \"uplink to core; circuit {A-1234}\";\n",
		"description \"a \\\"b\\\" c \\\\ d\";\n",
		"description \"unterminated;\n",
		"description \"two\nlines\";\n",
		"import ( A && ( B || C ) );\n",
		"export ( X || \"Y)\" );\n",
		"import ( A && B\n);\n",
		"a f(x) b#c a/*b*/c;\n",
		"a (b)c;\n",
		"/* break-glass only */\nroot-authentication { encrypted-password \"$6$x\"; ## SECRET-DATA\n}\n",
		"x {\n    encrypted-password /* SECRET-DATA */; ## SECRET-DATA\n}\n",
		"/* multi\n line */\na;\n",
		"a /* multi\n line */;\n",
		"/* unterminated\na;\n",
		"# RANCID-CONTENT-TYPE: juniper\n## Last changed: 2024-03-11 09:12:44 UTC\na;\n",
		"a # comment\n;\n",
		"a; # comment\n",
		"set a # comment\n",
		"a\n;\n",
		"a\n{\n}\n",
		"a {\n b\n}\n",
		"a { b }\n",
		"{master:0}\n",
		"interfaces { <ge-*> { mtu 9192; } }\n",
		"group <*> { neighbor <*>; }\n",
		"interfaces { \"<ge-0/0/[0-3]>\" { mtu 9192; } }\n",
		"interfaces { <ge-0/0/[0-3]> { mtu 9192; } }\n",
		"a <b [ c ];\n",
		"a <b<c>[d]>;\n",
		"community X members \"^65000:.*$\";\n",
		"address 2001:db8::1/64;\nesi 00:12:12:12:12:12:12:12:12:12;\n",
		"a;\r\nb {\r\n c;\r\n}\r\n",
		"set a b\r\nset c d\r\n",
		"a;;\n;\n",
		"}\n",
		"a {\n",
		"]\n",
		"a ]\n",
		"a [ b;\n",
		"replace interfaces ge-0/0/0\n",
		"sett a b\n",
		"a\tb\fc\vd;\n",
		"a \x00b;\n",
		"a é;\n",
		"\xef\xbb\xbfa;\n",
		"a \"b\rc\";\n",
		"inactive:\nfoo;\n",
		"a [ b ] /* c */ {}\n",
		"inactive: /* x */ a;\n",
		"set a [ b ] c\n",
		"set a (b;c)\n",
		"set /* x */ a /* ; */\n",
		"a { inactive: }\n",
		"/* a */ set b\n",
	}
}

// FuzzDifferential holds the production parser to the reference grammar:
// both must agree on accepting an input and, when both accept it, build the
// same statement tree.
func FuzzDifferential(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add([]byte(s))
	}
	ref := newReference(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		r, p, _ := parseBoth(ref, "fuzz", src)
		if agree(r, p) {
			return
		}
		if r.accepted() != p.accepted() {
			t.Fatalf("accept/reject differs on %q:\n  reference:  %s\n  production: %s", src, orOK(r.err), orOK(p.err))
		}
		t.Fatalf("trees differ on %q:\n%s", src, firstDiff(r.dump, p.dump))
	})
}

func orOK(err string) string {
	if err == "" {
		return "accepted"
	}
	return err
}
