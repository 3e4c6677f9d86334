package lsp

import (
	"context"
	"encoding/json"
	"fmt"
)

// handleDidChange handles "textDocument/didChange": the changes (whole
// text or ranges, applied in order) make a new version, the pending
// diagnostics run of the old version is cancelled, and the new one is
// linted after the debounce.
func (s *Server) handleDidChange(_ context.Context, params json.RawMessage) error {
	p, err := decode[DidChangeTextDocumentParams](methodDidChange, params)
	if err != nil {
		return err
	}
	old := s.docs.get(p.TextDocument.URI)
	if old == nil {
		return fmt.Errorf("change to %s, which is not open", p.TextDocument.URI)
	}
	doc, err := old.applyChanges(p.TextDocument.Version, p.ContentChanges)
	if err != nil {
		return fmt.Errorf("%s version %d: %w; the server's copy may now differ from the editor's: reopen the file", p.TextDocument.URI, p.TextDocument.Version, err)
	}
	s.docs.put(doc)
	s.scheduleDiagnostics(doc)
	return nil
}
