package lsp

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/junoslint/junoslint/internal/fileuri"
)

// Document is one version of an open document: the unsaved text as the
// client holds it. A Document never changes; an edit makes a new one. Its
// analysis (parse, lint, indexes) is computed on first use and shared by
// every feature that looks at that version.
type Document struct {
	URI     DocumentURI
	Version int32
	// Path is the file system path of a file: URI, "" for other schemes
	// (untitled buffers).
	Path   string
	Text   []byte
	Mapper *Mapper

	an analysis // computed lazily; see analysis.go
}

// newDocument returns version of the document uri holding text.
func newDocument(uri DocumentURI, version int32, text []byte) *Document {
	return &Document{URI: uri, Version: version, Path: uriPath(uri), Text: text, Mapper: NewMapper(text)}
}

// applyChanges returns the document after the changes, applied in order as
// the protocol says: each range refers to the text left by the changes
// before it; a change without a range replaces the whole text.
func (d *Document) applyChanges(version int32, changes []TextDocumentContentChangeEvent) (*Document, error) {
	text, m := d.Text, d.Mapper
	for i, ch := range changes {
		if ch.Range == nil {
			text = []byte(ch.Text)
			m = NewMapper(text)
			continue
		}
		if err := checkRange(m, *ch.Range); err != nil {
			return nil, fmt.Errorf("change %d: %w", i, err)
		}
		sp := m.Span(*ch.Range)
		buf := make([]byte, 0, len(text)-sp.Len()+len(ch.Text))
		buf = append(buf, text[:sp.Start]...)
		buf = append(buf, ch.Text...)
		buf = append(buf, text[sp.End:]...)
		text = buf
		m = m.edited(text, sp.Start, sp.End, sp.Start+len(ch.Text))
	}
	return &Document{URI: d.URI, Version: version, Path: d.Path, Text: text, Mapper: m}, nil
}

// checkRange rejects a range whose start lies after its end or that starts
// beyond the last line. Characters past a line's end are clamped, as the
// protocol asks.
func checkRange(m *Mapper, r Range) error {
	if r.End.Line < r.Start.Line || r.End.Line == r.Start.Line && r.End.Character < r.Start.Character {
		return fmt.Errorf("range %d:%d-%d:%d ends before it starts", r.Start.Line, r.Start.Character, r.End.Line, r.End.Character)
	}
	if int(r.Start.Line) > m.LineCount() {
		return fmt.Errorf("range starts at line %d of a document of %d lines", r.Start.Line, m.LineCount())
	}
	return nil
}

// uriPath returns the file system path of a file: URI, or "".
func uriPath(uri DocumentURI) string {
	p, ok := fileuri.ToSlashPath(string(uri))
	if !ok {
		return ""
	}
	if runtime.GOOS == "windows" {
		p = strings.TrimPrefix(p, "/")
	}
	return filepath.FromSlash(p)
}

// pathURI returns the file: URI of the file system path p.
func pathURI(p string) DocumentURI {
	abs, err := filepath.Abs(p)
	if err == nil {
		p = abs
	}
	p = filepath.ToSlash(p)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return DocumentURI(fileuri.FromSlashPath(p))
}

// store holds the open documents. It is safe for concurrent use.
type store struct {
	mu   sync.Mutex
	docs map[DocumentURI]*Document
}

func newStore() *store { return &store{docs: map[DocumentURI]*Document{}} }

// get returns the current version of uri, or nil when it is not open.
func (s *store) get(uri DocumentURI) *Document {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.docs[uri]
}

// put makes d the current version of its document.
func (s *store) put(d *Document) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs[d.URI] = d
}

// remove forgets uri.
func (s *store) remove(uri DocumentURI) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.docs, uri)
}

// all returns the open documents.
func (s *store) all() []*Document {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Document, 0, len(s.docs))
	for _, d := range s.docs {
		out = append(out, d)
	}
	return out
}
