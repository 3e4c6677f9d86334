package main

import (
	"strings"
	"testing"
)

func TestUnderline(t *testing.T) {
	long := strings.Repeat("a", 300) + "target" + strings.Repeat("b", 300)
	tests := []struct {
		what       string
		line       string
		start, end int
		shown      string
		under      string
	}{
		{"plain", "    host-name r1;", 4, 16, "    host-name r1;", "    ^~~~~~~~~~~~"},
		{"tabs before the caret are kept", "\t\tdisable;", 2, 9, "\t\tdisable;", "\t\t^~~~~~~"},
		{"one column per character", `set ca-profile "Zürich CA" revocation-check disable`, 44, 51, `set ca-profile "Zürich CA" revocation-check disable`, strings.Repeat(" ", 43) + "^~~~~~~"},
		{"span through a multi-byte character", `name "Zürich";`, 5, 14, `name "Zürich";`, "     ^~~~~~~~"},
		{"empty span", "system {", 8, 8, "system {", "        ^"},
		{"empty span inside", "system {", 3, 3, "system {", "   ^"},
		{"span past the end is clipped", "abc", 1, 10, "abc", " ^~"},
		{"control characters and bad UTF-8 are replaced", "a\x1b[31mb\xffc;", 8, 9, "a\uFFFD[31mb\uFFFDc;", "        ^"},
		{"long lines are cut around the span", long, 300, 306, "…" + long[234:434] + "…", " " + strings.Repeat(" ", 66) + "^~~~~~"},
	}
	for _, tt := range tests {
		t.Run(tt.what, func(t *testing.T) {
			shown, under := underline(tt.line, tt.start, tt.end)
			if shown != tt.shown || under != tt.under {
				t.Errorf("underline(%q, %d, %d):\n got  %q\n      %q\n want %q\n      %q", tt.line, tt.start, tt.end, shown, under, tt.shown, tt.under)
			}
		})
	}
}

func TestSanitize(t *testing.T) {
	for in, want := range map[string]string{
		"plain text":          "plain text",
		"tab\tkept":           "tab\tkept",
		"esc\x1b[2Jclear":     "esc\uFFFD[2Jclear",
		"Zürich":              "Zürich",
		"bad \xff byte":       "bad \uFFFD byte",
		"newline\nin message": "newline\uFFFDin message",
		"c1 control \u0085 x": "c1 control \uFFFD x",
	} {
		if got := sanitize(in); got != want {
			t.Errorf("sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n    int
		word string
		want string
	}{{0, "error", "0 errors"}, {1, "error", "1 error"}, {2, "info", "2 infos"}, {1, "file", "1 file"}} {
		if got := plural(tt.n, tt.word); got != tt.want {
			t.Errorf("plural(%d, %q) = %q, want %q", tt.n, tt.word, got, tt.want)
		}
	}
}
