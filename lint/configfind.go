package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// ConfigFinder finds the configuration that applies to a file: the nearest
// .junoslint.yaml in the file's directory or one of its parents (the
// nearest one only; files are not merged). Lookups are cached per
// directory. It is safe for concurrent use.
type ConfigFinder struct {
	rules []*Rule
	mu    sync.Mutex
	dirs  map[string]found
}

type found struct {
	cfg *Config
	err error
}

// NewConfigFinder returns a finder that validates configurations against
// rules (every rule the program knows).
func NewConfigFinder(rules []*Rule) *ConfigFinder {
	return &ConfigFinder{rules: rules, dirs: map[string]found{}}
}

// ForFile returns the configuration for the file at path, nil when no
// configuration file lies above it.
func (f *ConfigFinder) ForFile(path string) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("find config for %s: %w", path, err)
	}
	return f.ForDir(filepath.Dir(abs))
}

// ForDir returns the configuration for files in dir, nil when no
// configuration file lies in dir or above it.
func (f *ConfigFinder) ForDir(dir string) (*Config, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("find config for %s: %w", dir, err)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	r := f.lookup(abs)
	return r.cfg, r.err
}

// lookup walks up from the absolute directory dir; f.mu is held.
func (f *ConfigFinder) lookup(dir string) found {
	if r, ok := f.dirs[dir]; ok {
		return r
	}
	var r found
	p := filepath.Join(dir, ConfigFileName)
	if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
		r.cfg, r.err = LoadConfig(p, f.rules)
	} else if parent := filepath.Dir(dir); parent != dir {
		r = f.lookup(parent)
	}
	f.dirs[dir] = r
	return r
}
