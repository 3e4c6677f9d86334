package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/sourcegraph/jsonrpc2"
)

// handleCancelRequest handles "$/cancelRequest": the named request's
// context is cancelled, and it is answered with RequestCancelled unless it
// has already been answered. Unknown ids are ignored, as the protocol asks.
func (s *Server) handleCancelRequest(_ context.Context, params json.RawMessage) error {
	p, err := decode[CancelParams](methodCancelRequest, params)
	if err != nil {
		return err
	}
	id, err := parseID(p.ID)
	if err != nil {
		return err
	}
	s.mu.Lock()
	cancel := s.inflight[id]
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	return nil
}

// parseID reads a JSON-RPC id: a number or a string.
func parseID(raw json.RawMessage) (jsonrpc2.ID, error) {
	var str string
	if err := json.Unmarshal(raw, &str); err == nil {
		return jsonrpc2.ID{Str: str, IsString: true}, nil
	}
	n, err := strconv.ParseUint(string(raw), 10, 64)
	if err != nil {
		return jsonrpc2.ID{}, fmt.Errorf("request id %s is neither a number nor a string", raw)
	}
	return jsonrpc2.ID{Num: n}, nil
}
