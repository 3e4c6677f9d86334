package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
	"github.com/junoslint/junoslint/lint/rules"
)

const fixUsage = `usage: junoslint fix [--write [--unsafe]] [--diff] [--select RULES] [paths…|-]

Print the corrective commands for the findings in Junos configuration files,
ready to paste into "load set terminal": per fix, a "# file:line CODE title"
comment and its set/delete commands. Fixes that need a value only you know
are printed as comments with a <placeholder>. With no path, or "-", reads
standard input; directories are walked as "junoslint lint" walks them.

--write applies the safe fixes to the files instead, each file in its own
form (a curly file stays curly, a set file stays set), atomically; --unsafe
adds the unsafe fixes. A file with syntax errors is never rewritten. When
two fixes would change the same text, the first is applied, the file is
checked again and the rest are applied in further rounds, up to 10; what
is left then waits for the next run ("applied N of M fixes; run again").

Exit status: 0 nothing to fix, or every fix asked for was applied; 1 fixes
remain (printed, shown as a diff, or skipped), or a file has syntax errors;
2 usage or configuration error; 3 a file could not be read or written, or
junoslint failed.

flags:
`

// fixOptions are the parsed flags of `junoslint fix`.
type fixOptions struct {
	write, unsafe, diff bool
	sel                 lint.Selection
	configFile          string
	noConfig            bool
}

// fixRun holds one `junoslint fix` invocation.
type fixRun struct {
	e      *env
	o      *fixOptions
	linter *lint.Linter
	parser *grammar.Parser
	finder *lint.ConfigFinder
	// printed is set once fixes have been printed, so that the next
	// file's are set apart by an empty line.
	printed bool
	fixed   *lint.Config
}

// runFix is `junoslint fix`.
func runFix(e *env) int {
	o := &fixOptions{}
	fs := flag.NewFlagSet("fix", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), fixUsage)
		fs.PrintDefaults()
	}
	fs.BoolVar(&o.write, "write", false, "apply the safe fixes to the files (standard input: print the result)")
	fs.BoolVar(&o.unsafe, "unsafe", false, "with --write or --diff, apply the unsafe fixes too")
	fs.BoolVar(&o.diff, "diff", false, "print what --write would change as a unified diff; change nothing")
	fs.Var((*listFlag)(&o.sel.Select), "select", "fix only these rules: codes, names or globs (PKI*), comma-separated or repeated")
	fs.StringVar(&o.configFile, "config", "", "use this configuration `file` for every input instead of looking up .junoslint.yaml")
	fs.BoolVar(&o.noConfig, "no-config", false, "ignore configuration files: every rule on with its default options")
	paths, err := parseFlags(fs, e.args)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	if o.write && o.diff {
		fmt.Fprintln(e.stderr, "junoslint fix: --write and --diff exclude each other")
		return exitUsage
	}
	if o.configFile != "" && o.noConfig {
		fmt.Fprintln(e.stderr, "junoslint fix: --config and --no-config exclude each other")
		return exitUsage
	}
	all := lint.WithEngineRules(rules.All())
	r := &fixRun{e: e, o: o}
	if r.linter, err = lint.NewLinter(all, o.sel); err != nil {
		fmt.Fprintf(e.stderr, "junoslint fix: --select: %v\n", err)
		return exitUsage
	}
	r.parser = grammar.NewParser(r.linter.Schema())
	switch {
	case o.configFile != "":
		if r.fixed, err = lint.LoadConfig(o.configFile, all); err != nil {
			fmt.Fprintf(e.stderr, "junoslint fix: %v\n", err)
			return exitUsage
		}
	case !o.noConfig:
		r.finder = lint.NewConfigFinder(all)
	}
	return forEachInput(e, "fix", paths, r.file)
}

// config returns the lint configuration for in.
func (r *fixRun) config(in input) (*lint.Config, error) {
	switch {
	case r.fixed != nil:
		return r.fixed, nil
	case r.finder == nil:
		return nil, nil
	case in.isStdin():
		return r.finder.ForDir(".")
	}
	return r.finder.ForFile(in.path)
}

// finding is one diagnostic that has fixes, with the fixes retargeted to
// where the configuration lives.
type finding struct {
	d     lint.Diagnostic
	line  int
	fixes []fix.Fix
}

// file fixes (or prints the fixes of) one input and returns its exit code.
func (r *fixRun) file(in input) int {
	cfg, err := r.config(in)
	if err != nil {
		fmt.Fprintf(r.e.stderr, "junoslint fix: %v\n", err)
		return exitUsage
	}
	res, err := r.linter.Lint(in.name, in.src, cfg)
	if err != nil {
		fmt.Fprintf(r.e.stderr, "junoslint fix: %v\n", err)
		return exitInternal
	}
	f := res.File
	if len(f.Errors) > 0 {
		printSyntaxErrors(r.e.stderr, f)
		if r.o.write || r.o.diff {
			fmt.Fprintf(r.e.stderr, "junoslint fix: %s: not fixed: the file has syntax errors\n", in.name)
		}
		return exitFindings
	}
	found := findings(res)
	if !r.o.write && !r.o.diff {
		if err := printFixes(r.e.stdout, in.name, found, r.printed); err != nil {
			fmt.Fprintf(r.e.stderr, "junoslint fix: writing output: %v\n", err)
			return exitInternal
		}
		if len(found) > 0 {
			r.printed = true
			return exitFindings
		}
		return exitOK
	}
	return r.apply(in, cfg, res)
}

// findings returns the diagnostics of res that have fixes, in order.
func findings(res *lint.Result) []finding {
	var found []finding
	for _, d := range res.Diagnostics {
		if len(d.Fixes) == 0 {
			continue
		}
		found = append(found, finding{d: d, line: lint.DiagnosticLine(res.File, d), fixes: d.Fixes})
	}
	return found
}

// printFixes writes the commands of every fix of found: a `# file:line CODE
// title` comment, then the commands; a fix that needs input is written as
// comments. Blocks are separated by an empty line, also from the blocks
// an earlier file printed (sep).
func printFixes(w io.Writer, name string, found []finding, sep bool) error {
	var b strings.Builder
	for _, fd := range found {
		for i, fx := range fd.fixes {
			if b.Len() > 0 || sep {
				b.WriteByte('\n')
			}
			title := fx.Title
			if i > 0 {
				title = "alternative: " + title
			}
			switch fx.Applicability {
			case fix.Unsafe:
				title += " (unsafe)"
			case fix.NeedsInput:
				title += " (needs input)"
			}
			fmt.Fprintf(&b, "# %s:%d %s %s\n", name, fd.line, fd.d.Code, oneLine(title))
			for _, c := range fx.Commands() {
				if fx.Applicability == fix.NeedsInput {
					b.WriteString("# needs input: ")
				}
				b.WriteString(c)
				b.WriteByte('\n')
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// oneLine keeps a title on its comment line.
func oneLine(s string) string {
	return sanitize(strings.NewReplacer("\r", " ", "\n", " ").Replace(s))
}

// wants reports whether --write (or --diff) applies fx.
func (r *fixRun) wants(fx fix.Fix) bool {
	switch fx.Applicability {
	case fix.Safe:
		return true
	case fix.Unsafe:
		return r.o.unsafe
	}
	return false
}

// apply applies the preferred fix of each finding that the flags ask for,
// in rounds (see lint.Linter.FixAll), and writes the result (--write) or
// prints the diff (--diff).
func (r *fixRun) apply(in input, cfg *lint.Config, res *lint.Result) int {
	o, err := r.linter.FixAll(res, cfg, r.wants)
	for _, fl := range o.Failed {
		fmt.Fprintf(r.e.stderr, "junoslint fix: %s:%d %s: cannot apply %q: %v\n", in.name, fl.Line, fl.Diagnostic.Code, fl.Fix.Title, fl.Err)
	}
	var broken *lint.BrokenFixError
	if errors.As(err, &broken) {
		fmt.Fprintf(r.e.stderr, "junoslint fix: %s: internal error: the fixed file was not written: %v\n", in.name, broken)
		return exitInternal
	}
	if err != nil {
		fmt.Fprintf(r.e.stderr, "junoslint fix: %v\n", err)
		return exitInternal
	}
	f, out := res.File, o.Src
	changed := !bytes.Equal(out, f.Src)
	if r.o.diff {
		if changed {
			fmt.Fprint(r.e.stdout, maskedDiff(in.name, f, out, r.parser, r.linter.Schema()))
		}
	} else if in.isStdin() {
		if _, err := r.e.stdout.Write(out); err != nil {
			fmt.Fprintf(r.e.stderr, "junoslint fix: writing output: %v\n", err)
			return exitInternal
		}
	} else if changed {
		if err := writeFileAtomic(in.path, out, 0o644); err != nil {
			fmt.Fprintf(r.e.stderr, "junoslint fix: %v\n", err)
			return exitInternal
		}
	}
	r.summary(in.name, len(o.Applied), o.Skipped, len(o.Failed), o.Unasked)
	switch {
	case o.Skipped > 0 || len(o.Failed) > 0:
		return exitFindings
	case r.o.diff && changed:
		return exitFindings
	}
	return exitOK
}

// summary tells, on stderr, what was applied and what was left: fixes
// skipped because they overlap one applied (run again), fixes that failed
// (reported already) and fixes not asked for.
func (r *fixRun) summary(name string, applied, skipped, failed, unasked int) {
	verb := "applied"
	if r.o.diff {
		verb = "would apply"
	}
	var parts []string
	switch asked := applied + skipped + failed; {
	case skipped > 0:
		parts = append(parts, fmt.Sprintf("%s %d of %d fixes; run again", verb, applied, asked))
	case failed > 0:
		parts = append(parts, fmt.Sprintf("%s %d of %d fixes", verb, applied, asked))
	case applied > 0:
		parts = append(parts, verb+" "+fixCount(applied))
	}
	if unasked > 0 {
		hint := "need input or --unsafe"
		if r.o.unsafe {
			hint = "need input"
		}
		parts = append(parts, fmt.Sprintf("%s not applied (%s; without --write or --diff, fix prints them)", fixCount(unasked), hint))
	}
	if len(parts) > 0 {
		fmt.Fprintf(r.e.stderr, "%s: %s\n", name, strings.Join(parts, "; "))
	}
}

// fixCount returns "1 fix" or "N fixes".
func fixCount(n int) string {
	if n == 1 {
		return "1 fix"
	}
	return fmt.Sprintf("%d fixes", n)
}
