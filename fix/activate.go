package fix

import (
	"errors"

	"github.com/junoslint/junoslint/ast"
)

// activate returns the edits for `activate p` (on) or `deactivate p`
// (!on). In a curly statement that names the element, `inactive: ` is added
// before the statement or removed; in set form a `deactivate` line is added
// after the element's lines, or removed.
func (d *doc) activate(p []string, on bool) ([]Edit, error) {
	x := d.f.Config.Get(p...)
	if x == nil {
		return nil, errors.New("nothing is configured there")
	}
	if x.Inactive != on {
		return nil, nil // already so
	}
	sv, err := d.survey(p)
	if err != nil {
		return nil, err
	}
	var elems []*ast.Stmt // curly statements whose element is x
	for _, w := range sv.writers {
		if w.member >= 0 || w.s.IsCommand() {
			continue
		}
		n := len(w.s.Words)
		if !w.s.HasBlock {
			n = d.sch.ElementWords(schemaPath(d.parentPath(w.s)), w.s.WordValues())
		}
		if w.j == n-1 {
			elems = append(elems, w.s)
		}
	}
	if !on {
		if o := x.Origin(); o.Stmt != nil && o.Stmt.IsCommand() || len(elems) == 0 && d.form != ast.FormatCurly {
			s := lastWriter(x)
			if t := d.lastTouching(p); t != nil && (s == nil || t.Span.Start > s.Span.Start) {
				s = t
			}
			if s == nil || !s.IsCommand() {
				return d.appendSetLine("deactivate", p), nil
			}
			return d.setLineAfter(s, "deactivate", p), nil
		}
		if len(elems) == 0 {
			return nil, errors.New("no curly statement names this element alone, so `inactive:` cannot mark it; use the command")
		}
		// right before the words, after any other tag, so that it is the
		// tag that counts
		at := elems[0].Words[0].Span.Start
		return []Edit{{Start: at, End: at, New: "inactive: "}}, nil
	}
	var es []Edit
	for _, s := range elems {
		for _, t := range s.Tags() {
			if t.Kind == ast.TagInactive {
				end := t.Span.End
				for end < len(d.src) && (d.src[end] == ' ' || d.src[end] == '\t') {
					end++
				}
				es = append(es, Edit{Start: t.Span.Start, End: end})
			}
		}
	}
	for _, s := range sv.inside {
		if s.Verb.Raw == "deactivate" && equalPath(appendPath(d.level[s], s.WordValues()...), p) {
			es = append(es, d.removeStmt(s))
		}
	}
	if len(es) == 0 {
		return nil, errors.New("cannot find what makes the element inactive")
	}
	return es, nil
}
