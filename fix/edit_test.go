package fix_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/junoslint/junoslint/fix"
)

func TestApply(t *testing.T) {
	src := []byte("0123456789")
	tests := []struct {
		name             string
		edits            []fix.Edit
		want             string
		applied, skipped int
	}{
		{"none", nil, "0123456789", 0, 0},
		{"replace", []fix.Edit{{Start: 2, End: 4, New: "ab"}}, "01ab456789", 1, 0},
		{"unsorted", []fix.Edit{{Start: 8, End: 9, New: "x"}, {Start: 0, End: 1, New: "y"}}, "y1234567x9", 2, 0},
		{"overlap skipped", []fix.Edit{{Start: 2, End: 5, New: "a"}, {Start: 4, End: 6, New: "b"}}, "01a56789", 1, 1},
		{"first wins", []fix.Edit{{Start: 4, End: 6, New: "b"}, {Start: 2, End: 5, New: "a"}}, "0123b6789", 1, 1},
		{"insert inside a replacement", []fix.Edit{{Start: 2, End: 5}, {Start: 3, End: 3, New: "x"}}, "0156789", 1, 1},
		{"inserts at one offset keep order", []fix.Edit{{Start: 3, End: 3, New: "a"}, {Start: 3, End: 3, New: "b"}}, "012ab3456789", 2, 0},
		{"insert at the end of a deletion", []fix.Edit{{Start: 2, End: 4}, {Start: 4, End: 4, New: ">"}}, "01456789", 1, 1},
		{"insert at the start of a deletion", []fix.Edit{{Start: 2, End: 2, New: "<"}, {Start: 2, End: 4}}, "01<456789", 2, 0},
		{"adjacent replacements", []fix.Edit{{Start: 2, End: 4, New: "a"}, {Start: 4, End: 6, New: "b"}}, "01ab6789", 2, 0},
		{"identical edit applied once", []fix.Edit{{Start: 1, End: 2, New: "x"}, {Start: 1, End: 2, New: "x"}}, "0x23456789", 2, 0},
		{"out of range skipped", []fix.Edit{{Start: 9, End: 11, New: "x"}}, "0123456789", 0, 1},
		{"append", []fix.Edit{{Start: 10, End: 10, New: "!"}}, "0123456789!", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, applied, skipped := fix.Apply(src, tt.edits)
			if string(out) != tt.want || applied != tt.applied || skipped != tt.skipped {
				t.Errorf("Apply = %q, %d applied, %d skipped; want %q, %d, %d", out, applied, skipped, tt.want, tt.applied, tt.skipped)
			}
			if string(src) != "0123456789" {
				t.Fatal("Apply modified its input")
			}
		})
	}
}

func TestApplyFixes(t *testing.T) {
	src := []byte("0123456789")
	groups := [][]fix.Edit{
		{{Start: 0, End: 1, New: "a"}, {Start: 5, End: 6, New: "b"}},
		{{Start: 8, End: 8, New: "c"}, {Start: 5, End: 7, New: "d"}}, // overlaps the first: skipped whole
		{{Start: 9, End: 10, New: "e"}},
		{{Start: 0, End: 1, New: "a"}}, // identical to an edit taken: nothing new to apply
	}
	out, taken := fix.ApplyFixes(src, groups)
	if string(out) != "a1234b678e" {
		t.Errorf("ApplyFixes = %q", out)
	}
	want := []bool{true, false, true, true}
	for i := range want {
		if taken[i] != want[i] {
			t.Errorf("group %d taken = %v, want %v", i, taken[i], want[i])
		}
	}
}

// TestComposeRandom checks, on random edits, that the edits TextEdits
// builds from operations applied one after the other (compose) equal
// applying the two lists in turn.
func TestComposeRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		s0 := randText(r, r.IntN(30))
		e1 := randEdits(r, len(s0))
		s1, _, _ := fix.Apply([]byte(s0), e1)
		e2 := randEdits(r, len(s1))
		s2, _, _ := fix.Apply(s1, e2)
		c := fix.Compose(e1, s1, e2)
		got, applied, skipped := fix.Apply([]byte(s0), c)
		if string(got) != string(s2) || skipped > 0 || applied != len(c) {
			t.Fatalf("s0 %q e1 %v e2 %v: composed %v gives %q (skipped %d), want %q", s0, e1, e2, c, got, skipped, s2)
		}
	}
}

func randText(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = "abcdef"[r.IntN(6)]
	}
	return string(b)
}

// randEdits returns sorted edits on a text of length n that do not overlap
// (as TextEdits returns them): replacements apart from each other and from
// insertions, insertions at one offset allowed.
func randEdits(r *rand.Rand, n int) []fix.Edit {
	var out []fix.Edit
	pos := 0
	for pos <= n && r.IntN(3) > 0 {
		start := pos + r.IntN(n-pos+1)
		end := start
		if r.IntN(2) == 0 && start < n {
			end = start + 1 + r.IntN(n-start)
		}
		e := fix.Edit{Start: start, End: end, New: randText(r, r.IntN(4))}
		if slices.Contains(out, e) { // Apply takes identical edits once
			continue
		}
		out = append(out, e)
		pos = end + 1
		if start == end && r.IntN(2) == 0 {
			// another insertion may follow at the same offset
			for r.IntN(2) == 0 {
				e := fix.Edit{Start: start, End: start, New: randText(r, 1+r.IntN(3))}
				if !slices.Contains(out, e) {
					out = append(out, e)
				}
			}
		}
	}
	return out
}
