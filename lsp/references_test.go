package lsp

import (
	"slices"
	"testing"
)

func TestReferences(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	text := readTestdata(t, "objects.conf")
	uri := c.open("objects.conf", text)
	tests := []struct {
		name string
		from at
		decl bool
		want []string
	}{
		{"ca-profile from its definition", at{"ca-profile ROOT-CA {", 0, 12}, false,
			[]string{"16:42", "24:35", "38:26", "41:24", "48:36", "52:27"}},
		{"ca-profile with declaration", at{"ca-profile-name ROOT-CA", 0, 17}, true,
			[]string{"16:42", "24:35", "33:19", "38:26", "41:24", "48:36", "52:27"}},
		{"group", at{"COMMON {", 0, 0}, true, []string{"2:4", "10:13"}},
		{"prefix-list", at{"prefix-list MGMT-HOSTS {", 0, 13}, false, []string{"85:24", "99:24"}},
		{"firewall filter", at{"filter PROTECT-RE", 0, 8}, false, []string{"62:26", "72:26"}},
		{"policy in expressions and lists", at{"policy-statement EXPORT-STATIC", 0, 18}, false, []string{"117:30", "122:29"}},
		{"policy used twice", at{"policy-statement REJECT-ALL", 0, 18}, false, []string{"122:46", "123:27"}},
		{"routing-instance", at{"MGMT {", 0, 0}, false, []string{"35:29"}},
		{"interface and its units", at{"ge-0/0/0 {", 0, 0}, true, []string{"58:4", "115:18", "133:22"}},
		{"one unit", at{"interface lo0.0", 0, 11}, false, []string{"132:22"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ReferenceParams{TextDocumentPositionParams: TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Position: posOf(t, text, tt.from.needle, tt.from.n, tt.from.delta)}}
			p.Context.IncludeDeclaration = tt.decl
			var locs []Location
			c.mustCall(methodReferences, p, &locs)
			var got []string
			for _, l := range locs {
				got = append(got, lineOf(l))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("references %v, want %v", got, tt.want)
			}
		})
	}
}
