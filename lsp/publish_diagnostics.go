package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/junoslint/junoslint/lint"
)

// diagnosticSource is the "source" of every diagnostic the server publishes.
const diagnosticSource = "junoslint"

// deprecatedSyntaxCode is the rule whose findings the client may show as
// deprecated text (struck through).
const deprecatedSyntaxCode = "PKI014"

// scheduleDiagnostics starts a diagnostics run for doc: it cancels the
// document's pending run (a newer edit makes it stale), waits for the
// debounce, lints and publishes, unless yet another edit cancelled it in
// the meantime.
func (s *Server) scheduleDiagnostics(doc *Document) {
	s.mu.Lock()
	if cancel := s.runs[doc.URI]; cancel != nil {
		cancel()
	}
	base := s.base
	if base == nil {
		base = context.Background()
	}
	ctx, cancel := context.WithCancel(base)
	s.runs[doc.URI] = cancel
	s.mu.Unlock()
	go s.runDiagnostics(ctx, doc)
}

// cancelDiagnostics stops the pending run of uri, if any.
func (s *Server) cancelDiagnostics(uri DocumentURI) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cancel := s.runs[uri]; cancel != nil {
		cancel()
		delete(s.runs, uri)
	}
}

// runDiagnostics is one diagnostics run. Between its steps it checks
// whether it was cancelled; the parse and the lint themselves run to the
// end once started (their results stay with the document version, where a
// request for the same version reuses them).
func (s *Server) runDiagnostics(ctx context.Context, doc *Document) {
	defer func() {
		if v := recover(); v != nil {
			s.log.Printf("panic in diagnostics of %s: %v", doc.URI, v)
		}
	}()
	if d := s.opts.Debounce; d > 0 {
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
	if ctx.Err() != nil {
		return
	}
	defer s.gc.hold()()
	s.file(doc)
	if s.opts.hooks.afterParse != nil {
		s.opts.hooks.afterParse(doc)
	}
	if ctx.Err() != nil {
		return
	}
	fs := s.findings(doc)
	if ctx.Err() != nil {
		return
	}
	if fs.cfgErr != nil {
		s.showMessage(messageError, "junoslint: "+fs.cfgErr.Error())
	}
	if fs.ruleErr != nil {
		s.log.Printf("%v", fs.ruleErr)
		s.showMessage(messageError, "junoslint: internal error, some findings are missing: "+fs.ruleErr.Error())
	}
	diags := s.lspDiagnostics(doc, fs)

	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	// Publish only if no newer edit arrived: under pubMu, a stale run can
	// neither overtake nor follow the newer one's publication.
	if ctx.Err() != nil {
		return
	}
	if cur := s.docs.get(doc.URI); cur != doc {
		return
	}
	v := doc.Version
	s.sendDiagnostics(PublishDiagnosticsParams{URI: doc.URI, Version: &v, Diagnostics: diags})
}

// sendDiagnostics sends one publishDiagnostics notification.
func (s *Server) sendDiagnostics(p PublishDiagnosticsParams) {
	if p.Diagnostics == nil {
		p.Diagnostics = []Diagnostic{}
	}
	conn := s.client()
	if conn == nil {
		return
	}
	if err := conn.Notify(context.Background(), methodPublishDiagnostics, p); err != nil && !errors.Is(err, jsonrpc2.ErrClosed) {
		s.log.Printf("publish diagnostics: %v", err)
	}
}

// diagData is the data field of a published diagnostic: the document
// version and the finding's index, so that a code action request can find
// the finding again without comparing ranges.
type diagData struct {
	Version int32 `json:"v"`
	Index   int   `json:"i"`
}

// lspDiagnostics converts the findings of doc to protocol diagnostics. A
// broken configuration file is reported as one diagnostic at the top of
// the file (the command line refuses to lint in that case, and so does the
// server); an excluded file has none.
func (s *Server) lspDiagnostics(doc *Document, fs *findings) []Diagnostic {
	out := []Diagnostic{}
	switch {
	case fs.cfgErr != nil:
		return append(out, Diagnostic{
			Range:    Range{},
			Severity: SeverityError,
			Code:     "config",
			Source:   diagnosticSource,
			Message:  "not linted: invalid configuration file: " + fs.cfgErr.Error(),
		})
	case fs.excluded:
		return out
	}
	for i := range fs.diags {
		out = append(out, s.lspDiagnostic(doc, &fs.diags[i], i))
	}
	return out
}

// lspDiagnostic converts one finding.
func (s *Server) lspDiagnostic(doc *Document, d *lint.Diagnostic, index int) Diagnostic {
	m := doc.Mapper
	ld := Diagnostic{
		Range:    m.Range(d.Span),
		Severity: lspSeverity(d.Severity),
		Code:     d.Code,
		Source:   diagnosticSource,
		Message:  d.Message,
	}
	if r := s.rule(d.Code); r != nil {
		ld.CodeDescription = &CodeDescription{Href: r.URL()}
	}
	switch d.Code {
	case lint.UnusedSuppressionCode:
		ld.Tags = []DiagnosticTag{TagUnnecessary}
	case deprecatedSyntaxCode:
		ld.Tags = []DiagnosticTag{TagDeprecated}
	}
	for _, rel := range d.Related {
		ld.RelatedInformation = append(ld.RelatedInformation, DiagnosticRelatedInformation{
			Location: Location{URI: doc.URI, Range: m.Range(rel.Span)},
			Message:  rel.Message,
		})
	}
	if data, err := json.Marshal(diagData{Version: doc.Version, Index: index}); err == nil {
		ld.Data = data
	}
	return ld
}

// lspSeverity maps a lint severity to the protocol's.
func lspSeverity(sev lint.Severity) DiagnosticSeverity {
	switch sev {
	case lint.Error:
		return SeverityError
	case lint.Warning:
		return SeverityWarning
	}
	return SeverityInformation
}
