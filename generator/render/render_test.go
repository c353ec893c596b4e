package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/markdown"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const card = `---
title: "Spoenk: innovatief jeugdbibliotheekwerk"
question: Waar loop ik tegenaan bij het bereiken van mijn doelstellingen?
---
## Doelgroep
Jeugd tot achttien jaar.

## Effect voor de doelgroep
De doelgroep is gestimuleerd tot *lezen*.

## Doel van de Bibliotheek
De Bibliotheek heeft alle leden van de doelgroep bereikt.

## Resultaat
Uitgewerkte ideeën voor [werving](https://example.org/werving).

## Mogelijke onderwerpen
- Acties verzamelen en uitwerken.
- Een multimediale productie lanceren.
`

func workbook(t *testing.T, extra map[string]string) *Book {
	t.Helper()
	return loadBook(t, extra, false)
}

// loadBook loads the test workbook with extra files; with refused it
// renders content that the content package refuses, to test that the
// renderer is safe on its own.
func loadBook(t *testing.T, extra map[string]string, refused bool) *Book {
	t.Helper()
	fsys := fstest.MapFS{
		"_index.md":                           {Data: []byte("---\ntitle: Testwerkboek\nedition: \"2099\"\norganisation: ProBiblio\nevent:\n  name: Projectendag\n  date: 2099-09-21\n---\nWelkom.\n")},
		"prioriteiten/1-jeugd/_index.md":      {Data: []byte("---\ntitle: Jeugd & onderwijs\nprogramme:\n  name: SOOB-programma\n  ambition: 100 procent bereik\n  text: Samen.\n---\n")},
		"prioriteiten/1-jeugd/1-spoenk.md":    {Data: []byte(card)},
		"prioriteiten/2-groot/_index.md":      {Data: []byte("---\ntitle: Persoonlijke ontwikkeling\n---\n")},
		"prioriteiten/2-groot/1-informeel.md": {Data: []byte(strings.Replace(card, "Spoenk: innovatief jeugdbibliotheekwerk", "Informeel leren", 1))},
	}
	for name, data := range extra {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	wb, diags := content.Load(fsys, content.Options{Prefix: "content"})
	if len(diags.Errors()) > 0 != refused {
		t.Fatalf("content errors (want errors: %v):\n%v", refused, diags)
	}
	return NewBook(wb, nil)
}

func renderPage(t *testing.T, b *Book, kind, url string) []byte {
	t.Helper()
	r, err := New(os.DirFS("../../layouts"), Assets{CSS: "css/werkboek.0123456789.css", EditionCSS: "css/afdrukversie.0123456789.css", JS: []string{"js/werkboek.0123456789.js"}, Files: map[string]string{"js/pagina/delen.js": "js/pagina/delen.0123456789.js", "js/pagina/keuzelijst.js": "js/pagina/keuzelijst.0123456789.js", "js/pagina/tickets.js": "js/pagina/tickets.0123456789.js"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range r.Pages(b) {
		if p.Kind == kind && (url == "" || p.URL == url) {
			var buf bytes.Buffer
			if err := r.Render(&buf, p); err != nil {
				t.Fatal(err)
			}
			return buf.Bytes()
		}
	}
	t.Fatalf("no %s page %q", kind, url)
	return nil
}

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	// One tag per line keeps the minified pages readable in a diff.
	got = bytes.ReplaceAll(got, []byte("><"), []byte(">\n<"))
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./generator/render -update and review the diff.\ngot:\n%s", name, got)
	}
}

func TestGoldenCardPage(t *testing.T) {
	golden(t, "card.golden.html", renderPage(t, workbook(t, nil), "card", "prioriteiten/jeugd/spoenk/"))
}

func TestGoldenChecklist(t *testing.T) {
	golden(t, "checklist.golden.html", renderPage(t, workbook(t, nil), "checklist", ""))
}

func TestHostileContentIsEscaped(t *testing.T) {
	hostile := strings.NewReplacer(
		"Spoenk: innovatief jeugdbibliotheekwerk", `</title><script>alert(1)</script>`,
		"Jeugd tot achttien jaar.", `<script>alert(2)</script> [klik](javascript:alert(3)) [data](data:text/html,<script>alert(4)</script>) <img src=x onerror=alert(5)>`,
	).Replace(card)
	b := loadBook(t, map[string]string{"prioriteiten/1-jeugd/1-spoenk.md": hostile}, true)
	for _, kind := range []string{"card", "print", "home", "checklist", "priority"} {
		page := string(renderPage(t, b, kind, ""))
		for _, bad := range []string{"<script>", "javascript:", "data:text/html", "onerror=", "<img"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s page contains %q", kind, bad)
			}
		}
		if kind == "card" && !strings.Contains(page, "&lt;/title&gt;&lt;script&gt;") {
			t.Errorf("card page does not show the hostile title as text")
		}
	}
}

func TestMarkdownInline(t *testing.T) {
	if got := markdown.Inline("Opening *door* Anna"); got != "Opening <em>door</em> Anna" {
		t.Errorf("markdown.Inline = %q", got)
	}
}

func TestPhoneLink(t *testing.T) {
	b := workbook(t, map[string]string{"_index.md": "---\ntitle: T\ncontact:\n  name: Dick\n  phone: 023 55 46 362\n---\n"})
	page := string(renderPage(t, b, "home", ""))
	if !strings.Contains(page, `href="tel:0235546362"`) {
		t.Errorf("no tel: link in the event box")
	}
}

// TestFrontMatterDescription checks that description in the front matter
// of a card, a priority and the pages becomes that page's meta
// description, and that without it each page keeps its default.
func TestFrontMatterDescription(t *testing.T) {
	b := workbook(t, map[string]string{
		"prioriteiten/1-jeugd/1-spoenk.md": strings.Replace(card, "question:", "description: Over Spoenk.\nquestion:", 1),
		"prioriteiten/1-jeugd/_index.md":   "---\ntitle: Jeugd & onderwijs\ndescription: Over jeugd.\n---\n",
		"keuzelijst.md":                    "---\ndescription: Over de lijst.\n---\n",
		"tickets.md":                       "---\ndescription: Over tickets.\n---\n",
		"programma.md":                     "---\ndescription: Over het programma.\nschedule:\n  - time: \"09:30\"\n    activity: Ontvangst\n---\n",
	})
	r, err := New(os.DirFS("../../layouts"), Assets{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"prioriteiten/jeugd/spoenk/":    "Over Spoenk.",
		"prioriteiten/jeugd/":           "Over jeugd.",
		"keuzelijst/":                   "Over de lijst.",
		"tickets/":                      "Over tickets.",
		"programma/":                    "Over het programma.",
		"prioriteiten/groot/":           "Prioriteit 2 van het werkboek: Persoonlijke ontwikkeling, met 1 projecten.",
		"prioriteiten/groot/informeel/": "De doelgroep is gestimuleerd tot lezen.",
	}
	for _, p := range r.Pages(b) {
		if w, ok := want[p.URL]; ok {
			if p.Description != w {
				t.Errorf("%s: description %q, want %q", p.URL, p.Description, w)
			}
			delete(want, p.URL)
		}
	}
	if len(want) > 0 {
		t.Errorf("pages missing: %v", want)
	}
	page := string(renderPage(t, b, "card", "prioriteiten/jeugd/spoenk/"))
	if !strings.Contains(page, `<meta name="description" content="Over Spoenk.">`) {
		t.Errorf("card page lacks the meta description")
	}
}
