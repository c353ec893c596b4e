package quality

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// offered waits for the dialog that offers a choice (or only says why
// there is none) and returns its text and whether it offers a choice.
func (b *tab) offered() (string, bool) {
	b.t.Helper()
	b.waitFor(`document.querySelector("[data-offer]").open`)
	return eval[string](b, `document.querySelector("[data-offer-text]").textContent`), eval[bool](b, `!document.querySelector("[data-offer-yes]").hidden`)
}

// stored returns what this browser keeps under key for the site.
func (b *tab) stored(key string) string {
	b.t.Helper()
	return eval[string](b, `localStorage.getItem(document.documentElement.dataset.werkboek + ":`+key+`") || ""`)
}

// linkCase is a share link's fragment, what the dialog must say, and
// whether it offers a choice.
type linkCase struct {
	hash, says string
	offer      bool
}

// links opens each link on page (such as "tickets/"), checks the dialog,
// declines, and wants what the browser keeps under key unchanged.
func (b *tab) links(t *testing.T, page, key string, cases []linkCase) {
	t.Helper()
	mine := b.stored(key)
	for _, tt := range cases {
		b.open("/" + page + "#" + tt.hash)
		says, offer := b.offered()
		if says != tt.says || offer != tt.offer {
			t.Errorf("link #%.60s: offer %v, says %q\nwant %v, %q", tt.hash, offer, says, tt.offer, tt.says)
		}
		b.do(chromedp.Click(chromedp.CSS("[data-offer-no]")))
		if got := b.stored(key); got != mine {
			t.Errorf("link #%.60s changed the choice to %s", tt.hash, got)
		}
	}
}

// TestGarbageLinksChangeNothing opens share links that are not a choice,
// or hold ids the edition does not have, on the tickets page and the
// checklist of a browser that has a choice, and wants a Dutch message
// that says what is wrong, unknown ids named and left out, and the
// choice in the browser as it was.
func TestGarbageLinksChangeNothing(t *testing.T) {
	t.Parallel()
	b := browser(t)
	b.open("/tickets/")
	b.do(chromedp.SendKeys(chromedp.CSS("[data-library]"), "Bibliotheek Haarlem"))
	b.do(chromedp.SetValue(chromedp.CSS("[data-pick]"), "jeugd-en-onderwijs/spoenk"), chromedp.Click(chromedp.CSS("[data-tickets] [data-add]")))
	unknown := make([]string, 20000)
	for i := range unknown {
		unknown[i] = fmt.Sprintf("bestaat/niet-%d", i)
	}
	b.links(t, "tickets/", "tickets", []linkCase{
		{"__proto__=x", "Deze link bevat geen keuze van tickets: onbekend zijn ‘__proto__’. Uw eigen keuze blijft staan.", false},
		{"a=b&c", "Deze link bevat geen keuze van tickets: onbekend zijn ‘a’. Onleesbaar: ‘c’. Uw eigen keuze blijft staan.", false},
		{"tickets=%E0%A4%A", "Deze link bevat geen keuze van tickets. Onleesbaar: ‘tickets=%E0%A4%A’. Uw eigen keuze blijft staan.", false},
		{"tickets=" + strings.Join(unknown, ","), "Hierin staan geen projecten van deze site en geen Bibliotheek. Niet overgenomen: 20.000 projecten die deze site niet kent (‘bestaat/niet-0’, ‘bestaat/niet-1’, ‘bestaat/niet-2’ en nog 19.997). Uw eigen keuze blijft staan.", false},
		{"bibliotheek=Bibliotheek%20Delft&tickets=" + strings.Join(unknown[:5], ",") + ",persoonlijke-ontwikkeling/leesbevordering",
			"Keuze overnemen: Bibliotheek Delft, 1 ticket? Uw keuze in deze browser (Bibliotheek Haarlem, 1 ticket) wordt dan vervangen. Niet overgenomen: 5 projecten die deze site niet kent (‘bestaat/niet-0’, ‘bestaat/niet-1’, ‘bestaat/niet-2’ en nog 2).", true},
		{"bibliotheek=Bieb%0Aticket%3A%20x%1B%5B2K&tickets=jeugd-en-onderwijs/spoenk",
			"Keuze overnemen: Bieb ticket: x [2K, 1 ticket? Uw keuze in deze browser (Bibliotheek Haarlem, 1 ticket) wordt dan vervangen. Tekens die in een naam niet thuishoren, zijn uit de naam van de Bibliotheek gehaald.", true},
	})
	// Taken over, what the link names is left out for good.
	b.open("/tickets/#bibliotheek=Bibliotheek%20Delft&tickets=bestaat/niet,persoonlijke-ontwikkeling/leesbevordering")
	b.offered()
	b.do(chromedp.Click(chromedp.CSS("[data-offer-yes]")))
	if got := eval[string](b, `[...document.querySelectorAll("[data-chosen] li:not(.empty)")].map(e => e.querySelector(".chosen-title").textContent + " / " + e.querySelector(".chosen-prio").textContent).join("|")`); got != "Leesbevordering / Persoonlijke ontwikkeling" {
		t.Errorf("taken over: %q", got)
	}

	b.open("/keuzelijst/")
	b.do(chromedp.Click(chromedp.CSS(`tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Ja]`)))
	b.links(t, "keuzelijst/", "keuzelijst", []linkCase{
		{"__proto__=x", "Deze link bevat geen keuze die deze lijst kent. Niet overgenomen: 1 project dat deze lijst niet heeft (‘__proto__’). Uw eigen keuze blijft staan.", false},
		{"jeugd-en-onderwijs/spoenk=Wel", "Deze link bevat geen keuze die deze lijst kent. Niet overgenomen, want niet Ja, Misschien of Nee: ‘jeugd-en-onderwijs/spoenk: Wel’. Uw eigen keuze blijft staan.", false},
		{"jeugd-en-onderwijs/spoenk=Nee&onbekend/project=Ja",
			"Keuze overnemen: 0 × Ja, 0 × Misschien, 1 × Nee? Uw keuze in deze browser (1 × Ja, 0 × Misschien, 0 × Nee) wordt dan vervangen. Niet overgenomen: 1 project dat deze lijst niet heeft (‘onbekend/project’).", true},
	})
	// An anchor is no choice: the skip link offers nothing.
	b.open("/keuzelijst/#inhoud")
	if eval[bool](b, `document.querySelector("[data-offer]").open`) {
		t.Error("the anchor #inhoud is offered as a choice")
	}
}

// TestGarbageFilesChangeNothing reads JSON files of the wrong shape, of
// another format and of another edition on the tickets page and the
// checklist.
func TestGarbageFilesChangeNothing(t *testing.T) {
	t.Parallel()
	b := browser(t)
	dir := t.TempDir()
	b.open("/tickets/")
	b.do(chromedp.SendKeys(chromedp.CSS("[data-library]"), "Bibliotheek Haarlem"))
	b.do(chromedp.SetValue(chromedp.CSS("[data-pick]"), "jeugd-en-onderwijs/spoenk"), chromedp.Click(chromedp.CSS("[data-tickets] [data-add]")))
	mine := b.stored("tickets")
	read := func(name, data, says string, offer bool) {
		t.Helper()
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(data), 0o644)
		b.do(chromedp.SetUploadFiles(chromedp.CSS("[data-share-file]"), []string{p}))
		got, offered := b.offered()
		if got != says || offered != offer {
			t.Errorf("%s: offer %v, says %q\nwant %v, %q", data, offered, got, offer, says)
		}
		b.do(chromedp.Click(chromedp.CSS("[data-offer-no]")))
	}
	b.do(chromedp.Click(chromedp.CSS("[data-share] summary")))
	read("a.json", `{"formaat":"werkboek-tickets 1","bibliotheek":{"a":1},"tickets":[]}`, `Dit bestand kan niet worden gelezen: "bibliotheek" hoort tekst te zijn, maar is een object. Uw eigen keuze blijft staan.`, false)
	read("b.json", `{"formaat":"werkboek-tickets 2","bibliotheek":"X","tickets":[]}`, "Dit bestand heeft formaat ‘werkboek-tickets 2’; deze pagina leest ‘werkboek-tickets 1’. Download het bestand opnieuw van deze pagina. Uw eigen keuze blijft staan.", false)
	read("c.json", `{"formaat":"werkboek-tickets 1","bibliotheek":"X","tickets":"x"}`, `Dit bestand kan niet worden gelezen: "tickets" hoort een lijst te zijn, maar is tekst. Kies het JSON-bestand van de pagina Tickets. Uw eigen keuze blijft staan.`, false)
	read("d.json", `[1]`, "Dit bestand kan niet worden gelezen: het hoort één keuze te zijn, tussen { en }, maar is een lijst. Kies het JSON-bestand dat u van deze pagina heeft gedownload. Uw eigen keuze blijft staan.", false)
	read("e.json", `{"bibliotheek": "X", `, "Dit bestand kan niet worden gelezen: het is geen JSON. Kies het JSON-bestand dat u van deze pagina heeft gedownload. Uw eigen keuze blijft staan.", false)
	read("f.json", `{"formaat":"werkboek-tickets 1","editie":"2016","bibliotheek":"Bibliotheek Delft","tickets":[{"id":"jeugd-en-onderwijs/spoenk"},{"id":"oud/project"},null]}`,
		"Keuze overnemen: Bibliotheek Delft, 1 ticket? Uw keuze in deze browser (Bibliotheek Haarlem, 1 ticket) wordt dan vervangen. Let op: dit bestand is van editie ‘2016’, deze site is editie 2017. 1 ticket zonder id of onderwerp overgeslagen. Niet overgenomen: 1 project dat deze site niet kent (‘oud/project’).", true)
	if got := b.stored("tickets"); got != mine {
		t.Errorf("the files changed the choice to %s", got)
	}

	b.open("/keuzelijst/")
	b.do(chromedp.Click(chromedp.CSS(`tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Ja]`)))
	mine = b.stored("keuzelijst")
	b.do(chromedp.Click(chromedp.CSS("[data-share] summary")))
	read("g.json", `{"formaat":"werkboek-keuzelijst 1","keuzes":"x"}`, `Dit bestand kan niet worden gelezen: "keuzes" hoort de projecten met Ja, Misschien of Nee te noemen, maar is tekst. Kies het bestand keuzelijst.json van deze pagina. Uw eigen keuze blijft staan.`, false)
	read("h.json", `{"formaat":"werkboek-tickets 1","bibliotheek":"X","tickets":[]}`, "Dit bestand is een tickets-bestand (pagina Tickets); lees het in op die pagina. Uw eigen keuze blijft staan.", false)
	read("i.json", `{"formaat":"werkboek-keuzelijst 1","editie":"2016","keuzes":{"jeugd-en-onderwijs/spoenk":"Nee","x/y":"Ja","persoonlijke-ontwikkeling/leesbevordering":7}}`,
		"Keuze overnemen: 0 × Ja, 0 × Misschien, 1 × Nee? Uw keuze in deze browser (1 × Ja, 0 × Misschien, 0 × Nee) wordt dan vervangen. Let op: dit bestand is van editie ‘2016’, deze site is editie 2017. Niet overgenomen: 1 project dat deze lijst niet heeft (‘x/y’). Niet overgenomen, want niet Ja, Misschien of Nee: ‘persoonlijke-ontwikkeling/leesbevordering: een getal’.", true)
	if got := b.stored("keuzelijst"); got != mine {
		t.Errorf("the files changed the checklist to %s", got)
	}
}

// TestStoredGarbageIsSetAside puts values of the wrong shape where the
// site keeps its choices, and wants the pages to work: the value is kept
// under a backup key (not deleted), "Kies als ticket" and the checklist's
// buttons work, and the page says what happened.
func TestStoredGarbageIsSetAside(t *testing.T) {
	t.Parallel()
	b := browser(t)
	for _, raw := range []string{`null`, `5`, `{"chosen":"x"}`, `{"chosen":[null]}`, `{"library":{"a":1},"chosen":[{"key":"jeugd-en-onderwijs/spoenk","prio":"Jeugd & onderwijs","title":"1 Spoenk"},7]}`, `geen JSON`} {
		b.open("/prioriteiten/persoonlijke-ontwikkeling/leesbevordering/")
		eval[bool](b, `localStorage.clear(); localStorage.setItem(document.documentElement.dataset.werkboek + ":tickets", `+jsQuote(raw)+`); true`)
		b.open("/prioriteiten/persoonlijke-ontwikkeling/leesbevordering/")
		b.do(chromedp.Click(chromedp.CSS(".ticket-action [data-add]")))
		msg := eval[string](b, `document.querySelector(".ticket-action [data-message]").textContent + " " + document.querySelector(".ticket-action [data-said]").textContent`)
		if !strings.HasPrefix(msg, "De tickets die deze browser bewaarde, waren onleesbaar; ze staan apart onder ‘werkboek:") || !strings.Contains(msg, "Gekozen als ticket") {
			t.Errorf("stored %s: Kies als ticket says %q", raw, msg)
		}
		backups := eval[[]string](b, `Object.keys(localStorage).filter(k => k.includes(":tickets:onleesbaar-")).map(k => localStorage.getItem(k))`)
		if len(backups) != 1 || backups[0] != raw {
			t.Errorf("stored %s: set aside %q", raw, backups)
		}
		b.open("/tickets/")
		b.waitFor(`!document.querySelector("[data-tickets]").hasAttribute("aria-busy")`)
		if n := eval[int](b, `document.querySelectorAll("[data-chosen] li:not(.empty)").length`); n < 1 {
			t.Errorf("stored %s: the tickets page shows %d tickets", raw, n)
		}
	}
	for _, raw := range []string{`null`, `[1]`, `"x"`, `{"jeugd-en-onderwijs/spoenk":"Ja","persoonlijke-ontwikkeling/leesbevordering":5}`} {
		eval[bool](b, `localStorage.clear(); localStorage.setItem(document.documentElement.dataset.werkboek + ":keuzelijst", `+jsQuote(raw)+`); true`)
		b.open("/keuzelijst/")
		says, offer := b.offered()
		if offer || !strings.HasPrefix(says, "De keuzelijst die deze browser bewaarde, was onleesbaar; ze staat apart onder") {
			t.Errorf("stored %s: the checklist says %q", raw, says)
		}
		b.do(chromedp.Click(chromedp.CSS("[data-offer-no]")))
		b.do(chromedp.Click(chromedp.CSS(`tr[data-key="participatie-en-zelfredzaamheid/leesbeperking"] input[value=Misschien]`)))
		if got := eval[string](b, `document.querySelector("[data-checklist-summary]").textContent`); !strings.Contains(got, "1 × Misschien") {
			t.Errorf("stored %s: after a click the summary says %q", raw, got)
		}
		if got := eval[[]string](b, `Object.keys(localStorage).filter(k => k.includes(":keuzelijst:onleesbaar-")).map(k => localStorage.getItem(k))`); len(got) != 1 || got[0] != raw {
			t.Errorf("stored %s: set aside %q", raw, got)
		}
	}
}

// jsQuote writes s as a JavaScript string literal.
func jsQuote(s string) string { return "`" + jsString(s) + "`" }
