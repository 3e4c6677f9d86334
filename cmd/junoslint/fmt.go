package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"

	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

// runFmt implements `junoslint fmt [-l] [-d] [-w] [--exit-code] [paths…]`:
// canonical layout, in each file's own form, in the manner of gofmt.
func runFmt(e *env) int {
	flags := flag.NewFlagSet("fmt", flag.ContinueOnError)
	flags.SetOutput(e.stderr)
	list := flags.Bool("l", false, "list files whose formatting differs from junoslint's")
	diff := flags.Bool("d", false, "print a unified diff of the changes instead of the formatted text")
	write := flags.Bool("w", false, "write the result to each file (atomically) instead of standard output")
	exitCode := flags.Bool("exit-code", false, "exit 1 when the formatting of any input differs (for fmt-check hooks)")
	flags.Usage = func() {
		fmt.Fprint(flags.Output(), `usage: junoslint fmt [-l] [-d] [-w] [--exit-code] [paths…]

Prints Junos configuration files in canonical layout, each in its own form
(curly, set or mixed). With no path, or "-", reads standard input and writes
standard output. Directories are walked recursively; files whose content
looks like Junos configuration are formatted. A file with syntax errors is
reported and never rewritten.

Exit codes: 0 ok, 1 syntax errors (or, with --exit-code, formatting
differs), 2 usage error, 3 I/O failure.

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
	if *write && usesStdin(paths) {
		fmt.Fprintln(e.stderr, "junoslint fmt: cannot use -w with standard input")
		return exitUsage
	}
	// -d parses the input fully, for the secrets it masks in the diff.
	var diffParser *grammar.Parser
	return forEachInput(e, "fmt", paths, func(in input) int {
		out, f, err := format.Format(in.name, in.src)
		if len(f.Errors) > 0 {
			printSyntaxErrors(e.stderr, f)
			return exitFindings
		}
		if printDepthError(e.stderr, f, err) {
			return exitFindings
		}
		changed := !bytes.Equal(in.src, out)
		code := exitOK
		if changed && *exitCode {
			code = exitFindings
		}
		if *list && changed {
			fmt.Fprintln(e.stdout, in.name)
		}
		if *write && changed {
			if err := writeFileAtomic(in.path, out, 0o644); err != nil {
				fmt.Fprintf(e.stderr, "junoslint fmt: %v\n", err)
				return exitInternal
			}
		}
		if *diff && changed {
			if diffParser == nil {
				diffParser = grammar.NewParser(schema.New())
			}
			old := diffParser.Parse(in.name, in.src)
			fmt.Fprint(e.stdout, maskedDiff(in.name, old, out, diffParser, diffParser.Schema()))
		}
		if !*list && !*write && !*diff {
			if _, err := e.stdout.Write(out); err != nil {
				fmt.Fprintf(e.stderr, "junoslint fmt: writing output: %v\n", err)
				return exitInternal
			}
		}
		return code
	})
}

// usesStdin reports whether the paths mean standard input: none, or "-".
func usesStdin(paths []string) bool {
	if len(paths) == 0 {
		return true
	}
	for _, p := range paths {
		if p == "-" {
			return true
		}
	}
	return false
}
