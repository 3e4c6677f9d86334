package lsp

import (
	"strings"
	"testing"
)

func TestHover(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	text := readTestdata(t, "pki.conf")
	uri := c.open("pki.conf", text)
	c.waitDiagnostics(uri, 1)
	set := readTestdata(t, "pki.set")
	setURI := c.open("pki.set", set)
	c.waitDiagnostics(setURI, 1)

	tests := []struct {
		name   string
		uri    DocumentURI
		text   string
		needle string
		n      int // occurrence
		delta  int
		want   []string // substrings of the hover text; none: no hover
	}{
		{"finding and enum value", uri, text, "md5", 0, 1, []string{
			"**PKI002** `scep-weak-digest` (error)", "[PKI002 documentation](https://", "docs/rules.md#pki002",
			"**scep-digest-algorithm**", "`md5`: MD5: broken",
		}},
		{"range and default", uri, text, "retry 10", 0, 2, []string{
			"**retry**", "security pki ca-profile CORP-CA enrollment retry", "Range: 0–1080", "Default: 10",
		}},
		{"CIS item", uri, text, "mutual-authentication", 0, 3, []string{"**mutual-authentication**", "CIS Juniper OS Benchmark 6.10.5.4 (L2)"}},
		{"STIG item", uri, text, "refresh-interval", 0, 0, []string{"Range: 0–8784 hours", "JUNI-ND-001430"}},
		{"reference to a ca-profile", uri, text, "ca-profile-name CORP-CA", 0, 17, []string{
			"**ca-profile-name**", "ca-profile `CORP-CA`: defined on line 46; 2 references",
		}},
		{"inherited statements", uri, text, "ge-0/0/0", 0, 2, []string{
			"**Inherited from groups** (1 statement", "mtu 9192  ## from group JUMBO", "`apply-groups JUMBO` on line 24",
		}},
		{"inherited finding in a group", uri, text, "GROUP-CA", 0, 0, []string{"PKI004", "(inherited from group PKI-BASE)"}},
		{"group definition", uri, text, "JUMBO {", 0, 0, []string{"group `JUMBO`: defined on line 16; 1 reference"}},
		{"set file keyword", setURI, set, "re-enroll-trigger-time-percentage", 0, 1, []string{"Range: 1–99 (percent)", "23.1R1"}},
		{"set file inheritance", setURI, set, "ge-0/0/0 description", 0, 1, []string{"mtu 9192  ## from group JUMBO", "on line 6"}},
		{"nothing to say", uri, text, "host-name fw1", 0, 11, nil},
		{"brace", uri, text, "system {", 0, 7, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h *Hover
			c.mustCall(methodHover, TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: tt.uri}, Position: posOf(t, tt.text, tt.needle, tt.n, tt.delta)}, &h)
			if len(tt.want) == 0 {
				if h != nil {
					t.Errorf("hover %q, want none", h.Contents.Value)
				}
				return
			}
			if h == nil {
				t.Fatalf("no hover, want %q", tt.want)
			}
			if h.Contents.Kind != "markdown" {
				t.Errorf("kind %q", h.Contents.Kind)
			}
			for _, w := range tt.want {
				if !strings.Contains(h.Contents.Value, w) {
					t.Errorf("hover lacks %q:\n%s", w, h.Contents.Value)
				}
			}
		})
	}
}

func TestKeywordTree(t *testing.T) {
	root := keywordTree()
	tests := []struct {
		path  string
		name  string
		state walkState
	}{
		{"security pki ca-profile X enrollment retry", "retry", walkKeyword},
		{"security pki ca-profile X enrollment retry 10", "retry", walkValue},
		{"security pki ca-profile X", "ca-profile", walkName},
		{"security pki auto-re-enrollment scep certificate-id C scep-digest-algorithm md5", "scep-digest-algorithm", walkValue},
		{"security pki auto-re-enrollment certificate-id C validity-period", "validity-period", walkKeyword},
		{"system services rest https cipher-list a b", "cipher-list", walkValue},
		{"system services rest enable-explorer x", "", walkUnknown},
		{"system services rest https nonsense", "", walkUnknown},
		{"security pki revocation-check", "", walkUnknown},
		{"", "", walkKeyword},
	}
	for _, tt := range tests {
		k, st := walkKeywords(root, strings.Fields(tt.path))
		name := ""
		if k != nil {
			name = k.name
		}
		if name != tt.name || st != tt.state {
			t.Errorf("%q: %q %d, want %q %d", tt.path, name, st, tt.name, tt.state)
		}
	}
	// Every documented keyword says something.
	var check func(k *kwDoc, path string)
	check = func(k *kwDoc, path string) {
		if k.text == "" && !k.partial {
			t.Errorf("%s has no text", path)
		}
		for _, c := range k.children {
			check(c, path+" "+c.name)
		}
	}
	check(root.child("security").child("pki"), "security pki")
	check(root.child("system").child("services").child("rest"), "system services rest")
}
