package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
	"github.com/junoslint/junoslint/lint/rules"
)

// waitTimeout bounds every wait in the protocol tests; a test that needs it
// has failed.
const waitTimeout = 20 * time.Second

// testClient is an LSP client talking to an in-process server over a pipe,
// with a real jsonrpc2 connection on each side.
type testClient struct {
	t      testing.TB
	srv    *Server
	conn   *jsonrpc2.Conn
	exit   chan int
	dir    string // where test documents live (their URIs; no files needed)
	mu     sync.Mutex
	diags  map[DocumentURI][]publication
	notify chan struct{}
	shown  []ShowMessageParams
}

// publication is one publishDiagnostics as received, with its raw JSON.
type publication struct {
	params PublishDiagnosticsParams
	raw    string
	at     time.Time // when the client read it
}

// newTestClient starts a server with opts (debounce 1 ms unless set) and a
// client connected to it, and initializes the session.
func newTestClient(t testing.TB, opts Options) *testClient {
	t.Helper()
	if opts.Debounce == 0 {
		opts.Debounce = time.Millisecond
	}
	srv, err := NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	a, b := net.Pipe()
	c := &testClient{t: t, srv: srv, exit: make(chan int, 1), dir: t.TempDir(),
		diags: map[DocumentURI][]publication{}, notify: make(chan struct{}, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	go func() { c.exit <- srv.Serve(ctx, a) }()
	c.conn = jsonrpc2.NewConn(ctx, jsonrpc2.NewBufferedStream(b, jsonrpc2.VSCodeObjectCodec{}),
		jsonrpc2.HandlerWithError(c.handle), jsonrpc2.SetLogger(testLogger{t}))
	t.Cleanup(func() {
		cancel()
		_ = c.conn.Close()
		select {
		case <-c.exit:
		case <-time.After(waitTimeout):
			t.Errorf("server did not stop")
		}
	})
	return c
}

// testLogger sends jsonrpc2's log lines to the test log.
type testLogger struct{ t testing.TB }

func (l testLogger) Printf(format string, v ...any) { l.t.Logf(format, v...) }

// handle receives the server's notifications.
func (c *testClient) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case methodPublishDiagnostics:
		var p PublishDiagnosticsParams
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			return nil, err
		}
		c.mu.Lock()
		c.diags[p.URI] = append(c.diags[p.URI], publication{p, string(*req.Params), time.Now()})
		c.mu.Unlock()
		select {
		case c.notify <- struct{}{}:
		default:
		}
	case methodShowMessage:
		var p ShowMessageParams
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			return nil, err
		}
		c.mu.Lock()
		c.shown = append(c.shown, p)
		c.mu.Unlock()
	}
	return nil, nil
}

// call sends a request and decodes its result into result (when not nil).
func (c *testClient) call(method string, params, result any) error {
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	return c.conn.Call(ctx, method, params, result)
}

// mustCall is call that fails the test on error.
func (c *testClient) mustCall(method string, params, result any) {
	c.t.Helper()
	if err := c.call(method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// notifyServer sends a notification.
func (c *testClient) notifyServer(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// initialize runs the initialize handshake with the client capabilities
// caps (nil for none).
func (c *testClient) initialize(caps *ClientCapabilities) InitializeResult {
	c.t.Helper()
	p := InitializeParams{}
	if caps != nil {
		p.Capabilities = *caps
	}
	root := pathURI(c.dir)
	p.RootURI = &root
	var res InitializeResult
	c.mustCall(methodInitialize, p, &res)
	c.notifyServer(methodInitialized, struct{}{})
	return res
}

// uri returns the URI of a test document named name.
func (c *testClient) uri(name string) DocumentURI { return pathURI(filepath.Join(c.dir, name)) }

// open opens a document and returns its URI.
func (c *testClient) open(name, text string) DocumentURI {
	c.t.Helper()
	uri := c.uri(name)
	c.notifyServer(methodDidOpen, DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, LanguageID: "junos", Version: 1, Text: text}})
	return uri
}

// change sends changes making version.
func (c *testClient) change(uri DocumentURI, version int32, changes ...TextDocumentContentChangeEvent) {
	c.t.Helper()
	c.notifyServer(methodDidChange, DidChangeTextDocumentParams{
		TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: version}, ContentChanges: changes,
	})
}

// waitDiagnostics waits for the diagnostics of version of uri (version 0:
// any version, for didClose's unversioned publication) and returns them.
func (c *testClient) waitDiagnostics(uri DocumentURI, version int32) publication {
	c.t.Helper()
	deadline := time.After(waitTimeout)
	for {
		c.mu.Lock()
		for _, p := range c.diags[uri] {
			if version == 0 && p.params.Version == nil || p.params.Version != nil && *p.params.Version == version {
				c.mu.Unlock()
				return p
			}
		}
		c.mu.Unlock()
		select {
		case <-c.notify:
		case <-time.After(10 * time.Millisecond):
		case <-deadline:
			c.t.Fatalf("no diagnostics for %s version %d", uri, version)
		}
	}
}

// waitPublication waits for the n-th (1-based) publication for uri.
func (c *testClient) waitPublication(uri DocumentURI, n int) publication {
	c.t.Helper()
	deadline := time.After(waitTimeout)
	for {
		if ps := c.publications(uri); len(ps) >= n {
			return ps[n-1]
		}
		select {
		case <-c.notify:
		case <-time.After(10 * time.Millisecond):
		case <-deadline:
			c.t.Fatalf("fewer than %d publications for %s", n, uri)
		}
	}
}

// publications returns every publication received for uri.
func (c *testClient) publications(uri DocumentURI) []publication {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]publication(nil), c.diags[uri]...)
}

// rpcCode returns the JSON-RPC error code of err, or 0.
func rpcCode(err error) int64 {
	var je *jsonrpc2.Error
	if errors.As(err, &je) {
		return je.Code
	}
	return 0
}

// readTestdata returns the text of lsp/testdata/name.
func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// cliFindings lints text as `junoslint lint` would with no configuration
// file: code, 1-based line and 1-based byte column of each finding.
func cliFindings(t *testing.T, name, text string) []string {
	t.Helper()
	l, err := lint.NewLinter(rules.All(), lint.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Lint(name, []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range res.Diagnostics {
		out = append(out, fmt.Sprintf("%s %d:%d", d.Code, d.Start.Line, d.Start.Column))
	}
	return out
}

// lspFindings renders published diagnostics like cliFindings, converting
// the UTF-16 start to a byte column through text.
func lspFindings(text string, ds []Diagnostic) []string {
	m := NewMapper([]byte(text))
	f := grammar.Parse("x", []byte(text))
	var out []string
	for _, d := range ds {
		p := f.Pos(m.Offset(d.Range.Start))
		out = append(out, fmt.Sprintf("%s %d:%d", d.Code, p.Line, p.Column))
	}
	return out
}

// applyTextEdits applies protocol edits (on text, not overlapping) and
// returns the result.
func applyTextEdits(t *testing.T, text string, edits []TextEdit) string {
	t.Helper()
	m := NewMapper([]byte(text))
	type be struct {
		s, e int
		n    string
	}
	var bes []be
	for _, e := range edits {
		sp := m.Span(e.Range)
		bes = append(bes, be{sp.Start, sp.End, e.NewText})
	}
	// apply from the end so earlier offsets stay valid; equal starts keep
	// their order
	var b strings.Builder
	last := 0
	sorted := append([]be(nil), bes...)
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && sorted[j].s < sorted[j-1].s; j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	for _, e := range sorted {
		if e.s < last {
			t.Fatalf("overlapping edits at %d", e.s)
		}
		b.WriteString(text[last:e.s])
		b.WriteString(e.n)
		last = e.e
	}
	b.WriteString(text[last:])
	return b.String()
}

// workspaceEdits returns the edits of we for uri, from changes or
// documentChanges.
func workspaceEdits(we *WorkspaceEdit, uri DocumentURI) []TextEdit {
	if we == nil {
		return nil
	}
	if es, ok := we.Changes[uri]; ok {
		return es
	}
	for _, dc := range we.DocumentChanges {
		if dc.TextDocument.URI == uri {
			return dc.Edits
		}
	}
	return nil
}

// posOf returns the position of the n-th (0-based) occurrence of needle in
// text, plus delta bytes.
func posOf(t *testing.T, text, needle string, n, delta int) Position {
	t.Helper()
	off := -1
	for i := 0; i <= n; i++ {
		j := strings.Index(text[off+1:], needle)
		if j < 0 {
			t.Fatalf("%q occurs fewer than %d times", needle, n+1)
		}
		off += 1 + j
	}
	return NewMapper([]byte(text)).Position(off + delta)
}
