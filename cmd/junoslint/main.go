// Command junoslint lints, formats and converts Juniper Junos configuration
// files, in hierarchical ("curly") and flat ("set") form.
//
// Exit codes: 0 success (or no findings at the threshold), 1 findings or
// files that do not parse, 2 usage error, 3 internal failure.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Exit codes shared by every subcommand.
const (
	exitOK       = 0 // success
	exitFindings = 1 // findings at or above the threshold, or syntax errors
	exitUsage    = 2 // bad flags or arguments
	exitInternal = 3 // the tool itself failed (I/O, a bug)
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// env is what a subcommand may touch: its arguments and streams. Tests run
// subcommands in-process with their own env.
type env struct {
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// isTerminal reports whether stdout (fd 1) or stderr (fd 2) is a terminal.
	isTerminal func(fd int) bool
	getenv     func(string) string
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(e *env) int
}

// commands returns the subcommands, in the order `help` lists them.
func commands() []command {
	return []command{
		{"lint", "report problems in configuration files (rules, syntax)", runLint},
		{"fmt", "format files canonically, in their own form", runFmt},
		{"convert", "convert between curly and set form (display set)", runConvert},
		{"fix", "print corrective set commands, or apply fixes to the files in their own form", runFix},
		{"show", "print the effective configuration (groups applied, inactive dropped)", runShow},
		{"rules", "list the lint rules", runRules},
		{"explain", "show a lint rule's documentation", runExplain},
		{"lsp", "run the language server on stdin/stdout (for editors)", runLSP},
		{"version", "print the version", runVersion},
		{"help", "show help for junoslint or a subcommand", runHelp},
	}
}

func main() {
	e := &env{
		args: os.Args[1:], stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		isTerminal: isTerminal, getenv: os.Getenv,
	}
	os.Exit(run(e))
}

// run dispatches to a subcommand and returns the exit code.
func run(e *env) int {
	if len(e.args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	name := e.args[0]
	if name == "-h" || name == "--help" || name == "-help" {
		usage(e.stdout)
		return exitOK
	}
	if name == "--version" || name == "-version" {
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			sub := *e
			sub.args = e.args[1:]
			return c.run(&sub)
		}
	}
	fmt.Fprintf(e.stderr, "junoslint: unknown command %q\n", name)
	if s := closest(name); s != "" {
		fmt.Fprintf(e.stderr, "did you mean %q?\n", s)
	}
	fmt.Fprintln(e.stderr, "run 'junoslint help' for the list of commands")
	return exitUsage
}

func closest(name string) string {
	best, bestD := "", 3
	for _, c := range commands() {
		if d := levenshtein(name, c.name); d < bestD {
			best, bestD = c.name, d
		}
	}
	return best
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func usage(w io.Writer) {
	fmt.Fprint(w, `junoslint: lint, format and convert Junos configuration files (curly and set form)

usage: junoslint <command> [flags] [paths…]

commands:
`)
	cmds := commands()
	sort.SliceStable(cmds, func(i, j int) bool { return false })
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run 'junoslint help <command>' for a command's flags.
Exit codes: 0 ok, 1 findings or syntax errors, 2 usage error, 3 internal failure.
`)
}

func runVersion(e *env) int {
	fmt.Fprintf(e.stdout, "junoslint %s\n", version)
	return exitOK
}

func runHelp(e *env) int {
	if len(e.args) == 0 {
		usage(e.stdout)
		return exitOK
	}
	name := strings.TrimSpace(e.args[0])
	for _, c := range commands() {
		if c.name == name && name != "help" {
			sub := *e
			sub.args = []string{"-h"}
			sub.stderr = e.stdout
			c.run(&sub)
			return exitOK
		}
	}
	fmt.Fprintf(e.stderr, "junoslint: unknown command %q\n", name)
	return exitUsage
}
