package format_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/corpus"
)

// TestSetLinesLean checks that display set printed from ParseConfig's lean
// tree, which keeps an origin only for a quoted word that quoting its value
// would not reproduce, equals the lines printed from Parse's tree, which
// keeps every origin: on quoted words of every kind and on the corpus.
func TestSetLinesLean(t *testing.T) {
	tests := []struct{ name, src string }{
		{"plain quoted", "interfaces { ge-0/0/0 { description \"uplink to core\"; } }\n"},
		{"quoted without need", "system { host-name \"r1\"; }\n"},
		{"escaped quote and backslash", "system { login { message \"say \\\"hi\\\" \\\\ now\"; } }\n"},
		{"other backslash", "snmp { description \"a\\tb\"; }\n"},
		{"escaped line breaks", "security { certificates { local { c \"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\"; } } }\n"},
		{"junos variable alone", "interfaces { ge-0/0/0 { unit 0 { family inet { filter { input \"$junos-input-filter\"; } } } } }\n"},
		{"junos variable among words", "x { y \"$junos-interface-name\" z; }\n"},
		{"quoted list members", "policy-options { community c members [ \"65000:1\" \"a b\" 65000:2 ]; }\n"},
		{"set commands", "set system host-name \"r 1\"\nset interfaces ge-0/0/0 description \"a \\\"b\\\"\"\nset x \"$junos-y\"\n"},
		{"quoted, then bare", "x { y \"z\"; }\nx { y z; }\n"},
		{"bare, then quoted", "x { y z; }\nx { y \"z\"; }\n"},
		{"quoted in a block word", "groups { \"<ge-*>\" { interfaces { \"<ge-*>\" { mtu 9000; } } } }\n"},
	}
	for _, tt := range tests {
		lean := fmtParser.ParseConfig("t.conf", []byte(tt.src))
		full := fmtParser.Parse("t.conf", []byte(tt.src))
		if len(full.Errors) > 0 {
			t.Fatalf("%s: %v", tt.name, full.Errors[0])
		}
		got, want := string(format.SetLines(lean.Config, format.SetOptions{})), string(format.SetLines(full.Config, format.SetOptions{}))
		if got != want {
			t.Errorf("%s: from ParseConfig\n%s\nfrom Parse\n%s", tt.name, got, want)
		}
	}
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus); skipping the corpus part")
	}
	files, err := corpus.Files(dir, "curly", "set", "pairs", "pki", "preprocess")
	if err != nil {
		t.Fatal(err)
	}
	p := grammar.NewParser(nil)
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		full := p.Parse(path, src)
		if len(full.Errors) > 0 {
			continue
		}
		lean := p.ParseConfig(path, src)
		if string(format.SetLines(lean.Config, format.SetOptions{})) != string(format.SetLines(full.Config, format.SetOptions{})) {
			t.Errorf("%s: display set from ParseConfig differs from Parse's", filepath.Base(path))
		}
	}
}
