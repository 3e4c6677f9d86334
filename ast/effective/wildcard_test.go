package effective

import "testing"

// TestMatchPattern checks the wildcard metacharacters as the Junos doc
// "Using Wildcards with Configuration Groups" describes them.
func TestMatchPattern(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"<*>", "ge-0/0/0", true},
		{"<*>", "", true},
		{"<ge-*>", "ge-0/0/0", true},
		{"<ge-*>", "xe-0/0/0", false},
		{"<ge-*>", "ge-", true},
		{"<xe-0/0/?>", "xe-0/0/1", true},
		{"<xe-0/0/?>", "xe-0/0/10", false},
		{"<xe-0/0/?>", "xe-0/0/", false},
		{"<ge-0/0/[0-3]>", "ge-0/0/3", true},
		{"<ge-0/0/[0-3]>", "ge-0/0/4", false},
		{"<ge-0/0/[!0-3]>", "ge-0/0/4", true},
		{"<ge-0/0/[!0-3]>", "ge-0/0/2", false},
		{"<[egx][te]-*>", "et-0/0/0", true},
		{"<[egx][te]-*>", "ae0", false},
		{"<*e*>", "lo0.0", false},
		{"<*e*>", "et-0/0/1.0", true},
		{"<em[0,1]>", "em1", true},
		{"<em[0,1]>", "em,", true},
		{"<em[0,1]>", "em2", false},
		// `]` first in a class is literal; so is `-` first or last.
		{"<a[]]b>", "a]b", true},
		{"<a[!]]b>", "a]b", false},
		{"<a[!]]b>", "axb", true},
		{"<a[-x]>", "a-", true},
		{"<a[x-]>", "a-", true},
		{"<a[x-]>", "ay", false},
		// A `[` with no closing `]` matches itself.
		{"<a[b>", "a[b", true},
		{"<a[b>", "ab", false},
		// Backtracking over several stars.
		{"<*a*b*c>", "xxaybzbc", true},
		{"<*a*b*c>", "xxaybzb", false},
		{"<GR-IBGP-*>", "GR-IBGP-RR", true},
		{"<GR-IBGP-*>", "GR-EBGP-1", false},
		// Batfish accepts the pattern quoted inside the brackets.
		{`<"ae[0-9]">`, "ae7", true},
		{`<"ae[0-9]">`, "ae", false},
	}
	for _, tt := range tests {
		if got := matchPattern(tt.pattern, tt.name); got != tt.want {
			t.Errorf("matchPattern(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}
