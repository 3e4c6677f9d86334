package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/internal/corpus"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		src  string
		ok   bool
	}{
		{"curly", "system {\n    host-name r1;\n}\n", true},
		{"curly with header", "## Last changed: 2025-03-04\nversion 23.4R1;\nsystem {\n    host-name r1;\n}\n", true},
		{"rancid header", "#RANCID-CONTENT-TYPE: juniper\n#\nset system host-name r1\n", true},
		{"set", "set system host-name r1\nset interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24\n", true},
		{"inactive curly", "inactive: system {\n    host-name r1;\n}\n", true},
		{"fragment", "ca-profile CORP {\n    ca-identity CORP;\n    enrollment {\n        url http://ca/;\n    }\n}\n", false},
		{"nginx", "server {\n    listen 80;\n    location / {\n        proxy_pass http://127.0.0.1:8080;\n    }\n}\n", false},
		{"huge first line", "system {\n    host-name \"" + strings.Repeat("x", 100<<10) + "\";\n}\n", true},
		{"annotation first", "/* managed by netops\n   do not edit */\nsystem {\n    host-name r1;\n}\n", true},
		{"byte order mark", "\xef\xbb\xbfsystem {\n    host-name r1;\n}\n", true},
		{"crlf", "system {\r\n    host-name r1;\r\n}\r\n", true},
		{"utf-16", "\xff\xfes\x00y\x00s\x00t\x00e\x00m\x00", false},
		{"empty", "", false},
		{"blank", "\n\n  \n", false},
		{"comments only", "# nothing here\n# at all\n", false},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00", false},
		{"prose", "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n\nTERMS AND CONDITIONS\n", false},
		{"tsv", "file\tsource_repo\tpath\ncurly/a.conf\tbatfish/batfish\tx\n", false},
		{"go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n}\n", false},
		{"css", "body {\n    color: red;\n    margin: 0;\n}\n", false},
		{"json", "{\n  \"a\": 1,\n  \"b\": [1, 2]\n}\n", false},
		{"yaml", "version: 1\nrules:\n  PKI001: off\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, why := Sniff([]byte(tt.src))
			if ok != tt.ok {
				t.Errorf("Sniff = %v (%q), want %v", ok, why, tt.ok)
			}
			if !ok && why == "" {
				t.Errorf("Sniff said no without a reason")
			}
		})
	}
}

// TestSniffCorpus: every configuration of the corpus is recognised, and the
// corpus's own licence texts and manifest are not.
func TestSniffCorpus(t *testing.T) {
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found")
	}
	files, err := corpus.Files(dir, "curly", "set", "pki", "pairs", "preprocess")
	if err != nil {
		t.Fatal(err)
	}
	var missed []string
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if ok, why := Sniff(src); !ok {
			missed = append(missed, p+": "+why)
		}
	}
	if len(missed) > 0 {
		t.Errorf("%d of %d corpus configurations not recognised:\n%s", len(missed), len(files), strings.Join(missed, "\n"))
	}
	others, _ := filepath.Glob(filepath.Join(dir, "LICENSES", "*"))
	others = append(others, filepath.Join(dir, "MANIFEST.tsv"), filepath.Join(dir, "SOURCES.md"))
	for _, p := range others {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if ok, _ := Sniff(src); ok {
			t.Errorf("%s taken for a Junos configuration", p)
		}
	}
}
