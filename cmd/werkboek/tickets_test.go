package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodJSON = `{
  "formaat": "werkboek-tickets 1",
  "editie": "2017",
  "bibliotheek": "Bibliotheek Haarlem",
  "gewijzigd": "2016-09-19T13:42:07.123Z",
  "tickets": [
    {"ticket": 1, "id": "jeugd-en-onderwijs/spoenk", "prioriteit": "Jeugd & onderwijs", "onderwerp": "1 Spoenk: innovatief jeugdbibliotheekwerk"}
  ]
}
`

// inbox writes returned files into a new folder.
func inbox(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "inbox")
	for name, data := range files {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestTicketsUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"tickets"}, 2, "gebruik werkboek tickets tel"},
		{[]string{"tickets", "som"}, 2, `opdracht "som" kent werkboek tickets niet`},
		{[]string{"tickets", "-h"}, 0, "Gebruik: werkboek tickets tel"},
		{[]string{"tickets", "tel", "-h"}, 0, "(standaard tickets-telling)"},
		{[]string{"tickets", "tel"}, 2, "noem de bestanden of mappen"},
		{[]string{"tickets", "tel", "--snel", "x"}, 2, "onbekende optie -snel"},
	} {
		code, stdout, stderr := werkboek(t, tt.args...)
		if code != tt.code || !strings.Contains(stdout+stderr, tt.want) {
			t.Errorf("werkboek %v: exit %d, output %q; want exit %d with %q", tt.args, code, stdout+stderr, tt.code, tt.want)
		}
	}
}

func TestTicketsCountWithOneBrokenFile(t *testing.T) {
	in := inbox(t, map[string]string{
		"haarlem.json":     goodJSON,
		"delft.txt":        "Bibliotheek: Bibliotheek Delft\n\nTicket 1: 1 Spoenk: innovatief jeugdbibliotheekwerk (Jeugd & onderwijs)\nTicket 2: 2 Taalvaardigheden (Participatie & zelfredzaamheid)\n",
		"leiden/kapot.csv": "Ticket;Onderwerp;Bibliotheek;Id\n1;x;Bibliotheek Leiden;jeugd-en-onderwijs/spoenk\n2;y;Bibliotheek Leiden;jeugd-en-onderwijs/bestaat-niet\n",
		"notities.docx":    "wordt overgeslagen",
	})
	out := filepath.Join(t.TempDir(), "telling")
	// Options may follow the folders.
	code, stdout, stderr := werkboek(t, "tickets", "tel", in, "-d", out)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (one file refused)\n%s%s", code, stdout, stderr)
	}
	broken := filepath.ToSlash(filepath.Join(in, "leiden", "kapot.csv"))
	for _, want := range []string{
		broken + `:3: het project "jeugd-en-onderwijs/bestaat-niet" bestaat niet in editie 2017; controleer het id`,
		broken + ": geweigerd; Bibliotheek Leiden telt daarom niet mee",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if want := "werkboek tickets tel: 3 bestanden gelezen, 1 geweigerd; 2 Bibliotheken met samen 3 tickets; geschreven naar " + out; !strings.HasPrefix(stdout, want) {
		t.Errorf("stdout %q, want %q…", stdout, want)
	}
	csv, err := os.ReadFile(filepath.Join(out, "tickets-per-project.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(csv), "Spoenk: innovatief jeugdbibliotheekwerk;1 Jeugd & onderwijs;2;Bibliotheek Delft, Bibliotheek Haarlem;") {
		t.Errorf("tickets-per-project.csv:\n%s", csv)
	}
	for _, name := range []string{"overzicht.html", "tickets-per-bibliotheek.csv"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Error(err)
		}
	}
	// Fixed, every file is read: exit 0, and the count is replaced.
	os.Remove(filepath.Join(in, "leiden", "kapot.csv"))
	if code, stdout, stderr := werkboek(t, "tickets", "tel", "-d", out, in); code != 0 || !strings.Contains(stdout, "2 bestanden gelezen, 0 geweigerd") {
		t.Errorf("without the broken file: exit %d\n%s%s", code, stdout, stderr)
	}
}

func TestTicketsNeverDamagesAFolder(t *testing.T) {
	in := inbox(t, map[string]string{"haarlem.json": goodJSON})
	mine := t.TempDir()
	os.WriteFile(filepath.Join(mine, "brief.txt"), []byte("belangrijk\n"), 0o644)
	code, _, stderr := werkboek(t, "tickets", "tel", "-d", mine, in)
	if code != 2 || !strings.Contains(stderr, "is niet door werkboek tickets tel gemaakt") {
		t.Errorf("into a folder of one's own: exit %d, %s", code, stderr)
	}
	if entries, _ := os.ReadDir(mine); len(entries) != 1 {
		t.Errorf("the folder changed: %v", entries)
	}
	// Broken content: nothing can be checked, nothing is written.
	content := filepath.Join(t.TempDir(), "content")
	os.CopyFS(content, os.DirFS("../../content"))
	os.WriteFile(filepath.Join(content, "tickets.md"), []byte("---\nmax: veel\n---\n"), 0o644)
	out := filepath.Join(t.TempDir(), "telling")
	code, _, stderr = werkboek(t, "tickets", "tel", "--content", content, "-d", out, in)
	if code != 1 || !strings.Contains(stderr, "tickets.md:2:") || !strings.Contains(stderr, "er is niets geschreven") {
		t.Errorf("with broken content: exit %d, %s", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("an output folder was written although the content is broken")
	}
	if code, _, stderr := werkboek(t, "tickets", "tel", "-d", out, filepath.Join(in, "bestaat-niet")); code != 2 || !strings.Contains(stderr, "bestaat-niet bestaat niet; controleer de naam") {
		t.Errorf("a missing file: exit %d, %s", code, stderr)
	}
}
