package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
	"github.com/junoslint/junoslint/lint/rules"
	"github.com/junoslint/junoslint/schema"
)

const lintUsage = `usage: junoslint lint [flags] [paths…|-]

Lint Junos configuration files (curly, set or mixed form). Directories are
walked recursively: version-control directories are skipped, and files are
linted when their content looks like Junos configuration (-v names the files
skipped). No paths means the current directory; "-" reads standard input.
Flags may come before or after the paths.

Each file is checked under the nearest .junoslint.yaml in its directory or
above (or --config FILE).

Exit status: 0 no findings at or above --fail-on, 1 findings at or above it
(or syntax errors), 2 usage or configuration error, 3 a file could not be
read or junoslint failed.

flags:
`

// lintOptions are the parsed flags of `junoslint lint`.
type lintOptions struct {
	format        string
	failOn        lint.Severity
	configFile    string
	noConfig      bool
	sel           lint.Selection
	stdinName     string
	baseline      string
	writeBaseline string
	jobs          int
	verbose       bool
	color         string
	paths         []string
}

// listFlag collects a flag given several times or as a comma-separated list.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

// parseInterleaved parses flags that may come before, between or after the
// positional arguments; everything after "--" is positional.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		before := len(args)
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if consumed := before - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseLintFlags parses e.args. A nil result means return the exit code.
func parseLintFlags(e *env) (*lintOptions, int) {
	o := &lintOptions{}
	fs := flag.NewFlagSet("lint", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), lintUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&o.format, "format", "text", "output `format`: "+formatNames)
	failOn := fs.String("fail-on", "warning", "exit 1 when a finding has this `severity` or a higher one: error, warning or info")
	fs.StringVar(&o.configFile, "config", "", "use this configuration `file` for every input instead of looking up .junoslint.yaml")
	fs.BoolVar(&o.noConfig, "no-config", false, "ignore configuration files: every rule on at its default severity")
	fs.Var((*listFlag)(&o.sel.Select), "select", "run only these `rules`: codes, names or globs (PKI*), comma-separated or repeated")
	fs.Var((*listFlag)(&o.sel.Ignore), "ignore", "do not run these `rules`: codes, names or globs, comma-separated or repeated")
	fs.StringVar(&o.stdinName, "stdin-filename", "", "`name` of standard input in findings and for configuration lookup")
	fs.StringVar(&o.baseline, "baseline", "", "hide the findings recorded in this baseline `file`")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record the current findings in this baseline `file` and exit 0")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "lint this many files in parallel")
	fs.BoolVar(&o.verbose, "v", false, "say which files were skipped and why")
	fs.StringVar(&o.color, "color", "auto", "colour text output: auto (on a terminal, unless NO_COLOR is set), always or never")
	paths, err := parseInterleaved(fs, e.args)
	if errors.Is(err, flag.ErrHelp) {
		return nil, exitOK
	}
	if err != nil {
		return nil, exitUsage
	}
	o.paths = paths
	usageErr := func(format string, args ...any) (*lintOptions, int) {
		fmt.Fprintf(e.stderr, "junoslint lint: "+format+"\n", args...)
		return nil, exitUsage
	}
	if o.failOn, err = lint.ParseSeverity(*failOn); err != nil {
		return usageErr("--fail-on: %v", err)
	}
	switch o.color {
	case "auto", "always", "never":
	default:
		return usageErr("--color %q: want auto, always or never", o.color)
	}
	if o.jobs < 1 {
		return usageErr("-j %d: want at least 1", o.jobs)
	}
	if o.configFile != "" && o.noConfig {
		return usageErr("--config and --no-config exclude each other")
	}
	return o, exitOK
}

// lintJob is one input to lint.
type lintJob struct {
	name   string // as given or found in the walk, or the stdin name
	path   string // file to read; "" for standard input
	src    []byte // standard input's text
	walked bool   // found in a directory walk: lint only when it looks like Junos text
	cfg    *lint.Config
}

// lintOutcome is what a worker made of a job.
type lintOutcome struct {
	rep     *fileReport
	all     []lint.Diagnostic // findings before the baseline, for --write-baseline
	skipped string            // why the file was not linted
	readErr error
	ruleErr error
}

// lintRun holds one `junoslint lint` invocation.
type lintRun struct {
	e        *env
	o        *lintOptions
	all      []*lint.Rule
	linter   *lint.Linter
	finder   *lint.ConfigFinder
	fixed    *lint.Config
	baseline *lint.Baseline
	baseDir  string // directory baseline paths are relative to
	keepSrc  bool
	gc       collector // frees the trees of files done, between files
}

// runLint is `junoslint lint`.
func runLint(e *env) int {
	o, code := parseLintFlags(e)
	if o == nil {
		return code
	}
	lr := &lintRun{e: e, o: o, all: lint.WithEngineRules(rules.All())}
	var err error
	if lr.linter, err = lint.NewLinter(lr.all, o.sel); err != nil {
		fmt.Fprintf(e.stderr, "junoslint lint: --select/--ignore: %v\n", err)
		return exitUsage
	}
	switch {
	case o.configFile != "":
		if lr.fixed, err = lint.LoadConfig(o.configFile, lr.all); err != nil {
			fmt.Fprintf(e.stderr, "junoslint lint: %v\n", err)
			return exitUsage
		}
	case !o.noConfig:
		lr.finder = lint.NewConfigFinder(lr.all)
	}
	if code := lr.openBaseline(); code != exitOK {
		return code
	}
	st := newStyles(o.color == "always" || o.color == "auto" && e.isTerminal(1) &&
		e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb")
	rep, err := newReporter(o.format, e.stdout, st, lr.linter.Rules())
	if err != nil {
		fmt.Fprintf(e.stderr, "junoslint lint: %v\n", err)
		return exitUsage
	}
	lr.keepSrc = o.format == "text" || o.format == "sarif"
	jobs, code := lr.collect()
	if code == exitUsage {
		return code
	}
	return lr.lintAll(jobs, rep, code)
}

// openBaseline reads --baseline; it returns exitOK or the exit code to stop with.
func (lr *lintRun) openBaseline() int {
	file := lr.o.baseline
	if lr.o.writeBaseline != "" {
		file = lr.o.writeBaseline
	}
	if file == "" {
		return exitOK
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		fmt.Fprintf(lr.e.stderr, "junoslint lint: baseline %s: %v\n", file, err)
		return exitUsage
	}
	lr.baseDir = filepath.Dir(abs)
	if lr.o.writeBaseline != "" {
		return exitOK
	}
	f, err := os.Open(file)
	if err != nil {
		fmt.Fprintf(lr.e.stderr, "junoslint lint: %v\n", err)
		return exitUsage
	}
	defer f.Close()
	if lr.baseline, err = lint.ReadBaseline(f); err != nil {
		fmt.Fprintf(lr.e.stderr, "junoslint lint: %s: %v\n", file, err)
		return exitUsage
	}
	return exitOK
}

// baselinePath is the key of a file in the baseline: its path relative to
// the baseline file's directory, slash-separated.
func (lr *lintRun) baselinePath(j *lintJob) string {
	p := j.path
	if p == "" {
		if lr.o.stdinName == "" {
			return stdinName
		}
		p = lr.o.stdinName
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	rel, err := filepath.Rel(lr.baseDir, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

// configForDir returns the configuration for files in dir.
func (lr *lintRun) configForDir(dir string) (*lint.Config, error) {
	switch {
	case lr.fixed != nil:
		return lr.fixed, nil
	case lr.finder == nil:
		return nil, nil
	}
	return lr.finder.ForDir(dir)
}

// process lints one job; it runs on a worker goroutine. A panic (a bug)
// becomes an internal error for this file; the other files go on.
func (lr *lintRun) process(j *lintJob) (out lintOutcome) {
	defer func() {
		if v := recover(); v != nil {
			out = lintOutcome{ruleErr: fmt.Errorf("%s: %v\n%s", j.name, v, debug.Stack())}
		}
	}()
	src := j.src
	if j.path != "" {
		var err error
		if j.walked {
			var ok bool
			var why string
			src, ok, why, err = readSniffed(j.path)
			if err == nil && !ok {
				out.skipped = why
				return out
			}
		} else {
			src, err = readFile(j.path)
		}
		if err != nil {
			out.readErr = err
			return out
		}
	}
	res, err := lr.linter.Lint(j.name, src, j.cfg)
	lr.gc.done(len(src))
	out.ruleErr = err
	diags := res.Diagnostics
	for i := range diags {
		diags[i].Node = nil
	}
	if lr.o.writeBaseline != "" {
		out.all = diags
	} else if lr.baseline != nil {
		diags = lr.baseline.Filter(lr.baselinePath(j), diags)
	}
	out.rep = &fileReport{name: j.name, format: res.File.Format, diags: diags}
	if lr.keepSrc && len(diags) > 0 {
		out.rep.src, out.rep.lines = src, res.File.Lines
		out.rep.secrets = grammar.Secrets(res.File, lr.linter.Schema())
	}
	if lr.o.format == "sarif" {
		out.rep.edits = lr.fixEdits(res, diags)
	}
	return out
}

// fixEdits renders the preferred fix of each finding as byte edits on the
// file as written, for SARIF; fixes that need input, and files with syntax
// errors, get none.
func (lr *lintRun) fixEdits(res *lint.Result, diags []lint.Diagnostic) [][]fix.Edit {
	var out [][]fix.Edit
	for i, d := range diags {
		if len(d.Fixes) == 0 || d.Fixes[0].Applicability == fix.NeedsInput || len(res.File.Errors) > 0 {
			continue
		}
		edits, err := safeTextEdits(res, d.Fixes[0], lr.linter.Schema())
		if err != nil || len(edits) == 0 || editsShowSecrets(res.File, lr.linter.Schema(), edits) {
			continue
		}
		if out == nil {
			out = make([][]fix.Edit, len(diags))
		}
		out[i] = edits
	}
	return out
}

// lintAll lints the jobs on o.jobs workers and reports them in order.
func (lr *lintRun) lintAll(jobs []lintJob, rep reporter, code int) int {
	workers := min(lr.o.jobs, max(len(jobs), 1))
	slots := make([]chan lintOutcome, len(jobs))
	for i := range slots {
		slots[i] = make(chan lintOutcome, 1)
	}
	// window bounds how far workers run ahead of the writer, and so memory.
	window := make(chan struct{}, 4*workers+16)
	next := make(chan int)
	go func() {
		for i := range jobs {
			window <- struct{}{}
			next <- i
		}
		close(next)
	}()
	// The collector stays off while files are linted (see pauseGC): each
	// file's trees are live until it is done. A worker frees the garbage of
	// earlier files before it starts the next one once enough source has
	// been linted since the last collection (see collector).
	defer pauseGC()()
	for w := 0; w < workers; w++ {
		go func() {
			for i := range next {
				lr.gc.next()
				slots[i] <- lr.process(&jobs[i])
			}
		}()
	}
	var bar *progress
	if len(jobs) > progressMinFiles && lr.e.isTerminal(2) {
		bar = &progress{w: lr.e.stderr, total: len(jobs)}
	}
	var sum summary
	var bl *lint.Baseline
	if lr.o.writeBaseline != "" {
		bl = lint.NewBaseline()
	}
	failing := false
	var outErr error
	for i := range jobs {
		o := <-slots[i]
		<-window
		bar.update(i + 1)
		switch {
		case o.readErr != nil:
			bar.clear()
			fmt.Fprintf(lr.e.stderr, "junoslint lint: %v\n", o.readErr)
			code = worst(code, exitInternal)
			continue
		case o.skipped != "":
			if lr.o.verbose {
				bar.clear()
			}
			lr.skip(jobs[i].name, o.skipped)
			continue
		}
		if o.ruleErr != nil {
			bar.clear()
			fmt.Fprintf(lr.e.stderr, "junoslint lint: internal error: %v\n", o.ruleErr)
			code = worst(code, exitInternal)
			if o.rep == nil {
				continue
			}
		}
		if bl != nil {
			for _, d := range o.all {
				bl.Add(lr.baselinePath(&jobs[i]), d)
			}
			sum.add(o.rep)
			continue
		}
		for _, d := range o.rep.diags {
			if d.Severity >= lr.o.failOn || d.Code == lint.SyntaxErrorCode {
				failing = true
			}
		}
		sum.add(o.rep)
		if len(o.rep.diags) > 0 {
			bar.clear()
		}
		if err := rep.file(o.rep); err != nil && outErr == nil {
			outErr = err
		}
	}
	bar.clear()
	if bl != nil {
		return worst(code, lr.saveBaseline(bl, sum))
	}
	if err := rep.finish(sum); err != nil && outErr == nil {
		outErr = err
	}
	if outErr != nil {
		fmt.Fprintf(lr.e.stderr, "junoslint lint: %v\n", outErr)
		return exitInternal
	}
	if failing {
		code = worst(code, exitFindings)
	}
	return code
}

// saveBaseline writes --write-baseline.
func (lr *lintRun) saveBaseline(bl *lint.Baseline, sum summary) int {
	var b strings.Builder
	if err := bl.Write(&b); err != nil {
		fmt.Fprintf(lr.e.stderr, "junoslint lint: %v\n", err)
		return exitInternal
	}
	if err := writeFileAtomic(lr.o.writeBaseline, []byte(b.String()), 0o644); err != nil {
		fmt.Fprintf(lr.e.stderr, "junoslint lint: %v\n", err)
		return exitInternal
	}
	fmt.Fprintf(lr.e.stderr, "junoslint lint: wrote %s with %s from %s\n",
		lr.o.writeBaseline, plural(bl.Len(), "finding"), plural(sum.checked, "file"))
	return exitOK
}

// safeTextEdits is fix.TextEdits, with a panic turned into an error: a fix
// that cannot be rendered is left out of the SARIF output, not fatal.
func safeTextEdits(res *lint.Result, fx fix.Fix, sch *schema.Schema) (edits []fix.Edit, err error) {
	defer func() {
		if v := recover(); v != nil {
			edits, err = nil, fmt.Errorf("rendering fix %q: %v", fx.Title, v)
		}
	}()
	return fix.TextEdits(res.File, fx, sch)
}

// editsShowSecrets reports whether a fix's edits would write the value of a
// secret of f into the output (SARIF carries the inserted text): a fix that
// moves or re-prints a secret statement is left out of SARIF rather than
// print the secret.
func editsShowSecrets(f *ast.File, sch *schema.Schema, edits []fix.Edit) bool {
	for _, sp := range grammar.Secrets(f, sch) {
		v := string(f.Src[sp.Start:sp.End])
		v = strings.Trim(v, `"`)
		if v == "" {
			continue
		}
		for _, e := range edits {
			if strings.Contains(e.New, v) {
				return true
			}
		}
	}
	return false
}
