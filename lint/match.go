package lint

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// The rules the engine itself produces findings for. Their Run functions,
// when set, are never called: the runner turns parse errors into SYN001
// findings and checks inline suppressions for SUP001.
const (
	SyntaxErrorCode       = "SYN001"
	SyntaxErrorName       = "syntax-error"
	UnusedSuppressionCode = "SUP001"
	UnusedSuppressionName = "unused-suppression"
)

// isEngineRule reports whether r's findings come from the runner rather than
// from r.Run.
func isEngineRule(r *Rule) bool {
	return r.Code == SyntaxErrorCode || r.Code == UnusedSuppressionCode
}

// isGlob reports whether a rule pattern holds a wildcard.
func isGlob(p string) bool { return strings.ContainsAny(p, "*?[") }

// matchRule reports whether the pattern p (a code, a name or a glob over
// either) names r. Codes match without regard to case.
func matchRule(p string, r *Rule) bool {
	if !isGlob(p) {
		return strings.EqualFold(p, r.Code) || p == r.Name
	}
	if ok, _ := path.Match(strings.ToUpper(p), r.Code); ok {
		return true
	}
	ok, _ := path.Match(p, r.Name)
	return ok
}

// specificity ranks how precisely p names a rule: an exact code or name
// beats any glob; a glob with more literal characters beats a shorter one.
func specificity(p string) int {
	if !isGlob(p) {
		return 1 << 20
	}
	n := 0
	for i := 0; i < len(p); i++ {
		if !strings.ContainsRune("*?[]", rune(p[i])) {
			n++
		}
	}
	return n
}

// validPattern reports whether p is a well-formed rule pattern.
func validPattern(p string) error {
	if p == "" {
		return fmt.Errorf("empty rule pattern")
	}
	if _, err := path.Match(p, ""); err != nil {
		return fmt.Errorf("bad glob %q: %w", p, err)
	}
	return nil
}

// FindRule returns the rule whose code (any case) or name is s, or nil.
func FindRule(rules []*Rule, s string) *Rule {
	for _, r := range rules {
		if strings.EqualFold(s, r.Code) || s == r.Name {
			return r
		}
	}
	return nil
}

// Selection narrows the rules that run, as the --select and --ignore flags
// do. Each entry is a code, a name or a glob over either (`PKI*`,
// `rest-*`). An empty Select means every rule; Ignore removes rules from
// what Select chose. syntax-error is always selected.
type Selection struct {
	Select []string
	Ignore []string
}

// Apply returns the rules of all that s selects, in their original order. A
// pattern that names no rule is an error, so typos do not pass silently.
func (s Selection) Apply(all []*Rule) ([]*Rule, error) {
	for _, list := range [][]string{s.Select, s.Ignore} {
		for _, p := range list {
			if err := validPattern(p); err != nil {
				return nil, err
			}
			if !anyMatch(p, all) {
				return nil, fmt.Errorf("%q names no rule%s", p, suggestRule(p, all))
			}
		}
	}
	var out []*Rule
	for _, r := range all {
		if r.Code == SyntaxErrorCode {
			out = append(out, r)
			continue
		}
		if len(s.Select) > 0 && !matchesAny(s.Select, r) {
			continue
		}
		if matchesAny(s.Ignore, r) {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

func anyMatch(p string, rules []*Rule) bool {
	for _, r := range rules {
		if matchRule(p, r) {
			return true
		}
	}
	return false
}

func matchesAny(ps []string, r *Rule) bool {
	for _, p := range ps {
		if matchRule(p, r) {
			return true
		}
	}
	return false
}

// suggestRule returns `; did you mean "X"?` for the code or name closest to
// p within edit distance 2, or "".
func suggestRule(p string, rules []*Rule) string {
	if isGlob(p) {
		return ""
	}
	type cand struct {
		s string
		d int
	}
	var cs []cand
	for _, r := range rules {
		for _, s := range []string{r.Code, r.Name} {
			if d := editDistance(strings.ToLower(p), strings.ToLower(s)); d <= 2 {
				cs = append(cs, cand{s, d})
			}
		}
	}
	if len(cs) == 0 {
		return ""
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	return fmt.Sprintf("; did you mean %q?", cs[0].s)
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
