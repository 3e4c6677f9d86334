package lsp

import (
	"fmt"
	"slices"
	"testing"
)

// at names a place in a fixture: the n-th occurrence of needle, delta
// bytes in.
type at struct {
	needle string
	n      int
	delta  int
}

// lineOf renders a location as "line:character" (1-based line, 0-based
// UTF-16 character) for compact comparisons.
func lineOf(l Location) string {
	return fmt.Sprintf("%d:%d", l.Range.Start.Line+1, l.Range.Start.Character)
}

func TestDefinition(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	text := readTestdata(t, "objects.conf")
	uri := c.open("objects.conf", text)
	tests := []struct {
		name string
		from at
		want []string // line:character of the definitions
	}{
		{"rest certificate-authority", at{"certificate-authority ROOT-CA", 0, 23}, []string{"33:19"}},
		{"web-management mtls ca-profile", at{"ca-profile ROOT-CA;", 0, 12}, []string{"33:19"}},
		{"trusted-ca-group member", at{"[ ROOT-CA", 0, 3}, []string{"33:19"}},
		{"trap ca-identity", at{"ca-identity ROOT-CA", 0, 13}, []string{"33:19"}},
		{"ca-profile-name", at{"ca-profile-name ROOT-CA", 0, 17}, []string{"33:19"}},
		{"deprecated ca-profile", at{"ca-profile ROOT-CA;", 1, 12}, []string{"33:19"}},
		{"undefined ca-profile", at{"OTHER-CA", 0, 1}, nil},
		{"the definition itself", at{"ca-profile ROOT-CA {", 0, 12}, []string{"33:19"}},
		{"apply-groups", at{"apply-groups COMMON", 0, 14}, []string{"2:4"}},
		{"filter input", at{"input PROTECT-RE", 0, 7}, []string{"95:15"}},
		{"filter output", at{"output COUNT", 0, 8}, []string{"106:11"}},
		{"prefix-list in a policy", at{"prefix-list MGMT-HOSTS;", 0, 13}, []string{"80:16"}},
		{"source-prefix-list member", at{"MGMT-HOSTS;", 1, 1}, []string{"80:16"}},
		{"policy in an expression", at{"&& REJECT-ALL", 0, 4}, []string{"89:21"}},
		{"policy in an expression, first", at{"( EXPORT-STATIC", 0, 3}, []string{"83:21"}},
		{"policy in a leaf-list", at{"[ EXPORT-STATIC ]", 0, 3}, []string{"83:21"}},
		{"import", at{"import REJECT-ALL", 0, 8}, []string{"89:21"}},
		{"routing-instance", at{"routing-instance MGMT", 0, 18}, []string{"113:4"}},
		{"interface unit", at{"interface ge-0/0/0.0;", 0, 11}, []string{"59:13"}},
		{"interface unit of lo0", at{"interface lo0.0", 0, 11}, []string{"69:13"}},
		{"not a name", at{"instance-type", 0, 2}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var locs []Location
			c.mustCall(methodDefinition, TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Position: posOf(t, text, tt.from.needle, tt.from.n, tt.from.delta)}, &locs)
			var got []string
			for _, l := range locs {
				if l.URI != uri {
					t.Errorf("location in %s", l.URI)
				}
				got = append(got, lineOf(l))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("definitions %v, want %v", got, tt.want)
			}
		})
	}
}
