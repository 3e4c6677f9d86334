package lint

import (
	"bytes"
	"strings"
	"testing"
)

func TestBaselineRoundTrip(t *testing.T) {
	l, err := NewLinter(testRules(), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	lintSrc := func(src string) []Diagnostic {
		res, err := l.Lint("r1.conf", []byte(src), nil)
		if err != nil {
			t.Fatal(err)
		}
		return res.Diagnostics
	}
	old := "system {\n    host-name r1;\n}\ninterfaces {\n    ge-0/0/0 {\n        description a;\n    }\n}\n"
	b := NewBaseline()
	for _, d := range lintSrc(old) {
		b.Add("sites/r1.conf", d)
	}
	if b.Len() != 3 {
		t.Fatalf("recorded %d findings, want 3", b.Len())
	}
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{`"version": 1`, `"path": "sites/r1.conf"`, `"code": "TST001"`, `"message_hash": "`, `"count": 1`} {
		if !strings.Contains(buf.String(), field) {
			t.Errorf("baseline file lacks %s:\n%s", field, buf.String())
		}
	}
	b2, err := ReadBaseline(&buf)
	if err != nil {
		t.Fatal(err)
	}
	// The same file, edited above the findings: lines move, nothing is new.
	moved := "# edited\n\n" + old
	if got := b2.Filter("sites/r1.conf", lintSrc(moved)); len(got) != 0 {
		t.Errorf("moved findings not hidden: %v", render(got))
	}
	// A new finding of a recorded rule with another message is reported.
	added := old + "interfaces {\n    ge-0/0/1 {\n        description b;\n    }\n}\n"
	got := render(b2.Filter("sites/r1.conf", lintSrc(added)))
	equalLines(t, got, []string{`11:9 TST003 warning: interface ge-0/0/1 has description "b"`})
	// Another file is not covered by r1's entries.
	if got := b2.Filter("sites/r2.conf", lintSrc(old)); len(got) != 3 {
		t.Errorf("another file's findings hidden: %v", render(got))
	}
}

func TestBaselineCounts(t *testing.T) {
	d := Diagnostic{Code: "TST001", Rule: "test-host-name", Message: "same", ConfigPath: "system host-name"}
	b := NewBaseline()
	b.Add("a.conf", d)
	b.Add("a.conf", d)
	got := b.Filter("a.conf", []Diagnostic{d, d, d})
	if len(got) != 1 {
		t.Errorf("2 recorded, 3 present: %d reported, want 1", len(got))
	}
}

func TestReadBaselineErrors(t *testing.T) {
	for _, in := range []string{
		`{"version": 2, "findings": []}`,
		`{"version": 1, "findings": [{"path": "a"}]}`,
		`{"version": 1, "findings": [], "extra": 1}`,
		`not json`,
	} {
		if _, err := ReadBaseline(strings.NewReader(in)); err == nil {
			t.Errorf("ReadBaseline(%s): no error", in)
		}
	}
}
