package tickets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeFiles writes files into a new folder, each with a modification
// time one minute after the one before, in the order given.
func writeFiles(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	at := time.Date(2016, 9, 19, 16, 0, 0, 0, time.UTC)
	for i := 0; i+1 < len(files); i += 2 {
		p := filepath.Join(dir, files[i])
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(files[i+1]), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(p, at, at)
		at = at.Add(time.Minute)
	}
	return dir
}

func notes(c *Count) string {
	var out []string
	for _, n := range c.Notes {
		out = append(out, filepath.Base(n.Path)+": "+n.Message)
	}
	return strings.Join(out, "\n")
}

func TestTallyKeepsTheLatestFileOfALibrary(t *testing.T) {
	later := strings.Replace(strings.Replace(siteJSON, "13:42:07.123Z", "14:10:00.000Z", 1), "persoonlijke-ontwikkeling/leesbevordering", "participatie-en-zelfredzaamheid/taalvaardigheden", 1)
	dir := writeFiles(t,
		// Written last, but its choice was changed first: gewijzigd counts.
		"b-later.json", later,
		"a-eerst.json", siteJSON,
		"c-zelfde.csv", strings.ReplaceAll(strings.ReplaceAll(siteCSV, "Bibliotheek Zaanstad", "bibliotheek  ZAANSTAD"), "10:00:00", "09:00:00"),
		"d-zaanstad.csv", siteCSV,
		"e-oud.txt", "Bibliotheek: Bibliotheek Delft\n\nTicket 1: 2 Taalvaardigheden (Participatie & zelfredzaamheid)\n",
		"f-nieuw.eml", mailHead+"\r\n"+strings.ReplaceAll(strings.Replace(siteBody, "gewijzigd: 2016-09-19T13:45:00.000Z\n", "", 1), "Bibliotheek Haarlem", "Bibliotheek Delft"),
		"sub/.verborgen.json", "kapot",
		"sub/notities.docx", "kapot",
	)
	c := Tally(bundled(), collect(t, dir), nil, countedAt)
	if len(c.Files) != 6 {
		t.Fatalf("%d files read, want 6 (hidden files and other extensions are skipped)", len(c.Files))
	}
	got := notes(c)
	for _, w := range []string{
		"a-eerst.json: vervangen door " + filepath.ToSlash(filepath.Join(dir, "b-later.json")) + ", de latere keuze van Bibliotheek Haarlem (gewijzigd 19-09-2016 16:10:00; dit bestand: gewijzigd 19-09-2016 15:42:07)",
		"c-zelfde.csv: dezelfde keuze van bibliotheek  ZAANSTAD als " + filepath.ToSlash(filepath.Join(dir, "d-zaanstad.csv")) + "; één keer geteld",
		// Neither of Delft's files says when its choice changed: the text
		// file has its file time (16:04 UTC), the mail its Date (15:50
		// +0200, 13:50 UTC), so the text file is the later one.
		"f-nieuw.eml: vervangen door " + filepath.ToSlash(filepath.Join(dir, "e-oud.txt")),
	} {
		if !strings.Contains(got, w) {
			t.Errorf("notes lack %q:\n%s", w, got)
		}
	}
	var libs []string
	for _, l := range c.Libraries {
		var cards []string
		for _, card := range l.Cards {
			cards = append(cards, card.Slug)
		}
		libs = append(libs, l.Name+"="+strings.Join(cards, ","))
	}
	if got := strings.Join(libs, " "); got != "Bibliotheek Delft=taalvaardigheden Bibliotheek Haarlem=spoenk,taalvaardigheden Bibliotheek Zaanstad=spoenk,leesbevordering" {
		t.Errorf("libraries counted: %s", got)
	}
	taal := bundled().byID["participatie-en-zelfredzaamheid/taalvaardigheden"]
	if n := len(c.LibrariesFor(taal)); n != 2 {
		t.Errorf("Taalvaardigheden chosen by %d libraries, want 2", n)
	}
	if len(c.Refused()) != 0 {
		t.Errorf("refused: %v", c.Diagnostics())
	}
}

func TestTallyARefusedLatestFileCountsNothing(t *testing.T) {
	over := "{\"formaat\": \"werkboek-tickets 1\", \"bibliotheek\": \"Bibliotheek Haarlem\", \"gewijzigd\": \"2016-09-19T15:00:00Z\", \"tickets\": [\n{\"id\": \"jeugd-en-onderwijs/spoenk\"},\n{\"id\": \"persoonlijke-ontwikkeling/leesbevordering\"},\n{\"id\": \"participatie-en-zelfredzaamheid/taalvaardigheden\"},\n{\"id\": \"bevorderen-culturele-infrastructuur/positionering\"}\n]}"
	dir := writeFiles(t, "a.json", siteJSON, "b.json", over, "c.json", "{ kapot")
	c := Tally(bundled(), collect(t, dir), nil, countedAt)
	if len(c.Libraries) != 0 {
		t.Errorf("counted %v although the latest file of Haarlem is refused", c.Libraries[0].Name)
	}
	got := notes(c)
	for _, w := range []string{
		"a.json: vervangen door",
		"b.json: geweigerd; Bibliotheek Haarlem telt daarom niet mee (haar oudere bestanden zijn niet gebruikt",
		"c.json: geweigerd; dit bestand telt niet mee",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("notes lack %q:\n%s", w, got)
		}
	}
	if n := len(c.Refused()); n != 2 {
		t.Errorf("%d refused, want 2", n)
	}
	// Problems come first, a file's note after them.
	var order []string
	for _, d := range c.Diagnostics() {
		order = append(order, filepath.Base(d.Path)+":"+strings.Fields(d.Message)[0])
	}
	if got := strings.Join(order, " "); got != "a.json:vervangen b.json:4 b.json:geweigerd; c.json:ongeldige c.json:geweigerd;" {
		t.Errorf("order of messages: %s", got)
	}
}

func TestCollectReportsWhatCannotBeRead(t *testing.T) {
	dir := writeFiles(t, "a.json", siteJSON, "telling/.werkboek-telling", "", "telling/tickets-per-project.csv", "Project;Prioriteit\n")
	files, notes := Collect([]string{dir, filepath.Join(dir, "bestaat-niet.csv")})
	if len(files) != 2 || len(notes) != 0 {
		t.Fatalf("%d files, want a.json and the missing one (an earlier count is skipped)", len(files))
	}
	if f := files[1]; !f.Refused() || !strings.Contains(f.Diagnostics[0].String(), "bestaat-niet.csv: bestaat niet of is niet leesbaar") {
		t.Errorf("missing file: %v", f.Diagnostics)
	}
}

// TestCollectSaysWhatItSkips: an earlier count inside a folder is not
// read, and when it holds files the count did not write (a mail dropped
// there), a note says so instead of leaving them out in silence.
func TestCollectSaysWhatItSkips(t *testing.T) {
	dir := writeFiles(t, "a.json", siteJSON, "telling/.werkboek-telling", "", "telling/tickets-per-project.csv", "Project\n", "telling/laat.eml", "Bibliotheek: X\n")
	files, notes := Collect([]string{dir})
	if len(files) != 1 {
		t.Errorf("%d files read, want a.json alone", len(files))
	}
	if len(notes) != 1 || !notes[0].Warning || !strings.HasSuffix(notes[0].Path, "/telling") || !strings.Contains(notes[0].Message, "een eerdere telling; niet gelezen, ook niet laat.eml erin") {
		t.Errorf("notes: %v", notes)
	}
}
