package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/format"
	"github.com/junoslint/junoslint/grammar"
)

const annotatedCurly = `system {
    /* the name */
    host-name r1;
    inactive: syslog {
        file messages {
            any notice;
        }
    }
}
interfaces {
    ge-0/0/0 {
        description "uplink; to core";
    }
}
`

const annotatedSet = `set system host-name r1
set system syslog file messages any notice
deactivate system syslog
set interfaces ge-0/0/0 description "uplink; to core"
`

func TestConvert(t *testing.T) {
	dir := t.TempDir()
	curlyPath := filepath.Join(dir, "r1.conf")
	if err := os.WriteFile(curlyPath, []byte(annotatedCurly), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantOut  string
		wantErr  string // substring of stderr; "" means stderr must be empty
		wantCode int
	}{
		{name: "curly to set from stdin", stdin: annotatedCurly, args: []string{"convert", "--to", "set"}, wantOut: annotatedSet},
		{name: "curly to set from a file", args: []string{"convert", "--to=set", curlyPath}, wantOut: annotatedSet},
		{name: "flags after the path", args: []string{"convert", curlyPath, "--to", "set"}, wantOut: annotatedSet},
		{name: "annotations", stdin: annotatedCurly, args: []string{"convert", "--to", "set", "--annotations"},
			wantOut: "set system host-name r1\nedit system\nannotate host-name \"the name\"\ntop\n" + annotatedSet[len("set system host-name r1\n"):]},
		{name: "set to set executes the commands", stdin: "set system host-name r1\nset system ntp server 192.0.2.1\ndelete system ntp\n",
			args: []string{"convert", "--to", "set", "-"}, wantOut: "set system host-name r1\n"},
		{name: "curly to curly formats", stdin: "system { host-name r1; } # end\n", args: []string{"convert", "--to", "curly"},
			wantOut: "system {\n    host-name r1;\n} # end\n"},
		{name: "syntax error", stdin: "system {\n    host-name r1\n", args: []string{"convert", "--to", "set"},
			wantErr: "<stdin>:1:1: error: block opened at line 1 is never closed [SYN001 syntax-error]", wantCode: exitFindings},
		{name: "curly too deep to print", stdin: strings.Repeat("a { ", 200) + strings.Repeat("} ", 200) + "\n", args: []string{"convert", "--to", "curly"},
			wantErr: "<stdin>:1:513: error: blocks nested more than 128 levels deep", wantCode: exitFindings},
		{name: "set too deep to print in curly", stdin: "set" + strings.Repeat(" a", 200) + "\n", args: []string{"convert", "--to", "curly"},
			wantErr: "<stdin>:1:261: error: blocks nested more than 128 levels deep", wantCode: exitFindings},
		{name: "too deep for curly is fine in set form", stdin: strings.Repeat("a { ", 200) + strings.Repeat("} ", 200) + "\n", args: []string{"convert", "--to", "set"},
			wantOut: "set" + strings.Repeat(" a", 200) + "\n"},
		{name: "missing --to", stdin: annotatedCurly, args: []string{"convert"}, wantErr: "--to is required", wantCode: exitUsage},
		{name: "bad --to", stdin: annotatedCurly, args: []string{"convert", "--to", "xml"}, wantErr: `--to "xml"`, wantCode: exitUsage},
		{name: "two paths", args: []string{"convert", "--to", "set", curlyPath, curlyPath}, wantErr: "takes one file", wantCode: exitUsage},
		{name: "a directory", args: []string{"convert", "--to", "set", dir}, wantErr: "is a directory", wantCode: exitUsage},
		{name: "missing file", args: []string{"convert", "--to", "set", filepath.Join(dir, "nope")}, wantErr: "nope", wantCode: exitInternal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runWith(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d (stderr %q)", code, tt.wantCode, errs)
			}
			if out != tt.wantOut {
				t.Errorf("stdout:\n%s\nwant:\n%s", out, tt.wantOut)
			}
			if tt.wantErr == "" && errs != "" || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("stderr %q, want it to contain %q", errs, tt.wantErr)
			}
		})
	}
}

func TestConvertSetToCurly(t *testing.T) {
	// The shape of the curly output is format.ConfigCurly's to test; here
	// only that the command runs it.
	_, errs, code := runWith(t, "set system host-name r1\n", "convert", "--to", "curly")
	if code != exitOK || errs != "" {
		t.Errorf("code %d, stderr %q; want 0 and nothing", code, errs)
	}
}

func TestConvertOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "r1.set")
	if err := os.WriteFile(out, []byte("old\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	stdout, errs, code := runWith(t, annotatedCurly, "convert", "--to", "set", "-o", out)
	if code != exitOK || stdout != "" || errs != "" {
		t.Fatalf("code %d stdout %q stderr %q; want 0 and no output", code, stdout, errs)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != annotatedSet {
		t.Errorf("-o wrote:\n%s\nwant:\n%s", got, annotatedSet)
	}
	st, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o640 {
		t.Errorf("mode after -o: %v; want 0640 kept", st.Mode().Perm())
	}
	// A file with syntax errors leaves the output file alone.
	_, _, code = runWith(t, "system {\n", "convert", "--to", "set", "-o", out)
	if got2, _ := os.ReadFile(out); code != exitFindings || string(got2) != annotatedSet {
		t.Errorf("code %d, output file %q; want 1 and the file unchanged", code, got2)
	}
}

// TestConvertLargeFile converts files large enough to be read into huge
// pages, whose tails then hold the output buffer and the tree's index
// tables (see hugepage.Rest), at sizes that leave that tail large, small
// and absent, and holds the output to SetLines of a plain ParseConfig.
func TestConvertLargeFile(t *testing.T) {
	dir := t.TempDir()
	const page = 2 << 20
	for _, target := range []int{page + 1000, 2*page - 100, 3*page - 50<<10, 3 * page} {
		// A block with thousands of children, so that the builder indexes
		// them, padded to the target size with a description.
		var b strings.Builder
		b.WriteString("interfaces {\n")
		for i := 0; b.Len() < target-(64<<10); i++ {
			fmt.Fprintf(&b, "    ge-0/0/%d {\n        unit 0 {\n            family inet {\n                address 10.%d.%d.1/24;\n            }\n        }\n    }\n", i, i/256%256, i%256)
		}
		b.WriteString("}\n")
		const head, tail = "system {\n    host-name \"", "\";\n}\n"
		src := b.String() + head + strings.Repeat("x", target-b.Len()-len(head)-len(tail)) + tail
		if len(src) != target {
			t.Fatalf("generated %d bytes, want %d", len(src), target)
		}
		path := filepath.Join(dir, fmt.Sprintf("big%d.conf", target))
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		f := grammar.NewParser(nil).ParseConfig(path, []byte(src))
		if len(f.Errors) > 0 {
			t.Fatalf("%d bytes: %v", target, f.Errors[0])
		}
		want := string(format.SetLines(f.Config, format.SetOptions{}))
		out, errs, code := runWith(t, "", "convert", "--to", "set", path)
		if code != 0 || errs != "" {
			t.Fatalf("%d bytes: exit %d, stderr %q", target, code, errs)
		}
		if out != want {
			t.Errorf("%d bytes: convert --to set differs from SetLines (%d against %d bytes)", target, len(out), len(want))
		}
	}
}

// dirtyReader reads from r but first fills all of the caller's buffer with
// 0xff, as the io.Reader contract allows a Read to use it as scratch.
type dirtyReader struct{ r io.Reader }

func (d dirtyReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 0xff
	}
	return d.r.Read(p)
}

// TestReadOneStdinCapped checks that standard input comes back with no
// room past its bytes: convert hands that room to the parser, which needs
// it zero (hugepage.Rest), and a Read may leave it dirty, as dirtyReader
// does.
func TestReadOneStdinCapped(t *testing.T) {
	var errb bytes.Buffer
	e := &env{stdin: dirtyReader{strings.NewReader(strings.Repeat("set system host-name r1\n", 50000))}, stderr: &errb}
	in, code := readOne(e, "convert", nil)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if cap(in.src) != len(in.src) {
		t.Errorf("standard input read with %d bytes of room past its %d bytes", cap(in.src)-len(in.src), len(in.src))
	}
}
