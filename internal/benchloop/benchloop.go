// Package benchloop runs benchmark bodies the way junoslint's commands run
// a parse: with the garbage collector paused.
package benchloop

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// WithoutGC runs op b.N times with the garbage collector paused, as the
// commands pause it while they parse and print a file (see pauseGC in
// cmd/junoslint), and collects between runs with the timer stopped. The
// figures and profiles are then those of a command, not those of a
// collector re-marking, run after run, trees that are all still live.
// It resets the timer first, and restores the collector's setting when
// done.
func WithoutGC(b *testing.B, op func()) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		runtime.GC()
		b.StartTimer()
		op()
	}
}
