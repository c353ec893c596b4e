package quality

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/probiblio/werkboek/generator/pdf"
)

// device is a screen a library uses: a phone held in the hand (touch, no
// hover) or a desk with a mouse.
type device struct {
	name          string
	width, height int64
	touch         bool
}

var devices = []device{{"telefoon", 360, 740, true}, {"bureau", 1280, 900, false}}

// use makes the tab that device: touch emulation makes the pointer coarse
// and hover none on the phone (in a mouseBrowser, the desk hovers).
func (b *tab) use(d device) {
	b.t.Helper()
	if d.touch {
		b.do(chromedp.EmulateViewport(d.width, d.height, chromedp.EmulateMobile, chromedp.EmulateTouch))
		return
	}
	b.desk(d.width, d.height)
}

// desk sets the window's size only: chromedp.EmulateViewport would also
// switch touch emulation off, which leaves Chromium with no pointer.
func (b *tab) desk(width, height int64) {
	b.t.Helper()
	err := chromedp.Do(b.ctx, func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: width, Height: height, DeviceScaleFactor: 1})
		return chromedp.Void{}, err
	})
	if err != nil {
		b.t.Fatal(err)
	}
}

// hoverFlag tells Blink it has a mouse: headless Chromium otherwise has
// no pointer at all, so (hover: hover) would never hold, as at no desk.
// Touch emulation (the phone) still makes the pointer coarse and hover none.
const hoverFlag = "primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4"

// mouseBrowser starts headless Chromium with the project's flags (see
// pdf.Launch) and a mouse.
func mouseBrowser(t *testing.T) *tab {
	t.Helper()
	path, err := pdf.FindBrowser()
	requireTool(t, err, "Chromium")
	alloc, cancelAlloc := chromedp.NewExecAllocator(t.Context(), chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("hide-scrollbars", true), chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("blink-settings", hoverFlag))
	ctx, cancelTab := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancelTab(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	return &tab{t: t, ctx: ctx}
}

// onEvery runs test on both editions, each on a phone and at a desk, with
// nothing kept in the browser at the start.
func onEvery(t *testing.T, test func(t *testing.T, b *tab, ed edition)) {
	eds := editions(t)
	for _, ed := range eds {
		for _, d := range devices {
			t.Run(ed.name+"/"+d.name, func(t *testing.T) {
				b := mouseBrowser(t)
				b.site = ed.base
				b.use(d)
				b.open("/")
				eval[bool](b, `localStorage.clear(), true`)
				test(t, b, ed)
			})
		}
	}
}

// firstCard is the address of the first project that can be a ticket.
func (b *tab) firstCards(n int) []string {
	b.t.Helper()
	b.open("/tickets/")
	return eval[[]string](b, fmt.Sprintf(`[...document.querySelectorAll("[data-pick] option")].filter(o => o.value).slice(0, %d).map(o => o.value)`, n))
}

// TestTheTaskAtAGlance: the way to choose projects is the home page's one
// primary button, in its first screen; the header shows the way to the
// tickets on every page without a menu, and once anything is chosen the
// count; at a desk the header is one row with Prioriteiten in its menu,
// and the breadcrumb names Prioriteiten; the intro is said once.
func TestTheTaskAtAGlance(t *testing.T) {
	onEvery(t, func(t *testing.T, b *tab, ed edition) {
		b.open("/")
		primary := eval[[]string](b, `[...document.querySelectorAll("main .button:not(.button-quiet)")].filter(e => e.checkVisibility()).map(e => e.getAttribute("href") + " " + (e.getBoundingClientRect().bottom <= innerHeight))`)
		if len(primary) != 1 || primary[0] != "./tickets/ true" {
			t.Errorf("the home page's primary buttons (address, in the first screen): %q; want one, to tickets/, in the first screen", primary)
		}
		if got := eval[string](b, `(s => s.checkVisibility() && s.getBoundingClientRect().bottom < 200 ? s.innerText : "")(document.querySelector(".ticket-status"))`); got != "Kies uw tickets" {
			t.Errorf("the header shows the way to the tickets as %q", got)
		}
		if n := eval[int](b, `(() => { const p = document.querySelector(".letter p"); return p ? document.querySelector("main").innerText.split(p.innerText.slice(0, 40)).length - 1 : 1; })()`); n != 1 {
			t.Errorf("the intro's first words are on the home page %d times", n)
		}
		if !eval[bool](b, `[...document.querySelectorAll(".site-nav a")].some(a => a.textContent === "Prioriteiten")`) {
			t.Error("the menu has no Prioriteiten")
		}
		if eval[int](b, `innerWidth`) >= 1024 {
			for _, w := range []int64{1024, 1280} {
				b.desk(w, 900)
				if rows := eval[string](b, `(() => { const r = [".brand", ".site-nav", ".ticket-status", ".search"].map(s => document.querySelector(s).getBoundingClientRect()); return Math.max(...r.map(x => x.top)) < Math.min(...r.map(x => x.bottom)) ? "" : r.map(x => Math.round(x.top) + "–" + Math.round(x.bottom)).join(", "); })()`); rows != "" {
					t.Errorf("at %d px the header is more than one row: name, menu, tickets and search at %s", w, rows)
				}
			}
		}
		cards := b.firstCards(1)
		b.open("/prioriteiten/" + cards[0] + "/")
		if crumbs := eval[string](b, `[...document.querySelectorAll(".breadcrumb li")].map(l => l.textContent).join(" › ")`); !strings.HasPrefix(crumbs, "Werkboek › Prioriteiten › ") {
			t.Errorf("the breadcrumb of a card reads %q", crumbs)
		}
		b.do(chromedp.Click(chromedp.CSS(".ticket-action [data-add]")))
		max := eval[int](b, `+document.querySelector("[data-ticket-card]").dataset.max`)
		for _, p := range ed.pages {
			if strings.HasSuffix(p, ".html") || p == "werkboek/" {
				continue
			}
			b.open("/" + p)
			if got, want := eval[string](b, `(s => s.checkVisibility({visibilityProperty: true}) ? s.innerText : "")(document.querySelector(".ts-some"))`), fmt.Sprintf("Uw tickets: 1 van %d", max); got != want {
				t.Errorf("/%s: the header says %q, want %q", p, got, want)
			}
		}
	})
}

// firstPaint records, at every frame while the page loads, whether a card
// or a header was drawn without the choice this browser keeps.
const firstPaint = `window.__unpainted = [];
(function frame() {
  const card = document.querySelector(".ticket-action"), count = document.querySelector(".ticket-status");
  if (card && !card.classList.contains("is-chosen")) window.__unpainted.push("card");
  if (count && !document.documentElement.classList.contains("has-tickets")) window.__unpainted.push("header");
  if (document.readyState !== "complete") requestAnimationFrame(frame);
})();`

// TestACardRemembers: choosing says so in place, with Weghalen and the way
// to the tickets; opened again, the card shows it is chosen from the first
// frame drawn, with nothing moving; Weghalen undoes it.
func TestACardRemembers(t *testing.T) {
	onEvery(t, func(t *testing.T, b *tab, ed edition) {
		cards := b.firstCards(1)
		b.open("/prioriteiten/" + cards[0] + "/")
		max := eval[int](b, `+document.querySelector("[data-ticket-card]").dataset.max`)
		b.do(chromedp.Click(chromedp.CSS(".ticket-action [data-add]")))
		if got, want := eval[string](b, `document.querySelector(".ta-chosen").checkVisibility({visibilityProperty: true}) ? document.querySelector(".ta-state").innerText : ""`), fmt.Sprintf("Gekozen als ticket 1 van %d", max); got != want {
			t.Errorf("after choosing the card says %q, want %q", got, want)
		}
		if !eval[bool](b, `document.activeElement === document.querySelector(".ta-state") && document.querySelector(".ta-chosen a[href$='tickets/']").checkVisibility()`) {
			t.Error("after choosing, the focus is not on the new state, or there is no way to the tickets")
		}
		err := chromedp.Do(b.ctx, func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			for _, src := range []string{shiftObserver, firstPaint} {
				if _, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
					return chromedp.Void{}, err
				}
			}
			return chromedp.Void{}, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		cls, what := b.layoutShift(ed.base + "prioriteiten/" + cards[0] + "/")
		if cls > 0 {
			t.Errorf("the chosen card moves as it loads: %.4f\n\t%s", cls, strings.Join(what, "\n\t"))
		}
		if got := eval[[]string](b, `window.__unpainted`); len(got) > 0 {
			t.Errorf("frames were drawn without the kept choice: %q", got)
		}
		b.do(chromedp.Click(chromedp.CSS(".ticket-action [data-remove]")))
		if !eval[bool](b, `document.querySelector(".ta-free").checkVisibility({visibilityProperty: true}) && document.activeElement === document.querySelector("[data-add]") && !document.documentElement.classList.contains("has-tickets")`) {
			t.Error("Weghalen does not bring back Kies als ticket (with the focus) and the header's Kies uw tickets")
		}
		if got := eval[string](b, `document.querySelector("[data-said]").textContent`); !strings.HasPrefix(got, "Weggehaald.") {
			t.Errorf("Weghalen is announced as %q", got)
		}
	})
}
