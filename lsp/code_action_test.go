package lsp

import (
	"slices"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/lint"
	"github.com/junoslint/junoslint/lint/rules"
)

// cliFix returns text after the preferred safe fixes, as the command line
// applies them (`junoslint fix --write`): the fix of the finding with code
// only, or of every finding when code is "".
func cliFix(t *testing.T, name, text, code string) string {
	t.Helper()
	l, err := lint.NewLinter(rules.All(), lint.Selection{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := l.Lint(name, []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if code == "" {
		o, err := l.FixAll(res, nil, func(fx fix.Fix) bool { return fx.Applicability == fix.Safe })
		if err != nil {
			t.Fatal(err)
		}
		return string(o.Src)
	}
	var groups [][]fix.Edit
	for _, d := range res.Diagnostics {
		if len(d.Fixes) == 0 || d.Code != code {
			continue
		}
		es, err := fix.TextEdits(res.File, d.Fixes[0], l.Schema())
		if err != nil {
			t.Fatal(err)
		}
		groups = append(groups, es)
	}
	out, _ := fix.ApplyFixes([]byte(text), groups)
	if g := grammar.Parse(name, out); len(g.Errors) > 0 {
		t.Fatalf("fixed text does not parse: %v", g.Errors)
	}
	return string(out)
}

// actionsAt asks for the code actions at the first occurrence of needle.
func actionsAt(t *testing.T, c *testClient, uri DocumentURI, text, needle string, only []string) []CodeAction {
	t.Helper()
	p := posOf(t, text, needle, 0, 0)
	var out []CodeAction
	c.mustCall(methodCodeAction, CodeActionParams{
		TextDocument: TextDocumentIdentifier{URI: uri},
		Range:        Range{Start: p, End: p},
		Context:      CodeActionContext{Only: only},
	}, &out)
	return out
}

func TestCodeActionQuickFixes(t *testing.T) {
	tests := []struct {
		file   string
		needle string // where the cursor is
		code   string // the finding there
		// fixed must appear in the text after the preferred fix; when
		// gone is set, the finding must be gone too
		fixed string
		gone  bool
		// ignoreLine is the line the ignore directive is inserted as
		ignoreLine string
		// copied is the text of the copy command
		copied string
	}{
		{
			file: "pki.conf", needle: "scep-digest-algorithm md5", code: "PKI002",
			fixed:      "sha1",
			ignoreLine: "                    # junoslint:ignore PKI002 <reason>\n                    scep-digest-algorithm md5;",
			copied:     "set security pki auto-re-enrollment scep certificate-id fw1-rest scep-digest-algorithm sha1\n",
		},
		{
			file: "pki.set", needle: "scep-digest-algorithm md5", code: "PKI002",
			fixed:      "scep-digest-algorithm sha1\n",
			ignoreLine: "# junoslint:ignore PKI002 <reason>\nset security pki auto-re-enrollment scep certificate-id fw1-rest scep-digest-algorithm md5",
			copied:     "set security pki auto-re-enrollment scep certificate-id fw1-rest scep-digest-algorithm sha1\n",
		},
		{
			file: "pki.conf", needle: "rsa-with-3des-ede-cbc-sha", code: "REST005",
			fixed: "cipher-list ecdhe-rsa-with-aes-256-gcm-sha384;", gone: true,
			ignoreLine: "                # junoslint:ignore REST005 <reason>\n                cipher-list [",
			copied:     "delete system services rest https cipher-list rsa-with-3des-ede-cbc-sha\n",
		},
	}
	c := newTestClient(t, Options{})
	c.initialize(nil)
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.code, func(t *testing.T) {
			text := readTestdata(t, tt.file)
			uri := c.open(tt.file, text)
			c.waitDiagnostics(uri, 1)
			actions := actionsAt(t, c, uri, text, tt.needle, nil)
			var fixA, ignoreA, copyA *CodeAction
			for i, a := range actions {
				if a.Kind != kindQuickFix {
					continue
				}
				if len(a.Diagnostics) != 1 || a.Diagnostics[0].Code != tt.code {
					continue
				}
				switch {
				case a.Edit != nil && strings.HasPrefix(a.Title, "Ignore"):
					ignoreA = &actions[i]
				case a.Edit != nil && fixA == nil:
					fixA = &actions[i]
				case a.Command != nil:
					copyA = &actions[i]
				}
			}
			if fixA == nil || ignoreA == nil || copyA == nil {
				t.Fatalf("actions %+v: want a fix, an ignore and a copy action for %s", actions, tt.code)
			}
			if !fixA.IsPreferred {
				t.Errorf("the safe fix is not preferred")
			}
			fixed := applyTextEdits(t, text, workspaceEdits(fixA.Edit, uri))
			if want := cliFix(t, tt.file, text, tt.code); fixed != want {
				t.Errorf("after %q:\n%s\nwant what junoslint fix writes:\n%s", fixA.Title, fixed, want)
			}
			if !strings.Contains(fixed, tt.fixed) {
				t.Errorf("after %q, no %q:\n%s", fixA.Title, tt.fixed, fixed)
			}
			for _, f := range cliFindings(t, tt.file, fixed) {
				if tt.gone && strings.HasPrefix(f, tt.code) {
					t.Errorf("%s still found after the fix: %s", tt.code, f)
				}
			}
			ignored := applyTextEdits(t, text, workspaceEdits(ignoreA.Edit, uri))
			if !strings.Contains(ignored, tt.ignoreLine) {
				t.Errorf("ignore directive not inserted as %q:\n%s", tt.ignoreLine, ignored)
			}
			for _, f := range cliFindings(t, tt.file, strings.ReplaceAll(ignored, "<reason>", "tested")) {
				if strings.HasPrefix(f, tt.code) || strings.HasPrefix(f, "SUP001") {
					t.Errorf("after the ignore directive: %s", f)
				}
			}
			var copied string
			c.mustCall(methodExecuteCommand, ExecuteCommandParams{Command: copyA.Command.Command, Arguments: copyA.Command.Arguments}, &copied)
			if copied != tt.copied {
				t.Errorf("copied %q, want %q", copied, tt.copied)
			}
		})
	}
}

func TestCodeActionOnly(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(nil)
	text := readTestdata(t, "pki.conf")
	uri := c.open("pki.conf", text)
	c.waitDiagnostics(uri, 1)
	tests := []struct {
		only      []string
		wantKinds []string // the distinct kinds returned, sorted
	}{
		{nil, []string{kindQuickFix, kindFixAllJunoslint}},
		{[]string{"quickfix"}, []string{kindQuickFix}},
		{[]string{"source"}, []string{kindFixAllJunoslint}},
		{[]string{"source.fixAll"}, []string{kindFixAllJunoslint}},
		{[]string{"source.fixAll.junoslint"}, []string{kindFixAllJunoslint}},
		{[]string{"source.organizeImports"}, nil},
		{[]string{"refactor"}, nil},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.only, ","), func(t *testing.T) {
			var kinds []string
			for _, a := range actionsAt(t, c, uri, text, "scep-digest-algorithm md5", tt.only) {
				if !slices.Contains(kinds, a.Kind) {
					kinds = append(kinds, a.Kind)
				}
			}
			slices.Sort(kinds)
			if !slices.Equal(kinds, tt.wantKinds) {
				t.Errorf("kinds %v, want %v", kinds, tt.wantKinds)
			}
		})
	}
}

func TestCodeActionFixAll(t *testing.T) {
	c := newTestClient(t, Options{})
	c.initialize(&ClientCapabilities{Workspace: &struct {
		WorkspaceEdit *struct {
			DocumentChanges bool `json:"documentChanges"`
		} `json:"workspaceEdit,omitempty"`
	}{WorkspaceEdit: &struct {
		DocumentChanges bool `json:"documentChanges"`
	}{DocumentChanges: true}}})
	for _, file := range []string{"pki.conf", "pki.set"} {
		t.Run(file, func(t *testing.T) {
			text := readTestdata(t, file)
			uri := c.open(file, text)
			c.waitDiagnostics(uri, 1)
			actions := actionsAt(t, c, uri, text, "system", []string{"source.fixAll"})
			if len(actions) != 1 {
				t.Fatalf("actions %+v", actions)
			}
			we := actions[0].Edit
			if len(we.DocumentChanges) != 1 || we.DocumentChanges[0].TextDocument.Version == nil || *we.DocumentChanges[0].TextDocument.Version != 1 {
				t.Fatalf("want a versioned edit, got %+v", we)
			}
			fixed := applyTextEdits(t, text, workspaceEdits(we, uri))
			if want := cliFix(t, file, text, ""); fixed != want {
				t.Errorf("after fix-all:\n%s\nwant what junoslint fix --write writes:\n%s", fixed, want)
			}
			// The weak cipher (a safe fix) is gone; PKI004 (needs input)
			// stays.
			got := cliFindings(t, file, fixed)
			if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "REST005") }) ||
				!slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "PKI004") }) {
				t.Errorf("after fix-all: %v\n%s", got, fixed)
			}
		})
	}
	// Deleting enable-explorer and adding control connection-limit touch
	// the same text: a second round applies the other, as the CLI does.
	t.Run("vqfx-services.conf", func(t *testing.T) {
		text := readTestdata(t, "vqfx-services.conf")
		uri := c.open("vqfx-services.conf", text)
		c.waitDiagnostics(uri, 1)
		actions := actionsAt(t, c, uri, text, "system", []string{"source.fixAll"})
		if len(actions) != 1 || actions[0].Title != "Apply all safe junoslint fixes (2)" {
			t.Fatalf("actions %+v", actions)
		}
		fixed := applyTextEdits(t, text, workspaceEdits(actions[0].Edit, uri))
		if want := cliFix(t, "vqfx-services.conf", text, ""); fixed != want {
			t.Errorf("after fix-all:\n%s\nwant what junoslint fix --write writes:\n%s", fixed, want)
		}
		got := cliFindings(t, "vqfx-services.conf", fixed)
		if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "REST006") || strings.HasPrefix(s, "REST008") }) {
			t.Errorf("after fix-all: %v\n%s", got, fixed)
		}
	})
}
