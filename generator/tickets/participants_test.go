package tickets

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/participants"
)

// export is a JSON export of the tickets page of smallEdition.
func export(library, changed string, ids ...string) string {
	var tickets []string
	for i, id := range ids {
		tickets = append(tickets, fmt.Sprintf(`{"ticket": %d, "id": %q}`, i+1, id))
	}
	return fmt.Sprintf(`{"formaat": "werkboek-tickets 1", "editie": "2099", "bibliotheek": %q, "gewijzigd": %q, "tickets": [%s]}`, library, changed, strings.Join(tickets, ", "))
}

// TestParticipantsJSON checks the participants file of a count of three
// libraries byte for byte, and that the content reads it back as the
// same count.
func TestParticipantsJSON(t *testing.T) {
	e := smallEdition(t)
	dir := writeFiles(t,
		"haarlem.json", export("Bibliotheek Haarlem & Zandvoort", "2099-09-19T14:00:00Z", "lezen/voor", "lezen/club"),
		"delft.json", export("Bibliotheek Delft", "2099-09-19T14:05:00Z"),
		"leiden.json", export("bibliotheek Leiden", "2099-09-19T14:10:00Z", "lezen/club"),
	)
	c := Tally(e, collect(t, dir), nil, countedAt)
	c.At = time.Date(2099, 9, 19, 17, 30, 5, 0, time.FixedZone("CEST", 7200))
	got := string(participants.Write(c.Edition.Workbook, c.Participants()))
	want := `{
  "formaat": "werkboek-deelnemers 1",
  "werkboek": "Klein werkboek",
  "editie": "2099",
  "geteld": "2099-09-19T15:30:05Z",
  "projecten": {
    "lezen/club": [
      "Bibliotheek Haarlem & Zandvoort",
      "bibliotheek Leiden"
    ],
    "lezen/voor": [
      "Bibliotheek Haarlem & Zandvoort"
    ],
    "lezen/samen": []
  },
  "bibliotheken": {
    "Bibliotheek Delft": [],
    "Bibliotheek Haarlem & Zandvoort": [
      "lezen/voor",
      "lezen/club"
    ],
    "bibliotheek Leiden": [
      "lezen/club"
    ]
  }
}
`
	if got != want {
		t.Errorf("deelnemers.json:\n%s\nwant:\n%s", got, want)
	}
	p, diags := participants.Check(e.Workbook, []byte(got), "telling/"+participants.File)
	if len(diags) > 0 || len(p.Libraries) != 3 || p.Tickets != 3 || p.Groups != 2 {
		t.Fatalf("read back: %v, %+v", diags, p)
	}
	for _, card := range c.Projects() {
		var counted, read []string
		for _, l := range c.LibrariesFor(card) {
			counted = append(counted, l.Name)
		}
		for _, l := range p.Of(card) {
			read = append(read, l.Name)
		}
		if strings.Join(counted, ",") != strings.Join(read, ",") {
			t.Errorf("%s: counted %v, read back %v", card.ID(), counted, read)
		}
	}
	// An edition without projects and a count without libraries.
	empty := Tally(e, nil, nil, countedAt)
	e.Workbook.Tickets.Eligible = []string{"9-niets"}
	if got := string(participants.Write(empty.Edition.Workbook, empty.Participants())); !strings.Contains(got, "\"projecten\": {},\n  \"bibliotheken\": {}\n}\n") {
		t.Errorf("an empty count:\n%s", got)
	}
}

// TestLateAndFull checks the warnings for a choice changed after the
// choice closed and for a project more libraries chose than it takes.
func TestLateAndFull(t *testing.T) {
	e := smallEdition(t)
	e.Workbook.Tickets.Closes = time.Date(2099, 9, 19, 15, 0, 0, 0, time.UTC) // 17:00 in Hoofddorp
	e.Workbook.Tickets.Capacity = 1
	mail := "From: x@example.org\r\nDate: Sat, 19 Sep 2099 17:30:00 +0200\r\n\r\nBibliotheek: Bibliotheek Delft\r\n\r\nTicket 1: Voorlezen (Lezen)\r\n"
	dir := writeFiles(t,
		"haarlem.json", export("Bibliotheek Haarlem", "2099-09-19T15:00:01Z", "lezen/voor", "lezen/club"),
		"leiden.json", export("Bibliotheek Leiden", "2099-09-19T14:59:59Z", "lezen/club"),
		"delft.eml", mail,
		// The file's own time says nothing about when the choice was made.
		"oud.csv", "Ticket;Prioriteit;Onderwerp;Bibliotheek\n1;Lezen;Samen;Bibliotheek Zaandam\n",
	)
	os.Chtimes(filepath.Join(dir, "oud.csv"), time.Now(), time.Now())
	c := Tally(e, collect(t, dir), nil, countedAt)
	got := notes(c)
	for _, want := range []string{
		"haarlem.json: de keuze van Bibliotheek Haarlem is gewijzigd 19-09-2099 17:00:01, na de sluiting van de tickets (19-09-2099 17:00:00, closes in tickets.md); ze telt wel mee. Mag ze niet meetellen, haal dit bestand dan weg en tel opnieuw (dan telt een eerder bestand van deze Bibliotheek, als dat er is)",
		"delft.eml: de keuze van Bibliotheek Delft is verzonden 19-09-2099 17:30:00, na de sluiting",
		`tickets.md: het project "Schrijfclub" (lezen/club) is gekozen door 2 Bibliotheken, meer dan de 1 plaatsen (capacity in tickets.md); de telling zet ze er wel in en de site toont het project als vol. Kies welke meedoen en haal de andere bij dit project weg uit deelnemers.json (en onder "bibliotheken"), of verhoog capacity`,
		`tickets.md: het project "Voorlezen" (lezen/voor) is gekozen door 2 Bibliotheken`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("notes lack %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Leiden is") || strings.Contains(got, "Zaandam") || c.Late != 2 || len(c.Notes) != 4 {
		t.Errorf("%d late, notes:\n%s", c.Late, got)
	}
	// Without closes and capacity: no such notes.
	e.Workbook.Tickets.Closes, e.Workbook.Tickets.Capacity = time.Time{}, 0
	if c := Tally(e, collect(t, dir), nil, countedAt); len(c.Notes) != 0 || c.Late != 0 {
		t.Errorf("without the keys: %s", notes(c))
	}
}

// TestFormatDocNamesEveryFile keeps formaat.md in step with the files a
// count writes and the rules of --inhoud.
func TestFormatDocNamesEveryFile(t *testing.T) {
	for _, name := range outputs {
		if name != OutputMarker && !strings.Contains(FormatDoc, "| `"+name+"` |") {
			t.Errorf("formaat.md does not describe %s", name)
		}
	}
	for _, want := range []string{"--inhoud content", "`werkboek-deelnemers 1`", "closes:", "capacity:", "waarvan 1 keuze\nna de sluiting"} {
		if !strings.Contains(FormatDoc, want) {
			t.Errorf("formaat.md does not mention %q", want)
		}
	}
}
