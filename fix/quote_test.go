package fix_test

import (
	"testing"

	"github.com/junoslint/junoslint/fix"
	"github.com/junoslint/junoslint/grammar"
)

func TestWord(t *testing.T) {
	tests := []struct {
		value, want string
	}{
		{"ge-0/0/0", "ge-0/0/0"},
		{"10.0.0.0/8", "10.0.0.0/8"},
		{"*", "*"},
		{"<crl-url>", "<crl-url>"},
		{"<*>", "<*>"},
		{"$9$abc.def", "$9$abc.def"},
		{"", `""`},
		{"core uplink", `"core uplink"`},
		{`say "hi"`, `"say \"hi\""`},
		{`a;b`, `"a;b"`},
		{`{x}`, `"{x}"`},
		{`[x]`, `"[x]"`},
		{`#x`, `"#x"`},
		{`a(b)`, `"a(b)"`},
		{"tab\there", "\"tab\there\""},
		{`C:\dir name`, `"C:\dir name"`},
		{`ends with \`, `"ends with \\"`},
		{`back\\slash x`, `"back\\\slash x"`},
		{`quote\" x`, `"quote\\\" x"`},
		{"line\nbreak", `"line\nbreak"`},
		{"inactive:", `"inactive:"`},
		{"( A && B )", "( A && B )"},
		{"( A && B ) x", `"( A && B ) x"`},
		{"<secret removed>", `"<secret removed>"`},
	}
	for _, tt := range tests {
		got := fix.Word(tt.value)
		if got != tt.want {
			t.Errorf("Word(%q) = %s, want %s", tt.value, got, tt.want)
		}
		// what Word writes must read back as the value (line ends are
		// written as the two characters \n, which Junos keeps as such)
		if tt.value == "line\nbreak" {
			continue
		}
		f := grammar.Parse("x", []byte("set system description "+got+"\n"))
		if len(f.Errors) > 0 {
			t.Errorf("Word(%q) = %s does not parse: %v", tt.value, got, f.Errors)
			continue
		}
		if back := f.Config.Get("system", "description").Value(); back != tt.value {
			t.Errorf("Word(%q) = %s reads back as %q", tt.value, got, back)
		}
	}
}

func TestCommands(t *testing.T) {
	tests := []struct {
		op   fix.Op
		want string
	}{
		{fix.Op{Verb: fix.Set, Path: []string{"security", "pki", "ca-profile", "CORP", "revocation-check", "crl", "url", "<crl-url>"}},
			"set security pki ca-profile CORP revocation-check crl url <crl-url>"},
		{fix.Op{Verb: fix.Delete, Path: []string{"system", "services", "rest", "http"}},
			"delete system services rest http"},
		{fix.Op{Verb: fix.Set, Path: []string{"interfaces", "ge-0/0/0", "description", `uplink "core"; {A-1}`}},
			`set interfaces ge-0/0/0 description "uplink \"core\"; {A-1}"`},
		{fix.Op{Verb: fix.Set, Path: []string{"system", "login", "message", ""}},
			`set system login message ""`},
		{fix.Op{Verb: fix.Deactivate, Path: []string{"groups", "G", "interfaces", "<ge-*>", "mtu"}},
			"deactivate groups G interfaces <ge-*> mtu"},
		{fix.Op{Verb: fix.Activate, Path: []string{"protocols", "bgp", "group", "EBGP PEERS"}},
			`activate protocols bgp group "EBGP PEERS"`},
		{fix.Op{Verb: fix.Set, Path: []string{"policy-options", "policy-statement", "P", "term", "t", "from", "policy", "( A && B )"}},
			"set policy-options policy-statement P term t from policy ( A && B )"},
	}
	for _, tt := range tests {
		if got := tt.op.Command(); got != tt.want {
			t.Errorf("Command() = %s, want %s", got, tt.want)
		}
	}
	fx := fix.Fix{Ops: []fix.Op{tests[0].op, tests[1].op}}
	cmds := fx.Commands()
	if len(cmds) != 2 || cmds[0] != tests[0].want || cmds[1] != tests[1].want {
		t.Errorf("Commands() = %q", cmds)
	}
	// commands load as `load set` reads them: the tree the parser builds
	// from them holds the operation's words
	for _, tt := range tests {
		if tt.op.Verb != fix.Set {
			continue
		}
		f := grammar.Parse("x", []byte(tt.want+"\n"))
		if len(f.Errors) > 0 {
			t.Errorf("%s: %v", tt.want, f.Errors)
			continue
		}
		if f.Config.Get(tt.op.Path...) == nil {
			t.Errorf("%s: does not load as %q", tt.want, tt.op.Path)
		}
	}
}
