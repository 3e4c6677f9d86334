package lsp

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// codes returns the codes of ds.
func codes(ds []Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

// TestConfigLookup checks that the server finds .junoslint.yaml the way
// the command line does (walking up from the file) and re-reads it when a
// saved configuration file is reported.
func TestConfigLookup(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	text := readTestdata(t, "pki.conf")
	sub := filepath.Join(c.dir, "site", "fw")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(c.dir, "site", ".junoslint.yaml")
	write := func(s string) {
		t.Helper()
		if err := os.WriteFile(cfg, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("version: 1\nrules:\n  PKI002: off\n  REST005: info\n")
	uri := pathURI(filepath.Join(sub, "fw1.conf"))
	c.notifyServer(methodDidOpen, DidOpenTextDocumentParams{TextDocument: TextDocumentItem{URI: uri, Version: 1, Text: text}})
	ds := c.waitDiagnostics(uri, 1).params.Diagnostics
	if got := codes(ds); !slices.Equal(got, []string{"PKI004", "REST005"}) {
		t.Fatalf("with PKI002 off: %v", got)
	}
	if ds[1].Severity != SeverityInformation {
		t.Errorf("REST005 severity %d, want information (set by the config)", ds[1].Severity)
	}

	// A broken configuration: one diagnostic says so, nothing is linted,
	// and the user is told once.
	write("version: 1\nrulez: {}\n")
	c.notifyServer(methodDidSave, DidSaveTextDocumentParams{TextDocument: TextDocumentIdentifier{URI: pathURI(cfg)}})
	p := c.waitPublication(uri, 2)
	if got := codes(p.params.Diagnostics); !slices.Equal(got, []string{"config"}) || !strings.Contains(p.params.Diagnostics[0].Message, "rulez") {
		t.Errorf("with a broken config: %+v", p.params.Diagnostics)
	}

	// Excluded files get no findings.
	write("version: 1\nexclude:\n  - fw/*.conf\n")
	c.notifyServer(methodDidChangeWatchedFiles, struct{}{})
	if p := c.waitPublication(uri, 3); len(p.params.Diagnostics) != 0 || !strings.Contains(p.raw, `"diagnostics":[]`) {
		t.Errorf("excluded file: %s", p.raw)
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.shown) != 1 || !strings.Contains(c.shown[0].Message, "rulez") {
		t.Errorf("messages shown: %+v", c.shown)
	}
}
