package quality

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestLargeEditionStaysLight builds 2,000 cards: no ordinary page (all but
// the checklist and the print edition, which list every card by nature)
// weighs more than 50 kB with its stylesheet and scripts, and the tickets
// page, whose projects no longer fit in it, loads them and works in
// Chromium: choosing, and taking over a shared choice.
func TestLargeEditionStaysLight(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds 2,000 cards")
	}
	_, out := buildCorpus(t, 2000)
	heaviest, heaviestName := 0, ""
	for name, body := range pagesIn(t, out) {
		if name == "werkboek/index.html" || name == "keuzelijst/index.html" {
			continue
		}
		total := pageWeight(t, out, name, body)
		if total > 50*1024 {
			t.Errorf("%s weighs %d bytes (HTML + CSS + JS), over 50 KB", name, total)
		}
		if total > heaviest {
			heaviest, heaviestName = total, name
		}
	}
	t.Logf("heaviest ordinary page: %s, %d bytes", heaviestName, heaviest)

	b := browser(t)
	b.site = serveDir(t, out, "")
	b.open("/tickets/")
	b.waitFor(`!document.querySelector("[data-pick]").disabled`)
	if n := eval[int](b, `document.querySelectorAll("[data-pick] option:not([value=''])").length`); n != 2000 {
		t.Errorf("the list offers %d projects, want 2000", n)
	}
	b.do(chromedp.SetValue(chromedp.CSS("[data-pick]"), "culturele-infrastructuur/"+eval[string](b, `document.querySelector('[data-pick] option[value^="culturele-infrastructuur/"]').value.split("/")[1]`)))
	b.do(chromedp.Click(chromedp.CSS("[data-tickets] [data-add]")))
	if got := eval[string](b, `document.querySelector("[data-chosen] li").textContent`); !strings.Contains(got, "Bevorderen van culturele infrastructuur") {
		t.Errorf("chosen: %q", got)
	}
	// A shared choice is offered with the projects' titles, from the list.
	link := eval[string](b, `document.querySelector("[data-share-link]").value`)
	b.do(chromedp.Click(chromedp.CSS(`[data-chosen] li button`)))
	b.do(chromedp.Navigate(link))
	b.waitFor(`document.querySelector("[data-offer]").open`)
	if got := eval[string](b, `document.querySelector("[data-offer-text]").textContent`); !strings.Contains(got, "1 ticket") {
		t.Errorf("offer: %q", got)
	}
}
