package lsp

import "context"

// handleShutdown answers "shutdown": pending diagnostics runs stop, and from
// now on every request but "exit" is refused.
func (s *Server) handleShutdown(context.Context, *request) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shutdown = true
	for uri, cancel := range s.runs {
		cancel()
		delete(s.runs, uri)
	}
	return nil, nil
}
