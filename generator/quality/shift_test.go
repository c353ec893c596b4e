package quality

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Slow 4G as Lighthouse's mobile mode throttles it in DevTools: 150 ms
// round trips and 1.6 Mbit/s down, 750 kbit/s up, times its factors for
// applied throttling (3.75 for latency, 0.9 for throughput).
const (
	slowLatency  = 150 * 3.75                 // ms
	slowDownload = 1.6 * 1024 * 1024 / 8 * .9 // bytes/s
	slowUpload   = 750 * 1024 / 8 * .9        // bytes/s
	slowCPU      = 4                          // times slower
)

// netConditions are the parameters of Network.emulateNetworkConditions,
// which cdproto no longer generates (it is deprecated in favour of
// emulateNetworkConditionsByRule) but Chromium still obeys.
type netConditions struct {
	Offline            bool    `json:"offline"`
	Latency            float64 `json:"latency"`
	DownloadThroughput float64 `json:"downloadThroughput"`
	UploadThroughput   float64 `json:"uploadThroughput"`
}

var emulateNetworkConditions = cdp.Command[netConditions, cdp.Empty]{Method: "Network.emulateNetworkConditions"}

// shiftObserver records every layout shift of the page from its start:
// its score, when, and the elements that moved.
const shiftObserver = `window.__shifts = [];
new PerformanceObserver(list => {
  for (const e of list.getEntries()) { try {
    // A form's properties may be its controls: read attributes instead.
    const attr = (n, a) => Element.prototype.getAttribute.call(n, a);
    const name = n => !n ? "?" : n.nodeType !== 1 ? (n.parentElement ? name(n.parentElement) + " text" : "text") :
      n.localName + (attr(n, "id") ? "#" + attr(n, "id") : "") + (attr(n, "class") || "").split(/\s+/).filter(Boolean).map(c => "." + c).join("");
    window.__shifts.push({value: e.value, at: Math.round(e.startTime),
      sources: (e.sources || []).map(s => name(s.node) + " " + Math.round(s.previousRect.y) + "→" + Math.round(s.currentRect.y) + " (h " + Math.round(s.previousRect.height) + "→" + Math.round(s.currentRect.height) + ")")});
  } catch (err) { window.__shifts.push({value: e.value, sources: [String(err)]}); } }
}).observe({type: "layout-shift", buffered: true});`

// slowPhone makes the tab a phone 360 px wide on slow 4G with a CPU four
// times slower, with no cache (every page is a first visit), and records
// layout shifts on every page it opens.
func (b *tab) slowPhone() {
	b.t.Helper()
	b.do(chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch))
	err := chromedp.Do(b.ctx, func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		if _, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{}); err != nil {
			return chromedp.Void{}, err
		}
		if _, err := cdp.Call(ctx, t, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
			return chromedp.Void{}, err
		}
		if _, err := cdp.Call(ctx, t, emulateNetworkConditions, netConditions{Latency: slowLatency, DownloadThroughput: slowDownload, UploadThroughput: slowUpload}); err != nil {
			return chromedp.Void{}, err
		}
		if _, err := cdp.Call(ctx, t, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: slowCPU}); err != nil {
			return chromedp.Void{}, err
		}
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: shiftObserver})
		return chromedp.Void{}, err
	})
	if err != nil {
		b.t.Fatal(err)
	}
}

// layoutShift opens address u and returns the page's cumulative layout
// shift (every shift summed: stricter than the session windows of the
// CLS metric) once the page, its fonts and its scripts are done, with a
// description of each shift.
func (b *tab) layoutShift(u string) (float64, []string) {
	b.t.Helper()
	b.do(chromedp.Navigate(u))
	b.waitFor(`document.readyState === "complete" && document.fonts.status === "loaded"`)
	// Give scripts that fill the page after load time to run.
	eval[bool](b, `new Promise(ok => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => ok(true))), 1000))`)
	type shift struct {
		Value   float64  `json:"value"`
		At      int      `json:"at"`
		Sources []string `json:"sources"`
	}
	var sum float64
	var what []string
	for _, s := range eval[[]shift](b, `window.__shifts`) {
		// The test gives no input, yet Chromium marks shifts as following
		// input once a viewport is emulated (Lighthouse ignores the flag
		// for the same reason): every shift counts.
		sum += s.Value
		what = append(what, fmt.Sprintf("%.4f at %d ms: %s", s.Value, s.At, strings.Join(s.Sources, "; ")))
	}
	return sum, what
}

// repeatedShift is the layout shift of the page at u when it moves on
// two openings in a row, and 0 when the second does not move. On a
// machine loaded by the other tests, the emulated phone now and then
// moves a page once, always the same way: the breadcrumb up by 4 px and
// the line below it by 17 px, about 2 s after the page appeared (CI saw
// 0.0007 on a card page and 0.0003 on a page of participants, in about
// 1 run of 3; run alone, never in 6). A page that moves on every opening
// still fails; the first move is logged.
func (b *tab) repeatedShift(u string) (float64, []string) {
	b.t.Helper()
	cls, what := b.layoutShift(u)
	if cls == 0 {
		return 0, nil
	}
	b.t.Logf("%s moved once on a slow phone: layout shift %.4f\n\t%s", u, cls, strings.Join(what, "\n\t"))
	return b.layoutShift(u)
}

// kept is what a library that came before has in this browser: three
// tickets with long titles, choices on the checklist and a note.
const kept = `(() => {
  const k = document.documentElement.dataset.werkboek + ":";
  localStorage.setItem(k + "tickets", JSON.stringify({library: "Bibliotheek Zandvoort, Lisse, Hillegom en de Bollenstreek", t: "2016-09-19T13:42:07.123Z", chosen: [
    {key: "jeugd-en-onderwijs/jeugdbibliotheekwerk-bibliotheek-op-school", prio: "Jeugd & onderwijs", title: "3 Jeugdbibliotheekwerk in relatie tot de Bibliotheek op school"},
    {key: "persoonlijke-ontwikkeling/programma-21st-century-skills", prio: "Persoonlijke ontwikkeling", title: "4 Programma 21st century skills"},
    {key: "participatie-en-zelfredzaamheid/bouwstenen-participatie-en-zelfredzaamheid", prio: "Participatie & zelfredzaamheid", title: "5 Bouwstenen participatie en zelfredzaamheid"}]}));
  localStorage.setItem(k + "keuzelijst", JSON.stringify({"jeugd-en-onderwijs/spoenk": "Ja", "persoonlijke-ontwikkeling/leesbevordering": "Misschien", "participatie-en-zelfredzaamheid/leesbeperking": "Nee"}));
  localStorage.setItem(k + "notitie:jeugd-en-onderwijs/spoenk", JSON.stringify("Bespreken met het MT in oktober."));
  return true;
})()`

// TestNoLayoutShiftOnASlowPhone opens every page of both editions, the
// print edition included, as a slow phone does (4× CPU, slow 4G, no
// cache), and wants nothing on it to move after it first appears; then
// the pages that show what a library keeps in the browser, with a choice
// kept. The pages are shared out over a few tabs that run side by side,
// each a phone of its own.
func TestNoLayoutShiftOnASlowPhone(t *testing.T) {
	t.Parallel()
	check := func(t *testing.T, b *tab, name, u string) {
		t.Helper()
		cls, what := b.repeatedShift(u)
		t.Logf("%s: %.4f", name, cls)
		if cls > 0 {
			t.Errorf("%s moves after it appears on a slow phone, twice: layout shift %.4f\n\t%s", name, cls, strings.Join(what, "\n\t"))
		}
	}
	phone := func(t *testing.T) *tab {
		t.Parallel()
		b := browser(t)
		b.slowPhone()
		return b
	}
	const tabs = 3 // per edition
	eds := editions(t)
	for _, ed := range eds {
		for i := range tabs {
			t.Run(fmt.Sprintf("%s %d", ed.name, i+1), func(t *testing.T) {
				b := phone(t)
				for j, p := range ed.pages {
					if j%tabs == i {
						check(t, b, ed.name+" /"+p, ed.base+p)
					}
				}
			})
		}
	}
	t.Run("a choice kept", func(t *testing.T) {
		b := phone(t)
		b.do(chromedp.Navigate(eds[0].base))
		eval[bool](b, kept)
		for _, p := range []string{"tickets/", "keuzelijst/", "prioriteiten/jeugd-en-onderwijs/spoenk/", "werkboek/"} {
			check(t, b, "2017 /"+p+" with a choice kept", eds[0].base+p)
			if p == "tickets/" {
				if n := eval[int](b, `document.querySelectorAll("[data-chosen] li:not(.empty)").length`); n != 3 {
					t.Fatalf("the kept choice shows %d tickets, want 3", n)
				}
			}
		}
	})
}
