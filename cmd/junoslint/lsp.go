package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/junoslint/junoslint/lsp"
)

// runLSP implements `junoslint lsp`: the language server on standard input
// and output. It returns 0 when the client sent "shutdown" before "exit"
// (or before closing the stream), 1 otherwise, as the protocol asks.
func runLSP(e *env) int {
	flags := flag.NewFlagSet("lsp", flag.ContinueOnError)
	flags.SetOutput(e.stderr)
	// Clients such as vscode-languageclient pass --stdio; it is the only
	// transport, so the flag is accepted and changes nothing.
	flags.Bool("stdio", true, "serve on standard input and output (the only transport)")
	debounce := flags.Duration("debounce", lsp.DefaultDebounce, "wait after an edit before linting")
	flags.Usage = func() {
		fmt.Fprint(flags.Output(), `usage: junoslint lsp [--stdio] [--debounce 100ms]

Runs the junoslint language server on standard input and output for any
editor with a Language Server Protocol client (Neovim, VS Code, Helix,
Emacs eglot, …): findings as you type, quick fixes, formatting, hover,
outline, folding, go-to-definition, references and completion, for curly
and set files. The editor starts it; you do not run it by hand. Messages
about the transport go to standard error.

flags:
`)
		flags.PrintDefaults()
	}
	rest, err := parseFlags(flags, e.args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(rest) > 0 {
		fmt.Fprintf(e.stderr, "junoslint lsp: unexpected argument %q\n", rest[0])
		return exitUsage
	}
	if *debounce <= 0 {
		*debounce = -1 // lint at once
	}
	code, err := lsp.Serve(context.Background(), stdio{e.stdin, e.stdout}, lsp.Options{
		Version: version, Log: e.stderr, Debounce: *debounce,
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "junoslint lsp: %v\n", err)
		return exitInternal
	}
	return code
}

// stdio joins standard input and output into the server's transport.
// Closing it closes neither: the process exits right after.
type stdio struct {
	r io.Reader
	w io.Writer
}

func (s stdio) Read(p []byte) (int, error)  { return s.r.Read(p) }
func (s stdio) Write(p []byte) (int, error) { return s.w.Write(p) }
func (s stdio) Close() error                { return nil }
