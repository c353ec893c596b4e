package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/site"
)

const buildHelp = `Gebruik: werkboek build [opties]

Bouwt het werkboek: de website en de afdrukversie, in de uitvoermap.
De vorige uitvoer blijft staan tot de nieuwe helemaal klaar is; bij fouten
in de inhoud verandert er niets.

build vergelijkt de nieuwe site met de vorige en meldt hoeveel pagina's
nieuw, weg en veranderd zijn. Mist de nieuwe site een prioriteit of meer
dan een kwart van de kaarten van de vorige, dan vervangt build niets en
noemt wat zou verdwijnen; is dat de bedoeling, bouw dan met --verwijder-ok.
`

const checkHelp = `Gebruik: werkboek check [opties]

Controleert de inhoud en meldt alle fouten en waarschuwingen, met bestand
en regel. Schrijft niets.
`

// siteFlags are the options build, check and the watch commands share.
type siteFlags struct {
	site, content, out, baseURL string
	drafts, pdf, offline        bool
	allowRemoval                bool
}

func (f *siteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.site, "s", ".", "`MAP` van de site: daarin content/, en eventueel eigen layouts/ en assets/")
	fs.StringVar(&f.content, "content", "", "`MAP` met de inhoud (standaard MAP/content van -s)")
	fs.StringVar(&f.out, "d", "", "`MAP` voor de gebouwde site (standaard MAP/public van -s)")
	fs.BoolVar(&f.drafts, "drafts", false, "neem ook kaarten met draft: true op")
	fs.Var((*baseURLFlag)(&f.baseURL), "base-url", "`WEBADRES` waar de site komt te staan, bijvoorbeeld "+content.BaseURLExample+" (vervangt baseURL uit content/_index.md)")
}

// registerRemoval adds --verwijder-ok to the commands that replace the
// output folder as a whole (build, and watch's first build).
func (f *siteFlags) registerRemoval(fs *flag.FlagSet) {
	fs.BoolVar(&f.allowRemoval, "verwijder-ok", false, "vervang de site ook als de nieuwe een prioriteit of meer dan een kwart van de kaarten mist")
}

// baseURLFlag is the value of --base-url: it is checked and normalised
// while the flags are parsed, by the same function as baseURL in
// _index.md, so every command that takes it refuses a wrong address.
type baseURLFlag string

func (b *baseURLFlag) String() string { return string(*b) }

func (b *baseURLFlag) Set(s string) error {
	u, err := content.NormalizeBaseURL(s)
	if err != nil {
		return err
	}
	*b = baseURLFlag(u)
	return nil
}

func (f *siteFlags) options() site.Options {
	o := site.Options{SiteDir: f.site, ContentDir: f.content, OutDir: f.out, Drafts: f.drafts, BaseURL: f.baseURL, PDF: f.pdf, Offline: f.offline, AllowRemoval: f.allowRemoval, Now: time.Now}
	if o.ContentDir == "" {
		o.ContentDir = filepath.Join(f.site, "content")
	}
	if o.OutDir == "" {
		o.OutDir = filepath.Join(f.site, "public")
	}
	// Copies of photos are kept where the system keeps caches, so an
	// unchanged photo is not resized again by the next build.
	if dir, err := os.UserCacheDir(); err == nil {
		o.PhotoCache = filepath.Join(dir, "werkboek", "fotos")
	}
	return o
}

func cmdBuild(args []string, stdout, stderr io.Writer, checkOnly bool) int {
	name, help := "build", buildHelp
	if checkOnly {
		name, help = "check", checkHelp
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	var f siteFlags
	f.register(fs)
	if !checkOnly {
		fs.BoolVar(&f.pdf, "pdf", false, "maak ook werkboek.pdf met Chromium (headless)")
		fs.BoolVar(&f.offline, "offline", false, "maak een site die ook werkt als map of zip op een computer, zonder server (elke link noemt zijn index.html)")
		f.registerRemoval(fs)
	}
	if code, ok := parseFlags(fs, args, stderr, help); !ok {
		return code
	}
	findSite(fs, &f.site)
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "werkboek %s: onverwacht argument %q; opties beginnen met -\n", name, fs.Arg(0))
		return exitUsage
	}
	opts := f.options()
	start := time.Now()
	if checkOnly {
		wb, diags := site.Load(opts)
		report(stderr, diags)
		if n := len(diags.Errors()); n > 0 {
			fmt.Fprintf(stderr, "werkboek check: %s in %s; niets gebouwd\n", dutch.Count(n, "fout", "fouten"), opts.ContentDir)
			return exitContent
		}
		fmt.Fprintf(stdout, "werkboek check: inhoud in orde: %s, %s, %s (%s)\n",
			dutch.Count(len(wb.Priorities), "prioriteit", "prioriteiten"), dutch.Count(len(wb.Cards()), "kaart", "kaarten"),
			warnings(diags), since(start))
		return exitOK
	}
	// Whether there is an earlier site to keep, for the messages below.
	kept := ""
	if _, err := os.Stat(filepath.Join(opts.OutDir, site.Marker)); err == nil {
		kept = fmt.Sprintf("; de vorige uitvoer in %s is niet veranderd", opts.OutDir)
	}
	// A plain build after build --pdf drops the PDF: say so.
	hadPDF := false
	if _, err := os.Stat(filepath.Join(opts.OutDir, "werkboek.pdf")); err == nil && kept != "" && !opts.PDF {
		hadPDF = true
	}
	res, err := site.Build(opts)
	report(stderr, res.Diagnostics)
	var removal *site.RemovalError
	if errors.As(err, &removal) {
		fmt.Fprintf(stderr, "werkboek build: %s\nwerkboek build: %s\n", res.Changes.Summary(), removal.Error())
		return exitContent
	}
	if errors.Is(err, site.ErrContent) {
		fmt.Fprintf(stderr, "werkboek build: %s%s\n", dutch.Count(len(res.Diagnostics.Errors()), "fout", "fouten"), kept)
		return exitContent
	}
	if err != nil {
		fmt.Fprintf(stderr, "werkboek build: %v%s\n", err, kept)
		return exitContent
	}
	fmt.Fprintf(stdout, "werkboek build: %s\n", res.Changes.Summary())
	pdfNote := ""
	if res.PDFSize > 0 {
		pdfNote = fmt.Sprintf(" (waarvan werkboek.pdf, %d kB)", (res.PDFSize+512)/1024)
	}
	where := opts.OutDir
	if abs, err := filepath.Abs(where); err == nil && res.Published != "" && res.Published != abs {
		where += " (een snelkoppeling: de site staat in " + res.Published + ")"
	}
	fmt.Fprintf(stdout, "werkboek build: %s en %s%s geschreven naar %s, %s (%s)\n",
		dutch.Count(res.Pages, "pagina", "pagina's"), dutch.Count(res.Files-res.Pages, "ander bestand", "andere bestanden"), pdfNote, where,
		warnings(res.Diagnostics), since(start))
	if hadPDF {
		fmt.Fprintln(stdout, "werkboek build: werkboek.pdf weg: bouw met --pdf om hem bij te werken")
	}
	if res.PDFErr != nil {
		fmt.Fprintf(stderr, "werkboek build: de site is gebouwd, maar zonder PDF: %v\n", res.PDFErr)
		return exitContent
	}
	return exitOK
}

// report prints every diagnostic, one per line, errors and warnings alike.
func report(w io.Writer, diags diag.List) {
	for _, d := range diags {
		fmt.Fprintln(w, d.String())
	}
}

// warnings counts the warnings, and names those about example text
// left from werkboek init: "3 waarschuwingen, waarvan 2 over
// voorbeeldtekst".
func warnings(diags diag.List) string {
	out := dutch.Count(len(diags.Warnings()), "waarschuwing", "waarschuwingen")
	samples := 0
	for _, d := range diags.Warnings() {
		if strings.HasPrefix(d.Message, content.SampleWarning) {
			samples++
		}
	}
	if samples > 0 {
		out += fmt.Sprintf(", waarvan %d over voorbeeldtekst", samples)
	}
	return out
}

func since(t time.Time) string {
	d := time.Since(t)
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}
