package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInhoudReplacesAnUnreadableFile counts with --inhoud over a
// content/deelnemers.json that werkboek check refuses: broken by hand,
// or refused by rules changed after it was written. The count is written
// into the content all the same, the old file is kept whole as
// deelnemers-vorige.json, a line says what happened, and werkboek check
// passes afterwards.
func TestInhoudReplacesAnUnreadableFile(t *testing.T) {
	for _, tt := range []struct {
		name  string
		spoil func(t *testing.T, dir string, written []byte)
		say   string // the line's beginning; %d is the last line of the file
	}{
		{name: "broken by hand", spoil: func(t *testing.T, dir string, written []byte) {
			// Cut off after the first project's list, as a careless edit
			// or an interrupted save leaves it.
			cut := bytes.Index(written, []byte("],")) + 2
			write(t, dir, "content/deelnemers.json", string(written[:cut]))
		}, say: "werkboek tickets tel: content/deelnemers.json was niet te lezen (regel %d: het bestand houdt halverwege op); de nieuwe telling staat erin, de oude is bewaard als tickets-telling/deelnemers-vorige.json\n"},
		{name: "refused by new rules", spoil: func(t *testing.T, dir string, _ []byte) {
			// Priority 3, which Delft chose, no longer takes tickets.
			write(t, dir, "content/tickets.md", "---\nmax: 3\neligible: [1-jeugd-en-onderwijs, 2-persoonlijke-ontwikkeling]\n---\nKies.\n")
		}, say: "werkboek tickets tel: content/deelnemers.json past niet meer bij de inhoud (regel "},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := siteWith(t, threeLibraries)
			if code, stdout, stderr := werkboekIn(t, dir, "tickets", "tel", "inbox", "--inhoud", "content"); code != 0 {
				t.Fatalf("first count: exit %d\n%s%s", code, stdout, stderr)
			}
			target := filepath.Join(dir, "content", "deelnemers.json")
			written, err := os.ReadFile(target)
			if err != nil {
				t.Fatal(err)
			}
			// Delft's mail is taken out; its projects stay in the old file.
			os.Remove(filepath.Join(dir, "inbox", "delft.eml"))
			tt.spoil(t, dir, written)
			old, _ := os.ReadFile(target)
			say := strings.ReplaceAll(tt.say, "%d", fmt.Sprint(bytes.Count(old, []byte("\n"))+1))
			if code, stdout, stderr := werkboekIn(t, dir, "check"); code == 0 {
				t.Fatalf("werkboek check passes the spoilt file: exit %d\n%s%s", code, stdout, stderr)
			}

			code, stdout, stderr := werkboekIn(t, dir, "tickets", "tel", "inbox", "--inhoud", "content")
			if code != 0 || !strings.HasSuffix(stdout, "(2 Bibliotheken, 3 tickets, 2 projecten met deelnemers); controleer het met werkboek check; het vorige bestand staat in tickets-telling/deelnemers-vorige.json\n") {
				t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
			}
			if !strings.HasPrefix(stderr, say) || !strings.Contains(stderr, "; de nieuwe telling staat erin, de oude is bewaard als tickets-telling/deelnemers-vorige.json\n") || strings.Count(stderr, "\n") != 1 {
				t.Errorf("stderr %q, want one line beginning %q", stderr, say)
			}
			now, _ := os.ReadFile(target)
			counted, _ := os.ReadFile(filepath.Join(dir, "tickets-telling", "deelnemers.json"))
			if !bytes.Equal(now, counted) || bytes.Contains(now, []byte("Delft")) {
				t.Errorf("content/deelnemers.json is not the new count:\n%s", now)
			}
			if previous, _ := os.ReadFile(filepath.Join(dir, "tickets-telling", "deelnemers-vorige.json")); len(old) == 0 || !bytes.Equal(previous, old) {
				t.Errorf("deelnemers-vorige.json is not the replaced file:\n%s", previous)
			}
			if code, stdout, stderr := werkboekIn(t, dir, "check"); code != 0 {
				t.Errorf("werkboek check after the count: exit %d\n%s%s", code, stdout, stderr)
			}
		})
	}
}

// TestInhoudKeepsAnUnreadableFileItDoesNotReplace counts with --inhoud
// over a hand-broken content/deelnemers.json while a returned file is
// refused: the count does not go into the content, the broken file
// stays, and its errors are shown, so the editor knows it is still
// broken.
func TestInhoudKeepsAnUnreadableFileItDoesNotReplace(t *testing.T) {
	broken := "{\n  \"formaat\": \"werkboek-deelnemers 1\",\n  \"editie\": \"2017\",\n  \"projecten\": {\n"
	files := map[string]string{"content/deelnemers.json": broken, "inbox/kapot.json": "{"}
	for k, v := range threeLibraries {
		files[k] = v
	}
	dir := siteWith(t, files)
	code, stdout, stderr := werkboekIn(t, dir, "tickets", "tel", "inbox", "--inhoud", "content")
	if code != 1 || !strings.Contains(stderr, "content/deelnemers.json:4: het bestand houdt halverwege op") ||
		!strings.Contains(stderr, "deelnemers.json is niet in content gezet, want 1 bestand is geweigerd") || strings.Contains(stderr, "de nieuwe telling staat erin") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	if now, _ := os.ReadFile(filepath.Join(dir, "content", "deelnemers.json")); string(now) != broken {
		t.Errorf("content/deelnemers.json changed:\n%s", now)
	}
}
