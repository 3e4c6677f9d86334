package effective_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast/effective"
	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/schema"
)

// oracleDiff is a reviewed difference between our effective view and
// Batfish's preprocessed output for one oracle file.
type oracleDiff struct {
	line string // a display-set line, as both sides print it
	// batfishOnly is set when Batfish prints the line and we do not; clear
	// when only we print it.
	batfishOnly bool
	why         string
	// single, when set, is the path of a keyword whose single-valuedness the
	// difference rests on: while the schema does not (yet) say it is
	// single-valued, we merge like Batfish and the line is in both outputs.
	single []string
}

// oracleDiffs lists, per oracle file, every line on which we differ from
// Batfish, and why. Files not listed must match exactly.
var oracleDiffs = map[string][]oracleDiff{
	"batfish-preprocess-apply-groups-list-vs-non-list": {{
		line:        "set policy-options policy-statement ps term commonterm from metric 6",
		batfishOnly: true,
		why: "`from metric` holds one value: Junos keeps the value written in the configuration (7) " +
			"and does not inherit group g's 6; Batfish has no schema here and keeps both",
		single: []string{"policy-options", "policy-statement", "ps", "term", "commonterm", "from", "metric"},
	}},
	"batfish-preprocess-flat-juniper-apply-groups-order": {{
		line:        "set interfaces xe-0/0/0 ether-options 802.3ad ae2",
		batfishOnly: true,
		why: "`ether-options 802.3ad` names one bundle: the ae1 written in the configuration wins " +
			"over groups A (ae2) and B (ae3); Batfish keeps all three",
		single: []string{"interfaces", "xe-0/0/0", "ether-options", "802.3ad"},
	}, {
		line:        "set interfaces xe-0/0/0 ether-options 802.3ad ae3",
		batfishOnly: true,
		why:         "as for ae2",
		single:      []string{"interfaces", "xe-0/0/0", "ether-options", "802.3ad"},
	}},
	"batfish-preprocess-flat-juniper-activation": {{
		line: "set interfaces xe-0/0/0 unit 0 family inet address 10.0.0.0/32",
		why: "`deactivate interfaces xe-0/0/0` comes before any `set` creates xe-0/0/0: on a device " +
			"(and in our set-file loader) deactivating a statement that does not exist fails with " +
			"\"statement not found\" and leaves nothing behind, so the later set lines create an active " +
			"interface; Batfish marks the path deactivated whatever the order and drops it",
	}},
}

// TestBatfishOracles compares the effective view of each Batfish
// preprocessing input (`<name>.before`) with Batfish's output
// (`<name>.after`) as sets of display-set lines, `#` lines ignored. Both
// keep the apply-groups statements. Every difference must be listed in
// oracleDiffs with its reason.
func TestBatfishOracles(t *testing.T) {
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found")
	}
	befores, err := filepath.Glob(filepath.Join(dir, "preprocess", "*.before"))
	if err != nil {
		t.Fatal(err)
	}
	if len(befores) == 0 {
		t.Skip("no preprocess oracles in the corpus")
	}
	sch := schema.New()
	exact := 0
	for _, before := range befores {
		name := strings.TrimSuffix(filepath.Base(before), ".before")
		src, err := os.ReadFile(before)
		if err != nil {
			t.Fatal(err)
		}
		after, err := os.ReadFile(strings.TrimSuffix(before, ".before") + ".after")
		if err != nil {
			t.Errorf("%s: no .after: %v", name, err)
			continue
		}
		f := grammar.Parse(filepath.Base(before), src)
		v := effective.Compute(f, sch)
		checkInvariants(t, f, v)
		ours := lineSet(format.SetLines(v.Root, format.SetOptions{}))
		theirs := lineSet(after)

		wantOurs, wantTheirs := map[string]bool{}, map[string]bool{}
		for _, d := range oracleDiffs[name] {
			if d.single != nil && !sch.SingleValued(d.single) {
				continue // we merge like Batfish until the schema knows better
			}
			if d.batfishOnly {
				wantTheirs[d.line] = true
			} else {
				wantOurs[d.line] = true
			}
		}
		gotOurs, gotTheirs := minus(ours, theirs), minus(theirs, ours)
		if len(gotOurs) == 0 && len(gotTheirs) == 0 {
			exact++
		}
		for _, l := range sorted(gotOurs) {
			if !wantOurs[l] {
				t.Errorf("%s: only we print %q (not an expected difference)", name, l)
			}
		}
		for _, l := range sorted(gotTheirs) {
			if !wantTheirs[l] {
				t.Errorf("%s: only Batfish prints %q (not an expected difference)", name, l)
			}
		}
		for _, l := range sorted(wantOurs) {
			if !gotOurs[l] {
				t.Errorf("%s: expected only us to print %q", name, l)
			}
		}
		for _, l := range sorted(wantTheirs) {
			if !gotTheirs[l] {
				t.Errorf("%s: expected only Batfish to print %q", name, l)
			}
		}
	}
	t.Logf("%d of %d Batfish preprocess oracles match exactly as sets of lines", exact, len(befores))
}

// lineSet returns the non-empty lines of b that are not `#` comments,
// trimmed, as a set.
func lineSet(b []byte) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out[l] = true
	}
	return out
}

func minus(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for l := range a {
		if !b[l] {
			out[l] = true
		}
	}
	return out
}

func sorted(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for l := range m {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}
