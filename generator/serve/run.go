package serve

import (
	"context"
	"fmt"
	"io"
	"net"
	"path/filepath"
	"time"

	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/watch"
)

// Config says what to serve and how to watch it.
type Config struct {
	Site  site.Options
	Watch watch.Options
}

// Run builds the site, serves it on ln and rebuilds on every change of
// content/, layouts/ or assets/ until ctx ends. Progress and problems go
// to log, in Dutch. It returns after the watcher, the server and every
// event stream have stopped.
func Run(ctx context.Context, cfg Config, ln net.Listener, log io.Writer) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if cfg.Site.LazyAbove == 0 {
		// Pages over 256 kB (in workbooks of thousands of cards: the print
		// edition, checklist, home and priority pages) are rendered when a
		// browser asks for them, not on every save.
		cfg.Site.LazyAbove = 256 << 10
	}
	sess := site.NewSession(cfg.Site)
	srv := New()
	rebuild := func(changed []string) {
		up, err := sess.Rebuild(changed)
		for _, d := range up.Diagnostics {
			fmt.Fprintln(log, d.String())
		}
		if err != nil {
			var msgs []string
			for _, d := range up.Diagnostics.Errors() {
				msgs = append(msgs, d.String())
			}
			if len(msgs) == 0 {
				msgs = []string{err.Error()}
			}
			srv.Fail(msgs)
			fmt.Fprintf(log, "%s fout: de site blijft op de laatste goede versie tot dit is opgelost\n", time.Now().Format("15:04:05"))
			return
		}
		srv.Publish(up.Snapshot, up.CSSOnly, up.Stylesheet)
		what := "bijgewerkt"
		if up.CSSOnly {
			what = "opmaak bijgewerkt"
		}
		fmt.Fprintf(log, "%s %s: %d bestanden veranderd, %d pagina's opnieuw gemaakt (%d ms)\n",
			time.Now().Format("15:04:05"), what, len(up.Changed)+len(up.Removed), up.Rendered, up.Duration.Milliseconds())
	}
	rebuild(nil)

	batches := make(chan []string)
	watchErr := make(chan error, 1)
	roots := []string{cfg.Site.ContentDir, filepath.Join(cfg.Site.SiteDir, "layouts"), filepath.Join(cfg.Site.SiteDir, "assets")}
	ready := make(chan struct{})
	cfg.Watch.Ready = func() { close(ready) }
	go func() { watchErr <- watch.Run(ctx, roots, cfg.Watch, batches) }()
	select {
	case <-ready:
	case err := <-watchErr:
		return fmt.Errorf("bestanden volgen mislukt: %w", err)
	}

	served := make(chan error, 1)
	go func() { served <- srv.ListenAndServe(ctx, ln) }()
	fmt.Fprintf(log, "werkboek serve: http://%s/ (Ctrl+C om te stoppen)\n", ln.Addr())
	for {
		select {
		case batch := <-batches:
			rebuild(batch)
		case err := <-watchErr:
			cancel()
			<-served
			if err != nil {
				return fmt.Errorf("bestanden volgen mislukt: %w", err)
			}
			return nil
		case err := <-served:
			cancel()
			<-watchErr
			return err
		}
	}
}
