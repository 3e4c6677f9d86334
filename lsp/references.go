package lsp

import "context"

// handleReferences answers "textDocument/references": on the name of a
// named object (see handleDefinition) it returns every place the document
// references it, and its definition when context.includeDeclaration is set.
// References to an interface include references to its units
// (`ge-0/0/0.0` refers to `ge-0/0/0`).
func (s *Server) handleReferences(ctx context.Context, r *request) (any, error) {
	p, err := decode[ReferenceParams](r.method, r.params)
	if err != nil {
		return nil, err
	}
	doc, err := needDoc(r)
	if err != nil {
		return nil, err
	}
	x := s.objects(doc)
	out := []Location{}
	e, ok := x.at(doc.Mapper.Offset(p.Position))
	if !ok {
		return out, nil
	}
	for _, ref := range x.references(e.kind, e.name, p.Context.IncludeDeclaration) {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		out = append(out, Location{URI: doc.URI, Range: doc.Mapper.Range(ref.span)})
	}
	return out, nil
}
