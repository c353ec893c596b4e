package render

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/view"
)

// FuzzCardBody feeds any Markdown as the body of a card. When the content
// package accepts it, rendering must not panic, must render the sections
// content found, and every word of the body's text must be
// in the card's HTML for the site and for the print edition.
func FuzzCardBody(f *testing.F) {
	f.Add("Inleiding.\n\n## Doelgroep\nJeugd.\n\n## Effect voor de doelgroep\nMeer *lezen*.\n\n## Doel van de Bibliotheek\n[Info](https://example.org).\n\n## Resultaat\n| a | b |\n|--:|---|\n| 1 | 2 |\n\n## Mogelijke onderwerpen\n- Een\n- Twee\n")
	f.Add("Doelgroep\n---------\nJeugd.\n\n## Effect voor de doelgroep\n> Citaat\n\n## Doel van de Bibliotheek\n```\n## code\n```\n\n## Resultaat\n[x][r]\n\n## Bouwstenen\n- a\n\n[r]: https://example.org\n")
	f.Add("## Doelgroep\nZie [b](#resultaat) en [c](2-tweede.md#doel).\n\n## Effect voor de doelgroep\nx\n\n## Doel van de Bibliotheek\nx\n\n## Resultaat\nx\n\n## Mogelijke onderwerpen\n- x\n")
	f.Fuzz(func(t *testing.T, body string) {
		fsys := fstest.MapFS{
			"_index.md":                    {Data: []byte("---\ntitle: T\n---\n")},
			"prioriteiten/1-p/_index.md":   {Data: []byte("---\ntitle: P\n---\n")},
			"prioriteiten/1-p/1-kaart.md":  {Data: []byte("---\ntitle: K\n---\n" + body)},
			"prioriteiten/1-p/2-tweede.md": {Data: []byte("---\ntitle: Twee\n---\n## Doelgroep\nx\n## Effect voor de doelgroep\nx\n## Doel van de Bibliotheek\nx\n## Resultaat\nx\n## Mogelijke onderwerpen\nx\n")},
		}
		wb, diags := content.Load(fsys, content.Options{})
		if len(diags.Errors()) > 0 || len(wb.Cards()) == 0 {
			return
		}
		b := view.NewBook(wb, view.Options{})
		cv := b.Cards[0]
		if len(cv.Sections) != len(cv.Card.Sections) {
			t.Fatalf("render made %d sections of the %d content found: %q", len(cv.Sections), len(cv.Card.Sections), body)
		}
		tags := regexp.MustCompile(`<[^>]*>`)
		var site, print strings.Builder
		site.WriteString(string(cv.Lead))
		print.WriteString(string(cv.PrintLead))
		for _, s := range cv.Sections {
			site.WriteString(string(s.HTML))
			print.WriteString(string(s.PrintHTML))
		}
		for _, s := range cv.Card.Sections {
			for _, w := range strings.Fields(markdown.PlainText(s.Body.Markdown)) {
				if w = strings.Trim(w, ".,;:!?()[]*_`'\"<>&#|~-"); len(w) > 2 && isPlainWord(w) {
					if !strings.Contains(tags.ReplaceAllString(site.String(), ""), w) || !strings.Contains(tags.ReplaceAllString(print.String(), ""), w) {
						t.Fatalf("word %q of section %q missing from the HTML:\n%s", w, s.Heading, site.String())
					}
				}
			}
		}
	})
}

func isPlainWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
