package hugepage

import "testing"

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
