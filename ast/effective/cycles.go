package effective

import "github.com/junoslint/junoslint/ast"

// edge is one `apply-groups` value inside a group: the group applies `to`.
type edge struct {
	to     string
	origin ast.Origin
}

// findCycles returns the groups that apply themselves, directly or through
// other groups: every group of a strongly connected component of the
// apply-groups graph that holds a cycle, with the word inside it that
// applies the next group of the cycle. Groups are listed in the order they
// are defined. Inheritance itself cannot loop (it stops when no new group
// name turns up); this only reports the mistake.
func findCycles(order []GroupRef, graph map[string][]edge) []GroupRef {
	t := tarjan{graph: graph, index: map[string]int{}, low: map[string]int{}, on: map[string]bool{}, comp: map[string]int{}}
	for _, g := range order {
		if _, seen := t.index[g.Name]; !seen {
			t.visit(g.Name)
		}
	}
	size := map[int]int{}
	for _, c := range t.comp {
		size[c]++
	}
	var out []GroupRef
	for _, g := range order {
		c, ok := t.comp[g.Name]
		if !ok {
			continue
		}
		for _, e := range graph[g.Name] {
			if ec, ok := t.comp[e.to]; ok && ec == c && (size[c] > 1 || e.to == g.Name) {
				out = append(out, GroupRef{Name: g.Name, Origin: e.origin})
				break
			}
		}
	}
	return out
}

// tarjan finds strongly connected components (Tarjan's algorithm).
type tarjan struct {
	graph map[string][]edge
	index map[string]int
	low   map[string]int
	on    map[string]bool
	comp  map[string]int
	stack []string
	next  int
	ncomp int
}

func (t *tarjan) visit(v string) {
	t.index[v], t.low[v] = t.next, t.next
	t.next++
	t.stack = append(t.stack, v)
	t.on[v] = true
	for _, e := range t.graph[v] {
		if _, seen := t.index[e.to]; !seen {
			t.visit(e.to)
			t.low[v] = min(t.low[v], t.low[e.to])
		} else if t.on[e.to] {
			t.low[v] = min(t.low[v], t.index[e.to])
		}
	}
	if t.low[v] != t.index[v] {
		return
	}
	for {
		w := t.stack[len(t.stack)-1]
		t.stack = t.stack[:len(t.stack)-1]
		t.on[w] = false
		t.comp[w] = t.ncomp
		if w == v {
			break
		}
	}
	t.ncomp++
}
