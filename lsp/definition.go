package lsp

import "context"

// handleDefinition answers "textDocument/definition": on the name of a
// ca-profile, configuration group, policy-statement, prefix-list, firewall
// filter, routing-instance or interface (a reference or the definition
// itself) it returns where the object is defined in the document (for an
// interface unit such as `ge-0/0/0.0`, the unit, else the interface). It
// answers [] when the name is not defined in the document.
func (s *Server) handleDefinition(_ context.Context, r *request) (any, error) {
	p, err := decode[TextDocumentPositionParams](r.method, r.params)
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
	for _, d := range x.definitions(e.kind, e.name) {
		out = append(out, Location{URI: doc.URI, Range: doc.Mapper.Range(d.span)})
	}
	return out, nil
}
