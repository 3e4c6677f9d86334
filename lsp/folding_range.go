package lsp

import (
	"context"
	"sort"

	"github.com/junoslint/junoslint/ast"
)

// maxSetFoldDepth is how many leading path words set-file folds group by.
const maxSetFoldDepth = 4

// handleFoldingRange answers "textDocument/foldingRange" with whole-line
// ranges:
//
//   - every curly block that spans lines, from the line of its `{` to the
//     line before its `}` (the brace stays visible);
//   - every `/* … */` annotation over several lines, and every run of two
//     or more `#` comment lines, as kind "comment";
//   - in set files, runs of consecutive commands that share their first
//     one, two, three or four path words (`set interfaces …`, `set
//     interfaces ge-0/0/0 …`), as kind "region", nested.
func (s *Server) handleFoldingRange(ctx context.Context, r *request) (any, error) {
	if _, err := decode[FoldingRangeParams](r.method, r.params); err != nil {
		return nil, err
	}
	doc, err := needDoc(r)
	if err != nil {
		return nil, err
	}
	f := s.file(doc)
	m := doc.Mapper
	line := func(off int) uint32 { return m.Position(off).Line }
	out := []FoldingRange{}
	var comments []ast.Comment
	var walk func(sts []*ast.Stmt)
	walk = func(sts []*ast.Stmt) {
		for _, st := range sts {
			comments = append(comments, st.Leading()...)
			comments = append(comments, st.Trailing()...)
			if st.HasBlock && st.Open >= 0 && st.Close > st.Open {
				start, end := line(st.Open), line(st.Close)
				if end > start+1 {
					out = append(out, FoldingRange{StartLine: start, EndLine: end - 1})
				}
			}
			walk(st.Children)
		}
	}
	walk(f.Stmts)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	comments = append(comments, f.Footer...)
	out = append(out, commentFolds(comments, line)...)
	out = append(out, setFolds(f.Stmts, line)...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].StartLine != out[j].StartLine {
			return out[i].StartLine < out[j].StartLine
		}
		return out[i].EndLine > out[j].EndLine
	})
	return out, nil
}

// commentFolds returns the folds of multi-line annotations and of runs of
// `#` comments on consecutive lines.
func commentFolds(cs []ast.Comment, line func(int) uint32) []FoldingRange {
	sort.Slice(cs, func(i, j int) bool { return cs[i].Span.Start < cs[j].Span.Start })
	var out []FoldingRange
	runStart, runEnd, inRun := uint32(0), uint32(0), false
	flush := func() {
		if inRun && runEnd > runStart {
			out = append(out, FoldingRange{StartLine: runStart, EndLine: runEnd, Kind: "comment"})
		}
		inRun = false
	}
	for _, c := range cs {
		if c.Kind == ast.CommentAnnotation {
			flush()
			if a, b := line(c.Span.Start), line(c.Span.End); b > a {
				out = append(out, FoldingRange{StartLine: a, EndLine: b, Kind: "comment"})
			}
			continue
		}
		l := line(c.Span.Start)
		if inRun && (l == runEnd+1 || l == runEnd) {
			runEnd = l
			continue
		}
		flush()
		runStart, runEnd, inRun = l, l, true
	}
	flush()
	return out
}

// setFolds returns the folds of runs of set commands sharing leading path
// words, one level per word up to maxSetFoldDepth.
func setFolds(sts []*ast.Stmt, line func(int) uint32) []FoldingRange {
	var cmds []*ast.Stmt
	for _, st := range sts {
		if st.IsCommand() {
			cmds = append(cmds, st)
		}
	}
	var out []FoldingRange
	var fold func(cmds []*ast.Stmt, depth int)
	fold = func(cmds []*ast.Stmt, depth int) {
		if depth > maxSetFoldDepth {
			return
		}
		for i := 0; i < len(cmds); {
			j := i + 1
			for j < len(cmds) && samePrefix(cmds[i], cmds[j], depth) && line(cmds[j].Span.Start) <= line(cmds[j-1].Span.End)+1 {
				j++
			}
			if j-i >= 2 {
				// A run as long as the enclosing one would repeat its fold.
				if start, end := line(cmds[i].Span.Start), line(cmds[j-1].Span.End); end > start && (depth == 1 || j-i < len(cmds)) {
					out = append(out, FoldingRange{StartLine: start, EndLine: end, Kind: "region"})
				}
				fold(cmds[i:j], depth+1)
			}
			i = j
		}
	}
	fold(cmds, 1)
	return out
}

// samePrefix reports whether two commands share their verb and first n
// words.
func samePrefix(a, b *ast.Stmt, n int) bool {
	if a.Verb.Raw != b.Verb.Raw || len(a.Words) <= n || len(b.Words) <= n {
		return false
	}
	for i := 0; i < n; i++ {
		if a.Words[i].Value() != b.Words[i].Value() {
			return false
		}
	}
	return true
}
