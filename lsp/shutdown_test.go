package lsp

import (
	"context"
	"net"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"
)

func TestShutdownExit(t *testing.T) {
	tests := []struct {
		name     string
		shutdown bool
		wantCode int
	}{
		{"shutdown then exit", true, 0},
		{"exit without shutdown", false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newTestClient(t, Options{})
			c.initialize(nil)
			uri := c.open("x.conf", "system {\n    host-name x;\n}\n")
			c.waitDiagnostics(uri, 1)
			if tt.shutdown {
				var res any = "unset"
				c.mustCall(methodShutdown, nil, &res)
				if res != nil {
					t.Errorf("shutdown result %v, want null", res)
				}
				// After shutdown, requests are refused.
				var h *Hover
				err := c.call(methodHover, TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &h)
				if rpcCode(err) != codeInvalidRequest {
					t.Errorf("hover after shutdown: %v, want error %d", err, codeInvalidRequest)
				}
			}
			c.notifyServer(methodExit, nil)
			select {
			case code := <-c.exit:
				if code != tt.wantCode {
					t.Errorf("exit code %d, want %d", code, tt.wantCode)
				}
				c.exit <- code // for the cleanup
			case <-time.After(waitTimeout):
				t.Fatal("server did not exit")
			}
		})
	}
}

// TestServeEndsWhenClientHangsUp checks that a vanished client ends the
// session (exit code 1: no shutdown came).
func TestServeEndsWhenClientHangsUp(t *testing.T) {
	srv, err := NewServer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, b := net.Pipe()
	done := make(chan int, 1)
	go func() { done <- srv.Serve(context.Background(), a) }()
	conn := jsonrpc2.NewConn(context.Background(), jsonrpc2.NewBufferedStream(b, jsonrpc2.VSCodeObjectCodec{}), jsonrpc2.HandlerWithError(func(context.Context, *jsonrpc2.Conn, *jsonrpc2.Request) (any, error) { return nil, nil }))
	if err := conn.Call(context.Background(), methodInitialize, InitializeParams{}, nil); err != nil {
		t.Fatal(err)
	}
	_ = conn.Close()
	select {
	case code := <-done:
		if code != 1 {
			t.Errorf("exit code %d, want 1", code)
		}
	case <-time.After(waitTimeout):
		t.Fatal("server did not notice the client left")
	}
}
