package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
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
