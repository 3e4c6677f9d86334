package lsp

import (
	"context"
	"encoding/json"
	"path/filepath"

	"github.com/junoslint/junoslint/lint"
)

// handleDidSave handles "textDocument/didSave". The server lints the
// unsaved text, so a saved Junos file needs nothing; a saved
// .junoslint.yaml (when the client sends its events) re-lints every open
// document under the new configuration.
func (s *Server) handleDidSave(_ context.Context, params json.RawMessage) error {
	p, err := decode[DidSaveTextDocumentParams](methodDidSave, params)
	if err != nil {
		return err
	}
	if filepath.Base(uriPath(p.TextDocument.URI)) == lint.ConfigFileName {
		s.relintAll()
	}
	return nil
}

// relintAll schedules a diagnostics run for every open document, with a
// fresh configuration lookup.
func (s *Server) relintAll() {
	for _, d := range s.docs.all() {
		nd := newDocument(d.URI, d.Version, d.Text)
		s.docs.put(nd)
		s.scheduleDiagnostics(nd)
	}
}
