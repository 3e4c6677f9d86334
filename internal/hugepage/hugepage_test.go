package hugepage

import (
	"testing"
	"unsafe"
)

func TestOuter(t *testing.T) {
	const M = 1 << 20
	tests := []struct {
		start, size      uintptr
		wantFirst, wantN uintptr
	}{
		{0, 4 * M, 0, 4 * M},
		{8 << 10, 4 * M, 0, 6 * M},
		{1 * M, 2 * M, 0, 4 * M},
		{1 * M, 1, 0, 2 * M},
		{2 * M, 2*M - 1, 2 * M, 2 * M},
		{3 * M, 10 * M, 2 * M, 12 * M},
		{5 * M, 0, 0, 0},
	}
	for _, tt := range tests {
		first, n := outer(tt.start, tt.size)
		if n != tt.wantN || (n != 0 && first != tt.wantFirst) {
			t.Errorf("outer(%#x, %#x) = %#x, %#x; want %#x, %#x", tt.start, tt.size, first, n, tt.wantFirst, tt.wantN)
		}
	}
}

func TestMake(t *testing.T) {
	for _, n := range []int{0, 1, 1000, MinBytes / 8, 5 * MinBytes / 8, 5 * MinBytes / 4} {
		s := Make[uint64](n)
		if len(s) != 0 || cap(s) != n {
			t.Fatalf("Make(%d): len %d cap %d", n, len(s), cap(s))
		}
		s = s[:n]
		for i := range s {
			if s[i] != 0 {
				t.Fatalf("Make(%d)[%d] = %d, want zeroed memory", n, i, s[i])
			}
			s[i] = uint64(i)
		}
	}
}

// TestMakeAligned checks that a large slice from MakeAligned starts within
// one element past a huge-page boundary where the advice is given, and has
// the length, capacity and zeroed memory asked for everywhere.
func TestMakeAligned(t *testing.T) {
	type e24 [24]byte
	for _, n := range []int{0, 10, MinBytes/24 + 1, 3 * MinBytes / 24, 7*MinBytes/24 + 5} {
		s := MakeAligned[e24](n)
		if len(s) != 0 || cap(s) != n {
			t.Fatalf("MakeAligned(%d): len %d cap %d", n, len(s), cap(s))
		}
		if start := uintptr(unsafe.Pointer(unsafe.SliceData(s))); advises && n*24 >= MinBytes && start%pageSize >= 24 {
			t.Errorf("MakeAligned(%d) starts %#x past a huge-page boundary", n, start%pageSize)
		}
		s = s[:n]
		for i := range s {
			if s[i] != (e24{}) {
				t.Fatalf("MakeAligned(%d)[%d] is not zero", n, i)
			}
			s[i][23] = 1
		}
	}
}
