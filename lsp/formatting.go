package lsp

import (
	"context"
	"fmt"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/format"
)

// handleFormatting answers "textDocument/formatting" with the edits that
// turn the buffer into what `junoslint fmt` prints for it: the canonical
// layout in the file's own form, computed by the same formatter. The edits
// are minimal (a diff of the old and new text), so the editor keeps the
// cursor in place. A file with syntax errors is not formatted: the request
// fails with a message naming the first error, as `junoslint fmt` refuses
// such files.
func (s *Server) handleFormatting(_ context.Context, r *request) (any, error) {
	if _, err := decode[DocumentFormattingParams](r.method, r.params); err != nil {
		return nil, err
	}
	doc, err := needDoc(r)
	if err != nil {
		return nil, err
	}
	edits, err := s.formatEdits(doc)
	if err != nil {
		return nil, err
	}
	return textEdits(doc, edits), nil
}

// formatEdits returns the byte edits that format doc.
func (s *Server) formatEdits(doc *Document) ([]fix.Edit, error) {
	f := s.file(doc)
	out, err := format.Source(f)
	if err != nil {
		msg := "cannot format: " + err.Error()
		if len(f.Errors) > 0 {
			e := f.Errors[0]
			p := f.Pos(e.Span.Start)
			msg = fmt.Sprintf("cannot format a file with syntax errors: %d:%d: %s (and %d more)", p.Line, p.Column, e.Msg, len(f.Errors)-1)
			if len(f.Errors) == 1 {
				msg = fmt.Sprintf("cannot format a file with syntax errors: %d:%d: %s", p.Line, p.Column, e.Msg)
			}
		}
		return nil, &jsonrpc2.Error{Code: codeRequestFailed, Message: msg}
	}
	return minimalEdits(doc.Text, out), nil
}
