package quality

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/probiblio/werkboek/generator/site"
)

// widths are the screens every page must suit: three phones and a tablet.
var widths = []int64{320, 360, 390, 768}

// edition is a built site on a loopback server, with the address of each
// of its pages.
type edition struct {
	name  string
	base  string   // address of the site root, ending in "/"
	pages []string // site-relative addresses of every page
}

// editions returns the bundled workbook and the test edition, the latter
// built now and served under the path of its baseURL (/proef/), as a web
// host would.
func editions(t *testing.T) []edition {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: filepath.Join(repo, "generator", "site", "testdata", "kleine-editie"), OutDir: out}); err != nil {
		t.Fatal(err)
	}
	return []edition{
		{"2017", base, sitePages(t, built)},
		{"kleine editie", serveDir(t, out, "/proef"), sitePages(t, out)},
	}
}

// sitePages lists the address of every HTML page of a built site.
func sitePages(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for name := range pagesIn(t, dir) {
		out = append(out, strings.TrimSuffix(name, "index.html"))
	}
	slices.Sort(out)
	if len(out) < 8 {
		t.Fatalf("only %d pages in %s", len(out), dir)
	}
	return out
}

// TestEveryPageFitsSmallScreens opens every page of both editions at each
// width, as a phone does (mobile viewport, touch), and checks that nothing
// needs sideways scrolling or is cut off, that every control and link is
// large enough to tap, and that the checklist offers its three choices for
// each project at once.
func TestEveryPageFitsSmallScreens(t *testing.T) {
	t.Parallel()
	eds := editions(t)
	for _, w := range widths { // a tab per width, side by side
		t.Run(fmt.Sprintf("%d px", w), func(t *testing.T) {
			t.Parallel()
			b := browser(t)
			b.do(chromedp.EmulateViewport(w, 800, chromedp.EmulateMobile, chromedp.EmulateTouch))
			for _, ed := range eds {
				for _, p := range ed.pages {
					b.do(chromedp.Navigate(ed.base+p), chromedp.WaitReady(chromedp.CSS("body")))
					b.waitFor(`document.readyState === "complete" && document.fonts.status === "loaded"`)
					if got := eval[int](b, `document.documentElement.clientWidth`); got != int(w) {
						t.Fatalf("%s /%s at %d px: the page is laid out %d px wide; is the viewport meta tag gone?", ed.name, p, w, got)
					}
					for _, problem := range eval[[]string](b, layoutProblems) {
						t.Errorf("%s /%s at %d px: %s", ed.name, p, w, problem)
					}
				}
			}
		})
	}
}

// TestChecklistOnAPhone ticks choices by tapping the middle of the labelled
// buttons, as a finger would, and checks that they are kept.
func TestChecklistOnAPhone(t *testing.T) {
	t.Parallel()
	b := browser(t)
	b.do(chromedp.EmulateViewport(320, 640, chromedp.EmulateMobile, chromedp.EmulateTouch))
	b.open("/keuzelijst/")
	for _, tap := range []struct{ key, choice string }{
		{"jeugd-en-onderwijs/spoenk", "Nee"},
		{"bevorderen-culturele-infrastructuur/gegevenslevering", "Misschien"},
	} {
		box := fmt.Sprintf(`document.querySelector('tr[data-key=%q] input[value=%s] + .box')`, tap.key, tap.choice)
		eval[bool](b, `(() => { `+box+`.scrollIntoView({block: "center"}); return true; })()`)
		if label := eval[string](b, `getComputedStyle(`+box+`, "::after").content`); label != `"`+tap.choice+`"` {
			t.Errorf("%s: the %s button is labelled %s", tap.key, tap.choice, label)
		}
		x := eval[float64](b, `(r => r.left + r.width / 2)(`+box+`.getBoundingClientRect())`)
		y := eval[float64](b, `(r => r.top + r.height / 2)(`+box+`.getBoundingClientRect())`)
		b.do(chromedp.MouseClickXY(x, y))
	}
	b.do(chromedp.Reload())
	b.waitFor(`document.querySelector("[data-checklist-summary]").textContent !== ""`)
	if got := eval[string](b, `document.querySelector("[data-checklist-summary]").textContent`); !strings.HasPrefix(got, "0 × Ja, 1 × Misschien, 1 × Nee") {
		t.Errorf("after tapping Nee and Misschien and a reload the summary says %q", got)
	}
	if got := eval[string](b, `getComputedStyle(document.querySelector('tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Nee] + .box')).backgroundColor`); got == "rgb(255, 255, 255)" {
		t.Error("the chosen button does not look chosen")
	}
	b.do(chromedp.Click(chromedp.CSS("[data-checklist-reset]")))
}

// TestMenuOnAPhone checks the compact header: brand, search and a menu
// button at once, the navigation behind the button, opened by keyboard
// and without script.
func TestMenuOnAPhone(t *testing.T) {
	t.Parallel()
	b := browser(t)
	for _, w := range widths[:3] {
		b.do(chromedp.EmulateViewport(w, 800, chromedp.EmulateMobile, chromedp.EmulateTouch))
		b.open("/prioriteiten/jeugd-en-onderwijs/spoenk/")
		if bottom := eval[float64](b, `document.querySelector("#zoekveld").getBoundingClientRect().bottom`); bottom > 180 {
			t.Errorf("at %d px the search field ends %.0f px down; want it within the first 180 px", w, bottom)
		}
		if eval[bool](b, `document.querySelector(".site-nav").checkVisibility()`) {
			t.Errorf("at %d px the navigation is open before the menu button is used", w)
		}
		b.do(chromedp.Focus(chromedp.CSS(".menu summary")), chromedp.KeyEvent(kb.Enter))
		b.waitFor(`document.querySelector(".menu").open`)
		links := eval[[]string](b, `[...document.querySelectorAll(".site-nav a")].filter(a => a.checkVisibility() && a.getBoundingClientRect().right <= innerWidth).map(a => a.textContent)`)
		if !slices.Contains(links, "Keuzelijst") || !slices.Contains(links, "Afdrukken") {
			t.Errorf("at %d px the opened menu shows %q", w, links)
		}
		b.do(chromedp.KeyEvent(kb.Enter))
		b.waitFor(`!document.querySelector(".menu").open`)
	}
}

// layoutProblems lists, in the page, what does not fit the screen: the
// page or a box scrolling sideways, text past the right (or left) edge or
// cut off by its box, controls and links smaller than 24 × 24 CSS px
// (WCAG 2.2, 2.5.8; links within a sentence are exempt), checklist and
// ticket controls and the links of lists, menus, breadcrumb and footer
// smaller than 44 × 44 on screens narrower than 64em, and
// checklist rows whose three choices are not side by side on screen.
const layoutProblems = `(() => {
  const W = document.documentElement.clientWidth, out = [], styles = new Map();
  const style = e => { let s = styles.get(e); if (!s) { s = getComputedStyle(e); styles.set(e, s); } return s; };
  const name = e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + [...e.classList].map(c => "." + c).join("");
  const text = e => JSON.stringify((e.textContent || e.value || e.getAttribute("aria-label") || "").trim().slice(0, 40));
  const shown = e => e.checkVisibility({visibilityProperty: true});
  const sw = document.documentElement.scrollWidth;
  if (sw > W) out.push("the page scrolls sideways: " + sw + " px wide");
  const all = document.body.querySelectorAll("*");
  for (const e of all) {
    const s = style(e);
    if ((s.overflowX === "auto" || s.overflowX === "scroll") && e.scrollWidth > e.clientWidth + 1 && shown(e)) {
      out.push(name(e) + " scrolls sideways: " + e.scrollWidth + " px in " + e.clientWidth);
    }
  }
  // Text: every line box within the screen and within each box that clips.
  const hidden = e => { for (; e; e = e.parentElement) { const s = style(e); if (s.clipPath !== "none" || s.clip !== "auto") return true; } return false; };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), range = document.createRange();
  const reported = new Set();
  for (let n; (n = walker.nextNode()); ) {
    const el = n.parentElement;
    if (!n.data.trim() || reported.has(el) || !shown(el) || hidden(el)) continue;
    let left = 0, right = W;
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      if (style(a).overflowX !== "visible") { const r = a.getBoundingClientRect(); left = Math.max(left, r.left); right = Math.min(right, r.right); }
    }
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      if (r.width > 1 && (r.right > right + 1 || r.left < left - 1)) {
        out.push("text of " + name(el) + " " + JSON.stringify(n.data.trim().slice(0, 40)) + " runs from " + Math.round(r.left) + " to " + Math.round(r.right) + " px, outside " + Math.round(left) + "–" + Math.round(right));
        reported.add(el);
        break;
      }
    }
  }
  // Headings: a line may end inside a word only at a hyphen, so a long
  // compound or a title's full stop never stands alone on a line.
  for (const h of document.querySelectorAll("h1, h2, h3, .signature")) {
    if (!shown(h)) continue;
    const hw = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    let prev = null; // the last letter or mark seen: [text, top]
    for (let n; (n = hw.nextNode()); ) {
      for (let i = 0; i < n.data.length; i++) {
        const c = n.data[i];
        if (/\s/.test(c) || c === "-" || c === "\u00ad") { prev = null; continue; }
        range.setStart(n, i); range.setEnd(n, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width === 0) continue;
        if (prev && r.top > prev[1] + r.height / 2) {
          out.push(name(h) + " " + text(h) + " breaks inside a word, before " + JSON.stringify(n.data.slice(i, i + 12)));
          break;
        }
        prev = [c, r.top];
      }
    }
  }
  // Targets. lineText is the text set in lines with e, without e's own.
  const lineText = (node, e) => [...node.childNodes].map(c => c === e ? "" : c.nodeType === Node.TEXT_NODE ? c.data :
    c.nodeType === Node.ELEMENT_NODE && style(c).display === "inline" ? lineText(c, e) : "").join("");
  const big = W < 1024 ? ".checklist input, .ticket-picker :is(input, select, button, a), .tickets input, .ticket-action :is(button, a), .chosen button, " +
    ".breadcrumb a, .site-footer a, .card-list a, .card-tiles a, .more a, .share summary, .ticket-status, .site-nav a, .pager a" : "-";
  for (const e of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")) {
    if (!shown(e)) continue;
    const r = e.getBoundingClientRect();
    if (r.bottom <= 0 || r.right <= 0) continue; // the skip link waits above the page until focused
    if (style(e).display === "inline") {
      let block = e.parentElement;
      while (style(block).display === "inline") block = block.parentElement;
      if (/\p{L}{2}/u.test(lineText(block, e))) continue; // a link within a sentence
    }
    const need = e.matches(big) ? 44 : 24;
    if (r.width < need - 0.01 || r.height < need - 0.01) {
      out.push(name(e) + " " + text(e) + " is " + r.width.toFixed(1) + " × " + r.height.toFixed(1) + " px; want " + need + " × " + need + " at least");
    }
  }
  // The checklist: per project, three choices side by side on screen.
  for (const row of document.querySelectorAll(".checklist tr[data-key]")) {
    const boxes = [...row.querySelectorAll("input")].map(i => i.getBoundingClientRect());
    const top = Math.min(...boxes.map(r => r.top)), bottom = Math.max(...boxes.map(r => r.bottom));
    if (boxes.length !== 3 || boxes.some(r => r.left < 0 || r.right > W || r.width === 0) || bottom - top > 2 * Math.max(...boxes.map(r => r.height))) {
      out.push("checklist row " + row.dataset.key + ": its three choices are not side by side on screen");
    }
  }
  return out;
})()`
