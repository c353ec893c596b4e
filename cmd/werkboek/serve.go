package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/probiblio/werkboek/generator/serve"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/watch"
)

const serveHelp = `Gebruik: werkboek serve [opties]

Bouwt de site, toont hem op http://127.0.0.1:1313/ en bouwt opnieuw bij elke
wijziging in content/, layouts/ of assets/. De browser laadt vanzelf opnieuw;
een fout in een kaart verschijnt als melding op elke pagina, terwijl de
laatste goede versie zichtbaar blijft. Stoppen: Ctrl+C.
`

const watchHelp = `Gebruik: werkboek watch [opties]

Bouwt de site in de uitvoermap en houdt hem bij: bij elke wijziging in
content/, layouts/ of assets/ worden alleen de veranderde bestanden
herschreven. Stoppen: Ctrl+C.
`

func watchFlags(fs *flag.FlagSet, f *siteFlags) (*bool, *time.Duration) {
	f.register(fs)
	poll := fs.Bool("poll", false, "kijk elke 250 ms zelf naar de bestanden (voor mappen zonder meldingen, zoals netwerkschijven)")
	quiet := fs.Duration("wacht", 50*time.Millisecond, "stilte na de laatste wijziging voordat er gebouwd wordt")
	return poll, quiet
}

func cmdServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var f siteFlags
	poll, quiet := watchFlags(fs, &f)
	addr := fs.String("addr", "127.0.0.1:1313", "adres en poort van de server")
	if code, ok := parseFlags(fs, args, stderr, serveHelp); !ok {
		return code
	}
	host, _, err := net.SplitHostPort(*addr)
	if err != nil {
		fmt.Fprintf(stderr, "werkboek serve: adres %q klopt niet; schrijf bijvoorbeeld --addr 127.0.0.1:1313\n", *addr)
		return exitUsage
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		fmt.Fprintf(stderr, "werkboek serve: let op: %s is bereikbaar voor iedereen in het netwerk, niet alleen voor deze computer\n", *addr)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			fmt.Fprintf(stderr, "werkboek serve: poort %s is al in gebruik (draait werkboek serve al?); kies een andere met --addr 127.0.0.1:1314\n", *addr)
		} else {
			fmt.Fprintf(stderr, "werkboek serve: kan niet luisteren op %s: %v\n", *addr, err)
		}
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg := serve.Config{Site: f.options(), Watch: watch.Options{Poll: *poll, Quiet: *quiet}}
	if err := serve.Run(ctx, cfg, ln, stdout); err != nil {
		fmt.Fprintf(stderr, "werkboek serve: %v\n", err)
		return exitContent
	}
	fmt.Fprintln(stdout, "werkboek serve: gestopt")
	return exitOK
}

func cmdWatch(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	var f siteFlags
	poll, quiet := watchFlags(fs, &f)
	if code, ok := parseFlags(fs, args, stderr, watchHelp); !ok {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := f.options()
	sess := site.NewSession(opts)
	first := true
	rebuild := func(changed []string) {
		up, err := sess.Rebuild(changed)
		report(stderr, up.Diagnostics)
		if err == nil {
			if first {
				err = sess.Publish(up.Snapshot)
			} else {
				err = sess.Apply(up)
			}
		}
		stamp := time.Now().Format("15:04:05")
		if err != nil {
			fmt.Fprintf(stderr, "%s fout: %v; %s blijft zoals het was\n", stamp, strings.TrimSpace(firstLine(err)), opts.OutDir)
			return
		}
		first = false
		fmt.Fprintf(stdout, "%s %s bijgewerkt: %d bestanden geschreven, %d verwijderd (%d ms)\n", stamp, opts.OutDir, len(up.Changed), len(up.Removed), up.Duration.Milliseconds())
	}
	rebuild(nil)
	batches := make(chan []string)
	errc := make(chan error, 1)
	roots := []string{opts.ContentDir, filepath.Join(opts.SiteDir, "layouts"), filepath.Join(opts.SiteDir, "assets")}
	ready := make(chan struct{})
	go func() {
		errc <- watch.Run(ctx, roots, watch.Options{Poll: *poll, Quiet: *quiet, Ready: func() { close(ready) }}, batches)
	}()
	select {
	case <-ready:
		fmt.Fprintf(stdout, "werkboek watch: volgt %s (Ctrl+C om te stoppen)\n", strings.Join(roots, ", "))
	case err := <-errc:
		fmt.Fprintf(stderr, "werkboek watch: %v\n", err)
		return exitContent
	}
	for {
		select {
		case b := <-batches:
			rebuild(b)
		case err := <-errc:
			if err != nil {
				fmt.Fprintf(stderr, "werkboek watch: %v\n", err)
				return exitContent
			}
			fmt.Fprintln(stdout, "werkboek watch: gestopt")
			return exitOK
		}
	}
}

func firstLine(err error) string {
	if errors.Is(err, site.ErrContent) {
		return "de inhoud bevat fouten (zie hierboven)"
	}
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}
