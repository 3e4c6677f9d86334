package lsp

import (
	"context"
	"encoding/json"
)

// handleInitialized handles "initialized": the client has read the
// capabilities. Nothing needs doing; the server registers nothing
// dynamically.
func (s *Server) handleInitialized(context.Context, json.RawMessage) error { return nil }
