package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

// TestPlainBuildNamesDroppedPDF: a build without --pdf replaces a site
// that had werkboek.pdf; it says the PDF is gone and how to get it back.
func TestPlainBuildNamesDroppedPDF(t *testing.T) {
	dir := testsite.Copy(t, "content")
	if code, _, stderr := werkboekIn(t, dir, "build"); code != 0 {
		t.Fatalf("first build: %s", stderr)
	}
	// What build --pdf leaves besides the site (the PDF's bytes do not
	// matter here).
	if err := os.WriteFile(filepath.Join(dir, "public", "werkboek.pdf"), []byte("%PDF-1.7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := werkboekIn(t, dir, "build")
	if code != 0 || !strings.Contains(stdout, "werkboek build: werkboek.pdf weg: bouw met --pdf om hem bij te werken\n") {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "werkboek.pdf")); err == nil {
		t.Error("werkboek.pdf is still there")
	}
	code, stdout, _ = werkboekIn(t, dir, "build")
	if code != 0 || strings.Contains(stdout, "werkboek.pdf") {
		t.Errorf("a build after it names the PDF again: %s", stdout)
	}
}

// TestNewPriorityChecks: a priority made by new priority, with a card
// made from inside its folder, passes check and is on the site.
func TestNewPriorityChecks(t *testing.T) {
	dir := testsite.Copy(t, "content")
	code, stdout, stderr := werkboekIn(t, dir, "new", "priority", "Lezen en taal")
	if want := filepath.Join("content", "prioriteiten", "6-lezen-en-taal", "_index.md") + "\n"; code != 0 || stdout != want {
		t.Fatalf("exit %d, %q %s; want %q", code, stdout, stderr, want)
	}
	folder := filepath.Join(dir, "content", "prioriteiten", "6-lezen-en-taal")
	if code, stdout, stderr := werkboekIn(t, folder, "new", "card", ".", "Voorlezen thuis"); code != 0 || stdout != "1-voorlezen-thuis.md\n" {
		t.Fatalf("new card .: exit %d, %q %s", code, stdout, stderr)
	}
	if code, stdout, stderr := werkboekIn(t, dir, "check"); code != 0 || !strings.Contains(stdout, "6 prioriteiten, 21 kaarten") {
		t.Fatalf("check: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := werkboekIn(t, dir, "build", "--drafts"); code != 0 {
		t.Fatal(stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "prioriteiten", "lezen-en-taal", "voorlezen-thuis", "index.html")); err != nil {
		t.Error(err)
	}
}

// TestInitSamplesCaught: the example text of a new workbook is warned
// about at each of its lines, and counted by check and build; the cover
// names the edition's year once; init's advice names the edition's year.
func TestInitSamplesCaught(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := werkboekIn(t, dir, "init"); code != 0 {
		t.Fatal(stderr)
	}
	code, stdout, stderr := werkboekIn(t, dir, "check")
	if code != 0 || !strings.Contains(stdout, "10 waarschuwingen, waarvan 10 over voorbeeldtekst") {
		t.Fatalf("check: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, at := range []string{"content/_index.md:15", "content/_index.md:16", "content/_index.md:21", "content/_index.md:27", "content/programma.md:9", "content/prioriteiten/1-eerste-prioriteit/_index.md:5"} {
		if !strings.Contains(stderr, filepath.FromSlash(at)+": waarschuwing: hier staat nog voorbeeldtekst") {
			t.Errorf("no warning at %s:\n%s", at, stderr)
		}
	}
	code, stdout, _ = werkboekIn(t, dir, "build")
	if code != 0 || !strings.Contains(stdout, ", waarvan 10 over voorbeeldtekst") {
		t.Errorf("build: exit %d\n%s", code, stdout)
	}
	print, err := os.ReadFile(filepath.Join(dir, "public", "werkboek", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	cover := string(print)
	cover = cover[strings.Index(cover, `class="cover"`):]
	cover = cover[:strings.Index(cover, "</section>")]
	year := regexp.MustCompile(`Werkboek (20\d\d)`).FindStringSubmatch(cover)
	if year == nil || strings.Count(cover, "Werkboek "+year[1]) != 1 {
		t.Errorf("the cover should say \"Werkboek YEAR\" once:\n%s", cover)
	}
	_, _, stderr = werkboekIn(t, dir, "init")
	if !strings.Contains(stderr, "werkboek init werkboek-"+year[1]+"\n") {
		t.Errorf("init in a used folder advises another year than the edition's %s: %s", year[1], stderr)
	}
	// Replaced, the warnings are gone.
	index := filepath.Join(dir, "content", "_index.md")
	b, _ := os.ReadFile(index)
	fixed := strings.NewReplacer("Naam van de contactpersoon", "Anna de Vries", "info@example.org", "anna@probiblio.nl").Replace(string(b))
	os.WriteFile(index, []byte(fixed), 0o644)
	_, _, stderr = werkboekIn(t, dir, "check")
	if strings.Contains(stderr, "_index.md:15") || strings.Contains(stderr, "_index.md:16") {
		t.Errorf("replaced text still warned about:\n%s", stderr)
	}
}

// TestSuggestionsFit: a link with the wrong number suggests the card of
// this edition with that name, never the card itself.
func TestSuggestionsFit(t *testing.T) {
	dir := testsite.Copy(t, "content")
	card := filepath.Join(dir, "content", "prioriteiten", "2-persoonlijke-ontwikkeling", "3-ontmoeting-en-debat.md")
	b, err := os.ReadFile(card)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(card, []byte(strings.Replace(string(b), "## Resultaat\n", "## Resultaat\nZie ook [leesbevordering](5-leesbevordering.md) en [debat](4-debat.md).\n", 1)), 0o644)
	code, _, stderr := werkboekIn(t, dir, "check")
	if code != 1 || !strings.Contains(stderr, `"5-leesbevordering.md" bestaat niet; bedoelt u (2-leesbevordering.md)?`) ||
		strings.Contains(stderr, "bedoelt u (3-ontmoeting-en-debat.md)") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
}

// TestSpreadsheetMomentHeldAgainstCloses: a CSV re-saved by a spreadsheet
// on a Dutch computer writes its moment as 19-9-2016 17:33; it is read on
// the Dutch clock and held against closes.
func TestSpreadsheetMomentHeldAgainstCloses(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"content/tickets.md": "---\nmax: 3\ncloses: 2016-09-19 17:00\n---\nKies.\n",
		"inbox/haarlem.csv":  "Id;Bibliotheek;Gewijzigd\njeugd-en-onderwijs/spoenk;Bibliotheek Haarlem;19-9-2016 17:33\n",
		// Without a moment of its own: held against closes by the time
		// it was saved, which is now.
		"inbox/leiden.csv": "Id;Bibliotheek\njeugd-en-onderwijs/spoenk;Bibliotheek Leiden\n",
	})
	code, stdout, stderr := werkboekIn(t, dir, "tickets", "tel", "inbox", "--inhoud", "content")
	if code != 0 || !strings.Contains(stderr, "inbox/haarlem.csv: waarschuwing: de keuze van Bibliotheek Haarlem is gewijzigd 19-09-2016 17:33:00, na de sluiting van de tickets (19-09-2016 17:00:00, closes in tickets.md); ze telt wel mee") ||
		!strings.Contains(stderr, "inbox/leiden.csv: waarschuwing: dit bestand van Bibliotheek Leiden noemt niet wanneer de keuze gemaakt is, en is opgeslagen op ") ||
		strings.Contains(stderr, "is geen tijdstip") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestMailWithMistypedID: a mail whose block names a mistyped id is
// counted by the title its readable part gives, with a warning, as a JSON
// export would be.
func TestMailWithMistypedID(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"inbox/haarlem.txt": "Bibliotheek: Bibliotheek Haarlem\n\nTicket 1: 1 Spoenk: innovatief jeugdbibliotheekwerk (Jeugd & onderwijs)\n\n" +
			"-- werkboek-tickets 1 --\nwerkboek: Praat mee over innovatieve projecten 2017\neditie: 2017\nbibliotheek: Bibliotheek Haarlem\n" +
			"gewijzigd: 2016-09-19T13:45:00.000Z\nticket: jeugd-en-onderwijs/spoemk\n-- einde --\n",
	})
	code, stdout, stderr := werkboekIn(t, dir, "tickets", "tel", "inbox", "--inhoud", "content")
	if code != 0 || !strings.Contains(stderr, `inbox/haarlem.txt:10: waarschuwing: het project "jeugd-en-onderwijs/spoemk" bestaat niet (meer) in editie 2017; herkend aan de titel als "Spoenk: innovatief jeugdbibliotheekwerk"`) ||
		!strings.Contains(stdout, "1 Bibliotheek met samen 1 ticket") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestCapacityOnTheSite: after a count, a card page says how many places
// are taken, or that the project is full, and /deelnemers/ marks full
// projects; a count over capacity is still put in the content.
func TestCapacityOnTheSite(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"content/tickets.md": "---\nmax: 3\ncapacity: 2\n---\nKies.\n",
		"inbox/haarlem.json": goodJSON,
		"inbox/leiden.json":  strings.ReplaceAll(goodJSON, "Haarlem", "Leiden"),
		"inbox/delft.json":   strings.ReplaceAll(goodJSON, "Haarlem", "Delft"),
	})
	if code, stdout, stderr := werkboekIn(t, dir, "tickets", "tel", "inbox", "--inhoud", "content"); code != 0 || !strings.Contains(stderr, "meer dan de 2 plaatsen") {
		t.Fatalf("tel: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := werkboekIn(t, dir, "build"); code != 0 {
		t.Fatal(stderr)
	}
	page, _ := os.ReadFile(filepath.Join(dir, "public", "prioriteiten", "jeugd-en-onderwijs", "spoenk", "index.html"))
	if !strings.Contains(string(page), `<p class="places"><strong>Vol</strong> (2 plaatsen)</p>`) {
		t.Errorf("the full card's page does not say so:\n%s", placesLine(page))
	}
	list, _ := os.ReadFile(filepath.Join(dir, "public", "deelnemers", "index.html"))
	if strings.Count(string(list), `<strong class="places-full">vol</strong>`) < 1 {
		t.Error("/deelnemers/ marks no project as full")
	}
	// Capacity raised: places taken, not full.
	write(t, dir, "content/tickets.md", "---\nmax: 3\ncapacity: 8\n---\nKies.\n")
	if code, _, stderr := werkboekIn(t, dir, "build"); code != 0 {
		t.Fatal(stderr)
	}
	page, _ = os.ReadFile(filepath.Join(dir, "public", "prioriteiten", "jeugd-en-onderwijs", "spoenk", "index.html"))
	if !strings.Contains(string(page), `<p class="places">3 van 8 plaatsen bezet</p>`) {
		t.Errorf("the card's page does not name the places taken:\n%s", placesLine(page))
	}
}

// placesLine is the places line of a page, for a message.
func placesLine(page []byte) string {
	return regexp.MustCompile(`<p class="?places[^\n]*`).FindString(string(page))
}
