package lint

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/junoslint/junoslint/internal/digest"
)

// Baseline records findings a team has accepted, so that only new ones are
// reported. A finding is keyed by file path, rule code, configuration path
// and a hash of its message: not by line, so edits elsewhere in the file do
// not invalidate it. The same key may be recorded several times; that many
// findings with the key are hidden per file.
type Baseline struct {
	counts map[baselineKey]int
	info   map[baselineKey]BaselineEntry
}

type baselineKey struct {
	path, code, configPath, hash string
}

// BaselineEntry is one recorded finding kind, as stored in the file.
type BaselineEntry struct {
	Path        string `json:"path"`        // slash-separated, relative to the baseline file's directory
	Code        string `json:"code"`        // rule code
	Rule        string `json:"rule"`        // rule name, for readers
	ConfigPath  string `json:"config_path"` // configuration path of the finding
	MessageHash string `json:"message_hash"`
	Message     string `json:"message"` // for readers; matching uses MessageHash
	Count       int    `json:"count"`   // findings with this key
}

type baselineFile struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// NewBaseline returns an empty baseline.
func NewBaseline() *Baseline {
	return &Baseline{counts: map[baselineKey]int{}, info: map[baselineKey]BaselineEntry{}}
}

// MessageHash returns the hash a baseline stores for a message: the first 16
// hex digits of its SHA-256.
func MessageHash(msg string) string {
	h := digest.Sum256([]byte(msg))
	return hex.EncodeToString(h[:8])
}

func keyOf(path string, d *Diagnostic) baselineKey {
	return baselineKey{path: path, code: d.Code, configPath: d.ConfigPath, hash: MessageHash(d.Message)}
}

// Add records the finding d of the file at path (slash-separated, relative
// to the baseline file's directory).
func (b *Baseline) Add(path string, d Diagnostic) {
	k := keyOf(path, &d)
	b.counts[k]++
	if _, ok := b.info[k]; !ok {
		b.info[k] = BaselineEntry{Path: path, Code: d.Code, Rule: d.Rule, ConfigPath: d.ConfigPath, MessageHash: k.hash, Message: d.Message}
	}
}

// Len returns the number of findings recorded.
func (b *Baseline) Len() int {
	n := 0
	for _, c := range b.counts {
		n += c
	}
	return n
}

// Filter returns the findings of the file at path that the baseline does
// not hide, in their order; when more findings share a key than were
// recorded, the first ones are hidden. It does not change b, so it may be
// called for several files at once.
func (b *Baseline) Filter(path string, diags []Diagnostic) []Diagnostic {
	if b == nil || len(b.counts) == 0 {
		return diags
	}
	seen := map[baselineKey]int{}
	var out []Diagnostic
	for i := range diags {
		k := keyOf(path, &diags[i])
		if seen[k] < b.counts[k] {
			seen[k]++
			continue
		}
		out = append(out, diags[i])
	}
	return out
}

// Write writes b as indented JSON, entries sorted by path, code,
// configuration path and hash.
func (b *Baseline) Write(w io.Writer) error {
	f := baselineFile{Version: 1, Findings: []BaselineEntry{}}
	for k, n := range b.counts {
		e := b.info[k]
		e.Count = n
		f.Findings = append(f.Findings, e)
	}
	sort.Slice(f.Findings, func(i, j int) bool {
		a, c := f.Findings[i], f.Findings[j]
		if a.Path != c.Path {
			return a.Path < c.Path
		}
		if a.Code != c.Code {
			return a.Code < c.Code
		}
		if a.ConfigPath != c.ConfigPath {
			return a.ConfigPath < c.ConfigPath
		}
		return a.MessageHash < c.MessageHash
	})
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// ReadBaseline reads a baseline written by [Baseline.Write].
func ReadBaseline(r io.Reader) (*Baseline, error) {
	var f baselineFile
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("read baseline: unsupported version %d (want 1)", f.Version)
	}
	b := NewBaseline()
	for _, e := range f.Findings {
		if e.Path == "" || e.Code == "" || e.MessageHash == "" {
			return nil, fmt.Errorf("read baseline: entry without path, code or message_hash")
		}
		k := baselineKey{path: e.Path, code: e.Code, configPath: e.ConfigPath, hash: e.MessageHash}
		n := e.Count
		if n < 1 {
			n = 1
		}
		b.counts[k] += n
		if _, ok := b.info[k]; !ok {
			b.info[k] = e
		}
	}
	return b, nil
}
