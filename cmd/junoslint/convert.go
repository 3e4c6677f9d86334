package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/hugepage"
)

// runConvert implements `junoslint convert --to set|curly [--annotations]
// [-o FILE] [path|-]`.
func runConvert(e *env) int {
	flags := flag.NewFlagSet("convert", flag.ContinueOnError)
	flags.SetOutput(e.stderr)
	to := flags.String("to", "", `the form to print: "set" (as display set) or "curly"`)
	annotations := flags.Bool("annotations", false, "with --to set: keep /* */ annotations as edit/annotate/top commands")
	output := flags.String("o", "", "write the result to `FILE` (atomically) instead of standard output")
	flags.Usage = func() {
		fmt.Fprint(flags.Output(), `usage: junoslint convert --to set|curly [--annotations] [-o FILE] [path|-]

Prints the configuration a Junos file loads to in the other form: --to set
prints it as "show configuration | display set" would (one line per leaf,
deactivate/protect right after the element's lines, annotations dropped
unless --annotations); --to curly prints it as nested blocks. A curly file
converted to curly is formatted, comments kept. With no path, or "-", reads
standard input.

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
	if *to != "set" && *to != "curly" {
		if *to == "" {
			fmt.Fprintln(e.stderr, `junoslint convert: --to is required: "set" or "curly"`)
		} else {
			fmt.Fprintf(e.stderr, "junoslint convert: --to %q: want \"set\" or \"curly\"\n", *to)
		}
		flags.Usage()
		return exitUsage
	}
	if len(paths) > 1 {
		fmt.Fprintln(e.stderr, "junoslint convert: takes one file (or - for standard input)")
		return exitUsage
	}
	defer pauseGC()()
	in, code := readOne(e, "convert", paths)
	if code != exitOK {
		return code
	}
	parser := grammar.NewParser(nil)
	var f *ast.File
	var outBuf []byte
	if *to == "set" && !*annotations {
		// display set needs the configuration tree only: ParseConfig does
		// not keep the syntax tree, which is most of a parse's memory.
		// Annotations are placed by the statements that wrote them. The
		// rest of the input's last huge page, which the kernel zeroed
		// already, holds the output buffer and then the tree's index
		// tables, when they fit.
		room := hugepage.Rest(in.src, format.SetBufferBytes)
		if room != nil {
			room = room[:cap(room)]
			outBuf, room = room[:0:format.SetBufferBytes], room[format.SetBufferBytes:]
		}
		f = parser.ParseConfigIn(in.name, in.src, room)
	} else {
		f = parser.Parse(in.name, in.src)
	}
	if len(f.Errors) > 0 {
		printSyntaxErrors(e.stderr, f)
		return exitFindings
	}
	// write prints the result to w; set lines are streamed, not held.
	var write func(w io.Writer) error
	switch {
	case *to == "set":
		opts := format.SetOptions{Annotations: *annotations, Buffer: outBuf}
		write = func(w io.Writer) error { return format.WriteSetLines(w, f.Config, opts) }
	case f.Format == ast.FormatCurly || f.Format == ast.FormatUnknown:
		out, err := format.Source(f)
		if printDepthError(e.stderr, f, err) {
			return exitFindings
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "junoslint convert: %v\n", err)
			return exitInternal
		}
		write = func(w io.Writer) error { _, err := w.Write(out); return err }
	default:
		out, err := format.ConfigCurly(f.Config, parser.Schema(), format.CurlyOptions{})
		if printDepthError(e.stderr, f, err) {
			return exitFindings
		}
		write = func(w io.Writer) error { _, err := w.Write(out); return err }
	}
	if *output != "" && *output != "-" {
		if err := writeAtomic(*output, 0o644, write); err != nil {
			fmt.Fprintf(e.stderr, "junoslint convert: %v\n", err)
			return exitInternal
		}
		return exitOK
	}
	if err := write(e.stdout); err != nil {
		fmt.Fprintf(e.stderr, "junoslint convert: writing output: %v\n", err)
		return exitInternal
	}
	return exitOK
}

// readOne reads the single input of a command: the file paths[0], or
// standard input when paths is empty or "-". A directory is a usage error.
func readOne(e *env, cmd string, paths []string) (input, int) {
	if len(paths) == 0 || paths[0] == "-" {
		src, err := io.ReadAll(e.stdin)
		if err != nil {
			fmt.Fprintf(e.stderr, "junoslint %s: reading standard input: %v\n", cmd, err)
			return input{}, exitInternal
		}
		// Capped: a Read may leave the spare room dirty, and convert hands
		// the room past a file's bytes on (hugepage.Rest).
		return input{name: stdinName, src: src[:len(src):len(src)]}, exitOK
	}
	p := paths[0]
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		fmt.Fprintf(e.stderr, "junoslint %s: %s is a directory; %s takes one file\n", cmd, p, cmd)
		return input{}, exitUsage
	}
	src, err := readFile(p)
	if err != nil {
		fmt.Fprintf(e.stderr, "junoslint %s: %v\n", cmd, err)
		return input{}, exitInternal
	}
	return input{name: p, path: p, src: src}, exitOK
}
