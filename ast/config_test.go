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

// TestMetaCopyOnWrite holds the rule that a node and its copy (as the
// effective view copies parsed nodes, with ShallowCopyTo or ShareOrigins)
// never see each other's origins, annotation or group change, even when
// both append origins into room their shared memory has.
func TestMetaCopyOnWrite(t *testing.T) {
	o1 := Origin{Span: Span{Start: 1, End: 2}}
	o2 := Origin{Span: Span{Start: 3, End: 4}}
	o3 := Origin{Span: Span{Start: 5, End: 6}}
	oc := Origin{Span: Span{Start: 7, End: 8}}
	on := Origin{Span: Span{Start: 9, End: 10}}
	tests := []struct {
		name string
		// change changes c, a copy of n (n has origins o1 o2 o3, with room
		// for a fourth, and annotation "a").
		change    func(c, n *Node)
		wantCopy  []Origin
		wantNote  string
		wantGroup string
	}{
		{"AddOrigin", func(c, _ *Node) { c.AddOrigin(oc) }, []Origin{o1, o2, o3, oc}, "a", ""},
		{"SetOrigins", func(c, _ *Node) { c.SetOrigins([]Origin{oc}) }, []Origin{oc}, "a", ""},
		{"SetOrigins nil", func(c, _ *Node) { c.SetOrigins(nil) }, nil, "a", ""},
		{"SetAnnotation", func(c, _ *Node) { c.SetAnnotation("b"); c.AddOrigin(oc) }, []Origin{o1, o2, o3, oc}, "b", ""},
		{"SetInherited", func(c, _ *Node) { c.SetInherited("g", oc) }, []Origin{o1, o2, o3}, "a", "g"},
		{"ShareOrigins", func(c, n *Node) { *c = Node{Name: "x"}; c.ShareOrigins(n); c.SetAnnotation("c"); c.AddOrigin(oc) }, []Origin{o1, o2, o3, oc}, "c", ""},
		{"Arena.AddOrigin", func(c, _ *Node) { var a Arena; a.AddOrigin(c, oc) }, []Origin{o1, o2, o3, oc}, "a", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a Arena
			n := &Node{Name: "x"}
			a.AddOrigin(n, o1)
			n.AddOrigin(o2)
			n.AddOrigin(o3)
			if o := n.Origins(); cap(o) == len(o) {
				t.Fatalf("origins have no room (len %d, cap %d): the test needs some", len(o), cap(o))
			}
			n.SetAnnotation("a")
			c := new(Node)
			n.ShallowCopyTo(c)
			tt.change(c, n)
			// The original appends where the copy's origins end.
			n.AddOrigin(on)
			if got, want := n.Origins(), []Origin{o1, o2, o3, on}; !slices.Equal(got, want) {
				t.Errorf("original's origins = %v, want %v", got, want)
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
