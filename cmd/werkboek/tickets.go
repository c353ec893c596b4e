package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/live"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/tickets"
)

const ticketsHelp = `Gebruik: werkboek tickets tel [opties] BESTANDEN-OF-MAPPEN…

Telt de tickets die Bibliotheken terugsturen: de JSON- en CSV-bestanden
van de pagina Tickets en bewaarde mails (.eml, of de tekst als .txt), in
elke mengeling. Een map staat voor alle .json, .csv, .eml en .txt erin.

Elk bestand wordt gecontroleerd tegen de editie in de inhoudsmap: bestaan
de projecten, mogen ze gekozen worden (eligible), niet meer dan max
tickets, geen project twee keer. Elke fout wordt gemeld als
bestand:regel: melding; zo'n bestand telt niet mee, de rest wel.

Stuurde een Bibliotheek meer dan één bestand, dan telt het laatste: naar
het moment "gewijzigd" in de export, anders de datum van de mail, anders
de wijzigingsdatum van het bestand.

In de uitvoermap komen:
  tickets-per-project.csv      per project: prioriteit, aantal Bibliotheken, welke
  tickets-per-bibliotheek.csv  per Bibliotheek: haar tickets
  overzicht.html               overzicht om af te drukken

Afsluitcode 0: alle bestanden gelezen; 1: een of meer bestanden geweigerd
(het overzicht is gemaakt van de rest) of de inhoud heeft fouten; 2:
verkeerd gebruik.
`

func cmdTickets(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help") {
		fmt.Fprint(stdout, ticketsHelp)
		return exitOK
	}
	if len(args) == 0 || args[0] != "tel" {
		what := "een opdracht"
		if len(args) > 0 {
			what = fmt.Sprintf("opdracht %q kent werkboek tickets niet", args[0])
		}
		fmt.Fprintf(stderr, "werkboek tickets: %s; gebruik werkboek tickets tel\n\n%s", what, ticketsHelp)
		return exitUsage
	}
	fs := flag.NewFlagSet("tickets tel", flag.ContinueOnError)
	var f siteFlags
	fs.StringVar(&f.site, "s", ".", "`MAP` van de site: daarin content/, en eventueel eigen assets/ voor de opmaak")
	fs.StringVar(&f.content, "content", "", "`MAP` met de inhoud (standaard MAP/content van -s)")
	fs.BoolVar(&f.drafts, "drafts", false, "neem ook kaarten met draft: true op")
	fs.StringVar(&f.out, "d", "tickets-telling", "`MAP` voor de telling")
	paths, code, ok := parseInterspersed(fs, args[1:], stderr, ticketsHelp)
	if !ok {
		return code
	}
	findSite(fs, &f.site)
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "werkboek tickets tel: noem de bestanden of mappen met teruggestuurde tickets, bijvoorbeeld: werkboek tickets tel inbox/\n")
		return exitUsage
	}
	opts := f.options()
	wb, diags := content.Load(os.DirFS(opts.ContentDir), content.Options{Drafts: f.drafts, Prefix: filepath.ToSlash(filepath.Clean(opts.ContentDir))})
	if errs := diags.Errors(); len(errs) > 0 {
		report(stderr, errs)
		fmt.Fprintf(stderr, "werkboek tickets tel: %s in %s; zonder goede inhoud valt er niets te controleren, er is niets geschreven\n", live.Count(len(errs), "fout", "fouten"), opts.ContentDir)
		return exitContent
	}
	c := tickets.Tally(tickets.NewEdition(wb), tickets.Collect(paths))
	report(stderr, c.Diagnostics())
	if len(c.Files) == 0 {
		fmt.Fprintf(stderr, "werkboek tickets tel: geen .json-, .csv-, .eml- of .txt-bestanden gevonden in %s; er is niets geschreven\n", strings.Join(paths, ", "))
		return exitContent
	}
	style, err := tickets.Style(site.ThemeAssets(f.site), wb)
	if err != nil {
		fmt.Fprintf(stderr, "werkboek tickets tel: waarschuwing: de stylesheet van de site is onleesbaar (%s); het overzicht is zonder de opmaak van de site\n", dutchError(err))
	}
	files, err := tickets.Output(c, style)
	if err == nil {
		err = tickets.Write(f.out, files)
	}
	if err != nil {
		fmt.Fprintf(stderr, "werkboek tickets tel: %s\n", dutchError(err))
		return exitContent
	}
	refused := len(c.Refused())
	n := 0
	for _, l := range c.Libraries {
		n += len(l.Cards)
	}
	fmt.Fprintf(stdout, "werkboek tickets tel: %s gelezen, %d geweigerd; %s met samen %s; geschreven naar %s (%s, %s, %s)\n",
		live.Count(len(c.Files), "bestand", "bestanden"), refused, live.Count(len(c.Libraries), "Bibliotheek", "Bibliotheken"), live.Count(n, "ticket", "tickets"),
		f.out, tickets.OverviewFile, tickets.PerProjectFile, tickets.PerLibraryFile)
	if refused > 0 {
		return exitContent
	}
	return exitOK
}

// parseInterspersed parses flags that may stand before, between or after
// the file arguments, and returns the arguments.
func parseInterspersed(fs *flag.FlagSet, args []string, stderr io.Writer, help string) ([]string, int, bool) {
	var rest []string
	for {
		if code, ok := parseFlags(fs, args, stderr, help); !ok {
			return nil, code, false
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, 0, true
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), 0, true
		}
		rest, args = append(rest, args[0]), args[1:]
	}
}
