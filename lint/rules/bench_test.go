package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/lint"
)

// BenchmarkAllRules measures the rules alone (parse and effective view
// done once, outside the timer) on the corpus's largest file, which holds
// REST configuration in a group.
func BenchmarkAllRules(b *testing.B) {
	dir, ok := corpus.Dir()
	if !ok {
		b.Skip("corpus not found")
	}
	file := filepath.Join(dir, "pki/jvd/enterprise_wan/ewan_core_edge/configuration/conf/wanedge4_acx7100-48l.conf")
	src, err := os.ReadFile(file)
	if err != nil {
		b.Skip(err)
	}
	f, view := parseAndView(file, src)
	all := All()
	n := 0
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range all {
			r.Run(lint.NewPass(r, f, view, nil, func(lint.Diagnostic) { n++ }))
		}
	}
	if n == 0 {
		b.Fatal("no findings")
	}
}
