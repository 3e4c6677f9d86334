package lsp

import (
	"sort"

	"github.com/junoslint/junoslint/ast"
)

// innermostStmt returns the deepest statement whose span holds the byte
// offset off (a statement's end counts, so a cursor right after `;` is in
// it), or nil.
func innermostStmt(stmts []*ast.Stmt, off int) *ast.Stmt {
	var found *ast.Stmt
	for len(stmts) > 0 {
		i := sort.Search(len(stmts), func(i int) bool { return stmts[i].Span.End >= off })
		if i == len(stmts) || stmts[i].Span.Start > off {
			break
		}
		found = stmts[i]
		stmts = found.Children
	}
	return found
}

// wordAt is the word under a cursor.
type wordAt struct {
	stmt *ast.Stmt
	word ast.Word
	// index is the word's position in stmt.Words, or len(stmt.Words)+i for
	// member i of the `[ … ]` list; -1 for the verb of a set command.
	index int
}

// findWord returns the word of f whose span holds off (its end included,
// so a cursor right after a word is on it).
func findWord(f *ast.File, off int) (wordAt, bool) {
	s := innermostStmt(f.Stmts, off)
	if s == nil {
		return wordAt{}, false
	}
	in := func(sp ast.Span) bool { return off >= sp.Start && off <= sp.End }
	if s.IsCommand() && in(s.Verb.Span) {
		return wordAt{stmt: s, word: s.Verb, index: -1}, true
	}
	for i, w := range s.Words {
		if in(w.Span) {
			return wordAt{stmt: s, word: w, index: i}, true
		}
	}
	for i, w := range s.List() {
		if in(w.Span) {
			return wordAt{stmt: s, word: w, index: len(s.Words) + i}, true
		}
	}
	return wordAt{}, false
}

// stmtPath returns the configuration path of the words of s up to and
// including index (see wordAt.index): for a curly statement the words of the
// blocks around it and its own words, for a set command the words after the
// verb. A list member's path is the statement's words and that member.
// Values are unquoted.
func stmtPath(s *ast.Stmt, index int) []string {
	var path []string
	if !s.IsCommand() {
		var chain []*ast.Stmt
		for p := s.Parent; p != nil; p = p.Parent {
			chain = append(chain, p)
		}
		for i := len(chain) - 1; i >= 0; i-- {
			path = append(path, chain[i].WordValues()...)
		}
	}
	switch {
	case index < 0:
		return path
	case index < len(s.Words):
		for _, w := range s.Words[:index+1] {
			path = append(path, w.Value())
		}
	default:
		path = append(path, s.WordValues()...)
		if m, list := index-len(s.Words), s.List(); m < len(list) {
			path = append(path, list[m].Value())
		}
	}
	return path
}

// stripGroup removes a leading `groups NAME` from path: group content has
// the shape of the configuration it is applied to.
func stripGroup(path []string) []string {
	if len(path) >= 2 && path[0] == "groups" {
		return path[2:]
	}
	return path
}

// lineStart returns the offset of the start of the line holding off.
func lineStart(src []byte, off int) int {
	for off > 0 && src[off-1] != '\n' && src[off-1] != '\r' {
		off--
	}
	return off
}

// indentAt returns the white space that begins the line holding off.
func indentAt(src []byte, off int) string {
	i := lineStart(src, off)
	j := i
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	return string(src[i:j])
}
