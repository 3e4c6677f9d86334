package format_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/internal/corpus"
)

// TestPairsCurlyToSet converts each `.curly` of the jvd-, jcc- and
// hier_config- corpus pairs to set form and compares it, line for line, with
// its `.set` partner (blank lines, `#` comment lines and trailing white
// space ignored). The jvd- partners are Junos' own `display set` output. At
// least 95% must match; every miss is logged with a short diff.
//
// One allowance, for jcc- partners only: jcc (a third-party converter)
// prints the `deactivate`/`protect` line of a block before the block's set
// lines, where Junos prints it right after them (see the Junos dumps under
// set/batfish/parsing-tests/srx-testbed/ in the corpus). The expected jcc
// output is brought into Junos order before comparing; the count without
// that allowance is logged too.
func TestPairsCurlyToSet(t *testing.T) {
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus); skipping")
	}
	curly, err := filepath.Glob(filepath.Join(dir, "pairs", "*.curly"))
	if err != nil {
		t.Fatal(err)
	}
	var total, match, strict int
	for _, path := range curly {
		base := strings.TrimSuffix(filepath.Base(path), ".curly")
		if !strings.HasPrefix(base, "jvd-") && !strings.HasPrefix(base, "jcc-") && !strings.HasPrefix(base, "hier_config-") {
			continue
		}
		total++
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		wantSrc, err := os.ReadFile(strings.TrimSuffix(path, ".curly") + ".set")
		if err != nil {
			t.Fatal(err)
		}
		f := fmtParser.Parse(path, src)
		got := setLinesOf(format.SetLines(f.Config, format.SetOptions{}))
		want := setLinesOf(wantSrc)
		if equalLines(got, want) {
			strict++
		}
		if strings.HasPrefix(base, "jcc-") {
			want = junosTagOrder(want)
		}
		if equalLines(got, want) {
			match++
			continue
		}
		t.Logf("MISS %s (%d syntax errors):\n%s", base, len(f.Errors), shortDiff(want, got, 24))
	}
	if total == 0 {
		t.Fatal("no jvd-/jcc-/hier_config- pairs found")
	}
	pct := 100 * float64(match) / float64(total)
	t.Logf("curly -> set: %d of %d pairs match (%.1f%%); %d without the jcc tag-order allowance", match, total, pct, strict)
	if pct < 95 {
		t.Errorf("curly -> set matches %.1f%% of the pairs; want at least 95%%", pct)
	}
}

// setLinesOf splits set output into lines, leaving out blank lines and `#`
// comment lines and trimming trailing white space.
func setLinesOf(b []byte) []string {
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimRight(l, " \t\r")
		if l == "" || strings.HasPrefix(strings.TrimLeft(l, " \t"), "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// junosTagOrder moves each `deactivate P` or `protect P` line that directly
// precedes the set lines of P to just after the last of them.
func junosTagOrder(lines []string) []string {
	out := append([]string(nil), lines...)
	for i := 0; i < len(out); i++ {
		var p string
		switch {
		case strings.HasPrefix(out[i], "deactivate "):
			p = strings.TrimPrefix(out[i], "deactivate ")
		case strings.HasPrefix(out[i], "protect "):
			p = strings.TrimPrefix(out[i], "protect ")
		default:
			continue
		}
		j := i + 1
		for j < len(out) && (out[j] == "set "+p || strings.HasPrefix(out[j], "set "+p+" ")) {
			j++
		}
		if j == i+1 {
			continue
		}
		tag := out[i]
		copy(out[i:j-1], out[i+1:j])
		out[j-1] = tag
		i = j - 1
	}
	return out
}

// shortDiff returns a unified diff of want and got cut to at most n lines.
func shortDiff(want, got []string, n int) string {
	d := udiff.Unified("want", "got", strings.Join(want, "\n")+"\n", strings.Join(got, "\n")+"\n")
	lines := strings.Split(d, "\n")
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, "\n")
}
