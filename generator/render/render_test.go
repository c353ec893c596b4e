package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/testsite"
	"github.com/probiblio/werkboek/generator/view"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func workbook(t *testing.T, extra map[string]string) *view.Book {
	t.Helper()
	return loadBook(t, extra, false)
}

// loadBook makes the views of the test workbook (testsite.Workbook)
// with extra files.
func loadBook(t *testing.T, extra map[string]string, refused bool) *view.Book {
	t.Helper()
	return view.NewBook(testsite.Workbook(t, extra, refused), view.Options{})
}

func renderPage(t *testing.T, b *view.Book, kind, url string) []byte {
	t.Helper()
	r, err := New(os.DirFS("../../layouts"), Assets{CSS: "css/werkboek.0123456789.css", EditionCSS: "css/afdrukversie.0123456789.css", JS: []string{"js/werkboek.0123456789.js"}, Files: map[string]string{"js/pagina/delen.js": "js/pagina/delen.0123456789.js", "js/pagina/keuzelijst.js": "js/pagina/keuzelijst.0123456789.js", "js/pagina/tickets.js": "js/pagina/tickets.0123456789.js", "css/pagina/deelnemers.css": "css/pagina/deelnemers.0123456789.css"}})
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
	).Replace(testsite.Card)
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
// of a testsite.Card, a priority and the pages becomes that page's meta
// description, and that without it each page keeps its default.
func TestFrontMatterDescription(t *testing.T) {
	b := workbook(t, map[string]string{
		"prioriteiten/1-jeugd/1-spoenk.md": strings.Replace(testsite.Card, "question:", "description: Over Spoenk.\nquestion:", 1),
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
