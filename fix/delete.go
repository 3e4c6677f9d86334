package fix

import (
	"errors"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// deletePath returns the path that `delete p` removes from the tree root: p,
// or the path of an ancestor that p's removal would leave as an empty list
// keyword (`certificate-id` after its last entry), leaf-list keyword
// (`cipher-list` after its last member), leaf keyword (`nonce-payload`
// after its value) or choice keyword (`then metric` after `add 10`, see
// [schema.Elem.Choice]). Junos keeps no such empty keyword, so neither does
// junoslint; containers stay (the schema cannot tell which of them mean
// something when empty), and so does an ancestor that is inactive,
// protected or annotated. It returns nil when p does not exist.
func deletePath(root *ast.Node, p []string, sch *schema.Schema) []string {
	x := root.Get(p...)
	if x == nil || len(p) == 0 {
		return nil
	}
	for len(p) > 1 {
		a := x.Parent
		if len(a.Children) != 1 || a.Inactive || a.Protected || a.Annotation() != "" {
			break
		}
		if !emptiedGoes(sch.Lookup(schemaPath(p[:len(p)-1]))) {
			return p
		}
		p, x = p[:len(p)-1], a
	}
	return p
}

// emptiedGoes reports whether a keyword of element e goes when its last
// child does: a list, leaf-list, leaf or choice keyword, which Junos never
// keeps empty. The builder's delete follows the same rule.
func emptiedGoes(e *schema.Elem) bool {
	switch e.Kind() {
	case schema.List, schema.LeafList, schema.Leaf:
		return true
	}
	return e.Choice()
}

// writer is a statement that writes the element at a path P: its words
// reach P (j is the index of P's last word in Words, counted from the
// statement's own words), or P's last word is member m of its `[ … ]` list.
type writer struct {
	s      *ast.Stmt
	j      int // index in s.Words of P's last word; -1 for a list member or a line inside P
	member int // index in s.List(), or -1
}

// survey is how the statements of a document relate to a path P.
type survey struct {
	writers []writer    // statements that write P (and maybe more)
	inside  []*ast.Stmt // set-file lines entirely at or below P (set, deactivate, protect, annotate, …)
	// parentKept counts statements that write P's parent, or something else
	// below it, and stay when P is deleted.
	parentKept int
}

// survey classifies every statement against the path p.
func (d *doc) survey(p []string) (*survey, error) {
	sv := &survey{}
	parent := p[:len(p)-1]
	var walk func(list []*ast.Stmt) error
	walk = func(list []*ast.Stmt) error {
		for _, s := range list {
			if s.IsCommand() {
				if err := d.surveyCommand(sv, s, p, parent); err != nil {
					return err
				}
				continue
			}
			pp := d.parentPath(s)
			if hasPrefix(pp, p) {
				continue // removed with the statement around it
			}
			vals := s.WordValues()
			full := appendPath(pp, vals...)
			split := !s.HasBlock && len(d.sch.SplitLeaf(schemaPath(pp), vals)) > 1
			switch {
			case split && hasPrefix(p, appendPath(pp, vals[0])) && len(p) > len(pp)+1:
				return errors.New("the element is part of a one-line statement that junoslint cannot split; change it by hand")
			case hasPrefix(full, p):
				sv.writers = append(sv.writers, writer{s: s, j: len(p) - len(pp) - 1, member: -1})
			case s.HasList && equalPath(full, parent) && memberIndex(s, p[len(p)-1]) >= 0:
				sv.writers = append(sv.writers, writer{s: s, j: -1, member: memberIndex(s, p[len(p)-1])})
				if len(s.List()) > 1 {
					sv.parentKept++
				}
			case hasPrefix(full, parent):
				sv.parentKept++
				if s.HasBlock && equalPath(full, parent) {
					if err := walk(s.Children); err != nil {
						return err
					}
				}
			case s.HasBlock && hasPrefix(p, full):
				if err := walk(s.Children); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(d.f.Stmts); err != nil {
		return nil, err
	}
	return sv, nil
}

// surveyCommand classifies one set-file command against p.
func (d *doc) surveyCommand(sv *survey, s *ast.Stmt, p, parent []string) error {
	lvl := d.level[s]
	vals := s.WordValues()
	switch s.Verb.Raw {
	case "set":
		full := appendPath(lvl, vals...)
		// The statements such a command writes share the element at
		// vals[:to]; anything strictly below it is only part of the line.
		if at, chain := d.splitAt(lvl, vals); at >= 0 {
			to := at + 1
			if chain {
				to = at
			}
			if hasPrefix(p, appendPath(lvl, vals[:to]...)) && len(p) > len(lvl)+to {
				return errors.New("the element is part of a one-line statement that junoslint cannot split (a set command setting several leaves at once); change it by hand")
			}
		}
		switch {
		case hasPrefix(lvl, p):
			sv.inside = append(sv.inside, s)
		case hasPrefix(full, p):
			sv.writers = append(sv.writers, writer{s: s, j: len(p) - len(lvl) - 1, member: -1})
		case s.HasList && equalPath(full, parent) && memberIndex(s, p[len(p)-1]) >= 0:
			sv.writers = append(sv.writers, writer{s: s, j: -1, member: memberIndex(s, p[len(p)-1])})
			if len(s.List()) > 1 {
				sv.parentKept++
			}
		case hasPrefix(full, parent):
			sv.parentKept++
		}
	case "delete", "deactivate", "activate", "protect", "unprotect":
		if hasPrefix(appendPath(lvl, vals...), p) && len(vals) > 0 {
			sv.inside = append(sv.inside, s)
		}
	case "annotate":
		if len(vals) >= 2 && hasPrefix(appendPath(lvl, vals[:len(vals)-1]...), p) {
			sv.inside = append(sv.inside, s)
		}
	case "insert", "rename", "copy":
		at := len(vals)
		for i, v := range vals {
			if v == "before" || v == "after" || v == "to" {
				at = i
			}
		}
		if hasPrefix(appendPath(lvl, vals[:at]...), p) {
			sv.inside = append(sv.inside, s)
		}
	case "edit":
		if hasPrefix(d.after[s], p) || hasPrefix(lvl, p) {
			return errors.New("the element is changed inside an `edit` level; change it by hand")
		}
		if hasPrefix(d.after[s], parent) {
			sv.parentKept++
		}
	}
	return nil
}

// splitAt returns the index in vals of where a set command at level lvl
// starts setting several things at once, or -1 when it sets one thing: a
// one-line container it sets several leaves of (`… vlan-tags outer 10
// inner 11`, which the configuration tree holds as two statements), or a
// leaf after whose value another statement follows (`… type external
// neighbor 192.0.2.1`, see schema.Elem.ChainStep; chain is then set).
func (d *doc) splitAt(lvl, vals []string) (at int, chain bool) {
	for i := range vals {
		if len(vals)-i < 3 {
			break
		}
		if d.sch.MaySplit(vals[i]) && len(d.sch.SplitLeaf(schemaPath(appendPath(lvl, vals[:i]...)), vals[i:])) > 1 {
			return i, false
		}
		e := d.sch.Lookup(schemaPath(appendPath(lvl, vals[:i]...)))
		if step := e.ChainStep(vals[i]); step > 0 && e.Declared(vals[i+step]) != nil {
			return i, true
		}
	}
	return -1, false
}

// memberIndex returns the index of the list member of s whose value is v,
// or -1.
func memberIndex(s *ast.Stmt, v string) int {
	for i, w := range s.List() {
		if w.Value() == v {
			return i
		}
	}
	return -1
}

// delete returns the edits for `delete p`: every statement and set line
// that writes p or something below it is removed (with its attached
// comments and its line), or cut back to the words before p when it also
// writes p's parent and nothing else keeps the parent; a leaf-list member is
// taken out of its `[ … ]` list. The parent of p stays, as `delete` leaves
// it on the device, unless [deletePath] says it goes too.
func (d *doc) delete(p []string) ([]Edit, error) {
	p = deletePath(d.f.Config, p, d.sch)
	if p == nil {
		return nil, nil
	}
	sv, err := d.survey(p)
	if err != nil {
		return nil, err
	}
	kept := sv.parentKept > 0
	var es []Edit
	cut := false // a statement cut back, or a list keeping members, keeps the parent
	for _, w := range sv.writers {
		switch {
		case w.member >= 0:
			es = append(es, d.dropMember(w, kept || cut)...)
			if len(w.s.List()) > 1 || !(kept || cut) {
				cut = true
			}
		case w.j <= 0 || (kept || cut) && !d.creates(w.s, p, w.j):
			es = append(es, d.removeStmt(w.s))
		default:
			es = append(es, d.cutStmt(w.s, w.j)...)
			cut = true
		}
	}
	for _, s := range sv.inside {
		es = append(es, d.removeStmt(s))
	}
	return es, nil
}

// creates reports whether removing s, which writes p with p's last word at
// index j of its words, would move one of p's ancestors: s created it, and
// the statement that would create it instead comes after a statement that
// creates a later sibling of it. s is then cut back instead of removed, so
// that the configuration keeps its order.
func (d *doc) creates(s *ast.Stmt, p []string, j int) bool {
	x := d.f.Config.Get(p...)
	if x == nil {
		return false
	}
	gone := map[*ast.Stmt]bool{s: true}
	for _, g := range origins(x) {
		gone[g] = true
	}
	a := x
	for k := 0; k < j && a.Parent != nil; k++ {
		a = a.Parent
		if a.Origin().Stmt != s {
			continue
		}
		// the statement that creates a once s is gone
		next := -1
		for _, g := range origins(a) {
			if !gone[g] && (next < 0 || g.Span.Start < next) {
				next = g.Span.Start
			}
		}
		if next < 0 {
			return true
		}
		// a sibling after a, created before next, would then come first
		after := false
		for _, sib := range a.Parent.Children {
			if sib == a {
				after = true
				continue
			}
			if o := sib.Origin(); after && o.Stmt != nil && o.Stmt.Span.Start < next {
				return true
			}
		}
	}
	return false
}

// dropMember removes member w.member from the list of w.s. The last member
// takes the statement with it when something else keeps the parent keyword
// (keep), else leaves the keyword alone: `kw [ a ];` becomes `kw;`.
func (d *doc) dropMember(w writer, keep bool) []Edit {
	s, m := w.s, w.member
	list, ls := s.List(), s.ListSpan()
	switch n := len(list); {
	case n > 2:
		if m > 0 {
			return []Edit{{Start: list[m-1].Span.End, End: list[m].Span.End}}
		}
		return []Edit{{Start: list[0].Span.Start, End: list[1].Span.Start}}
	case n == 2:
		return []Edit{{Start: ls.Start, End: ls.End, New: list[1-m].Raw}}
	}
	if keep {
		return []Edit{d.removeStmt(s)}
	}
	start := ls.Start
	if k := len(s.Words); k > 0 {
		start = s.Words[k-1].Span.End
	}
	return []Edit{{Start: start, End: ls.End}}
}

// cutStmt rewrites s to keep only its words before index j: the curly
// statement `revocation-check disable;` becomes `revocation-check;`, the
// line `set a b c` becomes `set a b`. A tag that named a dropped element
// goes too.
func (d *doc) cutStmt(s *ast.Stmt, j int) []Edit {
	from := s.Words[j-1].Span.End
	if s.IsCommand() {
		return []Edit{{Start: from, End: s.Span.End}}
	}
	es := []Edit{{Start: from, End: stmtEnd(s), New: ";"}}
	tags := s.Tags()
	if len(tags) > 0 && !s.HasBlock && d.sch.ElementWords(schemaPath(d.parentPath(s)), s.WordValues()) > j {
		es = append([]Edit{{Start: tags[0].Span.Start, End: s.Words[0].Span.Start}}, es...)
	}
	if len(tags) > 0 && s.HasBlock {
		es = append([]Edit{{Start: tags[0].Span.Start, End: s.Words[0].Span.Start}}, es...)
	}
	return es
}

// removeStmt returns the edit that removes s with its attached leading
// comments (those not separated from it by a blank line, `##` system lines
// excepted) and its trailing comments; when that text fills whole lines,
// the lines go, and a blank line left doubled goes too.
func (d *doc) removeStmt(s *ast.Stmt) Edit {
	start := s.Span.Start
	leading := s.Leading()
	for i := len(leading) - 1; i >= 0; i-- {
		c := leading[i]
		if c.Kind == ast.CommentSystem || d.blankBetween(c.Span.End, start) {
			break
		}
		start = c.Span.Start
	}
	end := stmtEnd(s)
	for _, t := range s.Trailing() {
		end = max(end, t.Span.End)
	}
	if !d.startsLine(start) || !d.endsLine(end) {
		b := end
		for b < len(d.src) && (d.src[b] == ' ' || d.src[b] == '\t') {
			b++
		}
		if b < len(d.src) && d.src[b] != '\n' && d.src[b] != '\r' {
			return Edit{Start: start, End: b}
		}
		a := start
		for a > 0 && (d.src[a-1] == ' ' || d.src[a-1] == '\t') {
			a--
		}
		return Edit{Start: a, End: end}
	}
	a, b := d.lineStart(start), d.nextLine(end)
	switch {
	case a > 0 && d.blankLine(d.lineStart(a-1)) && (b >= len(d.src) || d.blankLine(b) || d.closesBlock(b)):
		// a blank line before, and a blank line or the block's end after
		a = d.lineStart(a - 1)
	case d.blankLine(b) && (a == 0 || d.opensBlock(a-1)):
		// the first statement of a block or file, a blank line after it
		b = d.nextLine(b)
	}
	return Edit{Start: a, End: b}
}

// blankBetween reports whether an empty line lies between offsets a and b.
func (d *doc) blankBetween(a, b int) bool {
	nl := 0
	for i := a; i < b; i++ {
		switch d.src[i] {
		case '\n':
			nl++
			if nl >= 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			nl = 0
		}
	}
	return false
}

// closesBlock reports whether the line starting at off begins with `}`.
func (d *doc) closesBlock(off int) bool {
	for i := off; i < len(d.src); i++ {
		switch d.src[i] {
		case ' ', '\t':
		case '}':
			return true
		default:
			return false
		}
	}
	return false
}

// opensBlock reports whether the line holding off ends with `{` (before
// blanks).
func (d *doc) opensBlock(off int) bool {
	i := off
	for i > 0 && d.src[i-1] != '\n' && (i >= len(d.src) || d.src[i] == '\n' || d.src[i] == '\r' || d.src[i] == ' ' || d.src[i] == '\t') {
		i--
	}
	return i < len(d.src) && d.src[i] == '{'
}
