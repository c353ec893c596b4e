package tickets

import (
	"fmt"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/participants"
)

// noteLate warns about every counted choice that changed after the
// choice closed (closes in tickets.md). Such a choice still counts: the
// moment comes from the library's own computer, whose clock may be off,
// and the organiser may have allowed it. The warning says how to leave
// it out. The moment is the export's "gewijzigd", else the Date of a
// saved mail. A file with neither is held against closes by the time it
// was saved, which says less (the organiser may have saved it later), so
// its warning says that too and it is not counted as late.
func (c *Count) noteLate() {
	closes := c.Edition.Workbook.Tickets.Closes
	if closes.IsZero() {
		return
	}
	for _, l := range c.Libraries {
		at, from := l.File.Moment()
		if !at.After(closes) {
			continue
		}
		if from == "bestandsdatum" {
			// The file says nothing of when the choice was made: say
			// so, and what it is known by.
			c.Notes = append(c.Notes, diag.Diagnostic{Path: l.File.Path, Warning: true, Message: fmt.Sprintf(
				"dit bestand van %s noemt niet wanneer de keuze gemaakt is, en is opgeslagen op %s, na de sluiting van de tickets (%s, closes in tickets.md); het telt wel mee. Mag het niet meetellen, haal het dan weg en tel opnieuw",
				clean(l.Name), dutch.Clock(at), dutch.Clock(closes))})
			continue
		}
		c.Late++
		c.Notes = append(c.Notes, diag.Diagnostic{Path: l.File.Path, Warning: true, Message: fmt.Sprintf(
			"de keuze van %s is %s %s, na de sluiting van de tickets (%s, closes in tickets.md); ze telt wel mee. Mag ze niet meetellen, haal dit bestand dan weg en tel opnieuw (dan telt een eerder bestand van deze Bibliotheek, als dat er is)",
			clean(l.Name), from, dutch.Clock(at), dutch.Clock(closes))})
	}
}

// noteFull warns about every project that more libraries chose than it
// takes (capacity in tickets.md): the organiser decides which take part;
// until then the count stands and the site shows the project as full.
func (c *Count) noteFull() {
	t := &c.Edition.Workbook.Tickets
	if t.Capacity == 0 {
		return
	}
	for _, card := range c.Projects() {
		if n := len(c.LibrariesFor(card)); n > t.Capacity {
			c.Notes = append(c.Notes, diag.Diagnostic{Path: t.Path, Warning: true, Message: fmt.Sprintf(
				"het project %q (%s) is gekozen door %d Bibliotheken, meer dan de %d plaatsen (capacity in tickets.md); de telling zet ze er wel in en de site toont het project als vol. Kies welke meedoen en haal de andere bij dit project weg uit %s (en onder \"bibliotheken\"), of verhoog capacity",
				card.Title, card.ID(), n, t.Capacity, participants.File)})
		}
	}
}
