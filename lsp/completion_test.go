package lsp

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// cursor marks the cursor in completion fixtures.
const cursor = "▮"

func TestCompletion(t *testing.T) {
	const pkiHead = "security {\n    pki {\n        ca-profile CORP {\n            ca-identity c;\n        }\n        ca-profile LAB {\n            ca-identity l;\n        }\n"
	tests := []struct {
		name string
		text string // with one cursor mark
		// first are the labels the list must start with, in order; has
		// labels it must hold; not labels it must not hold
		first, has, not []string
		deprecated      []string // labels marked deprecated
		partial         string   // the word the items replace
	}{
		{name: "ca-profile-name offers the defined ca-profiles",
			text:  pkiHead + "        auto-re-enrollment {\n            scep {\n                certificate-id c1 {\n                    ca-profile-name " + cursor + "\n                }\n            }\n        }\n    }\n}\n",
			first: []string{"CORP", "LAB"}},
		{name: "partial reference",
			text:  pkiHead + "        auto-re-enrollment {\n            scep {\n                certificate-id c1 {\n                    ca-profile-name LA" + cursor + "\n                }\n            }\n        }\n    }\n}\n",
			first: []string{"LAB"}, not: []string{"CORP"}, partial: "LA"},
		{name: "scep digest: sha1 first, md5 deprecated",
			text:  "security { pki { auto-re-enrollment { scep { certificate-id c1 { scep-digest-algorithm " + cursor + " } } } } }\n",
			first: []string{"sha1", "md5"}, deprecated: []string{"md5"}},
		{name: "scep encryption",
			text:  "set security pki auto-re-enrollment scep certificate-id c1 scep-encryption-algorithm " + cursor + "\n",
			first: []string{"des3", "des"}, deprecated: []string{"des"}},
		{name: "cipher list: AEAD first, weak deprecated",
			text:  "system {\n    services {\n        rest {\n            https {\n                cipher-list [ ecdhe-rsa-with-aes-256-gcm-sha384 " + cursor + " ];\n",
			first: []string{"ecdhe-rsa-with-aes-128-gcm-sha256"}, has: []string{"rsa-with-rc4-128-md5"},
			not: []string{"ecdhe-rsa-with-aes-256-gcm-sha384"}, deprecated: []string{"rsa-with-rc4-128-md5", "rsa-with-3des-ede-cbc-sha", "rsa-with-aes-128-cbc-sha"}},
		{name: "keywords in a ca-profile",
			text: pkiHead + "        ca-profile NEW {\n            " + cursor + "\n        }\n    }\n}\n",
			has:  []string{"ca-identity", "enrollment", "revocation-check", "source-address", "routing-instance"}, not: []string{"ca-profile-name", "CORP"}},
		{name: "keywords by prefix in an entry",
			text:    "set security pki auto-re-enrollment scep certificate-id c1 re-enroll-t" + cursor + "\n",
			first:   []string{"re-enroll-trigger-time-percentage", "re-enroll-time"},
			not:     []string{"re-generate-keypair"},
			partial: "re-enroll-t"},
		{name: "deprecated keyword",
			text:       "set security pki auto-re-enrollment scep certificate-id c1 " + cursor + "\n",
			has:        []string{"ca-profile-name", "challenge-password", "scep-digest-algorithm", "ca-profile"},
			not:        []string{"acme-key-id"},
			deprecated: []string{"ca-profile"}},
		{name: "rest keywords",
			text: "set system services rest " + cursor + "\n",
			has:  []string{"http", "https", "control", "enable-explorer", "routing-instance"}},
		{name: "rest mutual authentication offers ca-profiles",
			text:  "set security pki ca-profile ROOT ca-identity r\nset system services rest https mutual-authentication certificate-authority " + cursor + "\n",
			first: []string{"ROOT"}},
		{name: "set file definition name offers existing names",
			text:  "set security pki ca-profile ROOT ca-identity r\nset security pki ca-profile " + cursor + "\n",
			first: []string{"ROOT"}},
		{name: "top level",
			text:  "sys" + cursor + "\n",
			first: []string{"system"}, partial: "sys"},
		{name: "apply-groups offers groups",
			text:  "groups {\n    G1 {\n        system { host-name x; }\n    }\n    G2 { }\n}\nsystem {\n    apply-groups " + cursor + "\n}\n",
			first: []string{"G1", "G2"}},
		{name: "filter input offers filters",
			text:  "firewall { family inet { filter F1 { term t { then accept; } } } }\ninterfaces { lo0 { unit 0 { family inet { filter { input " + cursor + " } } } } }\n",
			first: []string{"F1"}},
		{name: "inside a group",
			text: "groups {\n    G {\n        security {\n            pki {\n                ca-profile X {\n                    enrollment {\n                        " + cursor + "\n",
			has:  []string{"url", "retry", "retry-interval"}},
		{name: "nothing in a quoted value",
			text: "set system services rest https server-certificate \"ab" + cursor + "\n"},
	}
	c := newTestClient(t, Options{})
	c.initialize(nil)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := strings.Index(tt.text, cursor)
			text := tt.text[:at] + tt.text[at+len(cursor):]
			uri := c.open(fmt.Sprintf("complete%d.conf", i), text)
			pos := NewMapper([]byte(text)).Position(at)
			var list CompletionList
			c.mustCall(methodCompletion, CompletionParams{TextDocumentPositionParams: TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Position: pos}}, &list)
			var labels []string
			dep := map[string]bool{}
			for _, it := range list.Items {
				labels = append(labels, it.Label)
				dep[it.Label] = it.Deprecated && slices.Equal(it.Tags, []int{1})
				if it.TextEdit == nil || it.TextEdit.Range.End != pos ||
					it.TextEdit.Range.Start != (Position{pos.Line, pos.Character - uint32(len(tt.partial))}) || it.TextEdit.NewText != it.Label {
					t.Errorf("item %q: edit %+v does not replace %q before the cursor", it.Label, it.TextEdit, tt.partial)
				}
			}
			if len(tt.first)+len(tt.has) == 0 && len(labels) > 0 {
				t.Errorf("items %v, want none", labels)
			}
			if len(labels) < len(tt.first) || !slices.Equal(labels[:len(tt.first)], tt.first) {
				t.Errorf("items %v, want them to start with %v", labels, tt.first)
			}
			for _, h := range tt.has {
				if !slices.Contains(labels, h) {
					t.Errorf("items %v lack %q", labels, h)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(labels, n) {
					t.Errorf("items %v hold %q", labels, n)
				}
			}
			for _, d := range tt.deprecated {
				if !dep[d] {
					t.Errorf("%q is not marked deprecated", d)
				}
			}
			for _, f := range tt.first {
				if dep[f] && !slices.Contains(tt.deprecated, f) {
					t.Errorf("%q marked deprecated", f)
				}
			}
		})
	}
}

func TestCompletionKeywordsInUse(t *testing.T) {
	const text = "interfaces {\n    ge-0/0/0 {\n        unit 0 {\n            family inet {\n                address 192.0.2.1/24;\n                filter { input F; }\n            }\n        }\n    }\n    ge-0/0/1 {\n        mtu 9192;\n        unit 5 {\n            family inet {\n                " + cursor + "\n            }\n        }\n    }\n}\n"
	c := newTestClient(t, Options{})
	c.initialize(nil)
	at := strings.Index(text, cursor)
	clean := text[:at] + text[at+len(cursor):]
	uri := c.open("inuse.conf", clean)
	var list CompletionList
	c.mustCall(methodCompletion, CompletionParams{TextDocumentPositionParams: TextDocumentPositionParams{TextDocument: TextDocumentIdentifier{URI: uri}, Position: NewMapper([]byte(clean)).Position(at)}}, &list)
	var labels []string
	for _, it := range list.Items {
		labels = append(labels, it.Label)
	}
	// From ge-0/0/0's unit 0 first: the keywords, not the address value;
	// then the other keywords the schema knows below family inet.
	if len(labels) < 3 || !slices.Equal(labels[:2], []string{"address", "filter"}) {
		t.Fatalf("items %v, want [address filter …]", labels)
	}
	for _, want := range []string{"mtu", "no-redirects", "rpf-check"} {
		if !slices.Contains(labels[2:], want) {
			t.Errorf("items %v lack the schema keyword %q", labels, want)
		}
	}
	if slices.Contains(labels, "192.0.2.1/24") {
		t.Errorf("items %v offer a value", labels)
	}
}
