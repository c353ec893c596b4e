package tickets

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/participants"
)

// The files Write puts in the output folder.
const (
	PerProjectFile = "tickets-per-project.csv"
	PerLibraryFile = "tickets-per-bibliotheek.csv"
	OverviewFile   = "overzicht.html"
	// ParticipantsFile is the count as the content reads it (see
	// participants.Write); --inhoud puts the same bytes in the content.
	ParticipantsFile = participants.File
	// PreviousParticipantsFile keeps the content's participants file
	// that --inhoud replaced, so a hand edit is never lost.
	PreviousParticipantsFile = "deelnemers-vorige.json"
)

// Output returns the files of a count by name: the two CSV files (with a
// byte order mark and ";", as a Dutch spreadsheet opens them), the
// overview, styled with style (the site's stylesheet; see Style), the
// participants file, and the marker that makes the folder one Write may
// replace.
func Output(c *Count, style string) (map[string][]byte, error) {
	overview, err := Overview(c, style)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{
		PerProjectFile:   perProject(c),
		PerLibraryFile:   perLibrary(c),
		OverviewFile:     overview,
		ParticipantsFile: participants.Write(c.Edition.Workbook, c.Participants()),
		OutputMarker:     []byte("Deze map is gemaakt door werkboek tickets tel en wordt bij elke telling vervangen.\n"),
	}
	if len(c.Rooms()) > 0 {
		out[RoomsFile] = roomsCSV(c)
	}
	return out, nil
}

// Projects lists the cards tickets may name, in workbook order.
func (c *Count) Projects() []*model.Card {
	var out []*model.Card
	for _, card := range c.Edition.Workbook.Cards() {
		if c.Edition.Eligible(card.Priority) {
			out = append(out, card)
		}
	}
	return out
}

func perProject(c *Count) []byte {
	rows := [][]string{{"Project", "Prioriteit", "Aantal bibliotheken", "Bibliotheken", "Id"}}
	for _, card := range c.Projects() {
		libs := c.LibrariesFor(card)
		rows = append(rows, []string{card.Title, prioLabel(card.Priority), strconv.Itoa(len(libs)), libraryNames(libs), card.ID()})
	}
	return spreadsheet(rows)
}

func perLibrary(c *Count) []byte {
	head := []string{"Bibliotheek", "Aantal tickets"}
	for i := range c.Edition.Workbook.Tickets.Max {
		head = append(head, fmt.Sprintf("Ticket %d", i+1))
	}
	rows := [][]string{append(head, "Bestand", "Moment")}
	for _, l := range c.Libraries {
		row := []string{l.Name, strconv.Itoa(len(l.Cards))}
		for i := range c.Edition.Workbook.Tickets.Max {
			cell := ""
			if i < len(l.Cards) {
				cell = l.Cards[i].Title + " (" + prioLabel(l.Cards[i].Priority) + ")"
			}
			row = append(row, cell)
		}
		t, from := l.File.Moment()
		rows = append(rows, append(row, l.File.Path, from+" "+dutch.Clock(t)))
	}
	return spreadsheet(rows)
}

func prioLabel(p *model.Priority) string { return strconv.Itoa(p.Number) + " " + p.Title }

func libraryNames(libs []*Library) string {
	names := make([]string, len(libs))
	for i, l := range libs {
		names[i] = l.Name
	}
	return strings.Join(names, ", ")
}

// spreadsheet writes rows as CSV the way the site does, every cell made
// safe for a spreadsheet (see spreadsheetCell).
func spreadsheet(rows [][]string) []byte {
	var buf bytes.Buffer
	buf.Write(bom)
	w := csv.NewWriter(&buf)
	w.Comma, w.UseCRLF = ';', true
	for _, row := range rows {
		for i, cell := range row {
			row[i] = spreadsheetCell(cell)
		}
	}
	w.WriteAll(rows) // writing to a buffer does not fail
	return buf.Bytes()
}
