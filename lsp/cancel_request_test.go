package lsp

import (
	"context"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

// TestCancelRequest holds hover requests before their handler runs, cancels
// them with $/cancelRequest (numeric and string ids), and expects a
// RequestCancelled answer; a request not cancelled is answered normally,
// and unknown ids are ignored.
func TestCancelRequest(t *testing.T) {
	gate := make(chan chan struct{})
	c := newTestClient(t, Options{hooks: hooks{beforeRequest: func(method string) {
		if method == methodHover {
			rel := make(chan struct{})
			gate <- rel
			<-rel
		}
	}}})
	c.initialize(nil)
	text := readTestdata(t, "pki.conf")
	uri := c.open("pki.conf", text)
	c.waitDiagnostics(uri, 1)
	params := TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Position: posOf(t, text, "md5", 0, 1)}
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()

	tests := []struct {
		name      string
		id        jsonrpc2.ID
		cancel    any // the id sent in $/cancelRequest; nil: no cancel
		cancelled bool
	}{
		{"numeric id", jsonrpc2.ID{Num: 4242}, 4242, true},
		{"string id", jsonrpc2.ID{Str: "h2", IsString: true}, "h2", true},
		{"other id cancelled", jsonrpc2.ID{Num: 77}, 9999, false},
		{"not cancelled", jsonrpc2.ID{Num: 78}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := c.conn.DispatchCall(ctx, methodHover, params, jsonrpc2.PickID(tt.id))
			if err != nil {
				t.Fatal(err)
			}
			var rel chan struct{}
			select {
			case rel = <-gate:
			case <-time.After(waitTimeout):
				t.Fatal("hover never started")
			}
			if tt.cancel != nil {
				c.notifyServer(methodCancelRequest, map[string]any{"id": tt.cancel})
			}
			// Notifications are handled in order: once this answer is
			// back, the cancel has been handled.
			var syms []DocumentSymbol
			c.mustCall(methodDocumentSymbol, DocumentSymbolParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &syms)
			close(rel)
			var h *Hover
			err = w.Wait(ctx, &h)
			switch cancelled := tt.cancelled; {
			case cancelled && rpcCode(err) != codeRequestCancelled:
				t.Errorf("result %v, error %v; want error %d", h, err, codeRequestCancelled)
			case !cancelled && (err != nil || h == nil):
				t.Errorf("result %v, error %v; want a hover", h, err)
			}
		})
	}
}
