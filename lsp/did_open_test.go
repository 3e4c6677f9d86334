package lsp

import (
	"slices"
	"strings"
	"testing"
)

func TestDidOpenPublishesCLIFindings(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	tests := []struct {
		file      string
		wantCodes []string // the codes the CLI reports, checked so the fixture keeps meaning something
	}{
		{"pki.conf", []string{"PKI004", "REST005", "PKI002"}},
		{"pki.set", []string{"PKI004", "REST005", "PKI002"}},
		{"clean.conf", nil},
		// Syntax errors are reported and the rest of the file is linted.
		{"broken.conf", []string{"PKI004", "SYN001", "SYN001", "REST005", "PKI002"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			text := readTestdata(t, tt.file)
			cli := cliFindings(t, tt.file, text)
			var codes []string
			for _, f := range cli {
				codes = append(codes, strings.Fields(f)[0])
			}
			if !slices.Equal(codes, tt.wantCodes) {
				t.Fatalf("CLI findings %v, want codes %v", cli, tt.wantCodes)
			}
			uri := c.open(tt.file, text)
			pub := c.waitDiagnostics(uri, 1)
			if got := lspFindings(text, pub.params.Diagnostics); !slices.Equal(got, cli) {
				t.Errorf("published %v, CLI says %v", got, cli)
			}
			if len(cli) == 0 && !strings.Contains(pub.raw, `"diagnostics":[]`) {
				t.Errorf("clean document published %s, want an empty list", pub.raw)
			}
			for _, d := range pub.params.Diagnostics {
				if d.Source != "junoslint" || d.CodeDescription == nil || !strings.HasSuffix(d.CodeDescription.Href, "#"+strings.ToLower(d.Code)) {
					t.Errorf("diagnostic %s: source %q, codeDescription %+v", d.Code, d.Source, d.CodeDescription)
				}
				if d.Severity < SeverityError || d.Severity > SeverityInformation {
					t.Errorf("diagnostic %s: severity %d", d.Code, d.Severity)
				}
			}
		})
	}
}

func TestDiagnosticDetails(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	text := readTestdata(t, "pki.conf")
	uri := c.open("pki.conf", text)
	ds := c.waitDiagnostics(uri, 1).params.Diagnostics
	byCode := map[string]Diagnostic{}
	for _, d := range ds {
		byCode[d.Code] = d
	}

	// The inherited finding points into the group and names the
	// apply-groups that brought it in.
	inh, ok := byCode["PKI004"]
	if !ok {
		t.Fatalf("no PKI004 in %+v", ds)
	}
	if want := posOf(t, text, "ca-profile GROUP-CA", 0, 0); inh.Range.Start != want {
		t.Errorf("PKI004 starts at %+v, want %+v", inh.Range.Start, want)
	}
	if len(inh.RelatedInformation) != 1 || inh.RelatedInformation[0].Location.URI != uri ||
		inh.RelatedInformation[0].Location.Range.Start != posOf(t, text, "PKI-BASE JUMBO", 0, 0) ||
		!strings.Contains(inh.RelatedInformation[0].Message, "apply-groups PKI-BASE") {
		t.Errorf("PKI004 related information %+v", inh.RelatedInformation)
	}

	// Ranges are UTF-16: the md5 finding is on a plain line, but the
	// position of the line after the multi-byte description is exact.
	md5 := byCode["PKI002"]
	want := Range{Start: posOf(t, text, "scep-digest-algorithm md5", 0, 0), End: posOf(t, text, "scep-digest-algorithm md5", 0, len("scep-digest-algorithm md5"))}
	if md5.Range != want {
		t.Errorf("PKI002 range %+v, want %+v", md5.Range, want)
	}
	if md5.Severity != SeverityError {
		t.Errorf("PKI002 severity %d", md5.Severity)
	}
}
