package fix

import (
	"errors"
	"fmt"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

// ErrSyntax is returned for a file that has syntax errors: junoslint never
// edits one.
var ErrSyntax = errors.New("the file has syntax errors")

// maxExpand bounds how many operations one fix may grow into (an operation
// that cannot be written in place becomes a delete and a set).
const maxExpand = 1000

// TextEdits returns the byte edits that apply fx to the document f as
// written, keeping its form: set commands become added, changed or removed
// lines of a set file; in a curly file a value changes in place, a missing
// subtree is inserted at the right indentation into the deepest block that
// exists (creating the blocks in between), a statement is removed with its
// attached comments and its line, and `inactive:` is added or removed. A
// mixed file gets, for each operation, the form of the place it changes.
// Nothing else in the file changes; inserted text uses the file's line end
// ("\r\n" in a CRLF file) and indentation.
//
// Targets are found through f.Config (the configuration tree), whose nodes
// point at the statements that wrote them. The operations apply in order:
// each one is computed on the text the earlier ones produced, and the edits
// returned are on f.Src, sorted by offset and free of overlaps. An operation
// that changes nothing (a set of what is already set, a delete of what is
// not there) yields no edit. The result is not re-parsed here; callers that
// write files must check it. A nil sch means [schema.New].
func TextEdits(f *ast.File, fx Fix, sch *schema.Schema) ([]Edit, error) {
	if len(f.Errors) > 0 {
		return nil, fmt.Errorf("%s: %w", f.Name, ErrSyntax)
	}
	if sch == nil {
		sch = schema.New()
	}
	parser := grammar.NewParser(sch)
	ops := append([]Op(nil), fx.Ops...)
	cur := f
	var acc []Edit
	for i := 0; i < len(ops); i++ {
		if len(ops) > maxExpand {
			return nil, fmt.Errorf("fix %q grows into too many operations", fx.Title)
		}
		op := ops[i]
		d := newDoc(cur, sch)
		d.form = f.Format
		es, expand, err := d.op(op)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", f.Name, op.Command(), err)
		}
		if expand != nil {
			ops = append(ops[:i:i], append(expand, ops[i+1:]...)...)
			i--
			continue
		}
		if len(es) == 0 {
			continue
		}
		sortEdits(es)
		for j := 1; j < len(es); j++ {
			if overlaps(es[j-1], es[j]) || es[j-1].End > es[j].Start {
				return nil, fmt.Errorf("%s: %s: internal error: overlapping edits", f.Name, op.Command())
			}
		}
		acc = compose(acc, cur.Src, es)
		if i < len(ops)-1 {
			next := splice(cur.Src, es)
			cur = parser.Parse(f.Name, next)
			if len(cur.Errors) > 0 {
				return nil, fmt.Errorf("%s: %s: the edit breaks the file's syntax: %s", f.Name, op.Command(), cur.Errors[0].Msg)
			}
		}
	}
	return acc, nil
}

// op returns the edits for one operation on d, or the operations to run
// instead of it.
func (d *doc) op(op Op) ([]Edit, []Op, error) {
	if len(op.Path) == 0 {
		return nil, nil, errors.New("empty path")
	}
	// Junos refuses to change a protected element or anything below it
	for n, i := d.f.Config, 0; n != nil && i <= len(op.Path); i++ {
		if n.Protected {
			return nil, nil, fmt.Errorf("%s is protected; unprotect it first", words(n.Path()))
		}
		if i < len(op.Path) {
			n = n.Child(op.Path[i])
		}
	}
	switch op.Verb {
	case Set:
		return d.set(op.Path)
	case Delete:
		es, err := d.delete(op.Path)
		return es, nil, err
	case Activate, Deactivate:
		es, err := d.activate(op.Path, op.Verb == Activate)
		return es, nil, err
	}
	return nil, nil, fmt.Errorf("unknown operation %q", op.Verb)
}
