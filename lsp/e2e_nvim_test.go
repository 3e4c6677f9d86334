package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/junoslint/junoslint/grammar"
)

// buildJunoslint builds the junoslint command into dir and returns its path.
func buildJunoslint(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "junoslint")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "../cmd/junoslint")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// e2eResult is what testdata/nvim/e2e.lua reports.
type e2eResult struct {
	Steps         []string `json:"steps"`
	Error         string   `json:"error"`
	DiagnosticsOK bool     `json:"diagnostics_ok"`
	Diagnostics   []struct {
		Code    string `json:"code"`
		Line    int    `json:"line"`
		Col     int    `json:"col"`
		Message string `json:"message"`
		Href    string `json:"href"`
	} `json:"diagnostics"`
	Actions []struct {
		Title   string `json:"title"`
		Kind    string `json:"kind"`
		HasEdit bool   `json:"has_edit"`
	} `json:"actions"`
	EditedOK   bool     `json:"edited_ok"`
	EditedText []string `json:"edited_text"`
	Edited     []struct {
		Code string `json:"code"`
		Line int    `json:"line"`
	} `json:"edited"`
	Hover     string   `json:"hover"`
	Copied    string   `json:"copied"`
	Symbols   []string `json:"symbols"`
	Formatted []string `json:"formatted"`
	Exited    bool     `json:"exited"`
	ExitCode  *int     `json:"exit_code"`
}

// TestNeovimEndToEnd runs the real server binary under headless Neovim 0.7
// (Debian's package; CI installs it) and checks that the editor gets what
// the command line prints: the same findings (codes and lines) as
// `junoslint lint`, a quick fix, a hover, the outline, formatting equal to
// `junoslint fmt`, and a clean exit.
func TestNeovimEndToEnd(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim not on PATH")
	}
	if testing.Short() {
		t.Skip("builds the binary and starts an editor")
	}
	dir := t.TempDir()
	bin := buildJunoslint(t, dir)
	work := filepath.Join(dir, "work")
	if err := os.Mkdir(work, 0o755); err != nil {
		t.Fatal(err)
	}
	cfgText := readTestdata(t, "pki.conf")
	cfg := filepath.Join(work, "fw1.conf")
	messy := filepath.Join(work, "messy.conf")
	if err := os.WriteFile(cfg, []byte(cfgText), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(messy, []byte(readTestdata(t, "messy.conf")), 0o644); err != nil {
		t.Fatal(err)
	}
	script, err := filepath.Abs(filepath.Join("testdata", "nvim", "e2e.lua"))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "result.json")

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-c", "luafile "+script)
	cmd.Dir = work
	cmd.Env = append(os.Environ(),
		"E2E_SERVER="+bin, "E2E_CONFIG="+cfg, "E2E_MESSY="+messy, "E2E_OUT="+out, "E2E_CODE=PKI002",
		"XDG_STATE_HOME="+dir, "XDG_CACHE_HOME="+dir, "XDG_DATA_HOME="+dir, "XDG_CONFIG_HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, b)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("no result from the editor: %v", err)
	}
	var res e2eResult
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("result %s: %v", raw, err)
	}
	if res.Error != "" {
		t.Fatalf("script failed after steps %v: %s", res.Steps, res.Error)
	}

	// Diagnostics: the same codes on the same lines as `junoslint lint`.
	if !res.DiagnosticsOK {
		t.Fatalf("no diagnostics reached the editor")
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, fmt.Sprintf("%s:%d", d.Code, d.Line))
		if !strings.Contains(d.Href, "#"+strings.ToLower(d.Code)) {
			t.Errorf("%s: codeDescription.href %q", d.Code, d.Href)
		}
	}
	cli := cliJSON(t, bin, work, "fw1.conf")
	var want []string
	for _, d := range cli.Files[0].Diagnostics {
		want = append(want, fmt.Sprintf("%s:%d", d.Code, d.Line))
	}
	sort.Strings(got)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("editor diagnostics %v, junoslint lint %v", got, want)
	}
	if len(want) == 0 {
		t.Fatal("the fixture has no findings")
	}

	// A quick fix for PKI002, titled as the CLI titles its fix.
	var fixTitle, fixCommands string
	for _, d := range cli.Files[0].Diagnostics {
		if d.Code == "PKI002" && d.Fix != nil {
			fixTitle = d.Fix.Title
			fixCommands = strings.Join(d.Fix.Commands, "\n") + "\n"
		}
	}
	if res.Copied != fixCommands {
		t.Errorf("copied set commands %q, junoslint lint --format json says %q", res.Copied, fixCommands)
	}
	found := false
	for _, a := range res.Actions {
		if a.Kind == kindQuickFix && a.HasEdit && a.Title == fixTitle {
			found = true
		}
	}
	if fixTitle == "" || !found {
		t.Errorf("no quick fix %q among %+v", fixTitle, res.Actions)
	}

	if !strings.Contains(res.Hover, "PKI002") || !strings.Contains(res.Hover, "scep-digest-algorithm") {
		t.Errorf("hover %q", res.Hover)
	}

	// The outline lists the top-level statements: blocks by their words,
	// leaves by their keyword.
	var top []string
	for _, st := range grammar.Parse("fw1.conf", []byte(cfgText)).Stmts {
		if st.HasBlock {
			top = append(top, strings.Join(st.WordValues(), " "))
		} else {
			top = append(top, st.Keyword())
		}
	}
	if !slices.Equal(res.Symbols, top) {
		t.Errorf("symbols %v, want %v", res.Symbols, top)
	}

	// After edits in the unsaved buffer, the editor shows what the CLI says
	// of the buffer's text.
	if !res.EditedOK {
		t.Errorf("the diagnostics did not follow the edit: %+v", res.Edited)
	}
	edited := strings.Join(res.EditedText, "\n") + "\n"
	if !strings.HasPrefix(edited, "# 😀 é 日本 edited\n") || !strings.Contains(edited, "scep-digest-algorithm sha1;") {
		t.Fatalf("edited buffer:\n%s", edited)
	}
	if err := os.WriteFile(filepath.Join(work, "edited.conf"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	got = nil
	for _, d := range res.Edited {
		got = append(got, fmt.Sprintf("%s:%d", d.Code, d.Line))
	}
	want = nil
	for _, d := range cliJSON(t, bin, work, "edited.conf").Files[0].Diagnostics {
		want = append(want, fmt.Sprintf("%s:%d", d.Code, d.Line))
	}
	sort.Strings(got)
	sort.Strings(want)
	if !slices.Equal(got, want) || len(want) == 0 {
		t.Errorf("after the edit: editor %v, junoslint lint %v", got, want)
	}

	// Formatting gives exactly what `junoslint fmt` prints.
	fmtOut, err := exec.Command(bin, "fmt", messy).Output()
	if err != nil {
		t.Fatalf("junoslint fmt: %v", err)
	}
	if gotFmt := strings.Join(res.Formatted, "\n") + "\n"; gotFmt != string(fmtOut) {
		t.Errorf("formatted in the editor:\n%s\njunoslint fmt:\n%s", gotFmt, fmtOut)
	}
	if bytes.Equal(fmtOut, []byte(readTestdata(t, "messy.conf"))) {
		t.Error("the messy fixture is already formatted")
	}

	if !res.Exited || res.ExitCode == nil || *res.ExitCode != 0 {
		t.Errorf("server exit: exited %v code %v (steps %v)", res.Exited, res.ExitCode, res.Steps)
	}
}

// cliReport is the part of `junoslint lint --format json` the test reads.
type cliReport struct {
	Files []struct {
		Diagnostics []struct {
			Code string `json:"code"`
			Line int    `json:"line"`
			Fix  *struct {
				Title    string   `json:"title"`
				Commands []string `json:"commands"`
			} `json:"fix"`
		} `json:"diagnostics"`
	} `json:"files"`
}

// cliJSON runs `junoslint lint --format json name` in dir.
func cliJSON(t *testing.T, bin, dir, name string) cliReport {
	t.Helper()
	cmd := exec.Command(bin, "lint", "--format", "json", name)
	cmd.Dir = dir
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() != 1) {
		t.Fatalf("junoslint lint: %v", err)
	}
	var r cliReport
	if err := json.Unmarshal(out, &r); err != nil || len(r.Files) != 1 {
		t.Fatalf("junoslint lint output %s: %v", out, err)
	}
	return r
}
