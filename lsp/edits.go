package lsp

import (
	"github.com/aymanbagabas/go-udiff"

	"github.com/junoslint/junoslint/fix"
)

// textEdits converts byte edits on doc's text to protocol edits. The edits
// must be sorted and must not overlap; they keep their order (insertions at
// one place apply in the order given). An edit boundary between the "\r"
// and "\n" of a line end cannot be expressed as a position (the protocol
// counts "\r\n" as one line end), so such edits are widened to the whole
// line end first.
func textEdits(doc *Document, edits []fix.Edit) []TextEdit {
	edits = widenCRLF(doc.Text, edits)
	out := make([]TextEdit, 0, len(edits))
	for _, e := range edits {
		out = append(out, TextEdit{
			Range:   Range{Start: doc.Mapper.Position(e.Start), End: doc.Mapper.Position(e.End)},
			NewText: e.New,
		})
	}
	return out
}

// widenCRLF returns edits with every boundary that falls between "\r" and
// "\n" moved outside the pair, merging edits that then overlap; applied to
// src, the result is unchanged.
func widenCRLF(src []byte, edits []fix.Edit) []fix.Edit {
	inside := func(off int) bool { return off > 0 && off < len(src) && src[off-1] == '\r' && src[off] == '\n' }
	need := false
	for _, e := range edits {
		if inside(e.Start) || inside(e.End) {
			need = true
			break
		}
	}
	if !need {
		return edits
	}
	var out []fix.Edit
	for i := 0; i < len(edits); {
		// A cluster: edits whose widened ranges touch or overlap.
		start, end := edits[i].Start, edits[i].End
		if inside(start) {
			start--
		}
		if inside(end) {
			end++
		}
		j := i + 1
		for ; j < len(edits); j++ {
			s := edits[j].Start
			if inside(s) {
				s--
			}
			if s >= end {
				break
			}
			e := edits[j].End
			if inside(e) {
				e++
			}
			end = max(end, e)
		}
		var b []byte
		last := start
		for _, e := range edits[i:j] {
			b = append(b, src[last:e.Start]...)
			b = append(b, e.New...)
			last = e.End
		}
		b = append(b, src[last:end]...)
		out = append(out, fix.Edit{Start: start, End: end, New: string(b)})
		i = j
	}
	return out
}

// workspaceEdit wraps edits of doc: versioned (documentChanges) when the
// client supports it, so that a client holding a newer version refuses
// them, else as plain changes.
func (s *Server) workspaceEdit(doc *Document, edits []TextEdit) *WorkspaceEdit {
	if s.documentChanges() {
		v := doc.Version
		return &WorkspaceEdit{DocumentChanges: []TextDocumentEdit{{
			TextDocument: OptionalVersionedTextDocumentIdentifier{URI: doc.URI, Version: &v},
			Edits:        edits,
		}}}
	}
	return &WorkspaceEdit{Changes: map[DocumentURI][]TextEdit{doc.URI: edits}}
}

// Limits of minimalEdits: beyond maxHunks changed regions the whole text is
// replaced in one edit (the client applies one edit faster than thousands,
// and the cursor has nowhere stable to stay anyway); hunks up to
// maxRefine bytes (old and new together) are refined to the characters
// that changed.
const (
	maxHunks  = 2000
	maxRefine = 16 << 10
)

// minimalEdits returns byte edits that turn before into after: a line diff,
// each changed region refined to the characters that changed, so that an
// editor keeps the cursor and marks where they were. The edits are sorted
// and do not overlap.
func minimalEdits(before, after []byte) []fix.Edit {
	b, a := string(before), string(after)
	if b == a {
		return nil
	}
	hunks := udiff.Lines(b, a)
	if len(hunks) > maxHunks {
		return []fix.Edit{{Start: 0, End: len(before), New: a}}
	}
	var out []fix.Edit
	for _, h := range hunks {
		old := b[h.Start:h.End]
		if len(old)+len(h.New) > maxRefine {
			out = append(out, fix.Edit{Start: h.Start, End: h.End, New: h.New})
			continue
		}
		for _, e := range udiff.Strings(old, h.New) {
			out = append(out, fix.Edit{Start: h.Start + e.Start, End: h.Start + e.End, New: e.New})
		}
	}
	return out
}
