package lsp

import (
	"context"
	"path/filepath"
)

// commandCopySetCommands is the workspace/executeCommand command that
// returns a finding's fix as Junos `set` commands.
const commandCopySetCommands = "junoslint.copySetCommands"

// handleInitialize answers "initialize": it records the client's
// capabilities and workspace root and says what the server offers.
func (s *Server) handleInitialize(_ context.Context, r *request) (any, error) {
	p, err := decode[InitializeParams](r.method, r.params)
	if err != nil {
		return nil, err
	}
	root := ""
	switch {
	case p.RootURI != nil && *p.RootURI != "":
		root = uriPath(*p.RootURI)
	case len(p.WorkspaceFolders) > 0:
		root = uriPath(p.WorkspaceFolders[0].URI)
	case p.RootPath != nil:
		root = *p.RootPath
	}
	if root != "" {
		if abs, err := filepath.Abs(root); err == nil {
			root = abs
		}
	}
	s.mu.Lock()
	s.params = p
	s.root = root
	s.initialized = true
	s.mu.Unlock()
	return InitializeResult{
		Capabilities: ServerCapabilities{
			PositionEncoding: "utf-16",
			TextDocumentSync: TextDocumentSyncOptions{
				OpenClose: true,
				Change:    syncIncremental,
				Save:      &SaveOptions{IncludeText: false},
			},
			HoverProvider:                   true,
			CompletionProvider:              &CompletionOptions{TriggerCharacters: []string{" "}},
			DefinitionProvider:              true,
			ReferencesProvider:              true,
			DocumentSymbolProvider:          true,
			CodeActionProvider:              &CodeActionOptions{CodeActionKinds: []string{kindQuickFix, kindFixAllJunoslint}},
			DocumentFormattingProvider:      true,
			DocumentRangeFormattingProvider: true,
			FoldingRangeProvider:            true,
			ExecuteCommandProvider:          &ExecuteCommandOptions{Commands: []string{commandCopySetCommands}},
		},
		ServerInfo: &ServerInfo{Name: "junoslint", Version: s.opts.Version},
	}, nil
}

// documentChanges reports whether the client accepts versioned edits
// (WorkspaceEdit.documentChanges).
func (s *Server) documentChanges() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.params.Capabilities
	return c.Workspace != nil && c.Workspace.WorkspaceEdit != nil && c.Workspace.WorkspaceEdit.DocumentChanges
}
