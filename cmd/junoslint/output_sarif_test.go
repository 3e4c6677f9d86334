package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// sarifSchemaFile is the SARIF 2.1.0 schema (rtm.5), copied from the npm
// package @microsoft/jest-sarif@1.0.0-beta.0, lib/schemas/sarif-2.1.0-rtm.5.json.
const sarifSchemaFile = "testdata/sarif-2.1.0-rtm.5.json"

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-2.1.0.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("sarif-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func TestSARIFValidates(t *testing.T) {
	sch := compileSARIFSchema(t)
	r := lintCLI(t, cliOpts{}, "lint", "--no-config", "--format", "sarif", lintSrc)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(r.stdout))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("SARIF output does not validate against %s:\n%v", sarifSchemaFile, err)
	}

	// What code scanning needs beyond the schema.
	var log sarifLog
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(allRules()) {
		t.Errorf("%d rules in the driver, want %d", len(run.Tool.Driver.Rules), len(allRules()))
	}
	for _, rule := range run.Tool.Driver.Rules {
		if rule.HelpURI == "" || rule.ShortDescription.Text == "" || rule.DefaultConfiguration.Level == "" {
			t.Errorf("rule %s lacks metadata: %+v", rule.ID, rule)
		}
	}
	var setFix, utf16 bool
	for _, res := range run.Results {
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s has ruleIndex %d pointing at %s", res.RuleID, res.RuleIndex, run.Tool.Driver.Rules[res.RuleIndex].ID)
		}
		loc := res.Locations[0].PhysicalLocation
		if strings.Contains(loc.ArtifactLocation.URI, "rest.set") && len(res.Fixes) > 0 {
			setFix = true
		}
		// rest.set line 9: `set security pki ca-profile "Zürich CA" revocation-check disable`;
		// `disable` starts at byte column 59, UTF-16 column 58.
		if strings.HasSuffix(loc.ArtifactLocation.URI, "rest.set") && loc.Region.StartLine == 9 && res.RuleID == "PKI005" {
			utf16 = loc.Region.StartColumn == 58
		}
	}
	if !setFix {
		t.Errorf("no fix rendered as a text edit for the set file")
	}
	if !utf16 {
		t.Errorf("columns are not converted to UTF-16 code units")
	}
}

// TestSARIFSchemaRejects: the validator is not a rubber stamp.
func TestSARIFSchemaRejects(t *testing.T) {
	sch := compileSARIFSchema(t)
	r := lintCLI(t, cliOpts{}, "lint", "--no-config", "--format", "sarif", filepath.Join(lintSrc, "tabs.conf"))
	bad := strings.Replace(r.stdout, `"level": "error"`, `"level": "fatal"`, 1)
	if bad == r.stdout {
		t.Fatal("fixture has no error-level result")
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err == nil {
		t.Errorf("an invalid level validated")
	}
}
