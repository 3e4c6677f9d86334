package main

import (
	"fmt"
	"io"
	"time"
)

// progress draws a one-line bar on a terminal (stderr) while a long batch
// runs: `[=========>          ] 412/1000 files`. It redraws at most every
// 100 ms and erases itself when done.
type progress struct {
	w     io.Writer
	total int
	last  time.Time
	drawn bool
}

// progressMinFiles is the batch size from which a bar is shown.
const progressMinFiles = 200

func (p *progress) update(done int) {
	if p == nil {
		return
	}
	now := time.Now()
	if done < p.total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	const width = 30
	fill := width * done / max(p.total, 1)
	bar := make([]byte, width)
	for i := range bar {
		switch {
		case i < fill:
			bar[i] = '='
		case i == fill:
			bar[i] = '>'
		default:
			bar[i] = ' '
		}
	}
	fmt.Fprintf(p.w, "\r[%s] %d/%d files", bar, done, p.total)
	p.drawn = true
}

// clear erases the bar, so that later output starts on a clean line.
func (p *progress) clear() {
	if p == nil || !p.drawn {
		return
	}
	fmt.Fprint(p.w, "\r\033[K")
	p.drawn = false
}
