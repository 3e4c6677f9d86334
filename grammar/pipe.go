package grammar

import "github.com/junoslint/junoslint/ast"

// pipeBatch is how many statements the parser hands the builder at a time.
const pipeBatch = 1024

// parsePiped is Parse on two cores: the parser builds the syntax tree and
// hands each statement, once complete, to a second goroutine that merges it
// into the configuration tree (the events of ParseEvents, in batches). The
// builder reads only what the parser no longer changes: a statement's words,
// list, tags and leading comments, final when it is handed out. On a large
// file the two halves take about as long as each other, so the parse takes
// about the time of the longer one.
//
// The syntax parse is not also cut in two (as ParseSyntax does): the
// builder is the longer half, and it must take the statements in order.
//
// When the braces do not balance, both trees of the first pass are dropped
// and the file is parsed and built again, the same way, with
// indentation-guided recovery, as Parse does on one core.
func (p *Parser) parsePiped(name string, src []byte) *ast.File {
	// The line index is built while the builder finishes (see pipe).
	f := newFile(name, src)
	parseRecovering(f, sourceString(src), p.pipe)
	return f
}

// pipe runs ps, handing the statements it completes to a builder on a
// second goroutine, and returns once the builder is done, with ps.file's
// Config and Marks set.
func (p *Parser) pipe(ps *parseState) {
	b := newBuilder(p.sch, ps.file, false, nil)
	batches := make(chan []event, 4)
	free := make(chan []event, cap(batches)+2)
	done := make(chan struct{})
	go func() {
		h := &configBuilder{b: b}
		for batch := range batches {
			for _, e := range batch {
				e.to(h)
			}
			select {
			case free <- batch[:0]:
			default:
			}
		}
		close(done)
	}()
	out := &batcher{out: batches, free: free}
	ps.events, ps.keepTree = out, true
	ps.run()
	ps.flush()
	out.send()
	close(batches)
	if ps.file.Lines == nil {
		// The builder is the longer stage: meanwhile, index the lines.
		ps.file.Lines = ast.NewLineIndex(ps.file.Src)
	}
	<-done
	ps.file.Marks = b.fileMarks()
}

// batcher collects events and sends them on in batches. It takes the
// batches the builder has done with back from free, so that a large file
// reuses a few batches' memory instead of faulting in fresh pages for
// every batch, which on some virtual machines costs more than the events.
type batcher struct {
	out   chan<- []event
	free  <-chan []event
	batch []event
}

func (bt *batcher) add(k eventKind, s *ast.Stmt) {
	if bt.batch == nil {
		select {
		case bt.batch = <-bt.free:
		default:
			bt.batch = make([]event, 0, pipeBatch)
		}
	}
	bt.batch = append(bt.batch, event{k, s})
	if len(bt.batch) == pipeBatch {
		bt.send()
	}
}

// send hands the collected events on; the builder owns them afterwards.
func (bt *batcher) send() {
	if len(bt.batch) > 0 {
		bt.out <- bt.batch
		bt.batch = nil
	}
}

func (bt *batcher) Open(s *ast.Stmt)  { bt.add(evOpen, s) }
func (bt *batcher) Leaf(s *ast.Stmt)  { bt.add(evLeaf, s) }
func (bt *batcher) Close(s *ast.Stmt) { bt.add(evClose, s) }
