package ast

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// firstNamed is what Child must answer: the first child named name, by a
// plain scan.
func firstNamed(n *Node, name string) *Node {
	for _, c := range n.Children {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// checkChildren holds n.Child to firstNamed for every name in names.
func checkChildren(t *testing.T, step string, n *Node, names []string) {
	t.Helper()
	for _, name := range names {
		if got, want := n.Child(name), firstNamed(n, name); got != want {
			t.Fatalf("after %s: Child(%q) = %p, want %p (%d children)", step, name, got, want, len(n.Children))
		}
	}
}

// TestChildIndexModel runs random edits on nodes of every size around the
// index threshold and the table's growth steps, and after each one checks
// Child, on the node and on copies of it, against a plain scan.
func TestChildIndexModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	names := make([]string, 300)
	for i := range names {
		names[i] = fmt.Sprintf("ge-0/0/%d", i)
	}
	for round := range 15 {
		n := NewRoot()
		// A small arena: its tables run out during the round, and the
		// rest are allocated one by one.
		arena := NewArena(0, make([]uint64, 16+rng.IntN(200)))
		pool := names[:5+rng.IntN(len(names)-5)]
		var copies []*Node
		for step := range 300 {
			name := pool[rng.IntN(len(pool))]
			var what string
			switch op := rng.IntN(20); {
			case op < 10:
				what = "Add " + name
				n.Add(name, false)
			case op < 12:
				what = "AddNode (a duplicate name) " + name
				n.AddNode(&Node{Name: name})
			case op < 13:
				what = "Arena.AddNode (a duplicate name) " + name
				arena.AddNode(n, &Node{Name: name})
			case op < 14 && len(n.Children) > 0:
				c := n.Children[rng.IntN(len(n.Children))]
				what = "Remove " + c.Name
				n.Remove(c)
			case op < 15 && len(n.Children) > 1:
				c, ref := n.Children[rng.IntN(len(n.Children))], n.Children[rng.IntN(len(n.Children))]
				what = "Move " + c.Name
				n.Move(c, ref, rng.IntN(2) == 0)
			case op < 16 && len(n.Children) > 0:
				c := n.Children[rng.IntN(len(n.Children))]
				what = "Rename " + c.Name + " to " + name
				c.Rename(name, false)
				// A shallow copy shares the renamed child but not the index
				// that Rename updates; ShallowCopyTo leaves renames to the
				// copy's owner. Deep copies stay.
				copies = deepOnly(copies)
			case op < 17:
				what = "ShallowCopyTo"
				dst := &Node{Name: "shallow"}
				n.ShallowCopyTo(dst)
				dst.Name = "shallow"
				copies = append(copies, dst)
			case op < 18:
				what = "Clone"
				copies = append(copies, n.Clone())
			case op < 19:
				what = "AppendChildren"
				n.AppendChildren([]*Node{{Name: name}, {Name: pool[rng.IntN(len(pool))]}})
			default:
				if rng.IntN(10) == 0 {
					what = "RemoveAll"
					n.RemoveAll()
				} else {
					what = "Add " + name
					n.Add(name, false)
				}
			}
			if len(copies) > 4 {
				copies = copies[1:]
			}
			checkChildren(t, fmt.Sprintf("round %d step %d %s", round, step, what), n, pool)
			for i, c := range copies {
				checkChildren(t, fmt.Sprintf("round %d step %d %s (copy %d)", round, step, what, i), c, pool)
			}
		}
	}
}

// deepOnly drops the shallow copies (named "shallow") from copies.
func deepOnly(copies []*Node) []*Node {
	var out []*Node
	for _, c := range copies {
		if c.Name != "shallow" {
			out = append(out, c)
		}
	}
	return out
}

// TestChildIndexCopyIndependent checks that a shallow copy's index and the
// original's change apart: a child added to one is not found in the other.
func TestChildIndexCopyIndependent(t *testing.T) {
	n := NewRoot()
	for i := range 20 {
		n.Add(fmt.Sprint(i), false)
	}
	var c Node
	n.ShallowCopyTo(&c)
	c.Add("copy-only", false)
	n.Add("original-only", false)
	if n.Child("copy-only") != nil || c.Child("original-only") != nil {
		t.Error("a shallow copy shares its child index with the original")
	}
	if c.Child("copy-only") == nil || n.Child("original-only") == nil {
		t.Error("a child added after the copy is not found")
	}
}
