package quality

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/testsite"
)

// storedTickets is what this browser keeps of the tickets, as JSON.
const storedTickets = `localStorage.getItem(document.documentElement.dataset.werkboek + ":tickets") || ""`

// TestTicketsCloseInTheBrowser builds the workbook with closes a second
// after the moment of the build, so the pages are built open, and gives
// the browser a clock of its own that stands still at the build until
// the test moves it (testClock). A card page opened before the moment
// adds a ticket; when the browser's clock passes the moment, the same
// page (not reloaded) says the choice is closed and refuses a ticket,
// without moving anything and without touching what the browser keeps.
// The tickets page opened after the moment is closed from the start:
// nothing can be added, removed or read in from a shared link. Nothing
// waits for the wall clock to reach the moment.
func TestTicketsCloseInTheBrowser(t *testing.T) {
	t.Parallel()
	closesAt, _ := dutch.At(time.Date(2030, 9, 19, 0, 0, 0, 0, time.UTC), 17, 0)
	built := closesAt.Add(-time.Second)
	out := buildClosing(t, closesAt, built)
	b := browser(t)
	b.site = serveDir(t, out, "")
	b.recordShifts()
	b.setClock(built)
	b.do(chromedp.EmulateViewport(390, 800))

	b.open("/prioriteiten/jeugd-en-onderwijs/spoenk/")
	b.waitFor(`document.readyState === "complete" && document.fonts.status === "loaded"`)
	if eval[bool](b, `document.querySelector(".ticket-action [data-closing]").classList.contains("is-closed")`) {
		t.Fatal("the card page says closed before the moment")
	}
	if got := eval[string](b, `document.querySelector(".ticket-action .closing-open").innerText`); !strings.HasPrefix(got, "U kunt tickets kiezen tot ") {
		t.Errorf("before the moment the card says %q", got)
	}
	b.do(chromedp.Click(chromedp.CSS(".ticket-action [data-add]")))
	if msg := eval[string](b, `document.querySelector(".ticket-action [data-said]").textContent`); !strings.HasPrefix(msg, "Gekozen als ticket 1") {
		t.Fatalf("before the moment a ticket is refused: %q", msg)
	}
	kept := eval[string](b, storedTickets)
	box := `(() => { const r = document.querySelector(".ticket-action").getBoundingClientRect(); return [r.top, r.height].join(" "); })()`
	// The message of the click may move what follows; the observer
	// hears of it a frame or two later, before the count is taken.
	settled := eval[float64](b, `performance.now()`) + 250
	b.waitFor(`performance.now() > ` + strconv.FormatFloat(settled, 'f', 0, 64))
	before, shiftsBefore := eval[string](b, box), eval[int](b, `window.__shifts.length`)
	moveClock(b, closesAt.Add(time.Second))
	b.waitFor(`document.querySelector(".ticket-action [data-closing]").classList.contains("is-closed")`)
	if !eval[bool](b, `document.querySelector(".ticket-action [data-add]").disabled`) {
		t.Error("after the moment the button Kies als ticket still works")
	}
	if got := eval[string](b, `document.querySelector(".ticket-action .closing-closed").innerText`); !strings.Contains(got, "De keuze van tickets is gesloten sinds") || !strings.Contains(got, "Dick van Tol") {
		t.Errorf("after the moment the card says %q", got)
	}
	if eval[string](b, `getComputedStyle(document.querySelector(".ticket-action .closing-open")).visibility`) != "hidden" {
		t.Error("the open text is still shown after the moment")
	}
	if after := eval[string](b, box); after != before {
		t.Errorf("the box of Kies als ticket moved or grew when the choice closed: %s → %s", before, after)
	}
	if n := eval[int](b, `window.__shifts.length`); n != shiftsBefore {
		t.Errorf("the switch to closed shifted the layout: %v", eval[any](b, `window.__shifts.slice(`+strconv.Itoa(shiftsBefore)+`)`))
	}
	// The script refuses too (and says so under the button), even if the button is made to work again.
	eval[bool](b, `(() => { const a = document.querySelector(".ticket-action [data-add]"); a.disabled = false; a.click(); return true; })()`)
	if msg := eval[string](b, `document.querySelector(".ticket-action [data-message]").textContent`); !strings.HasPrefix(msg, "De keuze van tickets is gesloten") {
		t.Errorf("a click after the moment says %q", msg)
	}
	if got := eval[string](b, storedTickets); got != kept {
		t.Errorf("after the moment what the browser keeps changed:\n%s\nwas\n%s", got, kept)
	}

	// The tickets page, built open but opened after the moment, with a
	// shared link that would replace the choice.
	b.open("/tickets/#bibliotheek=Bibliotheek%20Leiden&tickets=jeugd-en-onderwijs/spoenk,persoonlijke-ontwikkeling/leesbevordering")
	b.waitFor(`!document.querySelector("[data-tickets]").hasAttribute("aria-busy") && document.querySelector("[data-offer]").open`)
	if got := eval[string](b, `document.querySelector("[data-offer-text]").textContent`); !strings.HasPrefix(got, "De keuze van tickets is gesloten") || eval[bool](b, `!document.querySelector("[data-offer-yes]").hidden`) {
		t.Errorf("a shared link after the moment is offered: %q", got)
	}
	b.do(chromedp.Click(chromedp.CSS("[data-offer-no]")))
	if !eval[bool](b, `document.querySelector(".closing-notice [data-closing]").classList.contains("is-closed")`) {
		t.Error("the tickets page does not say closed after the moment")
	}
	for _, sel := range []string{"[data-tickets] [data-add]", "[data-pick]", "[data-chosen] li:not(.empty) button", "[data-share-file]"} {
		if !eval[bool](b, `document.querySelector(`+strconv.Quote(sel)+`).disabled`) {
			t.Errorf("%s still works after the moment", sel)
		}
	}
	if !eval[bool](b, `document.querySelector("[data-library]").readOnly`) {
		t.Error("the name of the library can still be changed after the moment")
	}
	if got := eval[string](b, storedTickets); got != kept {
		t.Errorf("the tickets page changed what the browser keeps:\n%s\nwas\n%s", got, kept)
	}
	// The closed state is as accessible as the open one.
	axe, err := os.ReadFile(filepath.Join(repo, ".ci", "npm", "node_modules", "axe-core", "axe.min.js"))
	requireTool(t, err, "axe-core (npm ci --prefix .ci/npm)")
	for _, p := range []string{"/tickets/", "/prioriteiten/jeugd-en-onderwijs/spoenk/"} {
		b.open(p)
		b.waitFor(`document.querySelector("[data-closing].is-closed")`)
		if report := axeViolations(b, axe); report != "" {
			t.Errorf("%s, closed: axe finds:\n%s", p, report)
		}
	}
	if dir := os.Getenv("WERKBOEK_SCREENSHOTS"); dir != "" {
		b.do(chromedp.EmulateViewport(900, 1000))
		eval[bool](b, `(window.scrollTo(0, 0), true)`)
		for name, addr := range map[string]string{"tickets-gesloten.png": "/tickets/", "kaart-gesloten.png": "/prioriteiten/jeugd-en-onderwijs/spoenk/"} {
			b.open(addr)
			b.waitFor(`document.readyState === "complete" && document.querySelector("[data-closing].is-closed")`)
			shot, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, name), shot, 0o644)
		}
	}
}

// TestClosedPagesAreValidHTML builds the workbook with closes in the
// past and in the future, and runs the Nu HTML Checker over both sites:
// the notices, the disabled buttons and the print edition's notice are
// valid HTML.
func TestClosedPagesAreValidHTML(t *testing.T) {
	t.Parallel()
	dir := testsite.Copy(t, "content")
	tickets := filepath.Join(dir, "content", "tickets.md")
	src, err := os.ReadFile(tickets)
	if err != nil {
		t.Fatal(err)
	}
	index, err := os.ReadFile(filepath.Join(dir, "content", "_index.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, closes := range []string{"2016-09-19 17:00", "2099-09-19 17:00"} {
		os.WriteFile(filepath.Join(dir, "content", "_index.md"), index, 0o644)
		testsite.MoveDay(t, filepath.Join(dir, "content"), closes[:10])
		if err := os.WriteFile(tickets, []byte(strings.Replace(string(src), "max: 3\n", "max: 3\ncloses: "+closes+"\n", 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "sites", closes[:4])
		if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: filepath.Join(dir, "content"), OutDir: out}); err != nil {
			t.Fatal(err)
		}
	}
	nuCheck(t, filepath.Join(dir, "sites")) // one start of Java for both
}

// testClock replaces the browser's Date with one that stands still at
// the moment kept in sessionStorage (so it lasts over the pages of one
// tab), or at %d ms since 1970 when none is kept: the page's own timer
// and clicks read that moment instead of the wall clock.
const testClock = `(() => {
  const Real = Date, key = "werkboek-test-clock", start = %d;
  const now = () => { try { return Number(sessionStorage.getItem(key) || start); } catch (e) { return start; } };
  class TestDate extends Real {
    constructor(...args) { if (args.length) { super(...args); } else { super(now()); } }
    static now() { return now(); }
  }
  window.Date = TestDate;
})();`

// setClock gives every page the tab opens from now on the clock of
// testClock, standing at at.
func (b *tab) setClock(at time.Time) {
	b.t.Helper()
	script := fmt.Sprintf(testClock, at.UnixMilli())
	err := chromedp.Do(b.ctx, func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: script})
		return chromedp.Void{}, err
	})
	if err != nil {
		b.t.Fatal(err)
	}
}

// moveClock moves the clock of testClock to at, for the open page and
// the pages the tab opens next.
func moveClock(b *tab, at time.Time) {
	b.t.Helper()
	eval[bool](b, `(sessionStorage.setItem("werkboek-test-clock", "`+strconv.FormatInt(at.UnixMilli(), 10)+`"), true)`)
}

// recordShifts records the layout shifts of every page the tab opens from
// its start, in window.__shifts (see shiftObserver).
func (b *tab) recordShifts() {
	b.t.Helper()
	err := chromedp.Do(b.ctx, func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: shiftObserver})
		return chromedp.Void{}, err
	})
	if err != nil {
		b.t.Fatal(err)
	}
}

// buildClosing builds a copy of the bundled workbook whose day is that of
// closesAt and whose tickets close at closesAt, as it is at the moment
// built, and returns its output folder.
func buildClosing(t *testing.T, closesAt, built time.Time) string {
	t.Helper()
	dir := testsite.Copy(t, "content")
	tickets := filepath.Join(dir, "content", "tickets.md")
	src, err := os.ReadFile(tickets)
	if err != nil {
		t.Fatal(err)
	}
	closes := "closes: " + dutch.In(closesAt).Format("2006-01-02 15:04")
	testsite.MoveDay(t, filepath.Join(dir, "content"), dutch.In(closesAt).Format("2006-01-02"))
	if err := os.WriteFile(tickets, []byte(strings.Replace(string(src), "max: 3\n", "max: 3\n"+closes+"\n", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "public")
	if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: filepath.Join(dir, "content"), OutDir: out, Now: func() time.Time { return built }}); err != nil {
		t.Fatal(err)
	}
	return out
}
