// Package live keeps a site up to date while its files change: the one
// rebuild loop that watch and serve mode share. It rebuilds once, follows
// the folders the site is made from, rebuilds on every batch of changes
// and reports each outcome in Dutch, in the same words in both modes.
package live

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/syserr"
	"github.com/probiblio/werkboek/generator/watch"
)

// Rebuild brings the mode's output up to date after the given paths
// changed (nil: anything may have changed).
type Rebuild func(changed []string) (*site.Update, error)

// Run rebuilds once, then follows the engine's inputs and rebuilds on
// every batch of changes until ctx ends. started is called once every
// folder is followed. Progress and problems go to log.
func Run(ctx context.Context, e *site.Engine, opts watch.Options, log io.Writer, rebuild Rebuild, started func()) error {
	up, err := rebuild(nil)
	good := err == nil // a good version has been made
	report(log, up, err, good)
	batches := make(chan []string)
	errc := make(chan error, 1)
	ready := make(chan struct{})
	opts.Ready = func() { close(ready) }
	go func() { errc <- watch.Run(ctx, e.Inputs(), opts, batches) }()
	select {
	case <-ready:
		started()
	case err := <-errc:
		return watchError(err)
	}
	for {
		select {
		case b := <-batches:
			up, err := rebuild(b)
			good = good || err == nil
			report(log, up, err, good)
		case err := <-errc:
			return watchError(err)
		}
	}
}

func watchError(err error) error {
	if err == nil {
		return nil
	}
	return syserr.Wrap("bestanden volgen mislukt", err)
}

// report prints the diagnostics of a rebuild and one line on its outcome;
// good says whether any rebuild so far has made a version to keep.
func report(log io.Writer, up *site.Update, err error, good bool) {
	for _, d := range up.Diagnostics {
		fmt.Fprintln(log, d.String())
	}
	stamp := time.Now().Format("15:04:05")
	var removal *site.RemovalError
	if errors.As(err, &removal) {
		// It says itself that the site stays, and lists what would go.
		fmt.Fprintf(log, "%s fout: %s\n", stamp, removal.Error())
		return
	}
	switch {
	case err != nil && good:
		fmt.Fprintf(log, "%s fout: %s; de laatste goede versie blijft staan tot dit is opgelost\n", stamp, Summary(err))
		return
	case err != nil:
		fmt.Fprintf(log, "%s fout: %s; er is nog geen versie die werkt: los dit op en sla op, dan verschijnt de site\n", stamp, Summary(err))
		return
	}
	// The pages in the words build uses; a first publish compares with
	// the site it replaced.
	pages := up.Pages.String()
	if up.Site != nil {
		pages = up.Site.Summary()
	}
	fmt.Fprintf(log, "%s bijgewerkt: %s; %s veranderd, %s verwijderd, %s opnieuw gemaakt (%d ms)\n", stamp, pages,
		dutch.Count(len(up.Changed), "bestand", "bestanden"), dutch.Count(len(up.Removed), "bestand", "bestanden"),
		dutch.Count(up.Rendered, "bestand", "bestanden"), up.Duration.Milliseconds())
}

// Summary is the first line of a rebuild's error; content errors are
// listed one by one before it.
func Summary(err error) string {
	if errors.Is(err, site.ErrContent) {
		return "de inhoud bevat fouten (zie hierboven)"
	}
	s, _, _ := strings.Cut(err.Error(), "\n")
	return strings.TrimSpace(s)
}
