package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"sync/atomic"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/internal/hugepage"
	"github.com/junoslint/junoslint/lint"
)

// stdinName is the display name of standard input in messages.
const stdinName = "<stdin>"

// input is one configuration text to process: a file or standard input.
type input struct {
	name string // the path as given (or found by a walk), or stdinName
	path string // the file's path; "" for standard input
	src  []byte
}

// isStdin reports whether in was read from standard input.
func (in input) isStdin() bool { return in.path == "" }

// isVCSDir reports whether a directory name belongs to a version-control
// system; a walk never enters one.
func isVCSDir(name string) bool {
	switch name {
	case ".git", ".hg", ".svn", ".jj":
		return true
	}
	return false
}

// forEachInput calls fn for every configuration that paths name and returns
// the worst exit code seen. No paths, or the path "-", means standard input.
//
// A file named on the command line is always taken. A directory is walked
// recursively in lexical order: version-control directories (.git, .hg,
// .svn, .jj) are skipped, symbolic links are not followed, and a file is
// taken when its content looks like Junos configuration text: [lint.Sniff]
// (the rule `junoslint lint` uses) accepts its first 64 KiB, and accepts its
// first statement line on its own, so that line must be a set command or a
// statement with a top-level Junos keyword (`version …;`, `system {`,
// `set interfaces …`), after any comments, annotations and pasted CLI
// prompts. The name and extension do not matter: RANCID and Oxidized
// backups named after their hosts are found, an nginx.conf is not.
//
// A path that cannot be read is reported on stderr as `junoslint <cmd>:
// <error>` and counts as exitInternal; the other paths are still processed.
func forEachInput(e *env, cmd string, paths []string, fn func(in input) int) int {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	code := exitOK
	fail := func(err error) {
		fmt.Fprintf(e.stderr, "junoslint %s: %v\n", cmd, err)
		code = worst(code, exitInternal)
	}
	defer pauseGC()()
	var gc collector
	inner := fn
	fn = func(in input) int {
		gc.next()
		c := inner(in)
		gc.done(len(in.src))
		return c
	}
	for _, p := range paths {
		if p == "-" {
			src, err := io.ReadAll(e.stdin)
			if err != nil {
				fail(fmt.Errorf("reading standard input: %w", err))
				continue
			}
			code = worst(code, fn(input{name: stdinName, src: src}))
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			fail(err)
			continue
		}
		if !st.IsDir() {
			src, err := readFile(p)
			if err != nil {
				fail(err)
				continue
			}
			code = worst(code, fn(input{name: p, path: p, src: src}))
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fail(err)
				return nil
			}
			if d.IsDir() {
				if isVCSDir(d.Name()) && path != p {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			src, ok, err := readIfJunos(path)
			if err != nil {
				fail(err)
				return nil
			}
			if ok {
				code = worst(code, fn(input{name: path, path: path, src: src}))
			}
			return nil
		})
		if err != nil {
			fail(err)
		}
	}
	return code
}

// pauseGC turns the garbage collector off until the returned function is
// called. Parsing allocates almost only data that stays live until the
// file has been printed, so collecting meanwhile re-marks the growing tree
// for nothing: measured on a 3.5 MB config, it costs about a third of fmt's
// and convert's CPU time and saves no memory. A memory limit stays as a
// backstop: past 1 GiB (or GOMEMLIMIT when set) the collector runs anyway.
// Between inputs, a collector frees the trees of files already done.
func pauseGC() (resume func()) {
	pct := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(-1)
	if limit == math.MaxInt64 {
		debug.SetMemoryLimit(1 << 30)
	}
	return func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(pct)
	}
}

// collectEvery is how many bytes of source a command that reads many inputs
// parses between two collections, so that a walk over many files holds a
// bounded number of files' trees, not all of them: lint's trees take about
// 24 bytes a byte of the corpus, so 2 MiB of configuration leave about
// 50 MiB to collect. Measured on lint of the corpus: at 4 MiB the heap
// reached 100 MB before each collection and the run was 15% slower, its
// fresh memory costing more than the collections saved.
const collectEvery = 2 << 20

// collector runs the garbage collector between inputs, once the inputs done
// since the last collection add up to collectEvery bytes of source; the
// collector is otherwise paused (see pauseGC). It counts sources rather than
// asking the runtime for the heap's size, because runtime/metrics alone
// costs every run half a millisecond of start-up, and runtime.ReadMemStats
// stops the world at each input. Its zero value is ready; it is safe for
// concurrent use.
type collector struct{ since atomic.Int64 }

// done records an input of n bytes as finished.
func (c *collector) done(n int) { c.since.Add(int64(n)) }

// next is called before each input: it collects when enough has been done
// since the last collection. Of two workers that find so at once, one
// collects.
func (c *collector) next() {
	if v := c.since.Load(); v >= collectEvery && c.since.CompareAndSwap(v, 0) {
		runtime.GC()
	}
}

// readIfJunos reads the file at path when its first 64 KiB look like Junos
// configuration text, and reports whether it did.
func readIfJunos(path string) ([]byte, bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	head := make([]byte, 64<<10)
	n, err := io.ReadFull(f, head)
	head = head[:n]
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, false, fmt.Errorf("reading %s: %w", path, err)
	}
	if ok, _ := lint.Sniff(head); !ok {
		return nil, false, nil
	}
	// Sniff also accepts text that is merely Junos-shaped (`user nginx;`):
	// the first statement must be unmistakably Junos on its own.
	if ok, _ := lint.Sniff(firstStatementLine(head)); !ok {
		return nil, false, nil
	}
	rest, err := io.ReadAll(f)
	if err != nil {
		return nil, false, fmt.Errorf("reading %s: %w", path, err)
	}
	return append(head, rest...), true, nil
}

// firstStatementLine returns the start of head through the end of its first
// line that is not blank, a `#` or `!` comment, a `/* */` annotation or a
// pasted CLI prompt: the lines lint.Sniff skips, then the one it judges.
func firstStatementLine(head []byte) []byte {
	inAnnot := false
	for off := 0; off < len(head); {
		end := bytes.IndexByte(head[off:], '\n')
		if end < 0 {
			end = len(head)
		} else {
			end += off + 1
		}
		line := bytes.TrimSpace(head[off:end])
		switch {
		case inAnnot:
			inAnnot = !bytes.Contains(line, []byte("*/"))
		case len(line) == 0 || line[0] == '#' || line[0] == '!':
		case bytes.HasPrefix(line, []byte("/*")):
			inAnnot = !bytes.Contains(line[2:], []byte("*/"))
		case line[0] == '{' && line[len(line)-1] == '}' && bytes.IndexByte(line, ' ') < 0,
			bytes.Contains(line, []byte("> show ")):
			// a prompt such as {master:0} or user@host> show configuration
		default:
			return head[:end]
		}
		off = end
	}
	return head
}

// worst returns the more serious of two exit codes.
func worst(a, b int) int { return max(a, b) }

// printSyntaxErrors writes the syntax errors of f to w, sorted by position,
// one per line: `file:line:col: error: message [SYN001 syntax-error]`, with
// a 1-based line and a 1-based byte column.
func printSyntaxErrors(w io.Writer, f *ast.File) {
	errs := append([]ast.SyntaxError(nil), f.Errors...)
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Span.Start < errs[j].Span.Start })
	for _, se := range errs {
		p := f.Pos(se.Span.Start)
		fmt.Fprintf(w, "%s:%d:%d: error: %s [%s %s]\n", f.Name, p.Line, p.Column, se.Msg, lint.SyntaxErrorCode, lint.SyntaxErrorName)
	}
}

// printDepthError writes the refusal of a printer to print input nested
// too deep (a *format.DepthError in err) as `file:line:col: error: …`,
// without a position when the error has none, and reports whether err was
// one.
func printDepthError(w io.Writer, f *ast.File, err error) bool {
	var deep *format.DepthError
	if !errors.As(err, &deep) {
		return false
	}
	if deep.Offset < 0 || f.Lines == nil {
		fmt.Fprintf(w, "%s: error: %v\n", f.Name, deep)
		return true
	}
	p := f.Pos(deep.Offset)
	fmt.Fprintf(w, "%s:%d:%d: error: %v\n", f.Name, p.Line, p.Column, deep)
	return true
}

// writeFileAtomic replaces the file at path with data; see writeAtomic.
func writeFileAtomic(path string, data []byte, perm fs.FileMode) error {
	return writeAtomic(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeAtomic replaces the file at path with what write writes: it writes
// a temporary file in the same directory, gives it the mode of the file it
// replaces (perm for a new file), syncs it and renames it over path, so
// that readers see the old or the new content, never a mix. A symbolic
// link at path is followed and its target replaced. On any error the
// original is left untouched and the temporary file removed.
func writeAtomic(path string, perm fs.FileMode, write func(w io.Writer) error) (err error) {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	mode := perm
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".junoslint-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err = write(bw); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Chmod(mode); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// parseFlags parses args with flags, allowing flags after positional
// arguments (`junoslint fmt examples/ -d`), and returns the positional
// arguments. Everything after `--` is positional.
func parseFlags(flags *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := flags.Parse(args); err != nil {
			return nil, err
		}
		rest := flags.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// readFile is os.ReadFile, reading a file of 128 KiB or more into memory
// that the kernel may back with huge pages (see package hugepage): on a
// large config the page faults of a plain read are a noticeable part of
// the run. The capacity beyond the file's bytes, if any, is zero: the
// rest of the last huge page (see hugepage.Rest).
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close() // read-only: a close error loses nothing
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := int(st.Size())
	if int64(size) != st.Size() {
		b, err := io.ReadAll(f)
		return b[:len(b):len(b)], err // a Read may leave its spare room dirty
	}
	// One byte more than the size, so that reading to EOF needs no growth
	// when the file is as large as it said (io.ReadAll's doubling touches
	// about twice the file's size in fresh pages). A file smaller than a
	// huge page gets no alignment: in a run over many files the runtime
	// zeroes the whole allocation each time it reuses it.
	mk := hugepage.Make[byte]
	if size >= hugepage.MinBytes {
		mk = hugepage.MakeAligned[byte]
	}
	return readRest(f, mk(size+1))
}

// readRest reads f to its end behind the bytes buf holds, into buf's room
// first and growing it only when f is longer than that room. Read writes
// only the bytes it returns, so room past them stays as it was.
func readRest(f *os.File, buf []byte) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // longer than the room: let append find more
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
