package lsp

import (
	"strings"
	"testing"
)

func TestDidClose(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	text := readTestdata(t, "pki.conf")
	uri := c.open("pki.conf", text)
	if len(c.waitDiagnostics(uri, 1).params.Diagnostics) == 0 {
		t.Fatal("fixture has no findings")
	}
	c.notifyServer(methodDidClose, DidCloseTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: uri}})
	// The diagnostics are cleared with an unversioned empty list.
	if p := c.waitDiagnostics(uri, 0); !strings.Contains(p.raw, `"diagnostics":[]`) {
		t.Errorf("close published %s", p.raw)
	}
	if c.srv.docs.get(uri) != nil {
		t.Error("document still in the store")
	}
	// Requests about it now fail cleanly.
	var h *Hover
	if err := c.call(methodHover, TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &h); rpcCode(err) != codeInvalidParams {
		t.Errorf("hover on a closed document: %v", err)
	}
}
