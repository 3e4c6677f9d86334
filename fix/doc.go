package fix

import (
	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// doc is one parsed document being edited: the file, the schema, and facts
// computed once per file (line ends, indentation unit, the `edit` level of
// every set command, the configuration path of every curly block).
type doc struct {
	f    *ast.File
	form ast.Format // the form of the file the edits are for, before any edit
	src  []byte
	sch  *schema.Schema
	nl   string // "\n", or "\r\n" in a CRLF file
	unit string // one level of indentation, as the file writes it
	// level is the `edit` level (configuration path) a set command runs at,
	// and after the command's level after it runs.
	level, after map[*ast.Stmt][]string
	// final is the edit level at the end of the file.
	final []string
	// paths caches the configuration path of curly statements' words: the
	// path of the enclosing blocks.
	paths map[*ast.Stmt][]string
}

func newDoc(f *ast.File, sch *schema.Schema) *doc {
	d := &doc{
		f: f, form: f.Format, src: f.Src, sch: sch, nl: "\n",
		level: map[*ast.Stmt][]string{}, after: map[*ast.Stmt][]string{},
		paths: map[*ast.Stmt][]string{},
	}
	if f.CRLF {
		d.nl = "\r\n"
	}
	d.unit = d.indentUnit()
	d.replayLevels()
	return d
}

// replayLevels records the edit level of every set command, replaying
// `edit`, `up`, `top` and `exit` as the parser's builder does.
func (d *doc) replayLevels() {
	var cur []string
	var stack [][]string
	for _, s := range d.f.Stmts {
		if !s.IsCommand() {
			continue
		}
		d.level[s] = cur
		switch s.Verb.Raw {
		case "edit":
			for _, w := range s.Words {
				cur = appendPath(cur, w.Value())
				stack = append(stack, cur)
			}
		case "up", "exit":
			k := 1
			if s.Verb.Raw == "up" && len(s.Words) > 0 {
				k = atoi(s.Words[0].Value(), 1)
			}
			for ; k > 0 && len(stack) > 0; k-- {
				stack = stack[:len(stack)-1]
			}
			cur = nil
			if len(stack) > 0 {
				cur = stack[len(stack)-1]
			}
		case "top":
			cur, stack = nil, nil
		}
		d.after[s] = cur
	}
	d.final = cur
}

func atoi(s string, def int) int {
	n := 0
	if s == "" {
		return def
	}
	for _, c := range s {
		if c < '0' || c > '9' || n > 1<<20 {
			return def
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// appendPath returns p with w appended, never sharing p's backing array.
func appendPath(p []string, w ...string) []string {
	out := make([]string, 0, len(p)+len(w))
	return append(append(out, p...), w...)
}

// parentPath returns the configuration path of the blocks around the curly
// statement s (the values of their words), or the edit level of a set
// command.
func (d *doc) parentPath(s *ast.Stmt) []string {
	if s.IsCommand() {
		return d.level[s]
	}
	if s.Parent == nil {
		return nil
	}
	if p, ok := d.paths[s.Parent]; ok {
		return p
	}
	p := appendPath(d.parentPath(s.Parent), s.Parent.WordValues()...)
	d.paths[s.Parent] = p
	return p
}

// schemaPath strips a leading `groups NAME` so that group content is shaped
// like the configuration it applies to.
func schemaPath(p []string) []string {
	if len(p) >= 2 && p[0] == "groups" {
		return p[2:]
	}
	return p
}

// hasPrefix reports whether p starts with all of prefix.
func hasPrefix(p, prefix []string) bool {
	if len(p) < len(prefix) {
		return false
	}
	for i, w := range prefix {
		if p[i] != w {
			return false
		}
	}
	return true
}

func equalPath(a, b []string) bool { return len(a) == len(b) && hasPrefix(a, b) }

// lineStart returns the offset of the start of the line holding off.
func (d *doc) lineStart(off int) int {
	for off > 0 && d.src[off-1] != '\n' {
		off--
	}
	return off
}

// nextLine returns the offset just past the line end of the line holding
// off (len(src) on the last line when it has no line end).
func (d *doc) nextLine(off int) int {
	for off < len(d.src) && d.src[off] != '\n' {
		off++
	}
	if off < len(d.src) {
		off++
	}
	return off
}

// startsLine reports whether only blanks precede off on its line.
func (d *doc) startsLine(off int) bool {
	for i := off - 1; i >= 0; i-- {
		switch d.src[i] {
		case '\n':
			return true
		case ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// endsLine reports whether only blanks (and a "\r") follow off on its line.
func (d *doc) endsLine(off int) bool {
	for i := off; i < len(d.src); i++ {
		switch d.src[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// indentOf returns the blanks at the start of the line holding off.
func (d *doc) indentOf(off int) string {
	i := d.lineStart(off)
	j := i
	for j < len(d.src) && (d.src[j] == ' ' || d.src[j] == '\t') {
		j++
	}
	return string(d.src[i:j])
}

// blankLine reports whether the line starting at off holds only blanks.
func (d *doc) blankLine(off int) bool {
	if off >= len(d.src) {
		return false
	}
	for i := off; i < len(d.src); i++ {
		switch d.src[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// indentUnit returns one level of indentation as the file writes it: the
// difference between the first nested statement that starts its line and
// its parent's line; four spaces when the file shows none.
func (d *doc) indentUnit() string {
	var found string
	var walk func(list []*ast.Stmt) bool
	walk = func(list []*ast.Stmt) bool {
		for _, s := range list {
			if s.Parent != nil && d.startsLine(s.Span.Start) && d.startsLine(s.Parent.Span.Start) {
				in, out := d.indentOf(s.Span.Start), d.indentOf(s.Parent.Span.Start)
				if len(in) > len(out) && in[:len(out)] == out {
					found = in[len(out):]
					return true
				}
			}
			if walk(s.Children) {
				return true
			}
		}
		return false
	}
	if walk(d.f.Stmts) {
		return found
	}
	return "    "
}

// origins returns every statement that wrote a node of n's subtree, n
// included.
func origins(n *ast.Node) []*ast.Stmt {
	var out []*ast.Stmt
	n.Walk(func(x *ast.Node) bool {
		for _, o := range x.Origins() {
			if o.Stmt != nil {
				out = append(out, o.Stmt)
			}
		}
		return true
	})
	return out
}

// lastWriter returns the statement, of those that wrote n's subtree, that
// starts last in the source; nil when there is none.
func lastWriter(n *ast.Node) *ast.Stmt {
	var best *ast.Stmt
	for _, s := range origins(n) {
		if best == nil || s.Span.Start > best.Span.Start {
			best = s
		}
	}
	return best
}

// stmtEnd returns the offset just past the statement's text: its `;`, `}`,
// last word or list, whichever is last.
func stmtEnd(s *ast.Stmt) int {
	end := s.Span.End
	if s.Close >= 0 && s.Close+1 > end {
		end = s.Close + 1
	}
	if s.Semi >= 0 && s.Semi+1 > end {
		end = s.Semi + 1
	}
	return end
}
