package lsp

import (
	"context"
	"encoding/json"
)

// handleDidClose handles "textDocument/didClose": the document leaves the
// store, its pending diagnostics run stops, and its diagnostics are cleared
// (an empty list is published), since the server no longer tracks it.
func (s *Server) handleDidClose(_ context.Context, params json.RawMessage) error {
	p, err := decode[DidCloseTextDocumentParams](methodDidClose, params)
	if err != nil {
		return err
	}
	s.cancelDiagnostics(p.TextDocument.URI)
	s.docs.remove(p.TextDocument.URI)
	s.sendDiagnostics(PublishDiagnosticsParams{URI: p.TextDocument.URI, Diagnostics: []Diagnostic{}})
	return nil
}
