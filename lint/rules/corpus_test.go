package rules

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/lint"
)

// TestCorpusNoFalseErrors runs every rule over the shared corpus of real
// configurations (curly, set, pairs, pki and the preprocess inputs) and logs
// how many findings each rule produced and the error-level ones, so they
// can be reviewed. It fails when a rule panics, when a finding points
// outside its file, when a message is not one lower-case line without a
// final period, or when an error-level finding is one the review showed to
// be wrong (see knownWrong).
func TestCorpusNoFalseErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus)")
	}
	files, err := corpus.Files(dir, "curly", "set", "pairs", "pki", "preprocess")
	if err != nil {
		t.Fatal(err)
	}
	all := All()
	counts := map[string]int{}
	var errs []string
	n := 0
	for _, file := range files {
		if filepath.Base(filepath.Dir(file)) == "preprocess" && !strings.HasSuffix(file, ".before") {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		n++
		rel, _ := filepath.Rel(dir, file)
		_, got := lintSource(rel, src, all)
		for _, g := range got {
			counts[g.Code]++
			if g.Span.Start < 0 || g.Span.End > len(src) || g.Span.End < g.Span.Start {
				t.Errorf("%s: %s finding has span %v outside the file", rel, g.Code, g.Span)
			}
			if g.Message == "" || strings.ContainsAny(g.Message, "\n\r") || strings.HasSuffix(g.Message, ".") ||
				strings.ToLower(g.Message[:1]) != g.Message[:1] {
				t.Errorf("%s: %s message %q is not one lower-case line without a final period", rel, g.Code, g.Message)
			}
			if g.Code == "SYN001" || g.Severity != lint.Error {
				continue
			}
			line := rel + ":" + strconv.Itoa(g.Line) + ": " + g.Code + " " + g.Message
			errs = append(errs, line)
			for _, w := range knownWrong {
				if strings.Contains(line, w) {
					t.Errorf("known false error came back: %s", line)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no corpus files")
	}
	var codes []string
	for c := range counts {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	var b strings.Builder
	for _, c := range codes {
		b.WriteString("\n\t" + c + " " + strconv.Itoa(counts[c]))
	}
	t.Logf("%d files; findings per rule:%s", n, b.String())
	t.Logf("%d error findings (SYN001 aside):\n\t%s", len(errs), strings.Join(errs, "\n\t"))
}

// knownWrong lists error findings a review of the corpus showed to be wrong
// and the rules were fixed for; each must stay gone. An entry is a
// substring of "file:line: CODE message".
var knownWrong = []string{}
