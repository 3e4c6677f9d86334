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
// one element past a huge-page boundary where the advice is given, has a
// capacity of at least what was asked for (exactly that without advice)
// that ends in the last huge page the elements asked for reach, and
// zeroed memory.
func TestMakeAligned(t *testing.T) {
	type e24 [24]byte
	for _, n := range []int{0, 10, MinBytes/24 + 1, 3 * MinBytes / 24, 7*MinBytes/24 + 5} {
		s := MakeAligned[e24](n)
		big := advises && n*24 >= MinBytes
		if len(s) != 0 || cap(s) < n || !big && cap(s) != n {
			t.Fatalf("MakeAligned(%d): len %d cap %d", n, len(s), cap(s))
		}
		start := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
		if big && start%pageSize >= 24 {
			t.Errorf("MakeAligned(%d) starts %#x past a huge-page boundary", n, start%pageSize)
		}
		lastPage := func(k int) uintptr { return (start + uintptr(k)*24 - 1) / pageSize }
		if big && (lastPage(cap(s)) != lastPage(n) || lastPage(cap(s)+1) == lastPage(n)) {
			t.Errorf("MakeAligned(%d): capacity %d does not run to the end of the last huge page the elements reach", n, cap(s))
		}
		s = s[:cap(s)]
		for i := range s {
			if s[i] != (e24{}) {
				t.Fatalf("MakeAligned(%d)[%d] is not zero", n, i)
			}
			s[i][23] = 1
		}
	}
}

func TestRest(t *testing.T) {
	b := MakeAligned[byte](MinBytes + 10)[:MinBytes+10]
	if r := Rest(b, 1); advises && (r == nil || len(r) != 0 || cap(r) != cap(b)-len(b)) {
		t.Fatalf("Rest: len %d cap %d, want 0 and %d", len(r), cap(r), cap(b)-len(b))
	}
	if r := Rest(b, cap(b)-len(b)+1); r != nil {
		t.Errorf("Rest with more than the room asked for returned %d bytes", cap(r))
	}
	for i, c := range Rest(b, 0)[:cap(b)-len(b)] {
		if c != 0 {
			t.Fatalf("Rest byte %d is %d, want 0", i, c)
		}
	}
}
