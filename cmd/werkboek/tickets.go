package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/regular"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/tickets"
)

const ticketsHelp = `Gebruik: werkboek tickets tel [opties] BESTANDEN-OF-MAPPEN… [--inhoud content]

Telt de tickets die Bibliotheken terugsturen: de JSON- en CSV-bestanden
van de pagina Tickets en bewaarde mails (.eml, of de tekst als .txt), in
elke mengeling. Een map staat voor alle .json, .csv, .eml en .txt erin.
Een JSON- of CSV-bestand dat geen UTF-8 is, wordt gelezen als
Windows-1252.

Elk bestand wordt gecontroleerd tegen de editie in de inhoudsmap: bestaan
de projecten, mogen ze gekozen worden (eligible), niet meer dan max
tickets, geen project twee keer, een naam met een letter of cijfer. Elke
fout wordt gemeld als bestand:regel: melding, hoogstens drie per bestand
("… en nog 6.998 fouten in dit bestand"); zo'n bestand telt niet mee, de
rest wel. Alleen gewone bestanden tot 10 MB worden gelezen (geen FIFO,
apparaat of link daarnaar).

Stuurde een Bibliotheek meer dan één bestand, dan telt het laatste: naar
het moment "gewijzigd" in de export, anders de datum van de mail, anders
de wijzigingsdatum van het bestand. Namen zijn gelijk zonder te letten op
hoofdletters, accenten, spaties, leestekens, brede letters, ligaturen en
onzichtbare tekens.

Sluit de keuze (closes in tickets.md), dan telt een keuze die daarna
veranderd is (gewijzigd in de export, anders de datum van de mail) wel
mee, met een waarschuwing: haal het bestand weg als ze niet mag tellen.
Kozen meer Bibliotheken een project dan capacity toestaat, dan zegt de
telling dat ook.

In de uitvoermap komen:
  tickets-per-project.csv      per project: prioriteit, aantal Bibliotheken, welke
  tickets-per-bibliotheek.csv  per Bibliotheek: haar tickets
  overzicht.html               overzicht om af te drukken
  deelnemers.json              de deelnemers, zoals de site ze leest
  deelnemers-vorige.json       (met --inhoud) het bestand dat in de inhoud stond

Een cel die met =, +, - of @ begint, krijgt een ' ervoor (geen formule);
stuurtekens worden getoond als \x1b. De telling schrijft alleen haar eigen
bestanden: een uitvoermap waarin iets anders staat, of die is of bevat
wat u telt, wordt geweigerd. Gaat er iets mis, dan blijft de vorige
telling staan.

Met --inhoud content telt werkboek tegen de inhoud in content/ en zet het
deelnemers.json ook daar neer, als content/deelnemers.json: in één keer
(nooit half), alleen als werkboek check het zou aanvaarden en geen
bestand geweigerd is; verder verandert er niets in content/. Een
deelnemers.json daar dat werkboek niet schreef (of een map met die naam)
wordt niet vervangen. Een deelnemers.json dat werkboek niet meer kan
lezen (met de hand kapotgemaakt) of dat de regels nu weigeren, wordt wel
vervangen, en bewaard als deelnemers-vorige.json. Daarna: werkboek build.

Afsluitcode 0: alle bestanden gelezen (en met --inhoud deelnemers.json
in de inhoud gezet); 1: een of meer bestanden geweigerd (het overzicht is
gemaakt van de rest), de inhoud heeft fouten, of deelnemers.json kon niet
in de inhoud; 2: verkeerd gebruik, zoals een bestand of map die niet
bestaat of een uitvoermap of inhoudsmap die niet kan (dan is niets
gelezen of geschreven).

Alles over het formaat en de telling: werkboek help tickets
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
	var inhoud string
	fs.StringVar(&inhoud, "inhoud", "", "de inhoudsmap (`MAP`, zoals content) van de editie: tel tegen die inhoud en zet de deelnemers erin, als MAP/deelnemers.json")
	paths, code, ok := parseInterspersed(fs, args[1:], stderr, ticketsHelp)
	if !ok {
		return code
	}
	findSite(fs, &f.site)
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "werkboek tickets tel: noem de bestanden of mappen met teruggestuurde tickets, bijvoorbeeld: werkboek tickets tel inbox/\n")
		return exitUsage
	}
	// Nothing is written, and nothing of an earlier count lost, when a
	// path is mistyped or the output folder would take what is counted.
	usage := tickets.CheckInputs(paths)
	if msg := tickets.CheckOutput(f.out, paths); msg != "" {
		usage = append(usage, msg)
	}
	if inhoud != "" {
		usage = append(usage, checkInhoud(fs, &f, inhoud)...)
	}
	if len(usage) > 0 {
		for _, msg := range usage {
			fmt.Fprintf(stderr, "werkboek tickets tel: %s\n", tickets.Printable(msg))
		}
		fmt.Fprintf(stderr, "werkboek tickets tel: er is niets gelezen en niets geschreven\n")
		return exitUsage
	}
	opts := f.options()
	prefix := filepath.ToSlash(filepath.Clean(opts.ContentDir))
	wb, diags := content.Load(regular.DirFS(opts.ContentDir), content.Options{Drafts: f.drafts, Prefix: prefix, Now: time.Now()})
	errs := diags.Errors()
	var old diag.List
	if inhoud != "" {
		// The count replaces the participants file it cannot read.
		old, errs = oldParticipants(errs, prefix)
		wb.Participants = nil
	}
	if len(errs) > 0 {
		report(stderr, errs)
		fmt.Fprintf(stderr, "werkboek tickets tel: %s in %s; zonder goede inhoud valt er niets te controleren, er is niets geschreven\n", dutch.Count(len(errs), "fout", "fouten"), opts.ContentDir)
		return exitContent
	}
	res, err := tickets.Tel(tickets.TelOptions{
		Workbook: wb, Paths: paths, Out: f.out, Content: inhoud, Assets: site.ThemeAssets(f.site), At: time.Now(),
		Report: func(line string) { fmt.Fprintln(stderr, line) },
		Warn:   func(msg string) { fmt.Fprintf(stderr, "werkboek tickets tel: waarschuwing: %s\n", msg) },
	})
	switch {
	case errors.Is(err, tickets.ErrNoReturns):
		fmt.Fprintf(stderr, "werkboek tickets tel: geen .json-, .csv-, .eml- of .txt-bestanden gevonden in %s; er is niets geschreven\n", tickets.Printable(strings.Join(paths, ", ")))
		return exitContent
	case err != nil:
		fmt.Fprintf(stderr, "werkboek tickets tel: %s; er is niets geschreven\n", dutchError(err))
		return exitContent
	}
	c, refused, n := res.Count, res.Refused, res.Tickets
	late := ""
	if c.Late > 0 {
		late = fmt.Sprintf(", waarvan %s na de sluiting (zie de waarschuwingen)", dutch.Count(c.Late, "keuze", "keuzes"))
	}
	rooms := ""
	if len(c.Rooms()) > 0 {
		rooms = ", " + tickets.RoomsFile
	}
	fmt.Fprintf(stdout, "werkboek tickets tel: %s gelezen, %d geweigerd; %s met samen %s%s; geschreven naar %s (%s, %s, %s%s, %s)\n",
		dutch.Count(len(c.Files), "bestand", "bestanden"), refused, dutch.Count(len(c.Libraries), "Bibliotheek", "Bibliotheken"), dutch.Count(n, "ticket", "tickets"), late,
		tickets.Printable(f.out), tickets.OverviewFile, tickets.PerProjectFile, tickets.PerLibraryFile, rooms, tickets.ParticipantsFile)
	if inhoud != "" {
		if code := finishParticipants(res, old, f.out, inhoud, stdout, stderr); code != exitOK {
			return code
		}
	}
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
