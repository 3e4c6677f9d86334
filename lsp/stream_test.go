package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// rawClient speaks the base protocol by hand, to send what a well-behaved
// client never would. A goroutine reads everything the server sends.
type rawClient struct {
	t    *testing.T
	conn net.Conn
	msgs chan map[string]json.RawMessage
}

func newRawClient(t *testing.T, conn net.Conn) *rawClient {
	c := &rawClient{t: t, conn: conn, msgs: make(chan map[string]json.RawMessage, 100)}
	go func() {
		r := bufio.NewReader(conn)
		for {
			n := -1
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					close(c.msgs)
					return
				}
				line = strings.TrimSpace(line)
				if line == "" {
					break
				}
				if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
					if _, err := fmt.Sscan(v, &n); err != nil {
						n = -1
					}
				}
			}
			body := make([]byte, max(n, 0))
			if _, err := io.ReadFull(r, body); err != nil {
				close(c.msgs)
				return
			}
			var m map[string]json.RawMessage
			if err := json.Unmarshal(body, &m); err != nil {
				m = map[string]json.RawMessage{"bad": json.RawMessage(fmt.Sprintf("%q", body))}
			}
			c.msgs <- m
		}
	}()
	return c
}

func (c *rawClient) send(body string) {
	c.t.Helper()
	c.sendRaw(fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(body), body))
}

func (c *rawClient) sendRaw(s string) {
	c.t.Helper()
	if err := c.conn.SetWriteDeadline(time.Now().Add(waitTimeout)); err != nil {
		c.t.Fatal(err)
	}
	if _, err := io.WriteString(c.conn, s); err != nil {
		c.t.Fatal(err)
	}
}

// recv returns the next response (notifications are skipped).
func (c *rawClient) recv() map[string]json.RawMessage {
	c.t.Helper()
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				c.t.Fatal("server closed the stream")
			}
			if bad, ok := m["bad"]; ok {
				c.t.Fatalf("server sent bad JSON %s", bad)
			}
			if _, ok := m["method"]; ok {
				continue
			}
			return m
		case <-time.After(waitTimeout):
			c.t.Fatal("no response")
		}
	}
}

func TestMalformedRequests(t *testing.T) {
	srv, err := NewServer(Options{Debounce: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	a, b := net.Pipe()
	done := make(chan int, 1)
	go func() { done <- srv.Serve(context.Background(), a) }()
	c := newRawClient(t, b)
	c.send(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}`)
	if m := c.recv(); string(m["id"]) != "1" || m["result"] == nil {
		t.Fatalf("initialize: %v", m)
	}
	c.send(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/m.conf","languageId":"junos","version":1,"text":"system {\n    host-name m;\n}\n"}}}`)

	tests := []struct {
		name   string
		send   func()
		wantID string
		code   int64
	}{
		{"not JSON", func() { c.send(`{"jsonrpc":"2.0","id":2,"method":`) }, "null", codeParseError},
		{"JSON but not a message", func() { c.send(`{"hello":"world"}`) }, "null", codeInvalidRequest},
		{"array of numbers", func() { c.send(`[1,2,3]`) }, "null", codeInvalidRequest},
		{"object id", func() { c.send(`{"jsonrpc":"2.0","id":{"x":1},"method":"shutdown"}`) }, "null", codeInvalidRequest},
		{"no Content-Length", func() { c.sendRaw("Content-Type: x\r\n\r\n") }, "null", codeParseError},
		{"unknown method", func() { c.send(`{"jsonrpc":"2.0","id":3,"method":"textDocument/teleport","params":{}}`) }, "3", codeMethodNotFound},
		{"params of the wrong type", func() { c.send(`{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":"abc"}`) }, "4", codeInvalidParams},
		{"missing params", func() { c.send(`{"jsonrpc":"2.0","id":5,"method":"textDocument/formatting"}`) }, "5", codeInvalidParams},
		{"document not open", func() {
			c.send(`{"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nope.conf"},"position":{"line":0,"character":0}}}`)
		}, "6", codeInvalidParams},
		{"bad command argument", func() {
			c.send(`{"jsonrpc":"2.0","id":7,"method":"workspace/executeCommand","params":{"command":"junoslint.copySetCommands","arguments":[42]}}`)
		}, "7", codeInvalidParams},
		{"unknown command", func() {
			c.send(`{"jsonrpc":"2.0","id":8,"method":"workspace/executeCommand","params":{"command":"rm -rf","arguments":[]}}`)
		}, "8", codeInvalidParams},
		{"string id", func() { c.send(`{"jsonrpc":"2.0","id":"s1","method":"nope"}`) }, `"s1"`, codeMethodNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.send()
			m := c.recv()
			var e struct {
				Code int64 `json:"code"`
			}
			if err := json.Unmarshal(m["error"], &e); err != nil || e.Code != tt.code || string(m["id"]) != tt.wantID {
				t.Errorf("got id %s error %s, want id %s code %d", m["id"], m["error"], tt.wantID, tt.code)
			}
		})
	}
	// Malformed notifications are not answered and change nothing.
	c.send(`{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":7}}`)
	c.send(`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":[1]}}`)

	// The server still works: a good request after all that.
	c.send(`{"jsonrpc":"2.0","id":10,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///tmp/m.conf"}}}`)
	m := c.recv()
	if string(m["id"]) != "10" || m["error"] != nil || !strings.Contains(string(m["result"]), `"name":"system"`) {
		t.Fatalf("after malformed input: %v", m)
	}
	c.send(`{"jsonrpc":"2.0","id":11,"method":"shutdown"}`)
	c.recv()
	c.send(`{"jsonrpc":"2.0","method":"exit"}`)
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit code %d", code)
		}
	case <-time.After(waitTimeout):
		t.Fatal("server did not exit")
	}
}
