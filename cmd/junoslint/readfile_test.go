package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/junoslint/junoslint/internal/corpus"
	"github.com/junoslint/junoslint/lint"
)

// TestReadFile holds readFile to os.ReadFile on files below, at and above
// the sizes where it changes how it allocates (128 KiB and 2 MiB), and
// checks that the capacity beyond the file's bytes is zero, as the
// callers that hand it on (hugepage.Rest) need.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 4095, 128<<10 - 1, 128 << 10, 300 << 10, 2<<20 - 1, 2 << 20, 3<<20 + 17} {
		data := make([]byte, size)
		for i := range data {
			data[i] = byte('a' + i%26)
		}
		path := filepath.Join(dir, "f")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := readFile(path)
		if err != nil {
			t.Fatalf("%d bytes: %v", size, err)
		}
		if !bytes.Equal(got, data) {
			t.Fatalf("%d bytes: read %d bytes that differ from the file", size, len(got))
		}
		for i, c := range got[len(got):cap(got)] {
			if c != 0 {
				t.Fatalf("%d bytes: byte %d past the end is %d, want 0", size, i, c)
			}
		}
	}
	if _, err := readFile(filepath.Join(dir, "missing")); err == nil {
		t.Error("readFile of a missing file: no error")
	}
	if _, err := readFile(dir); err == nil {
		t.Error("readFile of a directory: no error")
	}
}

// TestReadSniffed holds readSniffed to reading the whole file and sniffing
// its first 64 KiB, on every corpus file and on files around the sizes
// where it reads differently.
func TestReadSniffed(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	line := []byte("set system host-name r1\n")
	for _, size := range []int{0, 1, sniffBytes - 1, sniffBytes, sniffBytes + 1, 300 << 10, 2<<20 + 5} {
		data := bytes.Repeat(line, size/len(line)+1)[:size]
		p := filepath.Join(dir, fmt.Sprintf("set%d.conf", size))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	binary := filepath.Join(dir, "binary")
	if err := os.WriteFile(binary, []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	paths = append(paths, binary)
	if cdir, ok := corpus.Dir(); ok {
		files, err := corpus.Files(cdir, "curly", "set", "pairs", "pki", "preprocess", "invalid")
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, files...)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		wantOK, wantWhy := lint.Sniff(data[:min(len(data), sniffBytes)])
		got, ok, why, err := readSniffed(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if ok != wantOK || why != wantWhy {
			t.Fatalf("%s: sniffed %v %q, want %v %q", p, ok, why, wantOK, wantWhy)
		}
		if ok && !bytes.Equal(got, data) {
			t.Fatalf("%s: read %d bytes that differ from the file's %d", p, len(got), len(data))
		}
	}
}
