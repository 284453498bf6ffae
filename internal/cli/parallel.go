package cli

import (
	"bytes"
	"errors"
	"sync"
	"unsafe"

	"github.com/transcripts/transcripts/internal/claim"
	"github.com/transcripts/transcripts/internal/transcript"
)

// partsInFlight is how many parts of a file, per worker, may be read and
// not yet handed on (see readPartsInParallel): enough that no worker
// waits for the one part before it to be handed on, few enough that
// memory stays flat (a part is a group of documents of docGroup bytes or
// a little more, and its rows).
const partsInFlight = 4

// parallelFrom is how many document groups (docGroup) a file must hold
// at least for its parts to be read in parallel: a smaller one is read
// by one worker, since the workers' start (their parsers and extractors)
// costs more than they would save.
const parallelFrom = 4

// bytesInFlight bounds the text of the parts in flight, so that a file of
// huge documents (a part may be as large as maxPart) does not hold
// several of them in memory at once: a part that would pass it waits
// until the parts before it are handed on, and then goes alone.
const bytesInFlight = 16 << 20

// flight counts the parts of a file read and not yet handed on, and
// their bytes; take waits for room, done makes it, stop ends the waits
// and closes halted, which tells the workers to read no more.
type flight struct {
	mu      sync.Mutex
	room    sync.Cond
	parts   int
	bytes   int
	stopped bool
	halted  chan struct{} // closed by stop
}

// newFlight returns a flight with nothing in it.
func newFlight() *flight {
	f := &flight{halted: make(chan struct{})}
	f.room.L = &f.mu
	return f
}

// take waits until a part of n bytes may be read ahead (at most maxParts
// parts and bytesInFlight bytes in flight, or none at all), and counts
// it; it reports false when the flight was stopped.
func (f *flight) take(n, maxParts int) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for !f.stopped && f.parts > 0 && (f.parts >= maxParts || f.bytes+n > bytesInFlight) {
		f.room.Wait()
	}
	if f.stopped {
		return false
	}
	f.parts++
	f.bytes += n
	return true
}

// done counts a part of n bytes handed on.
func (f *flight) done(n int) {
	f.mu.Lock()
	f.parts--
	f.bytes -= n
	f.mu.Unlock()
	f.room.Signal()
}

// stop ends every wait of take, now and later, and closes halted.
func (f *flight) stop() {
	f.mu.Lock()
	if !f.stopped {
		f.stopped = true
		close(f.halted)
	}
	f.mu.Unlock()
	f.room.Broadcast()
}

// errStopped tells the splitter of a file read in parallel to stop: what
// it read can no longer be handed on (the output failed).
var errStopped = errors.New("stopped")

// readPartsInParallel is readFileParts with the parts of one file (the
// document groups of a Kremlin file) parsed and read by workers
// goroutines at once, each with the extractor and parser newReaders
// makes, while this goroutine's splitter reads on (with fr): a single
// large file uses every core, as many files do. The parts are handed on
// in their order in the file, so that the output is the same, byte for
// byte, as one worker's: with rows set, each part's rows (formatted by
// its worker, no header) to write; else each part, compacted by its
// worker (compactPart), to keep. A part whose text is the splitter's buffer (or the
// file mapped into memory) is copied (into memory reused from part to
// part) before it is handed to a worker, since the splitter reads on
// into that buffer (or gives the mapped pages back, and unmaps them at
// the file's end). It returns the speaker turns found, and the first
// error: write's or keep's (the splitter then stops), or the splitter's.
func readPartsInParallel(ios IO, name string, o *InputOptions, workers int, newReaders func() (*claim.Extractor, *transcript.Parser, *fileReader), fr *fileReader, rows newRows, write func([]byte) error, compactPart func(parsed, map[string]string) parsed, keep func(parsed) error) (int, error) {
	type job struct {
		seq int
		p   part
		mem []byte // p.text's memory when it is a copy made here, given back once read
	}
	type result struct {
		seq   int
		size  int           // the part's bytes
		out   *bytes.Buffer // the part's rows (rows set), from getBuffer
		part  parsed        // the part, compacted (rows not set)
		turns int
		err   error
	}
	inFlight := partsInFlight * workers
	var (
		jobs    = make(chan job)
		results = make(chan result, workers)
		fl      = newFlight()
		free    = make(chan []byte, inFlight) // the copies' memory, for the next parts
		readErr error
	)
	go func() {
		defer close(jobs)
		seq := 0
		readErr = readParts(ios, name, o, fr, func(p part) error {
			if !fl.take(len(p.text), inFlight) {
				return errStopped
			}
			j := job{seq: seq, p: p}
			seq++
			if p.shared {
				var mem []byte
				select {
				case mem = <-free:
				default:
				}
				mem = append(mem[:0], p.text...)
				j.p.text, j.p.shared, j.mem = unsafe.String(unsafe.SliceData(mem), len(mem)), false, mem
			}
			jobs <- j
			return nil
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			ex, ps, _ := newReaders()
			var w rowWriter             // the worker's, its buffer kept from part to part
			strs := map[string]string{} // the strings compactPart has copied
			for j := range jobs {
				r := result{seq: j.seq, size: len(j.p.text)}
				select {
				case <-fl.halted: // nothing more is handed on: not read
				default:
					if rows != nil {
						r.out = getBuffer()
						if w == nil {
							w = rows(r.out, false)
						} else {
							w.Reset(r.out)
						}
						r.turns, r.err = readPart(name, o, ps, ex, j.p, true, func(p parsed) error {
							return w.Write(p.claims)
						})
						if err := w.Flush(); r.err == nil {
							r.err = err
						}
					} else {
						r.turns, r.err = readPart(name, o, ps, ex, j.p, false, func(p parsed) error {
							r.part = compactPart(p, strs)
							return nil
						})
					}
				}
				if j.mem != nil {
					select {
					case free <- j.mem:
					default:
					}
				}
				results <- r
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	// The parts handed on in order: each waits in pending until those
	// before it are.
	pending := map[int]result{}
	next, turns := 0, 0
	var err error
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			turns += r.turns
			if err == nil {
				if err = r.err; err == nil && rows != nil {
					err = write(r.out.Bytes())
				} else if err == nil {
					err = keep(r.part)
				}
				if err != nil {
					fl.stop()
				}
			}
			if r.out != nil {
				putBuffer(r.out)
			}
			fl.done(r.size)
		}
	}
	if err != nil {
		return turns, err
	}
	return turns, readErr
}
