package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/junoslint/junoslint/internal/hugepage"
	"github.com/junoslint/junoslint/lint"
)

// Finding the inputs of `junoslint lint`: paths named, directories walked,
// standard input; each with the configuration that applies to it.

// skip says, with -v, that a file was not linted.
func (lr *lintRun) skip(name, why string) {
	if lr.o.verbose {
		fmt.Fprintf(lr.e.stderr, "junoslint lint: skipped %s: %s\n", name, why)
	}
}

// collect turns the paths into jobs, sorted by path, each with its
// configuration. Excluded files are dropped here. It returns exitUsage for a
// broken configuration file, exitInternal when a path could not be read.
func (lr *lintRun) collect() ([]lintJob, int) {
	paths := lr.o.paths
	if len(paths) == 0 {
		paths = []string{"."}
	}
	code := exitOK
	var jobs []lintJob
	var cfgErr error
	excluded := func(path string) bool {
		cfg, err := lr.configForDir(filepath.Dir(path))
		if err != nil {
			cfgErr = err
			return true
		}
		if cfg.Excluded(path) {
			lr.skip(path, "excluded by "+cfg.Path)
			return true
		}
		return false
	}
	add := func(j lintJob) {
		cfg, err := lr.configForDir(filepath.Dir(j.path))
		if err != nil {
			cfgErr = err
			return
		}
		j.cfg = cfg
		jobs = append(jobs, j)
	}
	for _, p := range paths {
		if cfgErr != nil {
			break
		}
		if p == "-" {
			src, err := io.ReadAll(lr.e.stdin)
			if err != nil {
				fmt.Fprintf(lr.e.stderr, "junoslint lint: reading standard input: %v\n", err)
				code = worst(code, exitInternal)
				continue
			}
			name := lr.o.stdinName
			lookup := name
			if name == "" {
				name, lookup = stdinName, "stdin"
			}
			if lr.o.stdinName != "" && excluded(lookup) {
				continue
			}
			cfg, err := lr.configForDir(filepath.Dir(lookup))
			if err != nil {
				cfgErr = err
				break
			}
			jobs = append(jobs, lintJob{name: name, src: src, cfg: cfg})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			fmt.Fprintf(lr.e.stderr, "junoslint lint: %v\n", err)
			code = worst(code, exitInternal)
			continue
		}
		if !st.IsDir() {
			if !excluded(p) {
				add(lintJob{name: p, path: p})
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(lr.e.stderr, "junoslint lint: %v\n", err)
				code = worst(code, exitInternal)
				return nil
			}
			if cfgErr != nil {
				return filepath.SkipAll
			}
			if d.IsDir() {
				if path != p && (isVCSDir(d.Name()) || excluded(path)) {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				lr.skip(path, "not a regular file")
				return nil
			}
			if d.Name() != lint.ConfigFileName && !excluded(path) {
				add(lintJob{name: path, path: path, walked: true})
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(lr.e.stderr, "junoslint lint: %v\n", err)
			code = worst(code, exitInternal)
		}
	}
	if cfgErr != nil {
		fmt.Fprintf(lr.e.stderr, "junoslint lint: %v\n", cfgErr)
		return nil, exitUsage
	}
	return sortJobs(jobs), code
}

// sortJobs orders jobs by cleaned path and drops repeats of one file.
func sortJobs(jobs []lintJob) []lintJob {
	key := func(j *lintJob) string {
		if j.path == "" {
			return ""
		}
		return filepath.Clean(j.path)
	}
	sort.SliceStable(jobs, func(a, b int) bool { return key(&jobs[a]) < key(&jobs[b]) })
	out := jobs[:0]
	for i := range jobs {
		if n := len(out); n > 0 && jobs[i].path != "" && key(&out[n-1]) == key(&jobs[i]) {
			continue
		}
		out = append(out, jobs[i])
	}
	return out
}

// sniffBytes is how much of a file readSniffed looks at first.
const sniffBytes = 64 << 10

// readSniffed reads the file at path when its first 64 KiB look like Junos
// configuration text; otherwise it says why not. A regular file is read
// into one buffer of its size, its head first; a walk over many small
// files then allocates and zeroes no more than they hold.
func readSniffed(path string) ([]byte, bool, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false, "", err
	}
	defer f.Close()
	room := sniffBytes
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && int64(int(st.Size())) == st.Size() {
		room = int(st.Size()) + 1 // one byte more, to see the end without growing
	}
	// Not MakeAligned: a walk reuses the buffer's memory for the next
	// files, and the runtime zeroes all of an allocation each time.
	buf := hugepage.Make[byte](room)
	n, err := io.ReadFull(f, buf[:min(sniffBytes, cap(buf))])
	buf = buf[:n]
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, false, "", fmt.Errorf("reading %s: %w", path, err)
	}
	if ok, why := lint.Sniff(buf); !ok {
		return nil, false, why, nil
	}
	if err != nil {
		return buf, true, "", nil // the file ended within its head
	}
	if buf, err = readRest(f, buf); err != nil {
		return nil, false, "", fmt.Errorf("reading %s: %w", path, err)
	}
	return buf, true, "", nil
}
