package lsp

import (
	"context"
	"encoding/json"
)

// handleExit handles "exit": Serve returns, with exit code 0 when
// "shutdown" came first and 1 otherwise.
func (s *Server) handleExit(context.Context, json.RawMessage) error {
	s.exitOnce.Do(func() { close(s.exited) })
	return nil
}
