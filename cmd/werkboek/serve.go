package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
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

De eerste keer vervangt watch de uitvoermap zoals build dat doet, met
dezelfde controle: mist de nieuwe site een prioriteit of meer dan een
kwart van de kaarten, dan wacht watch tot dat is hersteld (of start
opnieuw met --verwijder-ok).
`

func watchFlags(fs *flag.FlagSet, f *siteFlags) (*bool, *time.Duration) {
	f.register(fs)
	poll := fs.Bool("poll", false, "kijk elke 250 ms zelf naar de bestanden (voor mappen zonder meldingen, zoals netwerkschijven)")
	quiet := 50 * time.Millisecond
	fs.Var((*durationFlag)(&quiet), "wacht", "hoe lang (`DUUR`) het stil moet zijn na een wijziging voordat er gebouwd wordt, bijvoorbeeld 50ms of 1s")
	return poll, &quiet
}

// durationFlag is a duration option that says in Dutch what is wrong
// with a value: a bare number gets the unit it probably lacks.
type durationFlag time.Duration

func (d *durationFlag) String() string { return time.Duration(*d).String() }

func (d *durationFlag) Set(s string) error {
	v, err := time.ParseDuration(s)
	switch {
	case err == nil && v < 0:
		return fmt.Errorf("een duur kan niet negatief zijn; schrijf bijvoorbeeld 50ms of 1s")
	case err == nil:
		*d = durationFlag(v)
		return nil
	}
	if _, nerr := strconv.ParseFloat(s, 64); nerr == nil {
		return fmt.Errorf("%s heeft een eenheid nodig: schrijf %ss voor seconden of %sms voor milliseconden", s, s, s)
	}
	return fmt.Errorf("%q is geen duur; schrijf een getal met een eenheid, bijvoorbeeld 50ms, 1s of 1m30s", s)
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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := serve.Listen(ctx, *addr)
	if err != nil {
		fmt.Fprintf(stderr, "werkboek serve: %v\n", err)
		return exitUsage
	}
	for _, w := range ln.Warnings {
		fmt.Fprintf(stderr, "werkboek serve: %s\n", w)
	}
	cfg := serve.Config{Site: f.options(), Watch: watch.Options{Poll: *poll, Quiet: *quiet}, Host: ln.Host}
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
	f.registerRemoval(fs)
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
