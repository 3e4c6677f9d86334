package grammar

import (
	"slices"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/schema"
)

// Secrets returns the byte spans (0-based offsets into the source of f) of
// the secret values written in f, sorted by start and without overlaps: the
// value of every statement the schema marks secret (`challenge-password`,
// a CRL `url … password`, `encrypted-password`, RADIUS `secret`, …),
// whether active, inactive or inside `groups`, and the last word of every
// statement that carries a `## SECRET-DATA` trailer, which marks secrets
// the schema does not know. Writers that show source text mask these spans
// so that no secret value is ever printed; see [MaskSecrets].
func Secrets(f *ast.File, sch *schema.Schema) []ast.Span {
	var out []ast.Span
	if f.Config != nil {
		root := sch.Root()
		for _, c := range f.Config.Children {
			if c.Name == "groups" {
				for _, g := range c.Children {
					out = secretValues(g, root, out)
				}
				continue
			}
			out = secretValues(c, root.Child(c.Name), out)
		}
	}
	out = secretData(f.Stmts, out)
	slices.SortFunc(out, func(a, b ast.Span) int { return a.Start - b.Start })
	merged := out[:0]
	for _, sp := range out {
		if n := len(merged); n > 0 && sp.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// secretValues appends the spans of the values below n, whose schema
// element is e, that are secret.
func secretValues(n *ast.Node, e *schema.Elem, out []ast.Span) []ast.Span {
	secret := e.Secret() && e.Kind() == schema.Leaf
	for _, c := range n.Children {
		if secret {
			for _, o := range c.Origins() {
				if o.Span.End > o.Span.Start {
					out = append(out, o.Span)
				}
			}
			continue
		}
		out = secretValues(c, e.Child(c.Name), out)
	}
	return out
}

// secretData appends the span of the last word of each statement marked
// `## SECRET-DATA`.
func secretData(ss []*ast.Stmt, out []ast.Span) []ast.Span {
	for _, s := range ss {
		for _, c := range s.Trailing() {
			if strings.HasPrefix(c.Text, "##") && strings.TrimSpace(strings.TrimPrefix(c.Text, "##")) == "SECRET-DATA" {
				switch {
				case s.HasList && len(s.List()) > 0:
					for _, w := range s.List() {
						out = append(out, w.Span)
					}
				case len(s.Words) > 1:
					out = append(out, s.Words[len(s.Words)-1].Span)
				}
				break
			}
		}
		out = secretData(s.Children, out)
	}
	return out
}

// SecretMask replaces a secret value wherever junoslint shows source text.
// Its length does not depend on the secret's.
const SecretMask = "<secret>"

// MaskSecrets returns text, which is the source from byte offset base on,
// with every secret span in it (spans as [Secrets] returns them) replaced:
// a quoted value keeps its quotes around [SecretMask]. It also maps a byte
// offset in text to the offset in the returned string (offsets inside a
// masked value map to its start); map is nil when nothing was masked.
func MaskSecrets(text string, base int, spans []ast.Span) (masked string, mapOffset func(int) int) {
	lo, hi := base, base+len(text)
	i, _ := slices.BinarySearchFunc(spans, lo, func(sp ast.Span, off int) int {
		if sp.End <= off {
			return -1
		}
		return 1
	})
	if i == len(spans) || spans[i].Start >= hi {
		return text, nil
	}
	// cuts holds, per masked span, its start and end in text and the
	// shift (bytes added, may be negative) of everything before it.
	type cut struct{ start, end, shift int }
	var cuts []cut
	var b strings.Builder
	prev, shift := 0, 0
	for ; i < len(spans) && spans[i].Start < hi; i++ {
		s, e := max(spans[i].Start-base, 0), min(spans[i].End-base, len(text))
		if s >= e {
			continue
		}
		b.WriteString(text[prev:s])
		repl := SecretMask
		if e-s >= 2 && text[s] == '"' && text[e-1] == '"' {
			repl = `"` + SecretMask + `"`
		}
		b.WriteString(repl)
		cuts = append(cuts, cut{s, e, shift})
		shift += len(repl) - (e - s)
		prev = e
	}
	b.WriteString(text[prev:])
	return b.String(), func(off int) int {
		for _, c := range cuts {
			switch {
			case off <= c.start:
				return off + c.shift
			case off < c.end:
				return c.start + c.shift
			}
		}
		return off + shift
	}
}
