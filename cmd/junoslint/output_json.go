package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/junoslint/junoslint/lint"
)

// The JSON output, field for field as rules.md "Output contract" fixes it.
// Fields may be added; never rename one.
type jsonOutput struct {
	Version int         `json:"version"` // always 1
	Files   []jsonFile  `json:"files"`   // every file checked, in path order
	Summary jsonSummary `json:"summary"`
}

type jsonFile struct {
	Path        string     `json:"path"`   // as given on the command line or found in the walk
	Format      string     `json:"format"` // "curly", "set" or "mixed"
	Diagnostics []jsonDiag `json:"diagnostics"`
}

type jsonDiag struct {
	Code          string   `json:"code"`
	Rule          string   `json:"rule"`
	Severity      string   `json:"severity"` // "error", "warning" or "info"
	Message       string   `json:"message"`
	Line          int      `json:"line"`       // 1-based
	Column        int      `json:"column"`     // 1-based, bytes
	EndLine       int      `json:"end_line"`   // 1-based
	EndColumn     int      `json:"end_column"` // 1-based, bytes, one past the last byte
	ConfigPath    string   `json:"config_path"`
	InheritedFrom string   `json:"inherited_from,omitempty"` // only when the statement came from a group
	Fix           *jsonFix `json:"fix,omitempty"`            // the preferred fix; omitted when there is none
}

type jsonFix struct {
	Title         string   `json:"title"`
	Applicability string   `json:"applicability"` // "safe", "unsafe" or "needs-input"
	Commands      []string `json:"commands"`      // Junos commands for `load set terminal`
}

type jsonSummary struct {
	Files    int `json:"files"` // files checked
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// jsonReporter collects the files and writes one JSON object at the end.
type jsonReporter struct {
	w     io.Writer
	files []jsonFile
}

func toJSONDiag(d *lint.Diagnostic) jsonDiag {
	j := jsonDiag{
		Code: d.Code, Rule: d.Rule, Severity: d.Severity.String(), Message: d.Message,
		Line: d.Start.Line, Column: d.Start.Column, EndLine: d.End.Line, EndColumn: d.End.Column,
		ConfigPath: d.ConfigPath, InheritedFrom: d.InheritedFrom,
	}
	if len(d.Fixes) > 0 {
		fx := d.Fixes[0]
		j.Fix = &jsonFix{Title: fx.Title, Applicability: string(fx.Applicability), Commands: fx.Commands()}
	}
	return j
}

func (j *jsonReporter) file(r *fileReport) error {
	f := jsonFile{Path: r.name, Format: formatName(r.format), Diagnostics: make([]jsonDiag, 0, len(r.diags))}
	for i := range r.diags {
		f.Diagnostics = append(f.Diagnostics, toJSONDiag(&r.diags[i]))
	}
	j.files = append(j.files, f)
	return nil
}

func (j *jsonReporter) finish(s summary) error {
	out := jsonOutput{
		Version: 1, Files: j.files,
		Summary: jsonSummary{Files: s.checked, Errors: s.errors, Warnings: s.warnings, Infos: s.infos},
	}
	if out.Files == nil {
		out.Files = []jsonFile{}
	}
	enc := json.NewEncoder(j.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("writing JSON output: %w", err)
	}
	return nil
}
