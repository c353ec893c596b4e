package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/participants"
	"github.com/probiblio/werkboek/generator/tickets"
)

// tickets tel --inhoud MAP also puts the count's participants file in the
// content folder MAP, as MAP/deelnemers.json: the tickets are checked
// against the content in MAP, the file is checked as the content will
// read it before it goes there, and it goes there whole or not at all.

// checkInhoud says why --inhoud dir cannot be used, one line a reason,
// and makes dir the content the tickets are checked against (and its
// site the theme of the overview, when -s was not given).
func checkInhoud(fs *flag.FlagSet, f *siteFlags, dir string) []string {
	var out []string
	if f.drafts {
		out = append(out, "--inhoud kan niet samen met --drafts: een concept staat niet op de site, en wie eraan meedoet dus ook niet; tel zonder --drafts")
	}
	given := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { given[fl.Name] = true })
	switch {
	case f.content == "":
		f.content = dir
		if !given["s"] {
			f.site = filepath.Dir(filepath.Clean(dir))
		}
	case !sameFolder(f.content, dir):
		out = append(out, fmt.Sprintf("--inhoud %s is een andere map dan --content %s; de deelnemers horen bij de inhoud waartegen de tickets gecontroleerd zijn: laat --content weg, of noem twee keer dezelfde map", dir, f.content))
	}
	if msg := tickets.CheckContentTarget(dir); msg != "" {
		out = append(out, msg)
	}
	return out
}

// sameFolder reports whether a and b name the same folder.
func sameFolder(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// finishParticipants puts the prepared file in its place and says so,
// or says why it is not there; it returns the exit code. A count with a
// refused file is not put in the content: the site would say that a
// library whose file was broken takes part in nothing.
func finishParticipants(put *tickets.ContentFile, p *model.Participants, refused int, out, dir string, stdout, stderr io.Writer) int {
	out, dir = tickets.Printable(out), tickets.Printable(dir)
	switch {
	case refused > 0:
		fmt.Fprintf(stderr, "werkboek tickets tel: %s is niet in %s gezet, want %s geweigerd en de Bibliotheken ervan tellen niet mee; laat ze opnieuw sturen (of haal ze weg als ze niet mee mogen tellen) en tel opnieuw\n",
			participants.File, dir, dutch.Count(refused, "bestand is", "bestanden zijn"))
		return exitContent
	case put == nil:
		fmt.Fprintf(stderr, "werkboek tickets tel: %s is niet in %s gezet: werkboek check zou het weigeren (zie hierboven); pas %s/%s aan en zet het zelf in %s, of verander tickets.md (zoals capacity) en tel opnieuw\n",
			participants.File, dir, out, participants.File, dir)
		return exitContent
	}
	if err := put.Commit(); err != nil {
		fmt.Fprintf(stderr, "werkboek tickets tel: de telling staat in %s, maar %s is niet in %s gezet: %s\n", out, participants.File, dir, dutchError(err))
		return exitContent
	}
	fmt.Fprintf(stdout, "werkboek tickets tel: %s geschreven in %s (%s, %s, %s met deelnemers); controleer het met werkboek check",
		participants.File, dir, dutch.Count(len(p.Libraries), "Bibliotheek", "Bibliotheken"), dutch.Count(p.Tickets, "ticket", "tickets"), dutch.Count(p.Groups, "project", "projecten"))
	if put.Previous() != nil {
		fmt.Fprintf(stdout, "; het vorige bestand staat in %s/%s", out, tickets.PreviousParticipantsFile)
	}
	fmt.Fprintln(stdout)
	return exitOK
}
