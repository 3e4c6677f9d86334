package ast

import "hash/maphash"

// childIndex finds a node's children by name: an open-addressing table
// whose slots hold 32 bits of a child's name hash and its position in
// Children. Keeping the hash bits lets the table grow, and be copied,
// without reading a single name again: on a node with thousands of
// children whose names point all over a large source, rehashing the names
// (as a Go map does at every growth) was most of the cost of building it.
type childIndex struct {
	// slots has a power-of-two length; a slot is tag<<32 | (position+1),
	// 0 when empty, and a name's probe starts at tag & (len(slots)-1).
	slots []uint64
	n     int // filled slots
}

// indexSeed seeds the name hash. It is set once, when the program starts,
// and never changed.
var indexSeed = maphash.MakeSeed()

// nameTag returns the 32 hash bits of name that the index keeps.
func nameTag(name string) uint32 { return uint32(maphash.String(indexSeed, name) >> 32) }

// newChildIndex returns an index of kids: the position of the first child
// of each name. Its tables come from a (nil for none).
func newChildIndex(kids []*Node, a *Arena) *childIndex {
	size := 16
	for size < 2*len(kids) {
		size *= 2
	}
	x := &childIndex{slots: a.table(size)}
	for i, c := range kids {
		x.add(kids, i, c.Name, a)
	}
	return x
}

// find returns the position in kids of the first child named name, or -1.
func (x *childIndex) find(kids []*Node, name string) int {
	tag := nameTag(name)
	mask := uint32(len(x.slots) - 1)
	for i := tag & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return -1
		}
		if uint32(s>>32) == tag {
			if p := int(uint32(s)) - 1; kids[p].Name == name {
				return p
			}
		}
	}
}

// add records that kids[pos] is named name, unless an earlier child has
// that name: the index keeps the first child of each name, as Child's scan
// of a small node does. A larger table comes from a (nil for none).
func (x *childIndex) add(kids []*Node, pos int, name string, a *Arena) {
	if 2*(x.n+1) > len(x.slots) {
		x.grow(a)
	}
	tag := nameTag(name)
	mask := uint32(len(x.slots) - 1)
	for i := tag & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			x.slots[i] = uint64(tag)<<32 | uint64(pos+1)
			x.n++
			return
		}
		if uint32(s>>32) == tag && kids[int(uint32(s))-1].Name == name {
			return
		}
	}
}

// grow doubles the table, placing the slots by the tags they hold. The new
// table comes from a (nil for none).
func (x *childIndex) grow(a *Arena) {
	old := x.slots
	x.slots = a.table(2 * len(old))
	mask := uint32(len(x.slots) - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := uint32(s>>32) & mask
		for x.slots[i] != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = s
	}
}

// clone returns a copy of x that changes independently.
func (x *childIndex) clone() *childIndex {
	return &childIndex{slots: append([]uint64(nil), x.slots...), n: x.n}
}
