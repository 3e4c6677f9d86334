package grammar_test

import (
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

func TestSecrets(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // the secret texts, in order
	}{
		{"curly challenge-password", "security { pki { auto-re-enrollment { scep { certificate-id a { challenge-password \"Enroll 2024\"; re-generate-keypair; } } } } }\n", []string{`"Enroll 2024"`}},
		{"set challenge-password", "set security pki auto-re-enrollment scep certificate-id a challenge-password s3cr3t\nset system host-name r1\n", []string{"s3cr3t"}},
		{"crl url password", "set security pki ca-profile C revocation-check crl url ldap://x/cn=a password \"Ld4p\"\n", []string{`"Ld4p"`}},
		{"inactive", "security { pki { auto-re-enrollment { scep { certificate-id a { inactive: challenge-password abcd; } } } } }\n", []string{"abcd"}},
		{"in a group", "set groups G security pki auto-re-enrollment scep certificate-id <*> challenge-password grp-secret\n", []string{"grp-secret"}},
		{"SECRET-DATA trailer on an unknown keyword", "foo {\n    bar-key \"$9$abc\"; ## SECRET-DATA\n}\n", []string{`"$9$abc"`}},
		{"login password", "system { root-authentication { encrypted-password \"$6$x$y\"; ## SECRET-DATA\n } }\n", []string{`"$6$x$y"`}},
		{"no secret", "system { host-name r1; }\n", nil},
	}
	sch := schema.New()
	p := grammar.NewParser(sch)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := p.Parse("t", []byte(tt.src))
			var got []string
			for _, sp := range grammar.Secrets(f, sch) {
				got = append(got, tt.src[sp.Start:sp.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Secrets = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMaskSecrets(t *testing.T) {
	const line = `    challenge-password "Enroll 2024"; password x1; ## c`
	spans := []ast.Span{{Start: 100 + 23, End: 100 + 36}, {Start: 100 + 47, End: 100 + 49}}
	masked, at := grammar.MaskSecrets(line, 100, spans)
	if want := `    challenge-password "<secret>"; password <secret>; ## c`; masked != want {
		t.Fatalf("masked = %q, want %q", masked, want)
	}
	for _, c := range []struct{ in, out int }{
		{0, 0},   // before any secret
		{23, 23}, // the start of a secret
		{30, 23}, // inside it: its start
		{36, 33}, // just after it
		{38, 35}, // `password`
		{48, 44}, // inside the second
		{49, 52}, // after the second
		{len(line), len(masked)},
	} {
		if got := at(c.in); got != c.out {
			t.Errorf("at(%d) = %d, want %d", c.in, got, c.out)
		}
	}
	if same, at := grammar.MaskSecrets("set system host-name r1", 0, spans); same != "set system host-name r1" || at != nil {
		t.Errorf("a line without secrets changed: %q", same)
	}
}
