package lsp

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
)

func rng(l1, c1, l2, c2 uint32) *Range {
	return &Range{Start: Position{l1, c1}, End: Position{l2, c2}}
}

func TestDidChangeIncremental(t *testing.T) {
	// Line 0 in UTF-16 units: `a`0 ` `1 `é`2 ` `3 `日`4 `本`5 ` `6 `😀`7-8 ` `9 `z`10, end 11.
	const base = "a é 日本 😀 z\r\nsecond line\n"
	tests := []struct {
		name    string
		changes []TextDocumentContentChangeEvent
		want    string
	}{
		{"insert after emoji", []TextDocumentContentChangeEvent{{Range: rng(0, 9, 0, 9), Text: "X"}},
			"a é 日本 😀X z\r\nsecond line\n"},
		{"replace kanji", []TextDocumentContentChangeEvent{{Range: rng(0, 4, 0, 6), Text: "東京"}},
			"a é 東京 😀 z\r\nsecond line\n"},
		{"delete emoji (two units)", []TextDocumentContentChangeEvent{{Range: rng(0, 7, 0, 9), Text: ""}},
			"a é 日本  z\r\nsecond line\n"},
		{"replace é with emoji", []TextDocumentContentChangeEvent{{Range: rng(0, 2, 0, 3), Text: "🎉"}},
			"a 🎉 日本 😀 z\r\nsecond line\n"},
		{"join lines across crlf", []TextDocumentContentChangeEvent{{Range: rng(0, 11, 1, 0), Text: " "}},
			"a é 日本 😀 z second line\n"},
		{"two changes in order", []TextDocumentContentChangeEvent{
			{Range: rng(0, 0, 0, 1), Text: "😀😀"}, // the line now starts with 4 units of emoji
			{Range: rng(0, 4, 0, 4), Text: "!"},  // right after them
		}, "😀😀! é 日本 😀 z\r\nsecond line\n"},
		{"insert at end of document", []TextDocumentContentChangeEvent{{Range: rng(2, 0, 2, 0), Text: "third é\n"}},
			base + "third é\n"},
		{"full text", []TextDocumentContentChangeEvent{{Text: "new é"}}, "new é"},
		{"full then incremental", []TextDocumentContentChangeEvent{{Text: "日本\n"}, {Range: rng(0, 1, 0, 2), Text: "x"}}, "日x\n"},
	}
	c := newTestClient(t, Options{})
	c.initialize(nil)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uri := c.open(fmt.Sprintf("change%d.conf", i), base)
			c.change(uri, 2, tt.changes...)
			pub := c.waitDiagnostics(uri, 2) // the change has been applied
			if pub.params.Version == nil || *pub.params.Version != 2 {
				t.Fatalf("publication %s", pub.raw)
			}
			doc := c.srv.docs.get(uri)
			if got := string(doc.Text); got != tt.want {
				t.Errorf("text after change:\n got %q\nwant %q", got, tt.want)
			}
			if doc.Version != 2 {
				t.Errorf("version %d", doc.Version)
			}
		})
	}
}

func TestDidChangeRelints(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	text := readTestdata(t, "pki.conf")
	uri := c.open("pki.conf", text)
	before := lspFindings(text, c.waitDiagnostics(uri, 1).params.Diagnostics)
	if !slices.ContainsFunc(before, func(s string) bool { return strings.HasPrefix(s, "PKI002") }) {
		t.Fatalf("fixture lost its md5 finding: %v", before)
	}
	// Replace md5 by sha1 with an incremental edit, and edit the
	// multi-byte description on the way.
	md5 := posOf(t, text, "md5", 0, 0)
	desc := posOf(t, text, "😀", 0, 0)
	c.change(uri, 2,
		TextDocumentContentChangeEvent{Range: &Range{md5, Position{md5.Line, md5.Character + 3}}, Text: "sha1"},
		TextDocumentContentChangeEvent{Range: &Range{desc, Position{desc.Line, desc.Character + 2}}, Text: "🚀🚀"},
	)
	want := strings.Replace(strings.Replace(text, "md5", "sha1", 1), "😀", "🚀🚀", 1)
	got := lspFindings(want, c.waitDiagnostics(uri, 2).params.Diagnostics)
	if cli := cliFindings(t, "pki.conf", want); !slices.Equal(got, cli) {
		t.Errorf("after the edit: published %v, CLI says %v", got, cli)
	}
	if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "PKI002") }) {
		t.Errorf("PKI002 still reported after md5 was replaced: %v", got)
	}
	if string(c.srv.docs.get(uri).Text) != want {
		t.Errorf("server text differs from the editor's")
	}
}

// TestDidChangeSupersedes checks that an edit cancels the stale run of the
// version before it: the run of version 2 is held after parsing until
// version 3 has arrived, and must then publish nothing.
func TestDidChangeSupersedes(t *testing.T) {
	release := make(chan struct{})
	held := make(chan int32, 4)
	var once sync.Once
	c := newTestClient(t, Options{hooks: hooks{afterParse: func(d *Document) {
		if d.Version == 2 {
			once.Do(func() {
				held <- d.Version
				<-release
			})
		}
	}}})
	c.initialize(nil)
	uri := c.open("super.conf", "system {\n    host-name a;\n}\n")
	c.waitDiagnostics(uri, 1)
	c.change(uri, 2, TextDocumentContentChangeEvent{Range: rng(1, 15, 1, 15), Text: "b"})
	select {
	case <-held:
	case <-time.After(waitTimeout):
		t.Fatal("version 2 was never linted")
	}
	c.change(uri, 3, TextDocumentContentChangeEvent{Range: rng(1, 16, 1, 16), Text: "c"})
	// Wait until version 3 is stored (its change was handled), then let the
	// stale run go on.
	deadline := time.Now().Add(waitTimeout)
	for c.srv.docs.get(uri).Version != 3 {
		if time.Now().After(deadline) {
			t.Fatal("version 3 never stored")
		}
		time.Sleep(time.Millisecond)
	}
	close(release)
	c.waitDiagnostics(uri, 3)
	// Let a straggler (there must be none) arrive.
	time.Sleep(50 * time.Millisecond)
	var versions []int32
	for _, p := range c.publications(uri) {
		versions = append(versions, *p.params.Version)
	}
	if !slices.Equal(versions, []int32{1, 3}) {
		t.Errorf("published versions %v, want [1 3]: the stale run of version 2 must not publish", versions)
	}
	if got := string(c.srv.docs.get(uri).Text); got != "system {\n    host-name abc;\n}\n" {
		t.Errorf("text %q", got)
	}
}

// TestDidChangeBurst sends many edits at once with the default debounce:
// only the last version is linted and published.
func TestDidChangeBurst(t *testing.T) {
	c := newTestClient(t, Options{Debounce: DefaultDebounce})
	c.initialize(nil)
	uri := c.open("burst.conf", "system {\n    host-name ;\n}\n")
	c.waitDiagnostics(uri, 1)
	for v := int32(2); v <= 11; v++ {
		c.change(uri, v, TextDocumentContentChangeEvent{Range: rng(1, 14+uint32(v-2), 1, 14+uint32(v-2)), Text: "x"})
	}
	c.waitDiagnostics(uri, 11)
	time.Sleep(2 * DefaultDebounce)
	var versions []int32
	for _, p := range c.publications(uri) {
		versions = append(versions, *p.params.Version)
	}
	if !slices.Equal(versions, []int32{1, 11}) {
		t.Errorf("published versions %v, want [1 11]", versions)
	}
	if got := string(c.srv.docs.get(uri).Text); got != "system {\n    host-name xxxxxxxxxx;\n}\n" {
		t.Errorf("text %q", got)
	}
}

func TestDidChangeBadRange(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	uri := c.open("bad.conf", "system {\n}\n")
	c.waitDiagnostics(uri, 1)
	// A range that ends before it starts is refused; the document keeps its
	// text and the user is told.
	c.change(uri, 2, TextDocumentContentChangeEvent{Range: rng(1, 0, 0, 0), Text: "x"})
	// A change to a document that is not open, likewise.
	c.change(c.uri("never-opened.conf"), 2, TextDocumentContentChangeEvent{Text: "x"})
	var syms []DocumentSymbol
	c.mustCall(methodDocumentSymbol, DocumentSymbolParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &syms)
	if got := string(c.srv.docs.get(uri).Text); got != "system {\n}\n" {
		t.Errorf("text %q after a refused change", got)
	}
	c.mu.Lock()
	shown := len(c.shown)
	c.mu.Unlock()
	if shown != 2 {
		t.Errorf("%d messages shown, want 2", shown)
	}
}

// utf16Doc is an independent model of a document as an LSP client sees it:
// lines split at "\n", each a sequence of UTF-16 code units.
type utf16Doc struct{ lines [][]uint16 }

func newUTF16Doc(s string) *utf16Doc {
	d := &utf16Doc{}
	for _, l := range strings.Split(s, "\n") {
		d.lines = append(d.lines, utf16.Encode([]rune(l)))
	}
	return d
}

func (d *utf16Doc) String() string {
	var parts []string
	for _, l := range d.lines {
		parts = append(parts, string(utf16.Decode(l)))
	}
	return strings.Join(parts, "\n")
}

// flat returns the document as one sequence of code units and the index of
// each line's start in it.
func (d *utf16Doc) flat() ([]uint16, []int) {
	var all []uint16
	var starts []int
	for i, l := range d.lines {
		starts = append(starts, len(all))
		all = append(all, l...)
		if i < len(d.lines)-1 {
			all = append(all, '\n')
		}
	}
	return all, starts
}

// replace applies one change.
func (d *utf16Doc) replace(r Range, text string) {
	all, starts := d.flat()
	a := starts[r.Start.Line] + int(r.Start.Character)
	b := starts[r.End.Line] + int(r.End.Character)
	out := append(append(append([]uint16(nil), all[:a]...), utf16.Encode([]rune(text))...), all[b:]...)
	*d = *newUTF16Doc(string(utf16.Decode(out)))
}

// randomPos returns a position at a character boundary (never inside a
// surrogate pair).
func (d *utf16Doc) randomPos(next func(int) int) Position {
	line := next(len(d.lines))
	l := d.lines[line]
	var bounds []int
	for i := 0; i <= len(l); i++ {
		if i > 0 && i < len(l) && l[i-1] >= 0xD800 && l[i-1] < 0xDC00 && l[i] >= 0xDC00 && l[i] < 0xE000 {
			continue // between the halves of a surrogate pair
		}
		bounds = append(bounds, i)
	}
	return Position{Line: uint32(line), Character: uint32(bounds[next(len(bounds))])}
}

// TestDidChangeRandom sends random incremental edits with multi-byte and
// astral characters, several per notification, and checks the server's
// text against an independent UTF-16 model of the client's buffer.
func TestDidChangeRandom(t *testing.T) {
	c := newTestClient(t, Options{Debounce: time.Hour}) // no linting needed
	c.initialize(nil)
	const start = "system {\n    host-name é日本😀;\n}\n"
	uri := c.open("random.conf", start)
	model := newUTF16Doc(start)
	inserts := []string{"", "a", "é", "日本", "😀", "\n", "x\ny", "🎉é\n", "  "}
	seed := uint64(42)
	next := func(n int) int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % uint64(n))
	}
	for v := int32(2); v < 300; v++ {
		var changes []TextDocumentContentChangeEvent
		for k := next(3) + 1; k > 0; k-- {
			a := model.randomPos(next)
			b := a
			switch r := next(8); {
			case r == 0 && len(model.lines) > 12: // across lines
				b = model.randomPos(next)
				if b.Line < a.Line || b.Line == a.Line && b.Character < a.Character {
					a, b = b, a
				}
			case r < 4: // within the line, up to the next boundary or two
				for n := next(3); n > 0; n-- {
					l := model.lines[b.Line]
					if int(b.Character) >= len(l) {
						break
					}
					b.Character++
					if int(b.Character) < len(l) && l[b.Character] >= 0xDC00 && l[b.Character] < 0xE000 {
						b.Character++
					}
				}
			}
			text := inserts[next(len(inserts))]
			if len(model.lines) < 8 {
				text = "line é\n日本 😀\n"
			}
			model.replace(Range{a, b}, text)
			changes = append(changes, TextDocumentContentChangeEvent{Range: &Range{a, b}, Text: text})
		}
		c.change(uri, v, changes...)
	}
	// documentSymbol is answered after every change before it was handled.
	var syms []DocumentSymbol
	c.mustCall(methodDocumentSymbol, DocumentSymbolParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &syms)
	doc := c.srv.docs.get(uri)
	if n := len(doc.Mapper.lines); n < 8 {
		t.Fatalf("the random edits left %d lines: the test needs a bigger document", n)
	}
	if got, want := string(doc.Text), model.String(); got != want {
		t.Fatalf("server text\n%q\nclient text\n%q", got, want)
	}
	if fresh := NewMapper(doc.Text); !slices.Equal(fresh.lines, doc.Mapper.lines) {
		t.Errorf("line table drifted from the text")
	}
}
