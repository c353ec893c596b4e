package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/testsite"
)

// threeLibraries are the files of three libraries, one of each kind the
// tickets page makes: JSON, CSV and a saved mail.
var threeLibraries = map[string]string{
	"inbox/haarlem.json": goodJSON, // jeugd-en-onderwijs/spoenk
	"inbox/leiden.csv":   testsite.Returns["inbox/leiden.csv"],
	"inbox/delft.eml":    testsite.Returns["inbox/delft.eml"],
}

// siteWith is a copy of the bundled content in a new folder with the files
// given, for the binary to run in.
func siteWith(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := testsite.Copy(t, "content")
	for name, data := range files {
		write(t, dir, name, data)
	}
	return dir
}

// TestFromThreeFilesToTheContent runs the two steps of the organiser
// after the day: tickets tel … --inhoud content writes deelnemers.json
// with exactly the three libraries, into the count's folder and into
// the content, and werkboek check then passes and the model has the
// count's totals.
func TestFromThreeFilesToTheContent(t *testing.T) {
	dir := siteWith(t, threeLibraries)
	code, stdout, stderr := werkboekIn(t, dir, "tickets", "tel", "inbox", "--inhoud", "content")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if want := "werkboek tickets tel: deelnemers.json geschreven in content (3 Bibliotheken, 5 tickets, 3 projecten met deelnemers); controleer het met werkboek check\n"; !strings.HasSuffix(stdout, want) {
		t.Errorf("stdout %q, want …%q", stdout, want)
	}
	written, err := os.ReadFile(filepath.Join(dir, "content", "deelnemers.json"))
	if err != nil {
		t.Fatal(err)
	}
	if counted, _ := os.ReadFile(filepath.Join(dir, "tickets-telling", "deelnemers.json")); !bytes.Equal(counted, written) {
		t.Error("the content's deelnemers.json differs from the count's")
	}
	var file struct {
		Formaat, Editie string
		Projecten       map[string][]string
		Bibliotheken    map[string][]string
	}
	if err := json.Unmarshal(written, &file); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"jeugd-en-onderwijs/spoenk":                        "Bibliotheek Haarlem,Bibliotheek Leiden",
		"persoonlijke-ontwikkeling/leesbevordering":        "Bibliotheek Delft,Bibliotheek Leiden",
		"participatie-en-zelfredzaamheid/taalvaardigheden": "Bibliotheek Delft",
	}
	for id, libs := range file.Projecten {
		if got := strings.Join(libs, ","); got != want[id] {
			t.Errorf("%s: %q, want %q", id, got, want[id])
		}
	}
	if file.Formaat != "werkboek-deelnemers 1" || file.Editie != "2017" || len(file.Projecten) != 21 || len(file.Bibliotheken) != 3 {
		t.Errorf("deelnemers.json:\n%s", written)
	}
	if code, stdout, stderr := werkboekIn(t, dir, "check"); code != 0 || !strings.Contains(stdout, "inhoud in orde") {
		t.Fatalf("werkboek check: exit %d\n%s%s", code, stdout, stderr)
	}
	wb, diags := content.Load(os.DirFS(filepath.Join(dir, "content")), content.Options{})
	p := wb.Participants
	if len(diags.Errors()) > 0 || p == nil || len(p.Libraries) != 3 || p.Tickets != 5 || p.Groups != 3 {
		t.Fatalf("the model: %v %+v", diags.Errors(), p)
	}
	for _, c := range wb.Cards() {
		var names []string
		for _, l := range p.Of(c) {
			names = append(names, l.Name)
		}
		if got := strings.Join(names, ","); got != want[c.ID()] {
			t.Errorf("the model, %s: %q, want %q", c.ID(), got, want[c.ID()])
		}
	}
	// Counted again, the file it replaces is kept in the count.
	os.Remove(filepath.Join(dir, "inbox", "delft.eml"))
	code, stdout, _ = werkboekIn(t, dir, "tickets", "tel", "inbox", "--inhoud", "content")
	if code != 0 || !strings.HasSuffix(stdout, "(2 Bibliotheken, 3 tickets, 2 projecten met deelnemers); controleer het met werkboek check; het vorige bestand staat in tickets-telling/deelnemers-vorige.json\n") {
		t.Errorf("counted again: exit %d, %s", code, stdout)
	}
	if previous, _ := os.ReadFile(filepath.Join(dir, "tickets-telling", "deelnemers-vorige.json")); !bytes.Equal(previous, written) {
		t.Error("deelnemers-vorige.json is not the file replaced")
	}
}

// TestInhoudChangesNothingOrAll runs tickets tel --inhoud where it cannot
// or may not write the content: every time a Dutch message, the exit
// code, and the content folder exactly as it was (no temporary file, no
// half file).
func TestInhoudChangesNothingOrAll(t *testing.T) {
	for _, tt := range []struct {
		name    string
		files   map[string]string
		prepare func(t *testing.T, dir string)
		args    []string
		code    int
		say     []string
		count   bool // the count's folder is written
	}{
		{name: "the target is a folder", files: map[string]string{"content/deelnemers.json/x": "mijn bestand"}, code: 2,
			say: []string{"werkboek tickets tel: content/deelnemers.json is een map; werkboek vervangt geen map door een bestand", "er is niets gelezen en niets geschreven"}},
		{name: "the target is not a participants file", files: map[string]string{"content/deelnemers.json": `{"mijn": "lijst"}`}, code: 2,
			say: []string{`content/deelnemers.json is geen deelnemersbestand van werkboek (er staat geen "formaat": "werkboek-deelnemers 1" in); werkboek vervangt het niet`}},
		{name: "no content folder", args: []string{"--inhoud", "inhoud"}, code: 2,
			say: []string{"werkboek tickets tel: de inhoudsmap inhoud bestaat niet; noem bij --inhoud de map content/ van de editie"}},
		{name: "drafts", args: []string{"--drafts"}, code: 2,
			say: []string{"--inhoud kan niet samen met --drafts"}},
		{name: "another content", args: []string{"--content", "inbox"}, code: 2,
			say: []string{"--inhoud content is een andere map dan --content inbox"}},
		{name: "a refused file", files: map[string]string{"inbox/kapot.json": "{"}, code: 1, count: true,
			say: []string{"inbox/kapot.json:1: het bestand houdt halverwege op", "werkboek tickets tel: deelnemers.json is niet in content gezet, want 1 bestand is geweigerd"}},
		{name: "a read-only content folder", code: 1, prepare: func(t *testing.T, dir string) {
			os.Chmod(filepath.Join(dir, "content"), 0o555)
			t.Cleanup(func() { os.Chmod(filepath.Join(dir, "content"), 0o755) })
		}, say: []string{"werkboek tickets tel: kan niet schrijven in de inhoudsmap content: geen toegang (controleer de rechten); er is niets geschreven"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{}
			for k, v := range threeLibraries {
				files[k] = v
			}
			for k, v := range tt.files {
				files[k] = v
			}
			dir := shared(t, siteWith(t, files))
			if tt.prepare != nil {
				tt.prepare(t, dir)
			}
			before := snapshot(t, filepath.Join(dir, "content"))
			cmd := exec.Command(binary, append([]string{"tickets", "tel", "inbox", "--inhoud", "content"}, tt.args...)...)
			cmd.Dir = dir
			if !unprivileged(cmd) && tt.prepare != nil {
				t.Skip("the permissions of a folder do not stop this process")
			}
			code, stdout, stderr := runCmd(t, cmd)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.code, stdout, stderr)
			}
			for _, s := range tt.say {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
			if after := snapshot(t, filepath.Join(dir, "content")); !maps(before, after) {
				t.Errorf("the content changed: %v, was %v", keys(after), keys(before))
			}
			if _, err := os.Stat(filepath.Join(dir, "tickets-telling")); (err == nil) != tt.count {
				t.Errorf("the count's folder is there: %v, want %v", err == nil, tt.count)
			}
		})
	}
}

// shared makes the folder of a test site readable and writable for
// everyone, and the binary's folder readable, so the binary can run as
// nobody (see unprivileged).
func shared(t *testing.T, dir string) string {
	t.Helper()
	os.Chmod(filepath.Dir(binary), 0o755)
	for p := dir; p != filepath.Dir(p) && p != os.TempDir(); p = filepath.Dir(p) {
		if st, err := os.Stat(p); err == nil && st.Mode().Perm()&0o005 != 0o005 {
			os.Chmod(p, st.Mode().Perm()|0o005)
		}
	}
	os.Chmod(dir, 0o777)
	return dir
}

// TestLateChoiceIsWarnedAbout counts a choice changed after the choice
// closed: it counts, with a warning and a word in the summary.
func TestLateChoiceIsWarnedAbout(t *testing.T) {
	dir := siteWith(t, map[string]string{
		"content/tickets.md": "---\nmax: 3\ncloses: 2016-09-19 16:00\n---\nKies.\n",
		"inbox/haarlem.json": goodJSON, // gewijzigd 13:42 UTC, 15:42 in Hoofddorp
		"inbox/leiden.json":  strings.NewReplacer("Haarlem", "Leiden", "13:42:07.123Z", "14:00:01.000Z").Replace(goodJSON),
	})
	code, stdout, stderr := werkboekIn(t, dir, "tickets", "tel", "inbox", "--inhoud", "content")
	if code != 0 || !strings.Contains(stdout, "2 Bibliotheken met samen 2 tickets, waarvan 1 keuze na de sluiting (zie de waarschuwingen)") ||
		!strings.Contains(stderr, "inbox/leiden.json: waarschuwing: de keuze van Bibliotheek Leiden is gewijzigd 19-09-2016 16:00:01, na de sluiting van de tickets (19-09-2016 16:00:00, closes in tickets.md); ze telt wel mee") ||
		strings.Contains(stderr, "Haarlem") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
}
