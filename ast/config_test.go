package ast

import (
	"testing"
	"unsafe"
)

// TestNodeSize keeps Node small: a large configuration holds a Node per
// word, and on a 64-bit machine every byte here costs about 140 kB of fresh
// memory on a 3.5 MB file. Fields that few nodes set belong in nodeExt.
func TestNodeSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are checked on 64-bit machines")
	}
	if got := unsafe.Sizeof(Node{}); got > 88 {
		t.Errorf("unsafe.Sizeof(Node{}) = %d, want at most 88", got)
	}
}
