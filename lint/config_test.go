package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // substrings of the error, each with file:line:col where it matters
	}{
		{"unknown top-level key", "version: 1\nrule:\n  PKI001: off\n", []string{`cfg.yaml:2:1: unknown key "rule" (known keys: version, rules, options, exclude); did you mean "rules"?`}},
		{"two unknown keys", "version: 1\nfoo: 1\nbar: 2\n", []string{`cfg.yaml:2:1: unknown key "foo"`, `cfg.yaml:3:1: unknown key "bar"`}},
		{"missing version", "rules:\n  TST001: off\n", []string{`cfg.yaml:1:1: missing "version: 1"`}},
		{"wrong version", "version: 2\n", []string{`cfg.yaml:1:10: unsupported version "2"`}},
		{"empty file", "", []string{`cfg.yaml:1:1: empty configuration`}},
		{"not yaml", "version: [1\n", []string{`config cfg.yaml: yaml:`}},
		{"unknown rule", "version: 1\nrules:\n  TST010: off\n", []string{`cfg.yaml:3:3: rules: "TST010" names no rule; did you mean "TST001"?`}},
		{"glob naming nothing", "version: 1\nrules:\n  \"PKI*\": off\n", []string{`cfg.yaml:3:3: rules: "PKI*" names no rule`}},
		{"bad severity", "version: 1\nrules:\n  TST001: fatal\n", []string{`cfg.yaml:3:11: rules: TST001: "fatal" is not off, info, warning or error`}},
		{"syntax-error cannot be turned off", "version: 1\nrules:\n  syntax-error: off\n", []string{`cfg.yaml:3:17: rules: syntax-error cannot be turned off`}},
		{"rules not a mapping", "version: 1\nrules: [TST001]\n", []string{`cfg.yaml:2:8: rules must be a mapping`}},
		{"duplicate key", "version: 1\nrules:\n  TST001: off\n  TST001: error\n", []string{`cfg.yaml:4:3: duplicate key "TST001" in rules`}},
		{"options of unknown rule", "version: 1\noptions:\n  nope:\n    limit: 1\n", []string{`cfg.yaml:3:3: options: "nope" is not a rule code or name`}},
		{"unknown option", "version: 1\noptions:\n  TST001:\n    limt: 1\n", []string{`cfg.yaml:4:5: unknown option "limt" for rule TST001 (known: limit, label); did you mean "limit"?`}},
		{"option of a rule without options", "version: 1\noptions:\n  TST002:\n    limit: 1\n", []string{`cfg.yaml:4:5: unknown option "limit": rule TST002 has no options`}},
		{"integer option", "version: 1\noptions:\n  TST001:\n    limit: ten\n", []string{`cfg.yaml:4:12: option limit of TST001 must be an integer, not "ten"`}},
		{"exclude not a list", "version: 1\nexclude: old/\n", []string{`cfg.yaml:2:10: exclude must be a list of path globs`}},
		{"bad exclude glob", "version: 1\nexclude:\n  - \"a/[b\"\n", []string{`cfg.yaml:3:5: exclude: bad glob`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig("cfg.yaml", []byte(tt.yaml), WithEngineRules(testRules()))
			if err == nil {
				t.Fatalf("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n\t%v\ndoes not contain\n\t%s", err, w)
				}
			}
		})
	}
}

func TestConfigRules(t *testing.T) {
	rs := WithEngineRules(testRules())
	byCode := func(c string) *Rule { return FindRule(rs, c) }
	tests := []struct {
		name string
		yaml string
		// per rule code: "off", or the configured severity, or "" (not set)
		want map[string]string
	}{
		{"nothing set", "version: 1\n", map[string]string{"TST001": "", "TST002": "", "SYN001": ""}},
		{"by code and name", "version: 1\nrules:\n  TST001: off\n  test-no-ntp: info\n",
			map[string]string{"TST001": "off", "TST002": "info", "TST003": ""}},
		{"codes ignore case", "version: 1\nrules:\n  tst001: error\n", map[string]string{"TST001": "error"}},
		{"glob", "version: 1\nrules:\n  \"TST*\": info\n", map[string]string{"TST001": "info", "TST003": "info", "SUP001": ""}},
		{"exact beats glob whatever the order", "version: 1\nrules:\n  TST002: error\n  \"TST*\": off\n",
			map[string]string{"TST001": "off", "TST002": "error"}},
		{"longer glob beats shorter", "version: 1\nrules:\n  \"TST00*\": warning\n  \"*\": off\n",
			map[string]string{"TST001": "warning", "SUP001": "off", "SYN001": ""}},
		{"name glob", "version: 1\nrules:\n  \"test-*\": info\n", map[string]string{"TST002": "info"}},
		{"a glob does not turn syntax-error off", "version: 1\nrules:\n  \"*\": off\n", map[string]string{"SYN001": "", "TST001": "off"}},
		{"syntax-error severity may change", "version: 1\nrules:\n  SYN001: warning\n", map[string]string{"SYN001": "warning"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseConfig("cfg.yaml", []byte(tt.yaml), rs)
			if err != nil {
				t.Fatal(err)
			}
			for code, want := range tt.want {
				r := byCode(code)
				got := ""
				if !c.Enabled(r) {
					got = "off"
				} else if s, ok := c.SeverityOf(r); ok {
					got = s.String()
				}
				if got != want {
					t.Errorf("%s: got %q, want %q", code, got, want)
				}
			}
		})
	}
	var nilCfg *Config
	if !nilCfg.Enabled(byCode("TST001")) || nilCfg.RuleOptions(byCode("TST001")) != nil || nilCfg.Excluded("x") {
		t.Errorf("a nil Config is not the default")
	}
}

func TestConfigOptions(t *testing.T) {
	rs := WithEngineRules(testRules())
	c, err := ParseConfig("cfg.yaml", []byte("version: 1\noptions:\n  test-host-name:\n    limit: 20\n    label: lab\n"), rs)
	if err != nil {
		t.Fatal(err)
	}
	got := c.RuleOptions(FindRule(rs, "TST001"))
	if got["limit"] != "20" || got["label"] != "lab" || len(got) != 2 {
		t.Errorf("options = %v", got)
	}
	p := NewPass(FindRule(rs, "TST001"), nil, nil, got, nil)
	if p.IntOption("limit", 0) != 20 || p.Option("label") != "lab" {
		t.Errorf("pass options: limit %d, label %q", p.IntOption("limit", 0), p.Option("label"))
	}
	p = NewPass(FindRule(rs, "TST001"), nil, nil, nil, nil)
	if p.IntOption("limit", 0) != 10 {
		t.Errorf("default option not used: %d", p.IntOption("limit", 0))
	}
}

func TestExclude(t *testing.T) {
	dir := t.TempDir()
	c, err := ParseConfig(filepath.Join(dir, ".junoslint.yaml"),
		[]byte("version: 1\nexclude:\n  - archive/**\n  - \"*.bak\"\n  - lab\n  - sites/*/old.conf\n  - \"**/tmp/*.set\"\n"), WithEngineRules(testRules()))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want bool
	}{
		{"archive/r1.conf", true},
		{"archive/2024/r1.conf", true},
		{"archive", true},
		{"archived/r1.conf", false},
		{"r1.conf.bak", true},
		{"sites/ams/r1.conf.bak", true},
		{"lab/r1.conf", true},
		{"sites/lab/r1.conf", true},
		{"sites/ams/old.conf", true},
		{"sites/ams/new.conf", false},
		{"sites/ams/x/old.conf", false},
		{"tmp/a.set", true},
		{"x/y/tmp/a.set", true},
		{"x/y/tmp/a.conf", false},
		{"r1.conf", false},
	}
	for _, tt := range tests {
		if got := c.Excluded(filepath.Join(dir, filepath.FromSlash(tt.path))); got != tt.want {
			t.Errorf("Excluded(%s) = %v, want %v", tt.path, got, tt.want)
		}
	}
	if c.Excluded(filepath.Join(filepath.Dir(dir), "archive", "x.conf")) {
		t.Errorf("a path outside the config's directory was excluded")
	}
}

func TestConfigFinder(t *testing.T) {
	root := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("repo/.junoslint.yaml", "version: 1\nrules:\n  TST001: off\n")
	write("repo/sites/ams/r1.conf", "")
	write("repo/lab/.junoslint.yaml", "version: 1\n")
	write("repo/broken/.junoslint.yaml", "version: 1\nrulez: {}\n")
	write("other/r2.conf", "")
	rs := WithEngineRules(testRules())
	f := NewConfigFinder(rs)
	tst := FindRule(rs, "TST001")
	c, err := f.ForFile(filepath.Join(root, "repo/sites/ams/r1.conf"))
	if err != nil || c == nil || c.Enabled(tst) || c.Path != filepath.Join(root, "repo", ".junoslint.yaml") {
		t.Errorf("nearest config above not found: %+v, %v", c, err)
	}
	c, err = f.ForDir(filepath.Join(root, "repo/lab"))
	if err != nil || c == nil || !c.Enabled(tst) {
		t.Errorf("the nearer config does not win: %+v, %v", c, err)
	}
	if _, err := f.ForDir(filepath.Join(root, "repo/broken/deeper")); err == nil || !strings.Contains(err.Error(), `.junoslint.yaml:2:1: unknown key "rulez"`) {
		t.Errorf("broken config: err = %v", err)
	}
	if c, err := f.ForFile(filepath.Join(root, "other/r2.conf")); err != nil || c != nil {
		// a .junoslint.yaml above the temp dir would break this; there is none in a test sandbox
		t.Errorf("config found where there is none: %+v, %v", c, err)
	}
}

func TestSelection(t *testing.T) {
	rs := WithEngineRules(testRules())
	tests := []struct {
		sel     Selection
		want    string
		wantErr string
	}{
		{Selection{}, "TST001 TST002 TST003 SYN001 SUP001", ""},
		{Selection{Select: []string{"TST002"}}, "TST002 SYN001", ""},
		{Selection{Select: []string{"test-*"}, Ignore: []string{"TST002"}}, "TST001 TST003 SYN001", ""},
		{Selection{Ignore: []string{"SYN001", "SUP*"}}, "TST001 TST002 TST003 SYN001", ""},
		{Selection{Select: []string{"tst003"}}, "TST003 SYN001", ""},
		{Selection{Select: []string{"TST0001"}}, "", `"TST0001" names no rule; did you mean "TST001"?`},
		{Selection{Ignore: []string{"[x"}}, "", "bad glob"},
	}
	for _, tt := range tests {
		got, err := tt.sel.Apply(rs)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%+v: err = %v, want %q", tt.sel, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		var codes []string
		for _, r := range got {
			codes = append(codes, r.Code)
		}
		if s := strings.Join(codes, " "); s != tt.want {
			t.Errorf("%+v: got %s, want %s", tt.sel, s, tt.want)
		}
	}
}
