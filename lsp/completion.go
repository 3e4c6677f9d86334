package lsp

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/junoslint/junoslint/ast"
	"github.com/junoslint/junoslint/grammar"
	"github.com/junoslint/junoslint/schema"
)

// handleCompletion answers "textDocument/completion". From the statement
// being typed (in a curly file the words since the last `{`, `;` or `}` on
// the line, below the blocks around the cursor; in a set file the words
// after the verb) it offers:
//
//   - the keywords valid next: for the PKI and REST hierarchies (and the
//     top-level statements) each with its documentation; elsewhere those
//     the file already uses at the same place, then every keyword the
//     schema knows there;
//   - the values of an enumerated statement, the recommended one first and
//     the weak ones marked deprecated (`scep-digest-algorithm` offers sha1
//     then md5; `cipher-list` the AEAD suites first);
//   - the names of the defined objects where a reference is expected
//     (`ca-profile-name ` offers the ca-profiles, `apply-groups ` the
//     groups, `import ` the policy-statements, `filter input ` the firewall
//     filters, …), and the existing names where a definition's name goes.
//
// Items replace the partial word before the cursor; the list is complete
// (isIncomplete false), filtered by that partial word.
func (s *Server) handleCompletion(_ context.Context, r *request) (any, error) {
	p, err := decode[CompletionParams](r.method, r.params)
	if err != nil {
		return nil, err
	}
	doc, err := needDoc(r)
	if err != nil {
		return nil, err
	}
	off := doc.Mapper.Offset(p.Position)
	path, partial := s.completionContext(doc, off)
	repl := Range{Start: doc.Mapper.Position(off - len(partial)), End: doc.Mapper.Position(off)}
	c := &completer{partial: partial, repl: repl, seen: map[string]bool{}}
	s.complete(doc, path, c)
	return CompletionList{Items: c.items}, nil
}

// completer collects completion items.
type completer struct {
	partial string
	repl    Range
	seen    map[string]bool
	items   []CompletionItem
}

// add appends an item unless its label is taken or does not start with the
// partial word.
func (c *completer) add(it CompletionItem) {
	if c.seen[it.Label] || !strings.HasPrefix(it.Label, c.partial) {
		return
	}
	c.seen[it.Label] = true
	it.SortText = fmt.Sprintf("%04d", len(c.items))
	it.TextEdit = &TextEdit{Range: c.repl, NewText: it.Label}
	c.items = append(c.items, it)
}

// complete adds the items for a statement whose words so far are path.
func (s *Server) complete(doc *Document, path []string, c *completer) {
	kp := stripGroup(path)
	k, st := walkKeywords(s.keywords(), kp)
	if k != nil {
		switch {
		case st == walkKeyword && k.shape == shapeContainer, st == walkName && k.shape == shapeList:
			for _, kid := range k.children {
				c.add(keywordItem(kid))
			}
		case st == walkKeyword && (k.shape == shapeLeaf || k.shape == shapeLeafList),
			st == walkValue && k.shape == shapeLeafList:
			typed := map[string]bool{}
			if st == walkValue {
				for _, w := range kp {
					typed[w] = true
				}
			}
			for _, v := range k.values {
				if !typed[v.name] {
					c.add(valueItem(k, v))
				}
			}
		}
	}
	// Keywords the schema accepts here that the document itself uses in
	// the same place elsewhere (other interfaces' units, other groups).
	if k == nil || k.partial || st == walkName && k.shape == shapeList {
		for _, w := range s.keywordsInUse(doc, kp) {
			c.add(CompletionItem{Label: w, Kind: CompletionKeyword, Detail: "used elsewhere in this file"})
		}
		// Then every keyword the schema knows there.
		for _, w := range s.linter.Schema().Lookup(kp).Keywords() {
			c.add(CompletionItem{Label: w, Kind: CompletionKeyword, Detail: "keyword"})
		}
	}
	// Names of defined objects where the next word names one.
	probe := append(append([]string(nil), path...), "x")
	if kind, def := classifyPath(probe, true); kind != 0 {
		x := s.objects(doc)
		for _, name := range x.names(kind) {
			if kind == objInterface && def && len(stripGroup(probe)) == 4 {
				continue // unit numbers
			}
			detail := kind.String()
			if defs := x.definitions(kind, name); len(defs) > 0 {
				detail = fmt.Sprintf("%s, defined on line %d", kind, doc.Mapper.Position(defs[0].span.Start).Line+1)
			}
			c.add(CompletionItem{Label: name, Kind: CompletionReference, Detail: detail})
		}
	}
}

// keywordsInUse returns the keywords that follow path elsewhere in doc: the
// children of every configuration node (groups included) whose path
// matches path, list keys and entry names matching any name, kept when the
// schema knows them as keywords there. Sorted.
func (s *Server) keywordsInUse(doc *Document, path []string) []string {
	sch := s.linter.Schema()
	elem := sch.Lookup(path)
	if !elem.HoldsStatements() {
		return nil // a value or a key comes next, not a keyword
	}
	// A word matched by the catch-all of its parent (a list key, an
	// interface name below `interfaces`) matches any name elsewhere;
	// keywords and named keys (`family inet`) match themselves.
	wild := make([]bool, len(path))
	for i := range path {
		parent := sch.Lookup(path[:i])
		e := parent.Child(path[i])
		wild[i] = e.Kind() != schema.Unknown && e == parent.Child("\x00")
	}
	root := s.file(doc).Config
	starts := append([]*ast.Node{root}, children(root.Child("groups"))...)
	seen := map[string]bool{}
	var walk func(n *ast.Node, i int)
	walk = func(n *ast.Node, i int) {
		if i == len(path) {
			for _, c := range n.Children {
				if !seen[c.Name] && isKeywordKind(elem.Child(c.Name).Kind()) {
					seen[c.Name] = true
				}
			}
			return
		}
		if wild[i] {
			for _, c := range n.Children {
				walk(c, i+1)
			}
			return
		}
		if c := n.Child(path[i]); c != nil {
			walk(c, i+1)
		}
	}
	for _, st := range starts {
		walk(st, 0)
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// isKeywordKind reports whether a word of kind k is a keyword (not a key,
// a value or unknown).
func isKeywordKind(k schema.Kind) bool {
	switch k {
	case schema.Container, schema.List, schema.Leaf, schema.LeafList, schema.Flag:
		return true
	}
	return false
}

// children returns n's children; nil when n is nil.
func children(n *ast.Node) []*ast.Node {
	if n == nil {
		return nil
	}
	return n.Children
}

// keywordItem is the completion item of a keyword.
func keywordItem(k *kwDoc) CompletionItem {
	it := CompletionItem{Label: k.name, Kind: CompletionKeyword, Detail: firstSentence(k.text)}
	if k.text != "" {
		it.Documentation = &MarkupContent{Kind: "markdown", Value: k.markdown(nil, "")}
	}
	if k.deprecated {
		it.Deprecated, it.Tags = true, []int{1}
	}
	return it
}

// valueItem is the completion item of an enumerated value of k.
func valueItem(k *kwDoc, v kwValue) CompletionItem {
	it := CompletionItem{Label: v.name, Kind: CompletionEnumMember, Detail: v.text}
	if v.weak {
		it.Deprecated, it.Tags = true, []int{1}
	}
	return it
}

// firstSentence returns s up to its first ". ", or all of it.
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

// completionContext returns the configuration path of the statement being
// typed at off (the words before the cursor's word) and the partial word
// before the cursor.
func (s *Server) completionContext(doc *Document, off int) (path []string, partial string) {
	src := doc.Text
	ls := lineStart(src, off)
	line := string(src[ls:off])
	// Only the statement being typed counts: what follows the last `{`,
	// `;` or `}` on the line (outside quotes).
	cut := 0
	inQuote := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '"' && (i == 0 || line[i-1] != '\\'):
			inQuote = !inQuote
		case !inQuote && (c == '{' || c == ';' || c == '}'):
			cut = i + 1
		}
	}
	words := splitWords(line[cut:])
	if len(line) > cut && !isBlank(line[len(line)-1]) && len(words) > 0 {
		partial = words[len(words)-1]
		words = words[:len(words)-1]
		if strings.HasPrefix(partial, `"`) {
			partial = "" // no completion inside a quoted value
		}
	}
	f := s.file(doc)
	if cut == 0 && len(words) > 0 && grammar.IsVerb(words[0]) && enclosingBlock(f.Stmts, off) == nil {
		return words[1:], partial
	}
	if b := enclosingBlock(f.Stmts, off); b != nil {
		path = stmtPath(b, len(b.Words)-1)
	}
	return append(path, words...), partial
}

// splitWords splits a line into words at blanks and `[`/`]`, keeping a
// quoted string whole.
func splitWords(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isBlank(c) || c == '[' || c == ']':
			i++
		case c == '"':
			j := i + 1
			for j < len(s) && !(s[j] == '"' && s[j-1] != '\\') {
				j++
			}
			if j < len(s) {
				out = append(out, ast.Unquote(s[i:j+1]))
				i = j + 1
			} else {
				out = append(out, s[i:]) // unterminated: keep the quote so it is seen
				i = len(s)
			}
		default:
			j := i
			for j < len(s) && !isBlank(s[j]) && s[j] != '[' && s[j] != ']' {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// enclosingBlock returns the innermost curly block whose braces hold off,
// or nil at top level.
func enclosingBlock(stmts []*ast.Stmt, off int) *ast.Stmt {
	var found *ast.Stmt
	for len(stmts) > 0 {
		i := sort.Search(len(stmts), func(i int) bool { return stmts[i].Span.Start >= off }) - 1
		if i < 0 {
			break
		}
		st := stmts[i]
		if !st.HasBlock || st.Open < 0 || st.Open >= off || (st.Close >= 0 && off > st.Close) {
			break
		}
		found = st
		stmts = st.Children
	}
	return found
}
