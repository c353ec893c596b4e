package tickets

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const participantsOf = `{"formaat": "werkboek-deelnemers 1", "editie": "2099", "projecten": {}}`

// TestCheckContentTarget checks what --inhoud refuses before anything is
// read or written: a content folder that is not one, and a deelnemers.json
// werkboek did not write.
func TestCheckContentTarget(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "deelnemers.json")
	if msg := CheckContentTarget(dir); msg != "" {
		t.Errorf("an empty content folder: %s", msg)
	}
	for _, tt := range []struct {
		name    string
		prepare func()
		want    string
	}{
		{"a participants file", func() { os.WriteFile(target, []byte(participantsOf), 0o644) }, ""},
		{"a broken participants file", func() { os.WriteFile(target, []byte(participantsOf[:40]), 0o644) }, ""},
		{"a file of another kind", func() { os.WriteFile(target, []byte(`{"mijn": "lijst"}`), 0o644) },
			"deelnemers.json is geen deelnemersbestand van werkboek (er staat geen \"formaat\": \"werkboek-deelnemers 1\" in); werkboek vervangt het niet: geef het een naam die met _ begint als u het wilt bewaren, of haal het weg"},
		{"a folder", func() { os.Mkdir(target, 0o755) },
			"deelnemers.json is een map; werkboek vervangt geen map door een bestand: haal de map weg, of geef haar een naam die met _ begint"},
		{"a link", func() { os.Symlink("/dev/null", target) },
			"deelnemers.json is een snelkoppeling (symlink); werkboek vervangt die niet: haal haar weg"},
	} {
		os.RemoveAll(target)
		tt.prepare()
		msg := CheckContentTarget(dir)
		if tt.want == "" && msg != "" || tt.want != "" && !strings.HasSuffix(msg, tt.want) {
			t.Errorf("%s: %q, want …%q", tt.name, msg, tt.want)
		}
	}
	if msg := CheckContentTarget(filepath.Join(dir, "niets")); !strings.HasSuffix(msg, "niets bestaat niet; noem bij --inhoud de map content/ van de editie") {
		t.Errorf("a missing folder: %s", msg)
	}
	os.RemoveAll(target)
	os.WriteFile(target, []byte(participantsOf), 0o644)
	if msg := CheckContentTarget(target); !strings.HasSuffix(msg, "deelnemers.json is geen map; noem bij --inhoud de map content/ van de editie") {
		t.Errorf("a file as the folder: %s", msg)
	}
}

// TestContentFileIsWholeOrNotThere writes, replaces and refuses to
// replace a participants file, and checks the folder after each step:
// never a temporary file left, never half a file.
func TestContentFileIsWholeOrNotThere(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "tickets.md"), []byte("---\n---\n"), 0o644)
	target := filepath.Join(dir, "deelnemers.json")
	only := func(want ...string) {
		t.Helper()
		entries, _ := os.ReadDir(dir)
		var got []string
		for _, e := range entries {
			got = append(got, e.Name())
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("the folder holds %v, want %v", got, want)
		}
	}
	w, err := PrepareContent(dir, participantsText("een"))
	if err != nil || w.Previous() != nil {
		t.Fatal(err, w.Previous())
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	only("deelnemers.json", "tickets.md")
	w, err = PrepareContent(dir, participantsText("twee"))
	if err != nil || string(w.Previous()) != string(participantsText("een")) {
		t.Fatal(err, w.Previous())
	}
	// An editor saves the file while the count runs: that is not lost.
	os.WriteFile(target, participantsText("met de hand"), 0o644)
	if err := w.Commit(); err == nil || !strings.HasSuffix(err.Error(), "deelnemers.json is veranderd terwijl werkboek telde; het is niet vervangen: tel opnieuw") {
		t.Errorf("commit over a changed file: %v", err)
	}
	if data, _ := os.ReadFile(target); string(data) != string(participantsText("met de hand")) {
		t.Errorf("the file is %q", data)
	}
	only("deelnemers.json", "tickets.md")
	w, _ = PrepareContent(dir, participantsText("drie"))
	w.Abort()
	only("deelnemers.json", "tickets.md")
	os.Remove(target)
	w, _ = PrepareContent(dir, participantsText("vier"))
	os.WriteFile(target, participantsText("nieuw"), 0o644)
	if err := w.Commit(); err == nil {
		t.Error("commit over a file that came meanwhile")
	}
	only("deelnemers.json", "tickets.md")
	if _, err := PrepareContent(filepath.Join(dir, "niets"), []byte("x")); err == nil || !strings.HasPrefix(err.Error(), "kan niet schrijven in de inhoudsmap ") || !strings.HasSuffix(err.Error(), "niets: bestaat niet") {
		t.Errorf("a missing folder: %v", err)
	}
}

// participantsText is a participants file, as far as PrepareContent
// looks: it holds the format's mark.
func participantsText(s string) []byte {
	return []byte(`{"formaat": "werkboek-deelnemers 1", "tekst": "` + s + `"}` + "\n")
}
