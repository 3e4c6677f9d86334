package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

// runShow implements `junoslint show --effective [--to set|curly] [path|-]`
// and `junoslint show --inheritance [path|-]`.
func runShow(e *env) int {
	flags := flag.NewFlagSet("show", flag.ContinueOnError)
	flags.SetOutput(e.stderr)
	eff := flags.Bool("effective", false, "print the effective configuration: groups applied, inactive statements dropped")
	inh := flags.Bool("inheritance", false, "print the effective configuration in curly form, each inherited statement marked with its group")
	to := flags.String("to", "", `with --effective: the form to print, "set" or "curly" (default: the file's own; a mixed file prints curly)`)
	flags.Usage = func() {
		fmt.Fprint(flags.Output(), `usage: junoslint show --effective [--to set|curly] [path|-]
       junoslint show --inheritance [path|-]

Prints the configuration a device would commit from a Junos file: the
groups named by apply-groups applied (priority order, apply-groups-except,
wildcards, groups applying groups) and inactive statements dropped. The
groups stanza is left out; apply-groups statements are kept.

--inheritance prints it like "show | display inheritance": curly, each
inherited statement preceded by "## 'X' was inherited from group 'G'".
What cannot be decided offline (re0/re1 groups, ${node}, when conditions:
all applied) and undefined or cyclic groups are reported on standard error
as warnings. With no path, or "-", reads standard input.

Exit codes: 0 ok, 1 syntax errors, 2 usage error, 3 I/O failure.

flags:
`)
		flags.PrintDefaults()
	}
	paths, err := parseFlags(flags, e.args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	switch {
	case *eff == *inh:
		fmt.Fprintln(e.stderr, "junoslint show: give one of --effective or --inheritance")
		flags.Usage()
		return exitUsage
	case *inh && *to != "":
		fmt.Fprintln(e.stderr, "junoslint show: --to goes with --effective; --inheritance prints curly")
		return exitUsage
	case *to != "" && *to != "set" && *to != "curly":
		fmt.Fprintf(e.stderr, "junoslint show: --to %q: want \"set\" or \"curly\"\n", *to)
		return exitUsage
	case len(paths) > 1:
		fmt.Fprintln(e.stderr, "junoslint show: takes one file (or - for standard input)")
		return exitUsage
	}
	in, code := readOne(e, "show", paths)
	if code != exitOK {
		return code
	}
	p := grammar.NewParser(nil)
	f := p.Parse(in.name, in.src)
	if len(f.Errors) > 0 {
		printSyntaxErrors(e.stderr, f)
		return exitFindings
	}
	v := effective.Compute(f, p.Schema())
	printViewWarnings(e.stderr, f, v)
	var out []byte
	switch {
	case *inh:
		out, err = inheritanceCurly(v.Root, p.Schema())
	case *to == "set" || *to == "" && f.Format == ast.FormatSet:
		out = format.SetLines(v.Root, format.SetOptions{})
	default:
		out, err = format.ConfigCurly(v.Root, p.Schema(), format.CurlyOptions{})
	}
	if printDepthError(e.stderr, f, err) {
		return exitFindings
	}
	if _, err := e.stdout.Write(out); err != nil {
		fmt.Fprintf(e.stderr, "junoslint show: writing output: %v\n", err)
		return exitInternal
	}
	return exitOK
}

// printViewWarnings writes to w what makes the effective view differ from
// any one device's, and the group references that lead nowhere:
// `file:line:col: warning: message`.
func printViewWarnings(w io.Writer, f *ast.File, v *effective.View) {
	warn := func(o ast.Origin, msg string) {
		p := f.Pos(o.Span.Start)
		fmt.Fprintf(w, "%s:%d:%d: warning: %s\n", f.Name, p.Line, p.Column, msg)
	}
	for _, r := range v.Undefined {
		warn(r.Origin, fmt.Sprintf("group %q is not defined; nothing inherited from it", r.Name))
	}
	for _, r := range v.Cycles {
		warn(r.Origin, fmt.Sprintf("group %q applies itself through apply-groups; each group is applied once", r.Name))
	}
	for _, n := range v.Notes {
		warn(n.Origin, fmt.Sprintf("group %q: %s", n.Group, n.Text))
	}
}

// inheritanceCurly prints root in curly form as `show | display
// inheritance` does: every inherited statement is preceded by the lines
// `##`, `## 'X' was inherited from group 'G'` and `##`, where X is the
// statement's element (a leaf's value, a list entry's key, a container's
// keyword); each inherited member of a leaf-list gets its own, above the
// list.
//
// format.ConfigCurly shapes the statements; the comments travel through it
// as annotations on a copy of the tree, carrying a marker that no real
// annotation holds, and are rewritten afterwards. (A comment hook in
// format.CurlyOptions would make this direct.)
func inheritanceCurly(root *ast.Node, sch *schema.Schema) ([]byte, error) {
	c := root.Clone()
	markInherited(c, sch.Root(), false)
	out, err := format.ConfigCurly(c, sch, format.CurlyOptions{})
	if err != nil {
		return nil, err
	}
	return expandMarks(out), nil
}

// markNUL delimits the fields of an inheritance marker: NUL GROUP NUL X NUL.
// Configuration words never hold a NUL byte.
const markNUL = "\x00"

// markInherited marks the inherited statements below n (schema element e):
// the first inherited node of every inherited subtree, and below it every
// node that starts a statement (a child of a container or of a list entry).
func markInherited(n *ast.Node, e *schema.Elem, inherited bool) {
	for _, k := range n.Children {
		ke := e.Child(k.Name)
		if k.Group() != "" && (!inherited || e.HoldsStatements()) {
			switch {
			case ke.Kind() == schema.List:
				markEntries(k, ke, ke.Keys())
			case ke.Kind() == schema.Key && ke.Keys() > 0:
				markEntries(k, ke, 0)
			case ke.Kind() == schema.Value || e.Kind() == schema.LeafList:
				// A leaf-list member: marked on its keyword, above the list.
				mark(n, k.Group(), k.Name)
			case (ke.Kind() == schema.Leaf || ke.Kind() == schema.LeafList) && len(k.Children) == 1:
				mark(k, k.Group(), k.Children[0].Name)
			default:
				mark(k, k.Group(), k.Name)
			}
		}
		markInherited(k, ke, k.Group() != "")
	}
}

// markEntries marks the last key of each entry below n: keys more key
// words follow n (element e).
func markEntries(n *ast.Node, e *schema.Elem, keys int) {
	if keys == 0 {
		keys = e.Keys()
		if keys == 0 {
			mark(n, n.Group(), n.Name)
			return
		}
	}
	for _, c := range n.Children {
		if keys == 1 {
			mark(c, c.Group(), c.Name)
			continue
		}
		markEntries(c, e.Child(c.Name), keys-1)
	}
}

// mark prefixes n's annotation with an inheritance marker.
func mark(n *ast.Node, group, x string) {
	if group == "" {
		return
	}
	n.SetAnnotation(markNUL + group + markNUL + x + markNUL + n.Annotation())
}

// expandMarks rewrites the annotations that carry inheritance markers into
// the `##` comment lines, keeping any real annotation after them.
func expandMarks(out []byte) []byte {
	var b strings.Builder
	b.Grow(len(out))
	for _, line := range strings.SplitAfter(string(out), "\n") {
		body := strings.TrimLeft(line, " ")
		indent := line[:len(line)-len(body)]
		rest, ok := strings.CutPrefix(body, "/* "+markNUL)
		if !ok {
			b.WriteString(line)
			continue
		}
		rest = markNUL + rest
		for strings.HasPrefix(rest, markNUL) {
			f := strings.SplitN(rest[1:], markNUL, 3)
			if len(f) < 3 {
				break
			}
			fmt.Fprintf(&b, "%s##\n%s## '%s' was inherited from group '%s'\n%s##\n", indent, indent, f[1], f[0], indent)
			rest = f[2]
		}
		if rest == " */\n" || rest == " */" {
			continue // no annotation of its own
		}
		b.WriteString(indent + "/* " + rest)
	}
	return []byte(b.String())
}
