package lsp

import (
	"context"
	"encoding/json"
)

// handleDidChangeWatchedFiles handles "workspace/didChangeWatchedFiles"
// (and "workspace/didChangeConfiguration"): a configuration file may have
// changed, so every open document is linted again with a fresh lookup.
func (s *Server) handleDidChangeWatchedFiles(context.Context, json.RawMessage) error {
	s.relintAll()
	return nil
}
