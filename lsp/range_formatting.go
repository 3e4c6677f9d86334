package lsp

import (
	"context"

	"github.com/junoslint/junoslint/fix"
)

// handleRangeFormatting answers "textDocument/rangeFormatting". Junos
// layout is not local: a line's indentation depends on every block around
// it, and blank-line and comment placement look at neighbouring
// statements, so a range cannot be formatted on its own. The server formats
// the whole document, exactly as for "textDocument/formatting", and returns
// only the edits that touch the range (an edit ending or starting at the
// range's edge counts); text outside the range keeps its layout. The
// edits are independent of one another, so any subset of them applies
// cleanly.
func (s *Server) handleRangeFormatting(_ context.Context, r *request) (any, error) {
	p, err := decode[DocumentRangeFormattingParams](r.method, r.params)
	if err != nil {
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
	sel := doc.Mapper.Span(p.Range)
	var keep []fix.Edit
	for _, e := range edits {
		if e.Start <= sel.End && sel.Start <= e.End {
			keep = append(keep, e)
		}
	}
	return textEdits(doc, keep), nil
}
