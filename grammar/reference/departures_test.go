package reference_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/grammar/reference"
)

// A departure is a known way in which the production parser departs from the
// reference grammar, where the Junos facts in the spec say the production
// parser is wrong (or goes beyond Junos). Each has the smallest input that
// shows it and a detector that recognises it in the production parser's tree
// of any input, so that the fuzz test and the corpus test can skip exactly
// these cases and nothing else.
type departure struct {
	id     string
	reason string
	input  string
	detect func(src []byte, f *ast.File) bool
}

// departures lists the known departures, the most general (D1) last so that
// an input is put down to the most specific one. Keep it short: remove an
// entry as soon as the production parser is fixed (TestDepartures then fails)
// or the reference grammar is changed to match a decision.
func departures() []departure {
	return []departure{
		{
			id:     "D2-replace-verb",
			reason: "production accepts `replace …` lines (Batfish's flattener output); `replace` is not a Junos set-mode command (spec A5, A8.1)",
			input:  "replace system host-name r1\n",
			detect: anyStmt(func(_ []byte, s *ast.Stmt) bool { return s.Verb.Raw == "replace" }),
		},
		{
			id:     "D3-quote-inside-word",
			reason: "production reads `\"` inside a bare word as part of it; a bare word never holds `\"` (spec A1), so `b\";` opens an unterminated string",
			input:  "a b\";\n",
			detect: anyStmt(quoteInWord),
		},
		{
			id:     "D4-prompt-line",
			reason: "production skips a CLI prompt line such as `{master:0}` as a comment; it is not Junos configuration syntax",
			input:  "{master:0}\n",
			detect: func(src []byte, _ *ast.File) bool {
				return regexp.MustCompile(`(?m)^[ \t\r\f\v]*\{[A-Za-z0-9:_-]+\}[ \t\r\f\v]*$`).Match(src)
			},
		},
		{
			id:     "D5-command-after-statement",
			reason: "production starts a set command after `;` or `}` on the same line; a set command is a line whose first word is the verb",
			input:  "a; set b\n",
			detect: anyStmt(commandMidLine),
		},
		{
			id:     "D6-command-with-paren-or-annotation",
			reason: "production decides command-or-curly by looking for `;{}` outside quotes only, so `;` inside `( … )` or `/* … */` makes a set line curly",
			input:  "set a (b;c)\n",
			detect: func(src []byte, _ *ast.File) bool { return verbLineWithHiddenPunct(src) },
		},
		{
			id:     "D7-annotation-after-tags",
			reason: "production takes an annotation between tags and the first word as the first word; it is a comment (only an annotation after words is a value)",
			input:  "inactive: /* x */ a;\n",
			detect: anyStmt(func(_ []byte, s *ast.Stmt) bool {
				return len(s.Tags) > 0 && len(s.Words) > 0 && strings.HasPrefix(s.Words[0].Raw, "/*")
			}),
		},
		{
			id:     "D8-word-after-list",
			reason: "production accepts words after a `[ … ]` list and files them before the list; nothing but `;` or `{` may follow a list",
			input:  "a [ b ] c;\n",
			detect: anyStmt(func(_ []byte, s *ast.Stmt) bool {
				return s.HasList && len(s.Words) > 0 && s.Words[len(s.Words)-1].Span.Start > s.ListSpan.Start
			}),
		},
		{
			id: "D1-line-end-ends-statement",
			reason: "production ends a curly statement at a line end or at `}` (and accepts a line end before `;`/`{`); " +
				"the spec makes a line end before `;`/`{` outside `[ ]` a syntax error (Batfish's JuniperParser.g4 also requires `;`)",
			input:  "a {\n    b\n}\n",
			detect: anyStmt(lineEnded),
		},
	}
}

// anyStmt returns a detector that reports whether pred holds for any
// statement of the production tree.
func anyStmt(pred func(src []byte, s *ast.Stmt) bool) func([]byte, *ast.File) bool {
	var walk func(src []byte, ss []*ast.Stmt) bool
	walk = func(src []byte, ss []*ast.Stmt) bool {
		for _, s := range ss {
			if pred(src, s) || walk(src, s.Children) {
				return true
			}
		}
		return false
	}
	return func(src []byte, f *ast.File) bool { return walk(src, f.Stmts) }
}

// lineEnded reports a curly statement with words that has no `;` and no
// block, or whose `;` or `{` stands after a line end.
func lineEnded(src []byte, s *ast.Stmt) bool {
	if s.IsCommand() || (len(s.Words) == 0 && !s.HasList) {
		return false
	}
	term := s.Semi
	if s.HasBlock {
		term = s.Open
	}
	if term < 0 {
		return true
	}
	end := 0
	if len(s.Words) > 0 {
		end = s.Words[len(s.Words)-1].Span.End
	}
	if s.HasList && s.ListSpan.End > end {
		end = s.ListSpan.End
	}
	return end <= term && bytes.IndexByte(src[end:term], '\n') >= 0
}

// quoteInWord reports a bare word (or list member) with a `"` in it.
func quoteInWord(_ []byte, s *ast.Stmt) bool {
	for _, ws := range [][]ast.Word{s.Words, s.List} {
		for _, w := range ws {
			if !w.Quoted() && strings.Contains(w.Raw, `"`) {
				return true
			}
		}
	}
	return false
}

// commandMidLine reports a set command with a `;` or `}` before its verb on
// the same line.
func commandMidLine(src []byte, s *ast.Stmt) bool {
	if !s.IsCommand() {
		return false
	}
	i := s.Verb.Span.Start
	for i > 0 && src[i-1] != '\n' {
		i--
	}
	return bytes.ContainsAny(src[i:s.Verb.Span.Start], ";}")
}

// verbLineWithHiddenPunct reports a line whose first word is a set verb and
// that holds `;`, `{` or `}` only inside `( … )` or `/* … */`.
func verbLineWithHiddenPunct(src []byte) bool {
	for _, line := range strings.Split(string(src), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || !grammar.IsVerb(fields[0]) || !strings.ContainsAny(line, ";{}") {
			continue
		}
		if stmts, err := reference.Parse("line", []byte(line)); err == nil && len(stmts) == 1 && stmts[0].Verb != "" {
			return true
		}
	}
	return false
}

// knownDeparture returns the departure the production parser shows on src,
// or nil.
func knownDeparture(src []byte, f *ast.File) *departure {
	for _, d := range departures() {
		if d.detect(src, f) {
			return &d
		}
	}
	return nil
}

// TestDepartures checks that every listed departure still happens on its
// minimal input and is recognised by its own detector: when the production
// parser is fixed, the entry must go.
func TestDepartures(t *testing.T) {
	ref := newReference(t)
	for _, d := range departures() {
		t.Run(d.id, func(t *testing.T) {
			r, p, f := parseBoth(ref, d.id, []byte(d.input))
			if agree(r, p) {
				t.Fatalf("the parsers now agree on %q: remove %s from departures()", d.input, d.id)
			}
			if !d.detect([]byte(d.input), f) {
				t.Errorf("detector of %s does not recognise its own input %q", d.id, d.input)
			}
		})
	}
}
