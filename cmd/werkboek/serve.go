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
	"strings"
	"syscall"
	"time"

	"github.com/probiblio/werkboek/generator/live"
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
	quiet := fs.Duration("wacht", 50*time.Millisecond, "hoe lang (`DUUR`) het stil moet zijn na een wijziging voordat er gebouwd wordt, bijvoorbeeld 50ms of 1s")
	return poll, quiet
}

func cmdServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var f siteFlags
	poll, quiet := watchFlags(fs, &f)
	addr := fs.String("addr", "127.0.0.1:1313", "`ADRES` en poort van de server")
	// The preview shows drafts, marked as such; build and watch do not.
	drafts := fs.Lookup("drafts")
	drafts.Value.Set("true")
	drafts.DefValue, drafts.Usage = "true", "toon ook kaarten met draft: true, gemarkeerd als concept; --drafts=false laat ze weg"
	if code, ok := parseFlags(fs, args, stderr, serveHelp); !ok {
		return code
	}
	findSite(fs, &f.site)
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
			fmt.Fprintf(stderr, "werkboek serve: kan niet luisteren op %s: %s\n", *addr, dutchError(err))
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
	findSite(fs, &f.site)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := site.NewEngine(f.options())
	published := false
	// The first good build replaces the output folder as a whole; after
	// that only changed files are written.
	rebuild := func(changed []string) (*site.Update, error) {
		if !published {
			up, err := e.Publish(nil)
			published = err == nil
			return up, err
		}
		return e.Update(changed)
	}
	err := live.Run(ctx, e, watch.Options{Poll: *poll, Quiet: *quiet}, stdout, rebuild, func() {
		fmt.Fprintf(stdout, "werkboek watch: volgt %s (Ctrl+C om te stoppen)\n", strings.Join(e.Inputs(), ", "))
	})
	if err != nil {
		fmt.Fprintf(stderr, "werkboek watch: %v\n", err)
		return exitContent
	}
	fmt.Fprintln(stdout, "werkboek watch: gestopt")
	return exitOK
}
