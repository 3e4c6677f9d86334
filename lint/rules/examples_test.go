package rules

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestExamples runs every rule over the repository's examples/: each must
// parse cleanly, the findings are logged, and the curly and set versions of
// one configuration must produce the same findings.
func TestExamples(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*")
	var confs []string
	for _, f := range files {
		if ext := filepath.Ext(f); ext == ".conf" || ext == ".set" {
			confs = append(confs, f)
		}
	}
	if len(confs) == 0 {
		t.Skip("no examples/")
	}
	all := All()
	found := map[string][]string{}
	for _, file := range confs {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		_, got := lintSource(file, src, all)
		var b strings.Builder
		for _, g := range got {
			if g.Code == "SYN001" {
				t.Errorf("%s:%d: syntax error: %s", file, g.Line, g.Message)
			}
			found[file] = append(found[file], g.Code+" "+g.Message)
			b.WriteString("\n" + g.String())
		}
		t.Logf("%s: %d findings%s", filepath.Base(file), len(got), b.String())
	}
	for _, file := range confs {
		if filepath.Ext(file) != ".conf" {
			continue
		}
		twin := strings.TrimSuffix(file, ".conf") + ".set"
		if _, ok := found[twin]; !ok {
			continue
		}
		c, s := append([]string(nil), found[file]...), append([]string(nil), found[twin]...)
		sort.Strings(c)
		sort.Strings(s)
		if strings.Join(c, "\n") != strings.Join(s, "\n") {
			t.Errorf("%s and %s differ:\ncurly:\n\t%s\nset:\n\t%s", file, twin, strings.Join(c, "\n\t"), strings.Join(s, "\n\t"))
		}
	}
}
