package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"testing"
	"time"

	"github.com/junoslint/junoslint/internal/corpus"
)

var updatePGO = flag.Bool("pgo.update", false, "rewrite default.pgo from a CPU profile of the commands run over the corpus")

// pgoCommands are the command lines profiled for default.pgo, each for
// pgoTime, over every corpus file in turn: the work users give the tool,
// in equal parts of CPU time, so that the faster commands weigh as much as
// lint.
var pgoCommands = [][]string{
	{"convert", "--to", "set"},
	{"convert", "--to", "curly"},
	{"fmt"},
	{"lint", "--no-config"},
}

// pgoTime is how long each of pgoCommands is profiled.
const pgoTime = 6 * time.Second

// TestPGOProfile rewrites default.pgo, the CPU profile that `go build`
// uses for profile-guided optimization of this package (Go's -pgo=auto),
// when run with -pgo.update: it profiles pgoCommands over the corpus.
// Without the flag it checks that default.pgo is a gzip-compressed
// profile, as pprof writes them.
func TestPGOProfile(t *testing.T) {
	if !*updatePGO {
		data, err := os.ReadFile("default.pgo")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
			t.Fatal("default.pgo is not a gzip-compressed pprof profile")
		}
		return
	}
	dir, ok := corpus.Dir()
	if !ok {
		t.Skip("corpus not found (../shared/corpus): the profile needs real configs")
	}
	files, err := corpus.Files(dir, "curly", "set", "pairs", "pki", "preprocess")
	if err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(t.TempDir(), "default.pgo")
	out, err := os.Create(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if err := pprof.StartCPUProfile(out); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	runs := 0
	for _, cmd := range pgoCommands {
		for began := time.Now(); time.Since(began) < pgoTime; {
			for _, path := range files {
				if strings.HasSuffix(path, ".after") {
					continue // a preprocess result: its input is profiled already
				}
				runWith(t, "", append(append([]string(nil), cmd...), path)...)
				runs++
			}
		}
	}
	pprof.StopCPUProfile()
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("default.pgo", data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("profiled %d runs over %d files in %v: default.pgo, %d bytes", runs, len(files), time.Since(start).Round(time.Second), len(data))
}
