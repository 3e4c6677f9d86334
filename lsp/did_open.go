package lsp

import (
	"context"
	"encoding/json"
)

// handleDidOpen handles "textDocument/didOpen": the document enters the
// store with the client's text, and is linted after the debounce.
func (s *Server) handleDidOpen(_ context.Context, params json.RawMessage) error {
	p, err := decode[DidOpenTextDocumentParams](methodDidOpen, params)
	if err != nil {
		return err
	}
	doc := newDocument(p.TextDocument.URI, p.TextDocument.Version, []byte(p.TextDocument.Text))
	s.docs.put(doc)
	s.scheduleDiagnostics(doc)
	return nil
}
