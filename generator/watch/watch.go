// Package watch reports changed files under a set of folders: recursively,
// including folders created, renamed or moved in later (whose files are
// reported as changed), ignoring editors' temporary files, and
// debounced so a burst of saves gives one batch. It uses fsnotify, or
// polls where file systems give no events.
package watch

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/probiblio/werkboek/generator/names"
	"github.com/probiblio/werkboek/generator/syserr"
)

// Options configure a watch.
type Options struct {
	// Quiet is how long no event must come before a batch is handed on
	// (default 50 ms).
	Quiet time.Duration
	// MaxWait caps how long a steady stream of events can delay a batch
	// (default 1 s).
	MaxWait time.Duration
	// Poll scans the folders every Interval instead of using file system
	// events, for network and container file systems without them.
	Poll bool
	// Interval is how often Poll scans, and how often a watched folder
	// given in roots that was renamed or removed is looked for again
	// (default 250 ms).
	Interval time.Duration
	// Ready, if set, is called once every folder is watched: changes
	// from then on are reported.
	Ready func()
}

func (o *Options) defaults() {
	if o.Quiet <= 0 {
		o.Quiet = 50 * time.Millisecond
	}
	if o.MaxWait <= 0 {
		o.MaxWait = time.Second
	}
	if o.Interval <= 0 {
		o.Interval = 250 * time.Millisecond
	}
}

// Ignored reports whether a changed path is not worth a rebuild: editors'
// backup, swap and temporary files and hidden files.
func Ignored(path string) bool {
	name := filepath.Base(path)
	return strings.HasPrefix(name, ".") || names.EditorLeftover(name)
}

// Run watches roots until ctx ends and sends each batch of changed paths
// (sorted, without duplicates) on out. It returns when ctx is done, or
// with the error that stopped it.
func Run(ctx context.Context, roots []string, opts Options, out chan<- []string) error {
	opts.defaults()
	events := make(chan string, 256)
	errs := make(chan error, 1)
	var stop func()
	if opts.Poll {
		stop = poll(ctx, roots, opts.Interval, events)
	} else {
		w, err := fsnotify.NewBufferedWatcher(1024)
		if err != nil {
			return err
		}
		t := newTree(w, roots)
		for _, r := range roots {
			if err := t.add(r, nil); err != nil {
				w.Close()
				return syserr.Wrap(r, err)
			}
		}
		done := make(chan struct{})
		go func() {
			defer close(done)
			forward(ctx, t, opts.Interval, events, errs)
		}()
		stop = func() { w.Close(); <-done }
	}
	defer stop()
	if opts.Ready != nil {
		opts.Ready()
	}
	return debounce(ctx, opts, events, errs, out)
}

// forward turns fsnotify events into changed paths, keeping the watches
// in step with folders that appear, move and go, and looking every
// interval for roots that went.
func forward(ctx context.Context, t *tree, interval time.Duration, events chan<- string, errs chan<- error) {
	send := func(p string) {
		select {
		case events <- p:
		case <-ctx.Done():
		}
	}
	fail := func(err error) {
		select {
		case errs <- err:
		default:
		}
	}
	var retry *time.Ticker
	var lost <-chan time.Time
	defer func() {
		if retry != nil {
			retry.Stop()
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-t.w.Events:
			if !ok {
				return
			}
			if ev.Op == fsnotify.Chmod {
				continue
			}
			if err := t.handle(ev, send); err != nil {
				fail(syserr.Wrap(ev.Name, err))
			}
			if len(t.lost) > 0 && retry == nil {
				retry = time.NewTicker(interval)
				lost = retry.C
			}
			if !Ignored(ev.Name) {
				send(ev.Name)
			}
		case <-lost:
			still, err := t.recover(send)
			if err != nil {
				fail(err)
			}
			if !still {
				retry.Stop()
				retry, lost = nil, nil
			}
		case err, ok := <-t.w.Errors:
			if !ok {
				return
			}
			fail(err)
		}
	}
}

// debounce collects paths until Quiet passes without one (or MaxWait
// passes since the first) and sends them as one batch.
func debounce(ctx context.Context, opts Options, events <-chan string, errs <-chan error, out chan<- []string) error {
	pending := map[string]bool{}
	var quiet, max <-chan time.Time
	var quietTimer *time.Timer
	flush := func() error {
		batch := make([]string, 0, len(pending))
		for p := range pending {
			batch = append(batch, p)
		}
		slices.Sort(batch)
		clear(pending)
		quiet, max = nil, nil
		select {
		case out <- batch:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-errs:
			return err
		case p := <-events:
			if len(pending) == 0 {
				max = time.After(opts.MaxWait)
			}
			pending[p] = true
			if quietTimer == nil {
				quietTimer = time.NewTimer(opts.Quiet)
			} else {
				quietTimer.Reset(opts.Quiet)
			}
			quiet = quietTimer.C
		case <-quiet:
			if err := flush(); err != nil {
				return nil
			}
		case <-max:
			if err := flush(); err != nil {
				return nil
			}
		}
	}
}
