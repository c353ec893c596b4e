package quality

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// bothSites runs a browser test on the served site and on the same site
// built with --offline and opened from its folder (file://).
func bothSites(t *testing.T, test func(*testing.T, *tab)) {
	t.Run("gediend", func(t *testing.T) {
		t.Parallel()
		test(t, browser(t))
	})
	t.Run("offline", func(t *testing.T) {
		t.Parallel()
		b := browser(t)
		b.site, b.offline = "file://"+offline+"/", true
		b.open("/")
		if p := eval[string](b, `location.protocol`); p != "file:" {
			t.Fatalf("the offline site is opened over %s", p)
		}
		test(t, b)
	})
}

func TestSearchFindsTheRightCardFirst(t *testing.T) {
	t.Parallel()
	bothSites(t, testSearchFindsTheRightCardFirst)
}

func testSearchFindsTheRightCardFirst(t *testing.T, b *tab) {
	b.open("/")
	for _, tt := range []struct{ query, first string }{
		{"mediawijsheid", "Mediawijsheid in het onderwijs"},
		{"ideeen werving", "Spoenk: innovatief jeugdbibliotheekwerk"}, // "ideeën" folded
		{"Leesbeperking", "Leesbeperking"},
		{"bibliotheken op school", "Jeugdbibliotheekwerk in relatie tot de Bibliotheek op school"},
	} {
		eval[bool](b, `(() => { const i = document.querySelector("#zoekveld"); i.value = ""; i.dispatchEvent(new Event("input")); return true; })()`)
		b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), tt.query))
		b.waitFor(`document.querySelector("#zoekresultaten .search-title") && !document.querySelector("#zoekresultaten").hidden`)
		first := eval[string](b, `document.querySelector("#zoekresultaten .search-title").textContent`)
		if first != tt.first {
			t.Errorf("search %q: first result %q, want %q", tt.query, first, tt.first)
		}
		if marks := eval[int](b, `document.querySelectorAll("#zoekresultaten mark").length`); marks == 0 {
			t.Errorf("search %q: no words highlighted", tt.query)
		}
	}
	// Keyboard: arrow down and Enter open the first result.
	eval[bool](b, `(() => { const i = document.querySelector("#zoekveld"); i.value = ""; i.dispatchEvent(new Event("input")); return true; })()`)
	b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), "mediawijsheid"))
	b.waitFor(`document.querySelector("#zoekresultaten .search-title")`)
	b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), kb.ArrowDown+kb.Enter))
	b.waitFor(`location.pathname.replace(/index\.html$/, "").endsWith("/mediawijsheid-in-het-onderwijs/")`)
}

func TestChecklistIsKeptAndPrinted(t *testing.T) {
	t.Parallel()
	bothSites(t, testChecklistIsKeptAndPrinted)
}

func testChecklistIsKeptAndPrinted(t *testing.T, b *tab) {
	b.open("/keuzelijst/")
	b.do(
		chromedp.Click(chromedp.CSS(`tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Ja]`)),
		chromedp.Click(chromedp.CSS(`tr[data-key="jeugd-en-onderwijs/financieel-strategische-keuzes"] input[value=Misschien]`)),
		chromedp.Click(chromedp.CSS(`tr[data-key="persoonlijke-ontwikkeling/leesbevordering"] input[value=Ja]`)),
	)
	b.do(chromedp.Reload())
	b.waitFor(`document.querySelector("[data-checklist-summary]").textContent !== ""`)
	if got := eval[string](b, `document.querySelector("[data-checklist-summary]").textContent`); !strings.HasPrefix(got, "2 × Ja, 1 × Misschien, 0 × Nee") {
		t.Errorf("summary after reload: %q", got)
	}
	if !eval[bool](b, `document.querySelector('tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Ja]').checked`) {
		t.Error("choice not kept after reload")
	}
	// In print, a chosen box shows a cross and the tools are hidden.
	b.media("print")
	cross := eval[string](b, `getComputedStyle(document.querySelector('tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Ja] + .box'), "::after").content`)
	empty := eval[string](b, `getComputedStyle(document.querySelector('tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Nee] + .box'), "::after").content`)
	if !strings.Contains(cross, "✕") || strings.Contains(empty, "✕") {
		t.Errorf("print shows chosen %q and not chosen %q", cross, empty)
	}
	if eval[string](b, `getComputedStyle(document.querySelector("[data-checklist-tools]")).display`) != "none" {
		t.Error("checklist tools are printed")
	}
	b.media("")
	b.do(chromedp.Click(chromedp.CSS("[data-checklist-reset]")))
	if got := eval[int](b, `document.querySelectorAll("[data-checklist] input:checked").length`); got != 0 {
		t.Errorf("%d choices left after reset", got)
	}
}

func TestTicketsAtMostThree(t *testing.T) {
	t.Parallel()
	bothSites(t, testTicketsAtMostThree)
}

func testTicketsAtMostThree(t *testing.T, b *tab) {
	cards := []string{"jeugd-en-onderwijs/spoenk", "persoonlijke-ontwikkeling/leesbevordering", "participatie-en-zelfredzaamheid/taalvaardigheden", "bevorderen-culturele-infrastructuur/positionering"}
	for i, c := range cards {
		b.open("/prioriteiten/" + c + "/")
		if i == 3 {
			// With three chosen, a fourth card offers nothing it cannot do:
			// its button is off, with the reason and the way to the tickets.
			if !eval[bool](b, `document.querySelector(".ticket-action [data-add]").disabled`) {
				t.Error("a 4th card's button is not disabled with 3 of 3 chosen")
			}
			if reason := eval[string](b, `(e => e.checkVisibility() ? e.textContent : "")(document.querySelector(".ta-full"))`); !strings.Contains(reason, "alle 3 tickets") {
				t.Errorf("a 4th card gives no reason beside its button: %q", reason)
			}
			continue
		}
		b.do(chromedp.Click(chromedp.CSS(".ticket-action [data-add]")))
		b.waitFor(`document.querySelector(".ticket-action").classList.contains("is-chosen")`)
		if got := eval[string](b, `document.querySelector(".ta-state").innerText`); got != fmt.Sprintf("Gekozen als ticket %d van 3", i+1) {
			t.Errorf("choice %d: the card says %q", i+1, got)
		}
	}
	b.open("/prioriteiten/" + cards[0] + "/")
	if !eval[bool](b, `document.querySelector(".ticket-action").classList.contains("is-chosen") && document.querySelector(".ta-chosen").checkVisibility({visibilityProperty: true})`) {
		t.Error("a chosen card opened again does not say it is chosen")
	}
	if eval[bool](b, `document.querySelector(".ticket-action [data-add]").checkVisibility({visibilityProperty: true})`) {
		t.Error("a chosen card still offers to choose it")
	}
	b.open("/tickets/")
	b.do(chromedp.SendKeys(chromedp.CSS("[data-library]"), "Bibliotheek Haarlemmermeer"))
	b.do(chromedp.Reload())
	b.waitFor(`document.querySelectorAll("[data-chosen] li:not(.empty)").length === 3`)
	if got := eval[string](b, `document.querySelector("[data-library]").value`); got != "Bibliotheek Haarlemmermeer" {
		t.Errorf("library name after reload: %q", got)
	}
	if got := eval[string](b, `document.querySelector('[name="ticket2-onderwerp"]').value`); got != "2 Leesbevordering" {
		t.Errorf("ticket 2 form shows %q", got)
	}
	csv := eval[string](b, `decodeURIComponent(document.querySelector("[data-download=csv]").href.split(",")[1])`)
	if !strings.Contains(csv, `"3";"Participatie & zelfredzaamheid";"2 Taalvaardigheden";"Bibliotheek Haarlemmermeer"`) {
		t.Errorf("CSV:\n%s", csv)
	}
	mail := eval[string](b, `decodeURIComponent(document.querySelector("[data-mail]").href)`)
	if !strings.HasPrefix(mail, "mailto:dvtol@probiblio.nl?") || !strings.Contains(mail, "Ticket 1: 1 Spoenk") {
		t.Errorf("mailto: %s", mail)
	}
	// The picker offers no 4th: its button is off, with the reason beside it.
	if !eval[bool](b, `document.querySelector("[data-tickets] [data-add]").disabled && document.querySelector("[data-add-reason]").checkVisibility()`) {
		t.Error("with 3 of 3 chosen the picker's button is not disabled with its reason")
	}
}

func TestNotesAreKeptAndPrinted(t *testing.T) {
	t.Parallel()
	bothSites(t, testNotesAreKeptAndPrinted)
}

func testNotesAreKeptAndPrinted(t *testing.T, b *tab) {
	b.open("/prioriteiten/jeugd-en-onderwijs/mediawijsheid-in-het-onderwijs/")
	b.do(chromedp.SendKeys(chromedp.CSS("#notitie"), "Bespreken met het MT in oktober."))
	b.do(chromedp.Reload())
	b.waitFor(`document.querySelector("#notitie").value !== ""`)
	b.media("print")
	if got := eval[string](b, `document.querySelector("[data-note-print]").textContent`); got != "Bespreken met het MT in oktober." {
		t.Errorf("printed note: %q", got)
	}
	if eval[string](b, `getComputedStyle(document.querySelector("[data-note-print]")).display`) == "none" {
		t.Error("note not shown in print")
	}
	b.media("")
	b.open("/werkboek/")
	b.waitFor(`document.querySelector('[data-note-print="jeugd-en-onderwijs/mediawijsheid-in-het-onderwijs"]').textContent.includes("oktober")`)
}

func TestKeyboardFocusIsVisible(t *testing.T) {
	t.Parallel()
	b := browser(t)
	b.open("/")
	// Tab from the search box to the next control, as a keyboard user would.
	b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), "\t"))
	style := eval[string](b, `(() => { const a = document.activeElement, s = getComputedStyle(a); return a.tagName + "|" + s.outlineStyle + "|" + s.outlineWidth; })()`)
	parts := strings.Split(style, "|")
	if parts[0] == "BODY" || parts[1] == "none" || parts[2] == "0px" {
		t.Errorf("after Tab: focused %s with outline %s %s; want a visible outline", parts[0], parts[1], parts[2])
	}
}

// TestAxe runs axe-core on each kind of page and fails on every serious or
// critical violation of WCAG 2.1 A and AA.
func TestAxe(t *testing.T) {
	t.Parallel()
	axe, err := os.ReadFile(filepath.Join(repo, ".ci", "npm", "node_modules", "axe-core", "axe.min.js"))
	requireTool(t, err, "axe-core (npm ci --prefix .ci/npm)")
	b := browser(t)
	for _, p := range []string{"/", "/programma/", "/prioriteiten/jeugd-en-onderwijs/", "/prioriteiten/jeugd-en-onderwijs/spoenk/", "/keuzelijst/", "/tickets/", "/werkboek/", "/bestaat-niet.html"} {
		if p == "/bestaat-niet.html" {
			p = "/404.html"
		}
		b.open(p)
		if report := axeViolations(b, axe); report != "" {
			t.Errorf("%s: axe finds:\n%s", p, report)
		}
	}
}

// axeViolations runs axe-core (its script axe) on the page open in b and
// lists the serious and critical violations of WCAG 2.1 A and AA.
func axeViolations(b *tab, axe []byte) string {
	b.t.Helper()
	eval[bool](b, string(axe)+";true")
	return eval[string](b, `axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}).then(r =>
		r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
		 .map(v => v.id + " (" + v.impact + "): " + v.help + " — " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")).join("\n"))`)
}
