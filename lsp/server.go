// Package lsp is junoslint's language server: live findings, quick fixes,
// formatting, hover, outline, folding, navigation and completion for Junos
// configuration files in any editor that speaks the Language Server
// Protocol.
//
// The server works on the unsaved text the client sends (full or
// incremental sync) and runs the same parser, configuration lookup
// (.junoslint.yaml found by walking up from the file), lint engine, fix
// renderer and formatter as the command line, so editor and CLI never
// disagree. Positions on the wire are UTF-16 code units, as the protocol's
// default encoding requires; [Mapper] converts them to and from byte offsets
// and is the only place that does.
//
// The transport is github.com/sourcegraph/jsonrpc2 with the protocol types of
// protocol.go. Notifications (text changes above all) are handled in the
// order they arrive; requests run concurrently, each on the document version
// current when it arrived, and can be cancelled with $/cancelRequest. There
// is one file per protocol method.
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/junoslint/junoslint/lint"
	"github.com/junoslint/junoslint/lint/rules"
)

// DefaultDebounce is how long the server waits after an edit before it lints
// the document, so that a burst of keystrokes is linted once.
const DefaultDebounce = 100 * time.Millisecond

// Options configures a server. The zero value is ready to use.
type Options struct {
	// Debounce is the wait after an edit before linting; 0 means
	// DefaultDebounce and a negative value means no wait.
	Debounce time.Duration
	// Version is reported to the client as serverInfo.version.
	Version string
	// Log receives transport problems and internal errors, one per line;
	// nil discards them. The protocol stream is never written to.
	Log io.Writer
	// Rules is the rule list; nil means rules.All(), the list the command
	// line uses.
	Rules []*lint.Rule

	// hooks let tests observe and pause the server at chosen points.
	hooks hooks
}

// hooks are test-only callbacks; nil ones are skipped.
type hooks struct {
	beforeRequest func(method string) // in the request's goroutine, before its handler
	afterParse    func(doc *Document) // in a diagnostics run, after parsing
}

// Server is one language server session. Create it with [NewServer] and run
// it with [Server.Serve].
type Server struct {
	opts   Options
	linter *lint.Linter
	docs   *store
	log    *logger
	kw     *kwDoc // PKI/REST keyword documentation; read-only

	requests map[string]requestHandler // built once, read-only
	notifies map[string]notifyFunc     // built once, read-only

	mu          sync.Mutex
	conn        *jsonrpc2.Conn
	initialized bool // "initialize" answered
	shutdown    bool // "shutdown" received
	exited      chan struct{}
	exitOnce    sync.Once
	inflight    map[jsonrpc2.ID]context.CancelFunc
	runs        map[DocumentURI]context.CancelFunc // pending diagnostics runs
	params      InitializeParams
	root        string // workspace root directory, "" when unknown
	shownErrs   map[string]bool

	pubMu sync.Mutex // orders diagnostics publications
	base  context.Context
	gc    gcHold // the collector is off while diagnostics are computed
}

// NewServer returns a server with the given options.
func NewServer(opts Options) (*Server, error) {
	if opts.Debounce == 0 {
		opts.Debounce = DefaultDebounce
	}
	rs := opts.Rules
	if rs == nil {
		rs = rules.All()
	}
	l, err := lint.NewLinter(rs, lint.Selection{})
	if err != nil {
		return nil, fmt.Errorf("lsp: build linter: %w", err)
	}
	s := &Server{
		opts:      opts,
		linter:    l,
		docs:      newStore(),
		kw:        keywordTree(),
		log:       &logger{w: opts.Log},
		exited:    make(chan struct{}),
		inflight:  map[jsonrpc2.ID]context.CancelFunc{},
		runs:      map[DocumentURI]context.CancelFunc{},
		shownErrs: map[string]bool{},
	}
	s.requests = s.requestHandlers()
	s.notifies = s.notifyHandlers()
	return s, nil
}

// Serve runs the session on the transport rwc (the client's stdin and
// stdout, or a pipe in tests) until the client sends "exit", closes the
// transport or ctx ends. It returns the process exit code the protocol
// asks for: 0 when "shutdown" came before the end, 1 otherwise.
func (s *Server) Serve(ctx context.Context, rwc io.ReadWriteCloser) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.mu.Lock()
	s.base = ctx
	s.mu.Unlock()
	conn := jsonrpc2.NewConn(ctx, newStream(rwc), s, jsonrpc2.SetLogger(s.log))
	s.mu.Lock()
	s.conn = conn
	s.mu.Unlock()
	select {
	case <-s.exited:
	case <-conn.DisconnectNotify():
	case <-ctx.Done():
	}
	s.mu.Lock()
	for _, c := range s.runs {
		c()
	}
	for _, c := range s.inflight {
		c()
	}
	code := 1
	if s.shutdown {
		code = 0
	}
	s.mu.Unlock()
	if err := conn.Close(); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("close connection: %v", err)
	}
	return code
}

// Serve runs a server with opts on rwc; see [Server.Serve].
func Serve(ctx context.Context, rwc io.ReadWriteCloser, opts Options) (int, error) {
	s, err := NewServer(opts)
	if err != nil {
		return 1, err
	}
	return s.Serve(ctx, rwc), nil
}

// request is what a request handler receives.
type request struct {
	method string
	params json.RawMessage
	// doc is the version of the document named by params.textDocument that
	// was current when the request arrived; nil when there is none.
	doc *Document
}

type requestFunc func(ctx context.Context, r *request) (any, error)
type notifyFunc func(ctx context.Context, params json.RawMessage) error

// requestHandler is a request method's handler; an inline one runs in the
// read loop, before the next message is read.
type requestHandler struct {
	fn     requestFunc
	inline bool
}

// requestHandlers maps request methods to their handlers.
func (s *Server) requestHandlers() map[string]requestHandler {
	type h = requestHandler
	return map[string]h{
		methodInitialize:      {s.handleInitialize, true},
		methodShutdown:        {s.handleShutdown, true},
		methodCodeAction:      {s.handleCodeAction, false},
		methodExecuteCommand:  {s.handleExecuteCommand, false},
		methodFormatting:      {s.handleFormatting, false},
		methodRangeFormatting: {s.handleRangeFormatting, false},
		methodHover:           {s.handleHover, false},
		methodDocumentSymbol:  {s.handleDocumentSymbol, false},
		methodFoldingRange:    {s.handleFoldingRange, false},
		methodDefinition:      {s.handleDefinition, false},
		methodReferences:      {s.handleReferences, false},
		methodCompletion:      {s.handleCompletion, false},
	}
}

// notifyHandlers maps notification methods to their handlers, which run in
// the read loop in arrival order.
func (s *Server) notifyHandlers() map[string]notifyFunc {
	return map[string]notifyFunc{
		methodInitialized:            s.handleInitialized,
		methodExit:                   s.handleExit,
		methodCancelRequest:          s.handleCancelRequest,
		methodDidOpen:                s.handleDidOpen,
		methodDidChange:              s.handleDidChange,
		methodDidClose:               s.handleDidClose,
		methodDidSave:                s.handleDidSave,
		methodDidChangeWatchedFiles:  s.handleDidChangeWatchedFiles,
		methodDidChangeConfiguration: s.handleDidChangeWatchedFiles,
	}
}

// Handle implements jsonrpc2.Handler. It runs in the connection's read loop.
func (s *Server) Handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) {
	var params json.RawMessage
	if req.Params != nil {
		params = *req.Params
	}
	if req.Notif {
		s.notify(ctx, req.Method, params)
		return
	}
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	if s.conn == nil {
		s.conn = conn // a message may arrive before Serve has stored it
	}
	s.mu.Unlock()
	h, ok := s.requests[req.Method]
	switch {
	case !initialized && req.Method != methodInitialize:
		s.replyError(ctx, conn, req.ID, codeServerNotInitialized, "server not initialized: send \"initialize\" first")
		return
	case initialized && req.Method == methodInitialize:
		s.replyError(ctx, conn, req.ID, codeInvalidRequest, "server already initialized")
		return
	case shutdown:
		s.replyError(ctx, conn, req.ID, codeInvalidRequest, "server is shutting down: only \"exit\" is accepted")
		return
	case !ok:
		s.replyError(ctx, conn, req.ID, codeMethodNotFound, "method not supported: "+req.Method)
		return
	}
	r := &request{method: req.Method, params: params, doc: s.docOf(params)}
	if h.inline {
		s.respond(ctx, conn, req.ID, r, h.fn)
		return
	}
	rctx, cancel := context.WithCancel(ctx)
	s.mu.Lock()
	s.inflight[req.ID] = cancel
	s.mu.Unlock()
	go func() {
		defer func() {
			s.mu.Lock()
			delete(s.inflight, req.ID)
			s.mu.Unlock()
			cancel()
		}()
		if s.opts.hooks.beforeRequest != nil {
			s.opts.hooks.beforeRequest(req.Method)
		}
		s.respond(rctx, conn, req.ID, r, h.fn)
	}()
}

// respond runs fn and sends its result or error. A panic becomes an
// internal-error response; a request cancelled while it ran is answered
// with RequestCancelled.
func (s *Server) respond(ctx context.Context, conn *jsonrpc2.Conn, id jsonrpc2.ID, r *request, fn requestFunc) {
	var (
		result any
		err    error
	)
	func() {
		defer func() {
			if v := recover(); v != nil {
				s.log.Printf("panic in %s: %v\n%s", r.method, v, debug.Stack())
				err = &jsonrpc2.Error{Code: codeInternalError, Message: fmt.Sprintf("internal error in %s: %v", r.method, v)}
			}
		}()
		result, err = fn(ctx, r)
	}()
	if ctx.Err() != nil && r.method != methodShutdown && r.method != methodInitialize {
		s.replyError(ctx, conn, id, codeRequestCancelled, r.method+": request cancelled")
		return
	}
	if err != nil {
		var je *jsonrpc2.Error
		if !errors.As(err, &je) {
			je = &jsonrpc2.Error{Code: codeRequestFailed, Message: err.Error()}
		}
		if rerr := conn.ReplyWithError(context.Background(), id, je); rerr != nil && !errors.Is(rerr, jsonrpc2.ErrClosed) {
			s.log.Printf("reply to %s: %v", r.method, rerr)
		}
		return
	}
	if rerr := conn.Reply(context.Background(), id, result); rerr != nil && !errors.Is(rerr, jsonrpc2.ErrClosed) {
		s.log.Printf("reply to %s: %v", r.method, rerr)
	}
}

func (s *Server) replyError(_ context.Context, conn *jsonrpc2.Conn, id jsonrpc2.ID, code int64, msg string) {
	if err := conn.ReplyWithError(context.Background(), id, &jsonrpc2.Error{Code: code, Message: msg}); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("reply error: %v", err)
	}
}

// notify runs a notification handler. Errors cannot be answered; they are
// logged and, for malformed parameters, shown to the user.
func (s *Server) notify(ctx context.Context, method string, params json.RawMessage) {
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	if method != methodExit && (!initialized || shutdown) {
		return // the protocol says to drop these
	}
	h, ok := s.notifies[method]
	if !ok {
		return // unknown notifications ($/setTrace, …) are ignored
	}
	defer func() {
		if v := recover(); v != nil {
			s.log.Printf("panic in %s: %v\n%s", method, v, debug.Stack())
		}
	}()
	if err := h(ctx, params); err != nil {
		s.log.Printf("%s: %v", method, err)
		s.showMessage(messageError, fmt.Sprintf("junoslint: %s: %v", method, err))
	}
}

// docOf returns the open document named by params.textDocument.uri, or nil.
func (s *Server) docOf(params json.RawMessage) *Document {
	var p struct {
		TextDocument *TextDocumentIdentifier `json:"textDocument"`
	}
	if len(params) == 0 || json.Unmarshal(params, &p) != nil || p.TextDocument == nil {
		return nil
	}
	return s.docs.get(p.TextDocument.URI)
}

// decode unmarshals params into a T, or returns an InvalidParams error.
func decode[T any](method string, params json.RawMessage) (T, error) {
	var v T
	if len(params) == 0 || string(params) == "null" {
		return v, &jsonrpc2.Error{Code: codeInvalidParams, Message: method + ": missing params"}
	}
	if err := json.Unmarshal(params, &v); err != nil {
		return v, &jsonrpc2.Error{Code: codeInvalidParams, Message: fmt.Sprintf("%s: invalid params: %v", method, err)}
	}
	return v, nil
}

// needDoc returns r.doc, or an error naming the document that is not open.
func needDoc(r *request) (*Document, error) {
	if r.doc != nil {
		return r.doc, nil
	}
	var p struct {
		TextDocument *TextDocumentIdentifier `json:"textDocument"`
	}
	if err := json.Unmarshal(r.params, &p); err != nil || p.TextDocument == nil {
		return nil, &jsonrpc2.Error{Code: codeInvalidParams, Message: r.method + ": params need textDocument.uri"}
	}
	return nil, &jsonrpc2.Error{Code: codeInvalidParams, Message: fmt.Sprintf("%s: document %s is not open", r.method, p.TextDocument.URI)}
}

// keywords returns the keyword documentation tree.
func (s *Server) keywords() *kwDoc { return s.kw }

// client returns the connection to the client.
func (s *Server) client() *jsonrpc2.Conn {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conn
}

// showMessage shows msg to the user once per session.
func (s *Server) showMessage(typ int, msg string) {
	s.mu.Lock()
	seen := s.shownErrs[msg]
	s.shownErrs[msg] = true
	conn := s.conn
	s.mu.Unlock()
	if seen || conn == nil {
		return
	}
	if err := conn.Notify(context.Background(), methodShowMessage, ShowMessageParams{Type: typ, Message: msg}); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("show message: %v", err)
	}
}

// configDir returns the directory from which the .junoslint.yaml lookup
// starts for doc: the file's own directory, or the workspace root for a
// buffer that is not a file.
func (s *Server) configDir(doc *Document) string {
	if doc.Path != "" {
		return filepath.Dir(doc.Path)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.root
}

// logger adapts an io.Writer to jsonrpc2.Logger.
type logger struct {
	mu sync.Mutex
	w  io.Writer
}

// Printf writes one line to the log, when there is one.
func (l *logger) Printf(format string, v ...any) {
	if l.w == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	msg := fmt.Sprintf(format, v...)
	if len(msg) == 0 || msg[len(msg)-1] != '\n' {
		msg += "\n"
	}
	_, _ = io.WriteString(l.w, "junoslint lsp: "+msg)
}
