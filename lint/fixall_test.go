package lint

import (
	"testing"

	"github.com/junoslint/junoslint/fix"
)

// renameRule (TST010) reports `system host-name V` twice, with fixes that
// set it to V+"a" and to V+"b": the two always overlap, and each applied
// fix makes a new pair of findings, so FixAll only stops at MaxFixRounds.
func renameRule() *Rule {
	return &Rule{
		Code: "TST010", Name: "test-rename", Category: "test", Severity: Warning,
		Doc: Doc{Title: "host-name could be longer"},
		Run: func(p *Pass) {
			n := p.Root().Get("system", "host-name")
			if n == nil {
				return
			}
			for _, suffix := range []string{"a", "b"} {
				p.Reportf(n, []fix.Fix{{Title: "append " + suffix, Applicability: fix.Safe,
					Ops: []fix.Op{{Verb: fix.Set, Path: []string{"system", "host-name", n.Value() + suffix}}}}},
					"host-name %q could take %q", n.Value(), suffix)
			}
		},
	}
}

// ghostRule (TST011) reports `system` with a fix deleting a statement
// that does not exist: it yields no edits, in every round.
func ghostRule() *Rule {
	return &Rule{
		Code: "TST011", Name: "test-ghost", Category: "test", Severity: Info,
		Doc: Doc{Title: "ghost"},
		Run: func(p *Pass) {
			if s := p.Root().Get("system"); s != nil {
				p.Reportf(s, []fix.Fix{{Title: "delete the ghost", Applicability: fix.Safe,
					Ops: []fix.Op{{Verb: fix.Delete, Path: []string{"system", "ghost"}}}}}, "ghost")
			}
		},
	}
}

func TestFixAll(t *testing.T) {
	tests := []struct {
		name        string
		rules       []*Rule
		src         string
		want        func(fix.Fix) bool
		wantSrc     string
		wantApplied int
		wantSkipped int
		wantFailed  int
		wantUnasked int
	}{
		{
			name:        "one round",
			rules:       []*Rule{hostNameRule()},
			src:         "system {\n    host-name r1;\n    ntp;\n}\n",
			wantSrc:     "system {\n    ntp;\n}\n",
			wantApplied: 1,
		},
		{
			name:        "nothing wanted",
			rules:       []*Rule{hostNameRule()},
			src:         "system {\n    host-name r1;\n}\n",
			want:        func(fix.Fix) bool { return false },
			wantSrc:     "system {\n    host-name r1;\n}\n",
			wantUnasked: 1,
		},
		{
			name:        "overlapping fixes run to the round limit; a failing fix is reported once",
			rules:       []*Rule{renameRule(), ghostRule()},
			src:         "set system host-name r\n",
			wantSrc:     "set system host-name raaaaaaaaaa\n",
			wantApplied: MaxFixRounds,
			wantSkipped: 1,
			wantFailed:  1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := NewLinter(append(tt.rules, engineRules()...), Selection{})
			if err != nil {
				t.Fatal(err)
			}
			res, err := l.Lint("r1.conf", []byte(tt.src), nil)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			if want == nil {
				want = func(fx fix.Fix) bool { return fx.Applicability == fix.Safe }
			}
			o, err := l.FixAll(res, nil, want)
			if err != nil {
				t.Fatal(err)
			}
			if string(o.Src) != tt.wantSrc {
				t.Errorf("result:\n%s\nwant:\n%s", o.Src, tt.wantSrc)
			}
			if len(o.File.Errors) > 0 || string(o.File.Src) != string(o.Src) {
				t.Errorf("File is not the parse of Src")
			}
			if len(o.Applied) != tt.wantApplied || o.Skipped != tt.wantSkipped || len(o.Failed) != tt.wantFailed || o.Unasked != tt.wantUnasked {
				t.Errorf("applied %d, skipped %d, failed %d, unasked %d; want %d, %d, %d, %d",
					len(o.Applied), o.Skipped, len(o.Failed), o.Unasked, tt.wantApplied, tt.wantSkipped, tt.wantFailed, tt.wantUnasked)
			}
		})
	}
}
