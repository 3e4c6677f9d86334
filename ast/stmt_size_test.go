package ast

import (
	"testing"
	"unsafe"
)

// TestStmtSize keeps Stmt small: a large configuration holds a Stmt per
// line, about 85,000 on a 3.5 MB file, so on a 64-bit machine every 8 bytes
// here cost about 0.7 MB of fresh memory per parse. Fields that few
// statements set belong in stmtExt.
func TestStmtSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are checked on 64-bit machines")
	}
	if got := unsafe.Sizeof(Stmt{}); got > 168 {
		t.Errorf("unsafe.Sizeof(Stmt{}) = %d, want at most 168", got)
	}
}
