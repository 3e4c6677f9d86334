// Package corpus finds the shared corpus of real Junos configurations that
// tests read. The corpus lives outside the repository at ../shared/corpus; a
// fresh clone has none, so callers skip their tests when Dir reports false.
package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Dir returns the corpus directory, searched upwards from the working
// directory as ../shared/corpus of the repository root, and whether it exists.
// JUNOSLINT_CORPUS overrides the search.
func Dir() (string, bool) {
	if d := os.Getenv("JUNOSLINT_CORPUS"); d != "" {
		st, err := os.Stat(d)
		return d, err == nil && st.IsDir()
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			c := filepath.Join(d, "..", "shared", "corpus")
			st, err := os.Stat(c)
			return c, err == nil && st.IsDir()
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Files returns the config files below dir/sub (sorted), leaving out the
// LICENSES folder, MANIFEST.tsv and SOURCES.md.
func Files(dir string, subs ...string) ([]string, error) {
	var out []string
	for _, sub := range subs {
		root := filepath.Join(dir, sub)
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() == "LICENSES" {
					return filepath.SkipDir
				}
				return nil
			}
			base := d.Name()
			if base == "MANIFEST.tsv" || base == "SOURCES.md" || strings.HasPrefix(base, ".") {
				return nil
			}
			out = append(out, p)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(out)
	return out, nil
}

// Largest returns the path and content of the largest config file below
// dir/sub, or an error when there is none.
func Largest(dir, sub string) (string, []byte, error) {
	files, err := Files(dir, sub)
	if err != nil {
		return "", nil, err
	}
	best, size := "", int64(-1)
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Size() > size {
			best, size = f, st.Size()
		}
	}
	if best == "" {
		return "", nil, fs.ErrNotExist
	}
	src, err := os.ReadFile(best)
	return best, src, err
}
