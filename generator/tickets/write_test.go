package tickets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/assets"
)

func TestOutputListsEveryProject(t *testing.T) {
	dir := writeFiles(t, "haarlem.json", siteJSON, "zaanstad.csv", siteCSV, "kapot.json", "{")
	c := Tally(bundled(), collect(t, dir), nil, countedAt)
	style, err := Style(assets.FS, bundled().Workbook)
	if err != nil {
		t.Fatal(err)
	}
	files, err := Output(c, style)
	if err != nil {
		t.Fatal(err)
	}
	perProject := string(files[PerProjectFile])
	lines := strings.Split(strings.TrimSuffix(strings.TrimPrefix(perProject, "\ufeff"), "\r\n"), "\r\n")
	if len(lines) != 22 || lines[0] != "Project;Prioriteit;Aantal bibliotheken;Bibliotheken;Id" {
		t.Fatalf("%d lines, want a header and 21 projects:\n%s", len(lines), perProject)
	}
	for _, want := range []string{
		"Spoenk: innovatief jeugdbibliotheekwerk;1 Jeugd & onderwijs;2;Bibliotheek Haarlem, Bibliotheek Zaanstad;jeugd-en-onderwijs/spoenk",
		"Leesbevordering;2 Persoonlijke ontwikkeling;2;Bibliotheek Haarlem, Bibliotheek Zaanstad;persoonlijke-ontwikkeling/leesbevordering",
		"Gegevenslevering;5 Bevorderen culturele infrastructuur;0;;bevorderen-culturele-infrastructuur/gegevenslevering",
	} {
		if !strings.Contains(perProject, want+"\r\n") {
			t.Errorf("%s lacks %q", PerProjectFile, want)
		}
	}
	perLibrary := string(files[PerLibraryFile])
	if !strings.HasPrefix(perLibrary, "\ufeffBibliotheek;Aantal tickets;Ticket 1;Ticket 2;Ticket 3;Bestand;Moment\r\n") ||
		!strings.Contains(perLibrary, "Bibliotheek Zaanstad;2;Spoenk: innovatief jeugdbibliotheekwerk (1 Jeugd & onderwijs);Leesbevordering (2 Persoonlijke ontwikkeling);;") {
		t.Errorf("%s:\n%s", PerLibraryFile, perLibrary)
	}
	html := string(files[OverviewFile])
	for _, want := range []string{
		"<title>Tickets per project · Praat mee over innovatieve projecten 2017</title>",
		"2 Bibliotheken met samen 4 tickets, uit 3 bestanden, waarvan 1 geweigerd",
		`<span class="prio-num">Prioriteit 5</span>`,
		`<tr class="leeg"><th scope="row"><span class="num">4</span> Gegevenslevering</th><td class="aantal">0</td><td>—</td></tr>`,
		`<span class="num">1</span> Spoenk: innovatief jeugdbibliotheekwerk</th><td class="aantal">2</td><td>Bibliotheek Haarlem, Bibliotheek Zaanstad</td>`,
		"kapot.json:1: het bestand houdt halverwege op",
		".prio-jeugd-en-onderwijs{--accent:",
		"url(data:font/woff2;base64,",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the overview lacks %q", want)
		}
	}
	if strings.Contains(html, "url(../fonts/") {
		t.Error("the overview still loads fonts from ../fonts/")
	}
}

func TestWriteNeverDamagesAFolder(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "telling")
	files := map[string][]byte{PerProjectFile: []byte("eerste\n"), OverviewFile: []byte("<p>eerste</p>\n"), OutputMarker: nil}
	if err := Write(out, files); err != nil {
		t.Fatal(err)
	}
	// A second count replaces the first as a whole.
	if err := Write(out, map[string][]byte{PerProjectFile: []byte("tweede\n"), OutputMarker: nil}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(out, PerProjectFile)); string(data) != "tweede\n" {
		t.Errorf("after the second count: %q", data)
	}
	if _, err := os.Stat(filepath.Join(out, OverviewFile)); err == nil {
		t.Error("a file of the first count is left")
	}
	// A failure while writing leaves the count as it was, and no folder
	// of the failed attempt.
	err := Write(out, map[string][]byte{PerProjectFile: []byte("derde\n"), "map-die-niet-bestaat/x.csv": nil, OutputMarker: nil})
	if err == nil {
		t.Fatal("writing into a missing subfolder did not fail")
	}
	if data, _ := os.ReadFile(filepath.Join(out, PerProjectFile)); string(data) != "tweede\n" {
		t.Errorf("after a failed count: %q", data)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("left beside the count: %v", entries)
	}
	// A folder the count did not make is never replaced, and neither is
	// an earlier count that holds something else (notes, a late mail).
	mine := filepath.Join(parent, "mijn-map")
	os.MkdirAll(mine, 0o755)
	os.WriteFile(filepath.Join(mine, "brief.txt"), []byte("belangrijk\n"), 0o644)
	if err := Write(mine, files); err == nil || !strings.Contains(err.Error(), "is niet door werkboek tickets tel gemaakt") {
		t.Errorf("Write into a folder of one's own: %v", err)
	}
	if data, _ := os.ReadFile(filepath.Join(mine, "brief.txt")); string(data) != "belangrijk\n" {
		t.Error("a folder of one's own was changed")
	}
	os.MkdirAll(filepath.Join(out, "inbox"), 0o755)
	os.WriteFile(filepath.Join(out, "inbox", "laat.eml"), []byte("Bibliotheek: X\n"), 0o644)
	if err := Write(out, files); err == nil || !strings.Contains(err.Error(), "er staat ook in wat werkboek tickets tel niet schreef (inbox/)") {
		t.Errorf("Write over a count with a folder of mails in it: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "inbox", "laat.eml")); err != nil {
		t.Error("the mail in the earlier count is gone")
	}
}

// TestClearOldKeepsWhatItDidNotWrite plays a file that arrives in the
// old count between the check and the swap: it is moved into the new
// count, not removed with the old one.
func TestClearOldKeepsWhatItDidNotWrite(t *testing.T) {
	dir := t.TempDir()
	old, cur := filepath.Join(dir, "oud"), filepath.Join(dir, "nieuw")
	for _, d := range []string{old, cur} {
		os.MkdirAll(d, 0o755)
		for _, name := range outputs {
			os.WriteFile(filepath.Join(d, name), []byte(d), 0o644)
		}
	}
	os.WriteFile(filepath.Join(old, "laat.json"), []byte("{}"), 0o644)
	if err := clearOld(old, cur); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(old); err == nil {
		t.Error("the old count is left")
	}
	if data, err := os.ReadFile(filepath.Join(cur, "laat.json")); err != nil || string(data) != "{}" {
		t.Errorf("the late file: %q, %v", data, err)
	}
	if data, _ := os.ReadFile(filepath.Join(cur, PerProjectFile)); string(data) != cur {
		t.Errorf("the new count's file was replaced by the old one: %q", data)
	}
}
