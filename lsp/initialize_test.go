package lsp

import (
	"testing"
)

func TestInitialize(t *testing.T) {
	c := newTestClient(t, Options{Version: "v9.9.9"})

	// Before initialize, requests are refused and the server stays up.
	var h *Hover
	if err := c.call(methodHover, TextDocumentPositionParams{}, &h); rpcCode(err) != codeServerNotInitialized {
		t.Fatalf("hover before initialize: got %v, want error %d", err, codeServerNotInitialized)
	}

	res := c.initialize(nil)
	caps := res.Capabilities
	tests := []struct {
		name string
		ok   bool
	}{
		{"utf-16 positions", caps.PositionEncoding == "utf-16"},
		{"incremental sync", caps.TextDocumentSync.Change == syncIncremental && caps.TextDocumentSync.OpenClose},
		{"hover", caps.HoverProvider},
		{"completion", caps.CompletionProvider != nil},
		{"definition", caps.DefinitionProvider},
		{"references", caps.ReferencesProvider},
		{"document symbols", caps.DocumentSymbolProvider},
		{"folding", caps.FoldingRangeProvider},
		{"formatting", caps.DocumentFormattingProvider && caps.DocumentRangeFormattingProvider},
		{"code actions", caps.CodeActionProvider != nil && len(caps.CodeActionProvider.CodeActionKinds) == 2},
		{"copy command", caps.ExecuteCommandProvider != nil && len(caps.ExecuteCommandProvider.Commands) == 1 && caps.ExecuteCommandProvider.Commands[0] == commandCopySetCommands},
		{"server info", res.ServerInfo != nil && res.ServerInfo.Name == "junoslint" && res.ServerInfo.Version == "v9.9.9"},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("capability %s missing: %+v", tt.name, res)
		}
	}

	// A second initialize is an error.
	if err := c.call(methodInitialize, InitializeParams{}, nil); rpcCode(err) != codeInvalidRequest {
		t.Errorf("second initialize: got %v, want error %d", err, codeInvalidRequest)
	}
}
