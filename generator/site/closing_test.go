package site

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

// withCloses copies the bundled content with closes set in tickets.md.
func withCloses(t *testing.T, closes string) string {
	t.Helper()
	dir := testsite.Copy(t, "content")
	path := filepath.Join(dir, "content", "tickets.md")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	testsite.MoveDay(t, filepath.Join(dir, "content"), closes[:10])
	out := strings.Replace(string(src), "max: 3\n", "max: 3\ncloses: "+closes+"\n", 1)
	if out == string(src) {
		t.Fatal("tickets.md has no line max: 3")
	}
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "content")
}

// ticketPages are the pages that offer a ticket in the bundled workbook:
// the tickets page and the cards of eligible priorities (all of them).
func ticketPages(t *testing.T, tree map[string][]byte) map[string]string {
	pages := map[string]string{"tickets/index.html": string(tree["tickets/index.html"])}
	for name, b := range tree {
		if strings.HasPrefix(name, "prioriteiten/") && strings.Count(name, "/") == 3 && strings.Contains(string(b), "data-ticket-card") {
			pages[name] = string(b)
		}
	}
	if len(pages) < 1+21 {
		t.Fatalf("%d pages offer a ticket, want the tickets page and 21 cards", len(pages))
	}
	return pages
}

// TestClosedAtBuildTime builds the workbook with closes in the past: every
// page that offers a ticket says that the choice is closed, when and whom
// to ask, and offers its button disabled; the print edition says it too.
func TestClosedAtBuildTime(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build(t, withCloses(t, "2016-09-19 17:00"), out)
	tree := readTree(t, out)
	for name, page := range ticketPages(t, tree) {
		if !strings.Contains(page, `class="closing is-closed" data-closing data-closes="2016-09-19T15:00:00Z"`) {
			t.Errorf("%s: no closed notice with the moment in UTC", name)
		}
		// pageText puts a space where a tag was: "… .nl</a>," reads "… .nl ,".
		text := strings.NewReplacer(" ,", ",", " .", ".").Replace(pageText([]byte(page)))
		for _, want := range []string{
			"De keuze van tickets is gesloten sinds maandag 19 september 2016 om 17:00: er kan geen ticket meer bij.",
			"Neem contact op met Dick van Tol (netwerkadviseur ProBiblio), dvtol@probiblio.nl, tel. 023 55 46 362.",
		} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: text lacks %q", name, want)
			}
		}
		if strings.Count(page, "data-add disabled") != 1 || strings.Contains(page, "data-add>") {
			t.Errorf("%s: the button Kies als ticket is not disabled", name)
		}
	}
	print := pageText(tree["werkboek/index.html"])
	if !strings.Contains(print, "De keuze van tickets is gesloten sinds maandag 19 september 2016 om 17:00") || !strings.Contains(string(tree["werkboek/index.html"]), "closing is-closed") {
		t.Error("the print edition does not say that the choice is closed")
	}
}

// TestOpenUntilCloses builds the workbook with closes in the future: the
// pages say until when a library can choose, carry the moment for the
// script, and offer the button enabled.
func TestOpenUntilCloses(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build(t, withCloses(t, "2099-09-19 17:00"), out)
	tree := readTree(t, out)
	for name, page := range ticketPages(t, tree) {
		if !strings.Contains(page, `class="closing" data-closing data-closes="2099-09-19T15:00:00Z"`) {
			t.Errorf("%s: no open notice with the moment in UTC", name)
		}
		if !strings.Contains(pageText([]byte(page)), "U kunt tickets kiezen tot zaterdag 19 september 2099 om 17:00.") {
			t.Errorf("%s: does not say until when", name)
		}
		if strings.Contains(page, "disabled>Kies als ticket") || strings.Contains(page, "is-closed") {
			t.Errorf("%s: closed before the moment", name)
		}
	}
	if strings.Contains(string(tree["werkboek/index.html"]), "is-closed") {
		t.Error("the print edition says closed before the moment")
	}
}

// TestNoClosesNoNotice checks that without closes no page mentions a
// closing: the bundled workbook stays as it was.
func TestNoClosesNoNotice(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build(t, filepath.Join(repo, "content"), out)
	for name, b := range readTree(t, out) {
		if strings.HasSuffix(name, ".js") {
			continue // the script knows the closing, and waits for a page that has one
		}
		if strings.Contains(string(b), "data-closing") || strings.Contains(string(b), "U kunt tickets kiezen tot") {
			t.Errorf("%s mentions a closing without closes in tickets.md", name)
		}
	}
}
