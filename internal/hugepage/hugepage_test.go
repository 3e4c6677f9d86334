package hugepage

import (
	"testing"
	"unsafe"
)

func TestInner(t *testing.T) {
	const M = 1 << 20
	tests := []struct {
		start, size      uintptr
		wantFirst, wantN uintptr
	}{
		{0, 4 * M, 0, 4 * M},
		{8 << 10, 4 * M, 2 * M, 2 * M},
		{1 * M, 2 * M, 0, 0},
		{1 * M, 3 * M, 2 * M, 2 * M},
		{2 * M, 2*M - 1, 0, 0},
		{3 * M, 10 * M, 4 * M, 8 * M},
	}
	for _, tt := range tests {
		first, n := inner(tt.start, tt.size)
		if n != tt.wantN || (n != 0 && first != tt.wantFirst) {
			t.Errorf("inner(%#x, %#x) = %#x, %#x; want %#x, %#x", tt.start, tt.size, first, n, tt.wantFirst, tt.wantN)
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

// TestMakeAligned checks, where the advice is given, that a large slice
// starts on a huge-page boundary and that its last element lies inside the
// whole huge pages of its allocation, for element sizes that do not divide
// a huge page.
func TestMakeAligned(t *testing.T) {
	if !advises {
		t.Skip("no huge-page advice on this system")
	}
	check := func(name string, start, elem uintptr, n int) {
		t.Helper()
		if start%pageSize >= elem {
			t.Errorf("%s: starts %#x past a huge-page boundary (element %d bytes)", name, start%pageSize, elem)
		}
	}
	type e24 [24]byte
	type e88 [88]byte
	type e168 [168]byte
	for _, n := range []int{MinBytes/24 + 1, 3 * MinBytes / 24, 7*MinBytes/24 + 5} {
		s := Make[e24](n)
		check("e24", uintptr(unsafe.Pointer(unsafe.SliceData(s))), 24, n)
		if len(s) != 0 || cap(s) != n {
			t.Fatalf("Make[e24](%d): len %d cap %d", n, len(s), cap(s))
		}
	}
	s88 := Make[e88](5 * MinBytes / 88)
	check("e88", uintptr(unsafe.Pointer(unsafe.SliceData(s88))), 88, cap(s88))
	s168 := Make[e168](9 * MinBytes / 168)
	check("e168", uintptr(unsafe.Pointer(unsafe.SliceData(s168))), 168, cap(s168))
	s168 = s168[:cap(s168)]
	s168[len(s168)-1][167] = 1 // the last byte is ours to write
}
