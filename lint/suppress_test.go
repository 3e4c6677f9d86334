package lint

import (
	"strings"
	"testing"
)

func TestSuppressions(t *testing.T) {
	const hostFinding = `host-name "r1" (limit 10)`
	tests := []struct {
		name string
		src  string
		cfg  string
		sel  Selection
		want []string
	}{
		{
			name: "no directive",
			src:  "system {\n    host-name r1;\n    ntp;\n}\n",
			want: []string{"2:5 TST001 warning: " + hostFinding},
		},
		{
			name: "own line applies to the next statement",
			src:  "system {\n    # junoslint:ignore TST001 lab router, name set by ZTP\n    host-name r1;\n    ntp;\n}\n",
			want: []string{},
		},
		{
			name: "own line by rule name",
			src:  "system {\n    # junoslint:ignore test-host-name lab router\n    host-name r1;\n    ntp;\n}\n",
			want: []string{},
		},
		{
			name: "own line above a block covers the block",
			src:  "# junoslint:ignore TST001,TST002 template, filled in later\nsystem {\n    host-name r1;\n}\n",
			want: []string{},
		},
		{
			name: "own line covers only the next statement",
			src:  "interfaces {\n    # junoslint:ignore TST003 known\n    ge-0/0/0 {\n        description a;\n    }\n    ge-0/0/1 {\n        description b;\n    }\n}\n",
			want: []string{`7:9 TST003 warning: interface ge-0/0/1 has description "b"`},
		},
		{
			name: "end of line applies to that line",
			src:  "system {\n    host-name r1; # junoslint:ignore TST001 lab router\n    ntp;\n}\n",
			want: []string{},
		},
		{
			name: "end of line on a block's opening line",
			src:  "system { # junoslint:ignore TST002 no ntp on this lab box\n    host-name r1; # junoslint:ignore TST001 lab\n}\n",
			want: []string{},
		},
		{
			name: "end of line does not reach the next line",
			src:  "system { # junoslint:ignore TST001 wrong line\n    host-name r1;\n    ntp;\n}\n",
			want: []string{
				"1:10 SUP001 info: unused suppression of TST001 (test-host-name): no such finding here; remove it",
				"2:5 TST001 warning: " + hostFinding,
			},
		},
		{
			name: "annotation",
			src:  "system {\n    /* junoslint:ignore TST001 survives commit */\n    host-name r1;\n    ntp;\n}\n",
			want: []string{},
		},
		{
			name: "file level",
			src:  "## Last changed: today\n# junoslint:ignore-file TST001 fleet-wide naming exception\nsystem {\n    host-name r1;\n    ntp;\n}\n",
			want: []string{},
		},
		{
			name: "file level after the first statement does not apply",
			src:  "system {\n    host-name r1;\n    ntp;\n}\n# junoslint:ignore-file TST001 too late\ninterfaces {\n    ge-0/0/0;\n}\n",
			want: []string{
				"2:5 TST001 warning: " + hostFinding,
				"5:1 SUP001 info: junoslint:ignore-file must come before the first statement; it suppresses nothing here",
			},
		},
		{
			name: "missing reason: reported and suppresses nothing",
			src:  "system {\n    # junoslint:ignore TST001\n    host-name r1;\n    ntp;\n}\n",
			want: []string{
				"2:5 SUP001 info: suppression of TST001 has no reason, so it suppresses nothing; write why after the rule",
				"3:5 TST001 warning: " + hostFinding,
			},
		},
		{
			name: "unused",
			src:  "system {\n    # junoslint:ignore TST001 not needed\n    ntp;\n}\n",
			want: []string{"2:5 SUP001 info: unused suppression of TST001 (test-host-name): no such finding here; remove it"},
		},
		{
			name: "unused file level",
			src:  "# junoslint:ignore-file TST003 nothing to hide\nsystem {\n    ntp;\n}\n",
			want: []string{"1:1 SUP001 info: unused file-level suppression of TST003 (test-description): no such finding in this file; remove it"},
		},
		{
			name: "partly used list",
			src:  "system {\n    # junoslint:ignore TST001,TST003 half of it\n    host-name r1;\n    ntp;\n}\n",
			want: []string{"2:5 SUP001 info: unused suppression of TST003 (test-description): no such finding here; remove it"},
		},
		{
			name: "unknown rule",
			src:  "system {\n    # junoslint:ignore TST01 typo\n    host-name r1;\n    ntp;\n}\n",
			want: []string{
				`2:5 SUP001 info: suppression names unknown rule "TST01"; did you mean "TST001"?`,
				"3:5 TST001 warning: " + hostFinding,
			},
		},
		{
			name: "unknown directive",
			src:  "system {\n    # junoslint:ignorefile TST001 typo\n    host-name r1;\n    ntp;\n}\n",
			want: []string{
				`2:5 SUP001 info: unknown directive "junoslint:ignorefile" (want junoslint:ignore or junoslint:ignore-file); did you mean "ignore-file"?`,
				"3:5 TST001 warning: " + hostFinding,
			},
		},
		{
			name: "syntax-error cannot be suppressed",
			src:  "# junoslint:ignore-file SYN001 sorry\nsystem {\n    ntp;\n",
			want: []string{
				"1:1 SUP001 info: syntax-error cannot be suppressed; correct the text instead",
				"SYN001",
			},
		},
		{
			name: "set file: own line applies to the next line only",
			src:  "set system ntp server 192.0.2.1\n# junoslint:ignore TST003 provider's naming\nset interfaces ge-0/0/0 description a\nset interfaces ge-0/0/1 description b\n",
			want: []string{`4:16 TST003 warning: interface ge-0/0/1 has description "b"`},
		},
		{
			name: "set file: end of line",
			src:  "set system ntp\nset system host-name r1 # junoslint:ignore TST001 lab\n",
			want: []string{},
		},
		{
			name: "a rule that did not run leaves its suppressions alone",
			src:  "system {\n    # junoslint:ignore TST001 lab\n    host-name r1;\n    ntp;\n}\n",
			sel:  Selection{Select: []string{"TST002", "SUP001"}},
			want: []string{},
		},
		{
			name: "rule turned off in the config: its suppressions are not unused",
			src:  "system {\n    # junoslint:ignore TST001 lab\n    host-name r1;\n    ntp;\n}\n",
			cfg:  "version: 1\nrules:\n  TST001: off\n",
			want: []string{},
		},
		{
			name: "SUP001 off: broken directives still suppress nothing",
			src:  "system {\n    # junoslint:ignore TST001\n    host-name r1;\n    ntp;\n}\n",
			cfg:  "version: 1\nrules:\n  unused-suppression: off\n",
			want: []string{"3:5 TST001 warning: " + hostFinding},
		},
		{
			name: "SUP001 findings can be suppressed for the file",
			src:  "# junoslint:ignore-file SUP001 generated file\nsystem {\n    # junoslint:ignore TST001 not needed\n    ntp;\n}\n",
			want: []string{},
		},
		{
			name: "ordinary comments mentioning junoslint are not directives",
			src:  "# see junoslint:ignore in the docs\nsystem {\n    ntp;\n}\n",
			want: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cfg *Config
			if tt.cfg != "" {
				var err error
				if cfg, err = ParseConfig("t.yaml", []byte(tt.cfg), WithEngineRules(testRules())); err != nil {
					t.Fatal(err)
				}
			}
			got := lintText(t, "t.conf", tt.src, cfg, tt.sel)
			if n := len(tt.want); n > 0 && tt.want[n-1] == "SYN001" {
				// The parser words the syntax error; check it is there.
				found := false
				rest := []string{}
				for _, g := range got {
					if strings.Contains(g, " SYN001 error: ") {
						found = true
					} else {
						rest = append(rest, g)
					}
				}
				if !found {
					t.Errorf("syntax error suppressed: %q", got)
				}
				got, tt.want = rest, tt.want[:n-1]
			}
			equalLines(t, got, tt.want)
		})
	}
}
