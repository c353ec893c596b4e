package tickets

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/site"
)

// The files Write puts in the output folder.
const (
	PerProjectFile = "tickets-per-project.csv"
	PerLibraryFile = "tickets-per-bibliotheek.csv"
	OverviewFile   = "overzicht.html"
)

// Output returns the files of a count by name: the two CSV files (with a
// byte order mark and ";", as a Dutch spreadsheet opens them), the
// overview, styled with style (the site's stylesheet; see Style), and the
// marker that makes the folder one Write may replace.
func Output(c *Count, style string) (map[string][]byte, error) {
	overview, err := Overview(c, style)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{
		PerProjectFile: perProject(c),
		PerLibraryFile: perLibrary(c),
		OverviewFile:   overview,
		OutputMarker:   []byte("Deze map is gemaakt door werkboek tickets tel en wordt bij elke telling vervangen.\n"),
	}, nil
}

// Projects lists the cards tickets may name, in workbook order.
func (c *Count) Projects() []*content.Card {
	var out []*content.Card
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
		rows = append(rows, []string{card.Title, prioLabel(card.Priority), strconv.Itoa(len(libs)), libraryNames(libs), ID(card)})
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
		rows = append(rows, append(row, l.File.Path, from+" "+Clock(t)))
	}
	return spreadsheet(rows)
}

func prioLabel(p *content.Priority) string { return strconv.Itoa(p.Number) + " " + p.Title }

func libraryNames(libs []*Library) string {
	names := make([]string, len(libs))
	for i, l := range libs {
		names[i] = l.Name
	}
	return strings.Join(names, ", ")
}

// spreadsheet writes rows as CSV the way the site does.
func spreadsheet(rows [][]string) []byte {
	var buf bytes.Buffer
	buf.Write(bom)
	w := csv.NewWriter(&buf)
	w.Comma, w.UseCRLF = ';', true
	w.WriteAll(rows) // writing to a buffer does not fail
	return buf.Bytes()
}

// Write puts the files of a count in dir: into a new folder beside it,
// swapped in when complete, so a failure leaves an earlier count exactly
// as it was. A folder that Write did not make is never replaced.
func Write(dir string, files map[string][]byte) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	if st, err := os.Stat(abs); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("%s is een bestand, geen map; kies een andere uitvoermap met -d", dir)
		}
		entries, _ := os.ReadDir(abs)
		if _, err := os.Stat(filepath.Join(abs, OutputMarker)); err != nil && len(entries) > 0 {
			return fmt.Errorf("de map %s bestaat al en is niet door werkboek tickets tel gemaakt; kies een andere map met -d of maak deze leeg", dir)
		}
	}
	parent := filepath.Dir(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("kan de map %s niet maken: %w", parent, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(abs)+".tmp-")
	if err != nil {
		return fmt.Errorf("kan geen tijdelijke map maken naast %s: %w", dir, err)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(tmp, name), data, 0o644); err != nil {
			os.RemoveAll(tmp)
			return fmt.Errorf("kan %s niet schrijven: %w", name, err)
		}
	}
	if err := site.ReplaceFolder(tmp, abs); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("kan de telling niet op de plaats van %s zetten: %w", dir, err)
	}
	return nil
}
