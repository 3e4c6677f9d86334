package ast

import (
	"slices"
	"testing"
	"unsafe"
)

// TestNodeSize keeps Node small: a large configuration holds a Node per
// word, and on a 64-bit machine every byte here costs about 140 kB of fresh
// memory on a 3.5 MB file. Fields that few nodes set belong in nodeExt;
// origins are behind the same pointer (nodeMeta).
func TestNodeSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are checked on 64-bit machines")
	}
	if got := unsafe.Sizeof(Node{}); got > 64 {
		t.Errorf("unsafe.Sizeof(Node{}) = %d, want at most 64", got)
	}
}

// TestMetaCopyOnWrite holds the rule that nodes copied by value (as the
// effective view copies parsed nodes) share their nodeMeta and never see
// each other's origins, annotation or group change.
func TestMetaCopyOnWrite(t *testing.T) {
	o1 := Origin{Span: Span{Start: 1, End: 2}}
	o2 := Origin{Span: Span{Start: 3, End: 4}}
	o3 := Origin{Span: Span{Start: 5, End: 6}}
	tests := []struct {
		name string
		// change changes c, a copy of n (n has origins o1 and annotation "a").
		change    func(c, n *Node)
		wantCopy  []Origin
		wantNote  string
		wantGroup string
	}{
		{"AddOrigin", func(c, _ *Node) { c.AddOrigin(o3) }, []Origin{o1, o2, o3}, "a", ""},
		{"SetOrigins", func(c, _ *Node) { c.SetOrigins([]Origin{o3}) }, []Origin{o3}, "a", ""},
		{"SetOrigins nil", func(c, _ *Node) { c.SetOrigins(nil) }, nil, "a", ""},
		{"SetAnnotation", func(c, _ *Node) { c.SetAnnotation("b") }, []Origin{o1, o2}, "b", ""},
		{"SetInherited", func(c, _ *Node) { c.SetInherited("g", o3) }, []Origin{o1, o2}, "a", "g"},
		{"ShareOrigins", func(c, n *Node) { *c = Node{Name: "x"}; c.ShareOrigins(n); c.SetAnnotation("c") }, []Origin{o1, o2}, "c", ""},
		{"Arena.AddOrigin", func(c, _ *Node) { var a Arena; a.AddOrigin(c, o3) }, []Origin{o1, o2, o3}, "a", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a Arena
			n := &Node{Name: "x"}
			a.AddOrigin(n, o1)
			n.AddOrigin(o2)
			n.SetAnnotation("a")
			c := new(Node)
			*c = *n
			tt.change(c, n)
			if got := n.Origins(); len(got) != 2 || got[0] != o1 || got[1] != o2 {
				t.Errorf("original's origins = %v, want [%v %v]", got, o1, o2)
			}
			if n.Annotation() != "a" || n.Group() != "" {
				t.Errorf("original's annotation, group = %q, %q; want \"a\", \"\"", n.Annotation(), n.Group())
			}
			if got := c.Origins(); !slices.Equal(got, tt.wantCopy) {
				t.Errorf("copy's origins = %v, want %v", got, tt.wantCopy)
			}
			if c.Annotation() != tt.wantNote || c.Group() != tt.wantGroup {
				t.Errorf("copy's annotation, group = %q, %q; want %q, %q", c.Annotation(), c.Group(), tt.wantNote, tt.wantGroup)
			}
			if o := c.Origins(); len(o) > 0 && c.Origin() != o[0] {
				t.Errorf("Origin() = %v, want the first of %v", c.Origin(), o)
			}
		})
	}
}
