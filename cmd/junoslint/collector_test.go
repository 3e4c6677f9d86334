package main

import (
	"runtime"
	"testing"
)

// numGC returns how many collections have completed.
func numGC() uint32 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.NumGC
}

func TestCollector(t *testing.T) {
	tests := []struct {
		name    string
		done    []int // inputs finished before next is called
		collect bool  // next collects
		left    int64 // bytes counted afterwards
	}{
		{"nothing done", nil, false, 0},
		{"below the threshold", []int{collectEvery - 1}, false, collectEvery - 1},
		{"at the threshold", []int{collectEvery}, true, 0},
		{"many small inputs", []int{collectEvery / 2, collectEvery / 4, collectEvery / 4}, true, 0},
		{"one huge input", []int{10 * collectEvery}, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c collector
			for _, n := range tt.done {
				c.done(n)
			}
			before := numGC()
			c.next()
			collected := numGC() != before
			if tt.collect && !collected {
				t.Errorf("next did not collect")
			}
			// A collection by the runtime itself could make an unexpected
			// one look like ours, so only the count tells a wrong one.
			if got := c.since.Load(); got != tt.left {
				t.Errorf("after next: %d bytes counted, want %d", got, tt.left)
			}
		})
	}
}
