package lsp

import (
	"fmt"
	"strings"
	"testing"
)

func TestFoldingRange(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // startLine-endLine[kind], 0-based, in the server's order
	}{
		{"blocks", "system {\n    services {\n        ssh;\n    }\n    host-name a;\n}\ninterfaces { ge-0/0/0 { mtu 1500; } }\n",
			"0-4 1-2"},
		{"comments", "# one\n# two\n# three\nsystem {\n    /* a long\n       annotation */\n    host-name a;\n    # alone\n}\n",
			"0-2[comment] 3-7 4-5[comment]"},
		{"set runs", "set system host-name a\nset system domain-name b\nset interfaces ge-0/0/0 mtu 1500\nset interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24\nset interfaces ge-0/0/1 mtu 1500\nset system ntp server 192.0.2.123\n",
			"0-1[region] 2-4[region] 2-3[region]"},
	}
	c := newTestClient(t, Options{})
	c.initialize(nil)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uri := c.open(fmt.Sprintf("fold%d.conf", i), tt.text)
			var folds []FoldingRange
			c.mustCall(methodFoldingRange, FoldingRangeParams{TextDocument: TextDocumentIdentifier{URI: uri}}, &folds)
			var got []string
			for _, f := range folds {
				s := fmt.Sprintf("%d-%d", f.StartLine, f.EndLine)
				if f.Kind != "" {
					s += "[" + f.Kind + "]"
				}
				got = append(got, s)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("folds %s, want %s", g, tt.want)
			}
		})
	}
}
