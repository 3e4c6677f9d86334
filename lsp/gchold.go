package lsp

import (
	"runtime/debug"
	"sync"
)

// gcHold keeps the garbage collector off while at least one diagnostics run
// is in progress. A run builds a document's trees, which stay live until
// the next edit, so collecting meanwhile only re-marks them and delays the
// diagnostics: on a 3.5 MB config it costs about a third of the run. When
// the last run ends the previous setting returns, and the collector frees
// the garbage of earlier versions after the diagnostics are published,
// while the user reads them.
type gcHold struct {
	mu   sync.Mutex
	n    int // runs in progress
	prev int // GC percent to restore
}

// hold turns the collector off until release is called; holds nest.
func (g *gcHold) hold() (release func()) {
	g.mu.Lock()
	if g.n == 0 {
		g.prev = debug.SetGCPercent(-1)
	}
	g.n++
	g.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			g.mu.Lock()
			g.n--
			if g.n == 0 {
				debug.SetGCPercent(g.prev)
			}
			g.mu.Unlock()
		})
	}
}
