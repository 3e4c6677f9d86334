package lint

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ConfigFileName is the name of the configuration file looked up by walking
// up from each linted file.
const ConfigFileName = ".junoslint.yaml"

// Config is a validated configuration file. A nil *Config is the built-in
// default: every rule on at its default severity, default options, nothing
// excluded.
//
// The file has four keys:
//
//	version: 1
//	rules:               # code, name or glob -> off | info | warning | error
//	  PKI012: off
//	  "REST*": warning
//	options:             # rule code or name -> option -> value
//	  reenroll-trigger-missing:
//	    trigger-percentage: 20
//	exclude:             # path globs, relative to the file's directory
//	  - archive/**
//
// When several `rules` entries name one rule, an exact code or name wins over
// a glob, and a glob with more literal characters over a shorter one; on a
// tie the later entry wins. syntax-error cannot be turned off.
type Config struct {
	// Path is the file the configuration was read from.
	Path string
	// Dir is the absolute directory Exclude globs are relative to: the
	// directory holding the file.
	Dir string
	// Exclude holds path globs as written (slash-separated): `*` matches
	// within one path element, `**` any number of elements. A glob without a
	// slash matches any single path element (`*.bak`, `archive`).
	Exclude  []string
	settings map[string]ruleSetting       // by rule code
	options  map[string]map[string]string // by rule code
}

type ruleSetting struct {
	off bool
	sev Severity
}

// ConfigError is a problem in a configuration file at a 1-based line and
// column.
type ConfigError struct {
	File   string
	Line   int
	Column int
	Msg    string
}

// Error returns "file:line:column: message".
func (e *ConfigError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg)
}

// LoadConfig reads and validates the configuration file at path; rules are
// every rule the program knows, so that names and options can be checked.
func LoadConfig(path string, rules []*Rule) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return ParseConfig(path, data, rules)
}

// ParseConfig validates the configuration text data, read from path. Every
// problem found is returned, joined, each as a *ConfigError naming the
// file, line and column.
func ParseConfig(path string, data []byte, rules []*Rule) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	c := &Config{Path: path, Dir: filepath.Dir(abs)}
	p := &configParser{file: path, rules: rules, cfg: c}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	if len(bytes.TrimSpace(data)) == 0 || doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, &ConfigError{File: path, Line: 1, Column: 1, Msg: "empty configuration; write at least \"version: 1\""}
	}
	p.top(doc.Content[0])
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return c, nil
}

type configParser struct {
	file  string
	rules []*Rule
	cfg   *Config
	errs  []error
}

func (p *configParser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &ConfigError{File: p.file, Line: n.Line, Column: n.Column, Msg: fmt.Sprintf(format, args...)})
}

var topKeys = []string{"version", "rules", "options", "exclude"}

// pairs returns the key/value pairs of the mapping n, reporting duplicate
// and non-scalar keys. what names the mapping in messages.
func (p *configParser) pairs(n *yaml.Node, what string) [][2]*yaml.Node {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "%s must be a mapping", what)
		return nil
	}
	seen := map[string]bool{}
	var out [][2]*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.errorf(k, "keys of %s must be plain strings", what)
			continue
		}
		if seen[k.Value] {
			p.errorf(k, "duplicate key %q in %s", k.Value, what)
			continue
		}
		seen[k.Value] = true
		out = append(out, [2]*yaml.Node{k, v})
	}
	return out
}

func (p *configParser) top(n *yaml.Node) {
	var version *yaml.Node
	for _, kv := range p.pairs(n, "the configuration") {
		k, v := kv[0], kv[1]
		switch k.Value {
		case "version":
			version = v
			if v.Kind != yaml.ScalarNode || v.Value != "1" {
				p.errorf(v, "unsupported version %q; this junoslint reads version: 1", v.Value)
			}
		case "rules":
			p.rulesKey(v)
		case "options":
			p.optionsKey(v)
		case "exclude":
			p.excludeKey(v)
		default:
			p.errorf(k, "unknown key %q (known keys: %s)%s", k.Value, strings.Join(topKeys, ", "), suggestWord(k.Value, topKeys))
		}
	}
	if version == nil && n.Kind == yaml.MappingNode {
		p.errorf(n, "missing \"version: 1\"")
	}
}

func (p *configParser) rulesKey(n *yaml.Node) {
	type entry struct {
		pat  string
		set  ruleSetting
		spec int
	}
	var entries []entry
	for _, kv := range p.pairs(n, "rules") {
		k, v := kv[0], kv[1]
		if err := validPattern(k.Value); err != nil {
			p.errorf(k, "%v", err)
			continue
		}
		if !anyMatch(k.Value, p.rules) {
			p.errorf(k, "rules: %q names no rule%s", k.Value, suggestRule(k.Value, p.rules))
			continue
		}
		if v.Kind != yaml.ScalarNode {
			p.errorf(v, "rules: %s must be off, info, warning or error", k.Value)
			continue
		}
		var s ruleSetting
		if v.Value == "off" {
			s.off = true
			if !isGlob(k.Value) && FindRule(p.rules, k.Value) != nil && FindRule(p.rules, k.Value).Code == SyntaxErrorCode {
				p.errorf(v, "rules: %s cannot be turned off", k.Value)
				continue
			}
		} else {
			sev, err := ParseSeverity(v.Value)
			if err != nil {
				p.errorf(v, "rules: %s: %q is not off, info, warning or error", k.Value, v.Value)
				continue
			}
			s.sev = sev
		}
		entries = append(entries, entry{k.Value, s, specificity(k.Value)})
	}
	if len(entries) == 0 {
		return
	}
	p.cfg.settings = map[string]ruleSetting{}
	for _, r := range p.rules {
		best := -1
		for i, e := range entries {
			if matchRule(e.pat, r) && (best < 0 || e.spec >= entries[best].spec) {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		s := entries[best].set
		if s.off && r.Code == SyntaxErrorCode {
			continue // a glob such as "*": off leaves syntax-error on
		}
		p.cfg.settings[r.Code] = s
	}
}

func (p *configParser) optionsKey(n *yaml.Node) {
	for _, kv := range p.pairs(n, "options") {
		k, v := kv[0], kv[1]
		r := FindRule(p.rules, k.Value)
		if r == nil {
			p.errorf(k, "options: %q is not a rule code or name%s", k.Value, suggestRule(k.Value, p.rules))
			continue
		}
		known := make([]string, len(r.Options))
		for i, o := range r.Options {
			known[i] = o.Name
		}
		for _, okv := range p.pairs(v, "options of "+k.Value) {
			ok, ov := okv[0], okv[1]
			var opt *Option
			for i := range r.Options {
				if r.Options[i].Name == ok.Value {
					opt = &r.Options[i]
				}
			}
			if opt == nil {
				if len(known) == 0 {
					p.errorf(ok, "unknown option %q: rule %s has no options", ok.Value, r.Code)
				} else {
					p.errorf(ok, "unknown option %q for rule %s (known: %s)%s", ok.Value, r.Code, strings.Join(known, ", "), suggestWord(ok.Value, known))
				}
				continue
			}
			if ov.Kind != yaml.ScalarNode {
				p.errorf(ov, "option %s of %s must be a single value", ok.Value, r.Code)
				continue
			}
			if _, err := strconv.Atoi(opt.Default); err == nil {
				if _, err := strconv.Atoi(ov.Value); err != nil {
					p.errorf(ov, "option %s of %s must be an integer, not %q", ok.Value, r.Code, ov.Value)
					continue
				}
			}
			if p.cfg.options == nil {
				p.cfg.options = map[string]map[string]string{}
			}
			if p.cfg.options[r.Code] == nil {
				p.cfg.options[r.Code] = map[string]string{}
			}
			p.cfg.options[r.Code][ok.Value] = ov.Value
		}
	}
}

func (p *configParser) excludeKey(n *yaml.Node) {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "exclude must be a list of path globs")
		return
	}
	for _, v := range n.Content {
		if v.Kind != yaml.ScalarNode || v.Value == "" {
			p.errorf(v, "exclude: each entry must be a non-empty path glob")
			continue
		}
		if err := checkPathGlob(v.Value); err != nil {
			p.errorf(v, "exclude: %v", err)
			continue
		}
		p.cfg.Exclude = append(p.cfg.Exclude, v.Value)
	}
}

// suggestWord returns `; did you mean "X"?` for the word of known closest
// to s within edit distance 2, or "".
func suggestWord(s string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if d := editDistance(s, k); d < bestD {
			best, bestD = k, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", best)
}

// Enabled reports whether the configuration leaves r on.
func (c *Config) Enabled(r *Rule) bool {
	if c == nil || r.Code == SyntaxErrorCode {
		return true
	}
	return !c.settings[r.Code].off
}

// SeverityOf returns the severity the configuration sets for r, and whether
// it sets one. Without one, findings keep the severity the rule reported.
func (c *Config) SeverityOf(r *Rule) (Severity, bool) {
	if c == nil {
		return 0, false
	}
	s, ok := c.settings[r.Code]
	if !ok || s.off {
		return 0, false
	}
	return s.sev, true
}

// RuleOptions returns the options the configuration sets for r (the rule's
// defaults are not included; see [Pass.Option]). The map must not be changed.
func (c *Config) RuleOptions(r *Rule) map[string]string {
	if c == nil {
		return nil
	}
	return c.options[r.Code]
}

// Excluded reports whether the file or directory at path (absolute, or
// relative to the working directory) matches one of the Exclude globs.
// Paths outside Dir are never excluded.
func (c *Config) Excluded(path string) bool {
	if c == nil || len(c.Exclude) == 0 {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range c.Exclude {
		if matchPathGlob(g, rel) {
			return true
		}
	}
	return false
}
