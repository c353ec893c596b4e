package serve

import (
	"context"
	"fmt"
	"io"
	"net"

	"github.com/probiblio/werkboek/generator/live"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/watch"
)

// Config says what to serve and how to watch it.
type Config struct {
	Site  site.Options
	Watch watch.Options
	// Host is the host of the address as the editor typed it (see
	// Listening); requests naming it in their Host header are served,
	// besides localhost and the address listened on.
	Host string
	// MaxStreams caps the open live-reload streams (default
	// DefaultMaxStreams); a new one drops the oldest.
	MaxStreams int
	// LazyAbove: pages that were larger than this many bytes are made
	// when a browser asks for them, not on every save (default 64 kB: the
	// print edition, and in workbooks of thousands of cards the checklist
	// and the tickets page).
	LazyAbove int
}

// Run builds the site, serves it on ln and rebuilds on every change of
// the site's files until ctx ends. Progress and problems go to log, in
// Dutch. It returns after the watcher, the server and every event stream
// have stopped.
func Run(ctx context.Context, cfg Config, ln net.Listener, log io.Writer) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if cfg.LazyAbove == 0 {
		cfg.LazyAbove = 64 << 10
	}
	e := site.NewEngine(cfg.Site)
	srv := New(cfg, ln.Addr())
	var snap *site.Snapshot
	rebuild := func(changed []string) (*site.Update, error) {
		next, up, err := e.RebuildSnapshot(changed, snap, cfg.LazyAbove)
		if err != nil {
			var msgs []string
			for _, d := range up.Diagnostics.Errors() {
				msgs = append(msgs, d.String())
			}
			if len(msgs) == 0 {
				msgs = []string{err.Error()}
			}
			srv.Fail(msgs)
			return up, err
		}
		cssOnly, names := site.CSSOnly(snap, next, up)
		snap = next
		srv.Publish(snap, cssOnly, names)
		return up, nil
	}
	served := make(chan error, 1)
	watched := make(chan error, 1)
	started := make(chan struct{})
	go func() {
		watched <- live.Run(ctx, e, cfg.Watch, log, rebuild, func() {
			close(started)
			go func() { served <- srv.ListenAndServe(ctx, ln) }()
			fmt.Fprintf(log, "werkboek serve: %s (Ctrl+C om te stoppen)\n", srv.URL())
		})
	}()
	select {
	case err := <-watched:
		cancel()
		select {
		case <-started: // the server runs: wait until it has stopped
			<-served
		default:
		}
		return err
	case err := <-served:
		cancel()
		<-watched
		return err
	}
}
