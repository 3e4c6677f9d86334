package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/internal/digest"
	"github.com/junoslint/junoslint/internal/fileuri"
	"github.com/junoslint/junoslint/lint"
)

// SARIF 2.1.0 output, as GitHub code scanning and other viewers read it.
// Columns are UTF-16 code units (SARIF's default columnKind), converted from
// our byte columns with the file's text. A finding's preferred fix is a SARIF
// fix (text edits on the file in its own form) unless it needs input; its
// set commands are in the result's properties either way.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	Results    []sarifResult `json:"results"`
	ColumnKind string        `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string              `json:"id"`
	Name                 string              `json:"name"`
	ShortDescription     sarifText           `json:"shortDescription"`
	FullDescription      sarifText           `json:"fullDescription"`
	HelpURI              string              `json:"helpUri"`
	Help                 *sarifText          `json:"help,omitempty"`
	DefaultConfiguration sarifRuleConfig     `json:"defaultConfiguration"`
	Properties           sarifRuleProperties `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProperties struct {
	Category string   `json:"category,omitempty"`
	Tags     []string `json:"tags,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifRelated    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
	Properties          *sarifResultProps `json:"properties,omitempty"`
}

type sarifResultProps struct {
	ConfigPath    string   `json:"configPath,omitempty"`
	InheritedFrom string   `json:"inheritedFrom,omitempty"`
	Fix           *jsonFix `json:"fix,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical     `json:"physicalLocation"`
	LogicalLocations []sarifLogicalLoc `json:"logicalLocations,omitempty"`
}

type sarifRelated struct {
	ID               int           `json:"id"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          sarifText     `json:"message"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifLogicalLoc struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent *sarifText  `json:"insertedContent,omitempty"`
}

// sarifReporter collects results and writes the log at the end.
type sarifReporter struct {
	w       io.Writer
	rules   []sarifRule
	index   map[string]int
	results []sarifResult
}

func newSARIFReporter(w io.Writer, rules []*lint.Rule) *sarifReporter {
	s := &sarifReporter{w: w, index: map[string]int{}, results: []sarifResult{}}
	for _, r := range rules {
		s.index[r.Code] = len(s.rules)
		full := r.Doc.Text
		if full == "" {
			full = r.Doc.Title
		}
		s.rules = append(s.rules, sarifRule{
			ID: r.Code, Name: r.Name,
			ShortDescription:     sarifText{Text: r.Doc.Title},
			FullDescription:      sarifText{Text: full},
			HelpURI:              r.URL(),
			Help:                 &sarifText{Text: full + "\n\n" + r.URL()},
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(r.Severity)},
			Properties:           sarifRuleProperties{Category: r.Category, Tags: []string{r.Category}},
		})
	}
	return s
}

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}

// sarifURI returns the artifact URI of a path: relative paths as
// slash-separated relative URIs under %SRCROOT%, absolute ones as file URIs.
func sarifURI(name string) sarifArtifact {
	p := filepath.ToSlash(name)
	if filepath.IsAbs(name) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive path
		}
		return sarifArtifact{URI: fileuri.FromSlashPath(p)}
	}
	p = strings.TrimPrefix(p, "./")
	return sarifArtifact{URI: fileuri.EscapePath(p), URIBaseID: "%SRCROOT%"}
}

// utf16Col converts the 1-based byte column col of the 1-based line to a
// 1-based UTF-16 column.
func utf16Col(r *fileReport, line, col int) int {
	if r.lines == nil || r.src == nil {
		return col
	}
	ls := r.lines.LineStart(line)
	end := min(ls+col-1, len(r.src))
	n := 1
	for i := ls; i < end; {
		ru, size := utf8.DecodeRune(r.src[i:end])
		if ru >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

func (s *sarifReporter) region(r *fileReport, start, end ast.Position) sarifRegion {
	return sarifRegion{
		StartLine: start.Line, StartColumn: utf16Col(r, start.Line, start.Column),
		EndLine: end.Line, EndColumn: utf16Col(r, end.Line, end.Column),
	}
}

func (s *sarifReporter) file(r *fileReport) error {
	art := sarifURI(r.name)
	for i := range r.diags {
		d := &r.diags[i]
		res := sarifResult{
			RuleID: d.Code, RuleIndex: s.index[d.Code], Level: sarifLevel(d.Severity),
			Message: sarifText{Text: d.Message},
			Locations: []sarifLocation{{
				PhysicalLocation: sarifPhysical{ArtifactLocation: art, Region: s.region(r, d.Start, d.End)},
			}},
			PartialFingerprints: map[string]string{"junoslintFinding/v1": fingerprint(r.name, d)},
		}
		if r.lines != nil {
			for k, rel := range d.Related {
				p0, p1 := r.lines.Position(rel.Span.Start), r.lines.Position(rel.Span.End)
				res.RelatedLocations = append(res.RelatedLocations, sarifRelated{
					ID:               k + 1,
					PhysicalLocation: sarifPhysical{ArtifactLocation: art, Region: s.region(r, p0, p1)},
					Message:          sarifText{Text: rel.Message},
				})
			}
		}
		if d.ConfigPath != "" {
			res.Locations[0].LogicalLocations = []sarifLogicalLoc{{FullyQualifiedName: d.ConfigPath, Kind: "member"}}
		}
		props := &sarifResultProps{ConfigPath: d.ConfigPath, InheritedFrom: d.InheritedFrom}
		if len(d.Fixes) > 0 {
			j := toJSONDiag(d)
			props.Fix = j.Fix
			if i < len(r.edits) && r.edits[i] != nil && r.lines != nil {
				res.Fixes = []sarifFix{s.textFix(r, art, j.Fix, r.edits[i])}
			}
		}
		res.Properties = props
		s.results = append(s.results, res)
	}
	return nil
}

// textFix renders the byte edits of a fix as a SARIF fix.
func (s *sarifReporter) textFix(r *fileReport, art sarifArtifact, fx *jsonFix, edits []fix.Edit) sarifFix {
	var reps []sarifReplacement
	for _, e := range edits {
		reps = append(reps, sarifReplacement{
			DeletedRegion:   s.region(r, r.lines.Position(e.Start), r.lines.Position(e.End)),
			InsertedContent: &sarifText{Text: e.New},
		})
	}
	return sarifFix{
		Description:     sarifText{Text: fmt.Sprintf("%s (%s)", fx.Title, fx.Applicability)},
		ArtifactChanges: []sarifArtifactChange{{ArtifactLocation: art, Replacements: reps}},
	}
}

// fingerprint identifies a finding independently of its line, as baselines
// do: path, code, configuration path and message.
func fingerprint(name string, d *lint.Diagnostic) string {
	h := digest.Sum256([]byte(filepath.ToSlash(name) + "\x00" + d.Code + "\x00" + d.ConfigPath + "\x00" + d.Message))
	return hex.EncodeToString(h[:16])
}

func (s *sarifReporter) finish(summary) error {
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name: "junoslint", Version: version,
				InformationURI: "https://github.com/junoslint/junoslint",
				Rules:          s.rules,
			}},
			Results:    s.results,
			ColumnKind: "utf16CodeUnits",
		}},
	}
	enc := json.NewEncoder(s.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return fmt.Errorf("writing SARIF output: %w", err)
	}
	return nil
}
