package fix

import (
	"bytes"
	"sort"
)

// Edit replaces the bytes [Start, End) of a document with New. Start and End
// are byte offsets into the document the edit was computed for; Start ==
// End inserts.
type Edit struct {
	Start int // byte offset of the first byte replaced, 0-based
	End   int // byte offset one past the last byte replaced
	New   string
}

// overlaps reports whether a and b cannot both be applied: they share a
// byte, or one inserts inside the other's range or right at its end. An
// insertion belongs after the text before it (a line added after the line
// it follows, a statement added after a block's last statement), so text
// another edit changes or removes right before it takes it along; text
// changed right after it does not. Two insertions at one offset do not
// overlap: they apply in order.
func overlaps(a, b Edit) bool {
	if a.Start == a.End && b.Start == b.End {
		return false
	}
	if a.Start == a.End {
		return b.Start < a.Start && a.Start <= b.End
	}
	if b.Start == b.End {
		return a.Start < b.Start && b.Start <= a.End
	}
	return a.Start < b.End && b.Start < a.End
}

// sortEdits sorts edits by Start, then End, keeping the order of equal ones
// (insertions at one offset apply in the order given).
func sortEdits(edits []Edit) {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].Start != edits[j].Start {
			return edits[i].Start < edits[j].Start
		}
		return edits[i].End < edits[j].End
	})
}

// Apply applies edits to src and returns the result. Edits are taken in the
// order given: an edit that overlaps one already taken is skipped ("apply
// the first, skip the rest"); an edit identical to one already taken is
// dropped and counted as applied. Edits whose offsets fall outside src are
// skipped. src is not modified.
func Apply(src []byte, edits []Edit) (out []byte, applied, skipped int) {
	var taken []Edit
	for _, e := range edits {
		switch {
		case e.Start < 0 || e.End < e.Start || e.End > len(src):
			skipped++
		case containsEdit(taken, e):
			applied++
		case overlapsAny(taken, e):
			skipped++
		default:
			taken = append(taken, e)
			applied++
		}
	}
	return splice(src, taken), applied, skipped
}

// ApplyFixes applies groups of edits, one group per fix, to src: a group is
// taken whole or not at all. Groups are taken in the order given; a group
// with an edit that overlaps an edit already taken is skipped. Edits
// identical to ones already taken are dropped. It returns the result and,
// for each group, whether it was taken.
func ApplyFixes(src []byte, groups [][]Edit) (out []byte, taken []bool) {
	var all []Edit
	taken = make([]bool, len(groups))
	for gi, g := range groups {
		ok := true
		var fresh []Edit
		for _, e := range g {
			if e.Start < 0 || e.End < e.Start || e.End > len(src) {
				ok = false
				break
			}
			if containsEdit(all, e) || containsEdit(fresh, e) {
				continue
			}
			if overlapsAny(all, e) {
				ok = false
				break
			}
			fresh = append(fresh, e)
		}
		if !ok {
			continue
		}
		all = append(all, fresh...)
		taken[gi] = true
	}
	return splice(src, all), taken
}

func containsEdit(list []Edit, e Edit) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

func overlapsAny(list []Edit, e Edit) bool {
	for _, x := range list {
		if overlaps(x, e) {
			return true
		}
	}
	return false
}

// splice applies edits that do not overlap to src.
func splice(src []byte, edits []Edit) []byte {
	es := append([]Edit(nil), edits...)
	sortEdits(es)
	var b bytes.Buffer
	b.Grow(len(src) + 64)
	pos := 0
	for _, e := range es {
		b.Write(src[pos:e.Start])
		b.WriteString(e.New)
		pos = e.End
	}
	b.Write(src[pos:])
	return b.Bytes()
}

// compose returns edits on S0 equivalent to applying e1 to S0 (giving s1)
// and then e2 to s1. Both lists must be sorted and free of overlaps. An edit
// of e2 that touches text e1 inserted or changed is merged with those e1
// edits into one edit; other edits pass through, e2's shifted back to S0
// offsets.
func compose(e1 []Edit, s1 []byte, e2 []Edit) []Edit {
	if len(e1) == 0 {
		return append([]Edit(nil), e2...)
	}
	if len(e2) == 0 {
		return append([]Edit(nil), e1...)
	}
	// images of e1's edits in s1
	type span struct{ a, b int }
	img := make([]span, len(e1))
	delta := make([]int, len(e1))
	shift := 0
	for i, e := range e1 {
		a := e.Start + shift
		img[i] = span{a, a + len(e.New)}
		delta[i] = len(e.New) - (e.End - e.Start)
		shift += delta[i]
	}
	// back maps an s1 offset outside every image to S0: minus the shifts of
	// the images ending before it (strictly before when strict).
	back := func(p int, strict bool) int {
		d := 0
		for i, s := range img {
			if s.b < p || (!strict && s.b == p) {
				d += delta[i]
			}
		}
		return p - d
	}
	// union-find over e1 (0..n1-1) and e2 (n1..)
	n1 := len(e1)
	parent := make([]int, n1+len(e2))
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for j, e := range e2 {
		for i, s := range img {
			if e.Start <= s.b && s.a <= e.End {
				parent[find(n1+j)] = find(i)
			}
		}
	}
	type group struct {
		e1s, e2s []int
	}
	groups := map[int]*group{}
	var order []int
	for x := range parent {
		r := find(x)
		g := groups[r]
		if g == nil {
			g = &group{}
			groups[r] = g
			order = append(order, r)
		}
		if x < n1 {
			g.e1s = append(g.e1s, x)
		} else {
			g.e2s = append(g.e2s, x-n1)
		}
	}
	var out []Edit
	for _, r := range order {
		g := groups[r]
		switch {
		case len(g.e2s) == 0:
			for _, i := range g.e1s {
				out = append(out, e1[i])
			}
		case len(g.e1s) == 0:
			for _, j := range g.e2s {
				e := e2[j]
				out = append(out, Edit{Start: back(e.Start, true), End: back(e.End, false), New: e.New})
			}
		default:
			lo, hi := -1, -1
			start0, end0 := -1, -1
			for _, i := range g.e1s {
				if lo < 0 || img[i].a < lo {
					lo = img[i].a
				}
				hi = max(hi, img[i].b)
				if start0 < 0 || e1[i].Start < start0 {
					start0 = e1[i].Start
				}
				end0 = max(end0, e1[i].End)
			}
			var mine []Edit
			for _, j := range g.e2s {
				e := e2[j]
				mine = append(mine, e)
				if e.Start < lo {
					lo = e.Start
					start0 = min(start0, back(e.Start, true))
				}
				if e.End > hi {
					hi = e.End
					end0 = max(end0, back(e.End, false))
				}
			}
			// the new text: s1[lo:hi] with this group's e2 edits applied
			local := make([]Edit, len(mine))
			for k, e := range mine {
				local[k] = Edit{Start: e.Start - lo, End: e.End - lo, New: e.New}
			}
			out = append(out, Edit{Start: start0, End: end0, New: string(splice(s1[lo:hi], local))})
		}
	}
	sortEdits(out)
	// edits that touch become one, so that no insertion sits at the end of
	// another edit (Apply would take that for a conflict)
	merged := out[:0:0]
	for _, e := range out {
		if k := len(merged) - 1; k >= 0 && merged[k].End == e.Start {
			merged[k].End, merged[k].New = e.End, merged[k].New+e.New
			continue
		}
		merged = append(merged, e)
	}
	return merged
}
