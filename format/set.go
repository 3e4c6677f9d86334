package format

import (
	"fmt"
	"io"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// SetOptions controls [SetLines].
type SetOptions struct {
	// Annotations adds `edit`/`annotate`/`top` blocks for annotations, which
	// `display set` leaves out.
	Annotations bool
	// Buffer, when its capacity is at least SetBufferBytes, is the memory
	// WriteSetLines collects output in before each write, instead of a new
	// buffer; nil for a new one. SetLines ignores it.
	Buffer []byte
}

// SetBufferBytes is the size of WriteSetLines' output buffer, in bytes.
const SetBufferBytes = flushAt + 4096

// SetLines prints the configuration tree root as `show configuration |
// display set` would:
//
//   - one `set` line per leaf and per leaf-list member, with the full path
//     from the root; containers without children get a line of their own;
//   - children in the tree's order (the order the source wrote them);
//   - a word the source quoted printed as written (escapes such as the
//     `\n` of a PEM block kept), other words quoted only where a value
//     needs quotes; `( … )` policy expressions and a bare
//     `/* SECRET-DATA */` value stay bare, and a `"$junos-…"` variable that
//     is a whole curly statement by itself (`demux-source {
//     "$junos-subscriber-ipv6-address"; }`) loses its quotes, as Junos
//     prints them;
//   - `deactivate <path>` right after the set lines of the element it
//     deactivates, then (with opts.Annotations) the element's annotation as
//     `edit <parent>` / `annotate <element> "text"` / `top`, then
//     `protect <path>`. This order keeps the output loadable: Junos refuses
//     to deactivate or annotate a protected element.
//
// Comments are not part of the configuration tree and are not printed. The
// output ends with a line end unless it is empty.
func SetLines(root *ast.Node, opts SetOptions) []byte {
	size := 0
	for _, c := range root.Children {
		size += setSize(c, 0)
	}
	p := &setPrinter{opts: opts, buf: make([]byte, 0, size+size/16+64)}
	for _, c := range root.Children {
		p.node(c)
	}
	return p.buf
}

// WriteSetLines writes what [SetLines] returns to w as it goes, holding
// at most about 64 KiB of output in memory. It returns the first error
// from w, wrapped.
func WriteSetLines(w io.Writer, root *ast.Node, opts SetOptions) error {
	buf := opts.Buffer[:0]
	if cap(buf) < SetBufferBytes {
		buf = make([]byte, 0, SetBufferBytes)
	}
	p := &setPrinter{opts: opts, w: w, buf: buf}
	for _, c := range root.Children {
		p.node(c)
		if p.err != nil {
			break
		}
	}
	p.flush()
	if p.err != nil {
		return fmt.Errorf("writing set lines: %w", p.err)
	}
	return nil
}

// flushAt is the buffer size at which WriteSetLines writes out.
const flushAt = 60 << 10

// setSize returns about how many bytes the `set` lines below n take, when
// the path before n takes prefix bytes, so that SetLines allocates once.
func setSize(n *ast.Node, prefix int) int {
	path := prefix + len(n.Name) + 1
	if n.Quoted {
		path += 2
	}
	if len(n.Children) == 0 {
		return len("set ") + path
	}
	size := 0
	for _, c := range n.Children {
		size += setSize(c, path)
	}
	return size
}

type setPrinter struct {
	opts SetOptions
	buf  []byte
	w    io.Writer // nil for SetLines: everything stays in buf
	err  error     // the first error from w
	path []byte    // the words from the root to the current node, space separated
	// starts holds the offset in path at which each word of path begins;
	// only annotations need it, so it is kept only with opts.Annotations.
	starts []int
	sch    *schema.Schema
}

func (p *setPrinter) node(n *ast.Node) {
	mark := len(p.path)
	if mark > 0 {
		p.path = append(p.path, ' ')
	}
	if p.opts.Annotations {
		p.starts = append(p.starts, len(p.path))
	}
	p.path = append(p.path, nodeWord(n)...)
	if len(n.Children) == 0 {
		p.line("set ")
	}
	for _, c := range n.Children {
		p.node(c)
	}
	if n.Inactive {
		p.line("deactivate ")
	}
	if p.opts.Annotations && n.Annotation() != "" {
		p.annotate(n)
	}
	if n.Protected {
		p.line("protect ")
	}
	p.path = p.path[:mark]
	if p.opts.Annotations {
		p.starts = p.starts[:len(p.starts)-1]
	}
}

// line writes verb and the current path as one line.
func (p *setPrinter) line(verb string) {
	p.buf = append(p.buf, verb...)
	p.buf = append(p.buf, p.path...)
	p.buf = append(p.buf, '\n')
	if p.w != nil && len(p.buf) >= flushAt {
		p.flush()
	}
}

// flush writes the buffer out to p.w.
func (p *setPrinter) flush() {
	if p.w == nil || len(p.buf) == 0 || p.err != nil {
		return
	}
	_, p.err = p.w.Write(p.buf)
	p.buf = p.buf[:0]
}

// annotate writes the annotation of n, the current node, as an
// `edit <parent>` / `annotate <element> "text"` / `top` block; at the top
// level the block is the `annotate` line alone.
func (p *setPrinter) annotate(n *ast.Node) {
	k := min(max(p.elementWords(n), 1), len(p.starts))
	start := p.starts[len(p.starts)-k]
	if start > 0 {
		p.buf = append(p.buf, "edit "...)
		p.buf = append(p.buf, p.path[:start-1]...)
		p.buf = append(p.buf, '\n')
	}
	p.buf = append(p.buf, "annotate "...)
	p.buf = append(p.buf, p.path[start:]...)
	p.buf = append(p.buf, ' ')
	p.buf = append(p.buf, ast.QuoteText(strings.ReplaceAll(n.Annotation(), "\r\n", "\n"))...)
	p.buf = append(p.buf, '\n')
	if start > 0 {
		p.buf = append(p.buf, "top\n"...)
	}
}

// elementWords returns how many words, ending with n's, name the element
// that n's annotation belongs to: `unit 0` is two words, `host-name` one.
// It asks the curly statement that wrote n when there is one, otherwise the
// schema.
func (p *setPrinter) elementWords(n *ast.Node) int {
	if o := n.Origin(); o.Stmt != nil && !o.Stmt.IsCommand() {
		for i, w := range o.Stmt.Words {
			if w.Span == o.Span {
				return i + 1
			}
		}
	}
	if n.Parent == nil || n.Parent.Parent == nil {
		return 1
	}
	if p.sch == nil {
		p.sch = schema.New()
	}
	gp := n.Parent.Parent.Path()
	if len(gp) >= 2 && gp[0] == "groups" {
		gp = gp[2:]
	}
	return p.sch.ElementWords(gp, []string{n.Parent.Name, n.Name})
}
