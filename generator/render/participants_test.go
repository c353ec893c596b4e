package render

import (
	"os"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/theme"
	"github.com/probiblio/werkboek/generator/view"
)

// TestParticipantsOnlyWhereTicketsGo renders the test workbook with a
// count where tickets go to the first priority only: its card names its
// library, the other card shows no count, /deelnemers/ lists the first
// priority only and the library without a ticket too, with the words for
// one; without the count there is no such page and no extra CSS.
func TestParticipantsOnlyWhereTicketsGo(t *testing.T) {
	b := workbook(t, map[string]string{
		"tickets.md": "---\ntitle: Tickets\nmax: 3\nfields: [Onderwerp, Bibliotheek]\neligible: [1-jeugd]\n---\n",
		"deelnemers.json": `{"formaat": "werkboek-deelnemers 1", "editie": "2099",
  "projecten": {"jeugd/spoenk": ["Bibliotheek \"Oost\" & West"]},
  "bibliotheken": {"Bibliotheek \"Oost\" & West": ["jeugd/spoenk"], "Bibliotheek Zuid": []}}`,
	})
	card := string(renderPage(t, b, "card", "prioriteiten/jeugd/spoenk/"))
	if !strings.Contains(card, "Deelnemende Bibliotheken (1)</h2>") || !strings.Contains(card, `<a href="../../../deelnemers/#b-bibliotheek-oost-en-west">Bibliotheek &#34;Oost&#34; &amp; West</a>`) {
		t.Errorf("the card page does not name its library:\n%s", card)
	}
	if other := string(renderPage(t, b, "card", "prioriteiten/groot/informeel/")); strings.Contains(other, "Deelnemende") {
		t.Error("a card that tickets cannot name shows participants")
	}
	page := string(renderPage(t, b, "participants", view.ParticipantsURL))
	for _, want := range []string{
		"2 Bibliotheken, 1 ticket, 1 project met deelnemers.",
		"Prioriteit 1 · Jeugd &amp; onderwijs",
		`<li id="b-bibliotheek-zuid"><h3><a href="#b-bibliotheek-zuid">Bibliotheek Zuid</a></h3><p>Deze Bibliotheek heeft geen project gekozen.`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("/deelnemers/ lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "Persoonlijke ontwikkeling") {
		t.Error("/deelnemers/ lists a priority that tickets cannot name")
	}
	const countCSS = "css/pagina/deelnemers.0123456789.css"
	if !strings.Contains(page, countCSS) || !strings.Contains(card, countCSS) || !strings.Contains(string(theme.PrintCSS(b.Workbook)), ".p-participants") {
		t.Error("the CSS of the count is missing")
	}
	without := workbook(t, nil)
	if strings.Contains(string(renderPage(t, without, "card", "prioriteiten/jeugd/spoenk/")), countCSS) || strings.Contains(string(theme.SiteCSS(without.Workbook)), "participants") || strings.Contains(string(theme.PrintCSS(without.Workbook)), "participants") {
		t.Error("a site without a count gets its CSS")
	}
	r, _ := New(os.DirFS("../../layouts"), Assets{})
	for _, p := range r.Pages(without) {
		if p.Kind == "participants" {
			t.Error("a site without a count has a page of participants")
		}
	}
}
