package quality

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/chromedp"
)

// contrastOf measures, in the rendered page, the contrast of the text of
// every visible element marked data-k against what is drawn behind it: the
// backgrounds of the element and its ancestors, with their transparency
// and opacity, laid over white on a canvas. Colours are read as the
// browser computed them (getComputedStyle), whatever their notation.
const contrastOf = `(() => {
  const cv = document.createElement("canvas").getContext("2d", {willReadFrequently: true});
  const paint = layers => { cv.globalAlpha = 1; cv.fillStyle = "#fff"; cv.fillRect(0, 0, 1, 1);
    for (const [c, a] of layers) { cv.globalAlpha = a; cv.fillStyle = "#fff"; cv.fillStyle = c; cv.fillRect(0, 0, 1, 1); }
    return [...cv.getImageData(0, 0, 1, 1).data.slice(0, 3)]; };
  const lum = rgb => { const [r, g, b] = rgb.map(v => { v /= 255; return v <= .03928 ? v / 12.92 : ((v + .055) / 1.055) ** 2.4; }); return .2126 * r + .7152 * g + .0722 * b; };
  const out = {};
  for (const el of document.querySelectorAll("[data-k]")) {
    const chain = []; for (let e = el; e; e = e.parentElement) chain.unshift(e);
    const layers = []; let op = 1;
    for (const e of chain) { const s = getComputedStyle(e); op *= +s.opacity; layers.push([s.backgroundColor, op]); }
    const bg = paint(layers), fg = paint(layers.concat([[getComputedStyle(el).color, op]]));
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    out[el.dataset.k] = Math.round((a + .05) / (b + .05) * 100) / 100;
  }
  return out;
})()`

// controls are what a library reads and presses: buttons, links of the
// menus and lists, the checklist's answers, hints and errors.
const controls = `a.button, button, .ticket-status, summary, .checklist .box, .site-nav a, .pager a, .card-list a, .ta-link, .breadcrumb a, .site-footer a, .field-hint, .error-message, .message, .ta-state`

// readableInEveryState opens the page and measures every visible control
// in its normal, hover, focus, focus-visible and active states (forced by
// DevTools, on the control, its parent and the field before it, as the
// checklist's answers take their look from their cell and radio button);
// disabled controls are measured as they are. It reports each below 4.5.
func (b *tab) readableInEveryState(t *testing.T, where string) int {
	t.Helper()
	n := eval[int](b, `(() => { let i = 0;
		for (const e of document.querySelectorAll(`+jsQuote(controls)+`)) {
			if (!e.checkVisibility({visibilityProperty: true}) || !e.textContent.trim() && !e.matches(".box")) continue;
			e.dataset.k = e.tagName.toLowerCase() + "." + [...e.classList].join(".") + " " + JSON.stringify(e.textContent.trim().slice(0, 24)) + " #" + i++;
			for (const f of [e, e.parentElement, e.previousElementSibling]) if (f) f.dataset.force = "";
		} return i; })()`)
	for _, state := range [][]string{nil, {"hover"}, {"focus", "focus-visible"}, {"active", "hover", "focus"}} {
		err := chromedp.Do(b.ctx, func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			if _, err := cdp.Call(ctx, tg, dom.Enable, dom.EnableParams{}); err != nil {
				return chromedp.Void{}, err
			}
			if _, err := cdp.Call(ctx, tg, css.Enable, cdp.Empty{}); err != nil {
				return chromedp.Void{}, err
			}
			depth := int64(-1)
			doc, err := cdp.Call(ctx, tg, dom.GetDocument, dom.GetDocumentParams{Depth: &depth})
			if err != nil {
				return chromedp.Void{}, err
			}
			nodes, err := cdp.Call(ctx, tg, dom.QuerySelectorAll, dom.QuerySelectorAllParams{NodeID: doc.Root.NodeID, Selector: "[data-force]"})
			if err != nil {
				return chromedp.Void{}, err
			}
			for _, id := range nodes.NodeIDs {
				if _, err := cdp.Call(ctx, tg, css.ForcePseudoState, css.ForcePseudoStateParams{NodeID: id, ForcedPseudoClasses: append([]string{}, state...)}); err != nil {
					return chromedp.Void{}, err
				}
			}
			return chromedp.Void{}, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		name := strings.Join(state, "+")
		if name == "" {
			name = "normal"
		}
		for k, ratio := range eval[map[string]float64](b, contrastOf) {
			if ratio < 4.5 {
				t.Errorf("%s: %s, %s: text contrast %.2f:1, want 4.5:1 at least", where, k, name, ratio)
			}
		}
	}
	return n
}

// TestReadableInEveryState measures every control's text contrast in every
// state, in the rendered pages of both editions on a phone and at a desk:
// with nothing chosen, with a ticket chosen, with every ticket chosen (so
// Kies als ticket is disabled), with an answer on the checklist and with an
// error shown.
func TestReadableInEveryState(t *testing.T) {
	onEvery(t, func(t *testing.T, b *tab, ed edition) {
		b.open("/tickets/")
		max := eval[int](b, `+document.querySelector("[data-tickets]").dataset.max`)
		cards := eval[[]string](b, `[...document.querySelectorAll("[data-pick] option")].filter(o => o.value).map(o => o.value)`)
		measured := 0
		look := func(p, what string) {
			b.open(p)
			b.waitFor(`document.readyState === "complete"`)
			measured += b.readableInEveryState(t, p+" "+what)
		}
		for _, p := range ed.pages {
			if !strings.HasSuffix(p, ".html") && p != "werkboek/" {
				look("/"+p, "with nothing chosen")
			}
		}
		eval[bool](b, fmt.Sprintf(`(() => { const o = [...document.querySelectorAll("[data-pick] option")].filter(o => o.value).slice(0, %d);
			localStorage.setItem(document.documentElement.dataset.werkboek + ":tickets", JSON.stringify({library: "", chosen: o.map(o => ({key: o.value, prio: o.dataset.prio, title: o.text}))})); return true; })()`, max))
		look("/prioriteiten/"+cards[0]+"/", "chosen")
		if len(cards) > max {
			look("/prioriteiten/"+cards[max]+"/", "with every ticket chosen")
		}
		b.open("/tickets/")
		b.waitFor(`!document.querySelector("[data-tickets]").hasAttribute("aria-busy")`)
		b.do(chromedp.Click(chromedp.CSS("[data-print-tickets]")))
		measured += b.readableInEveryState(t, "/tickets/ with tickets chosen and the name asked for")
		b.open("/keuzelijst/")
		b.do(chromedp.Click(chromedp.CSS(`.checklist-card input[value=Ja] + .box`)))
		measured += b.readableInEveryState(t, "/keuzelijst/ with an answer")
		if measured < 50 {
			t.Errorf("only %d controls measured", measured)
		}
	})
}
