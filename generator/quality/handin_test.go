package quality

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestTicketsPageOffersOnlyWhatCanBeDone: the list starts with "Kies een
// project…"; adding nothing says so at the list (announced) with the focus
// there; a chosen project is marked and cannot be chosen again; with every
// ticket chosen the button is off with the reason beside it; no message
// sends the reader to the page they are on; each ticket is numbered once
// and shown whole, its priority beneath.
func TestTicketsPageOffersOnlyWhatCanBeDone(t *testing.T) {
	onEvery(t, func(t *testing.T, b *tab, ed edition) {
		b.open("/tickets/")
		b.waitFor(`!document.querySelector("[data-tickets]").hasAttribute("aria-busy")`)
		if got := eval[string](b, `(s => s.value + "|" + s.options[0].text)(document.querySelector("[data-pick]"))`); got != "|Kies een project…" {
			t.Errorf("the project list starts with %q", got)
		}
		b.do(chromedp.Click(chromedp.CSS("[data-tickets] [data-add]")))
		if got := eval[string](b, `(e => e.checkVisibility() && e.getAttribute("role") === "alert" && document.activeElement === document.querySelector("[data-pick]") ? e.textContent : "")(document.querySelector("[data-pick-error]"))`); got != "Kies eerst een project uit de lijst." {
			t.Errorf("adding nothing says %q (visible, role=alert, focus on the list)", got)
		}
		max := eval[int](b, `+document.querySelector("[data-tickets]").dataset.max`)
		ids := eval[[]string](b, fmt.Sprintf(`[...document.querySelectorAll("[data-pick] option")].filter(o => o.value).slice(0, %d).map(o => o.value)`, max))
		for i, id := range ids {
			b.do(chromedp.SetValue(chromedp.CSS("[data-pick]"), id), chromedp.Click(chromedp.CSS("[data-tickets] [data-add]")))
			if !eval[bool](b, fmt.Sprintf(`(o => o.disabled && o.text.endsWith(" — gekozen"))(document.querySelector('[data-pick] option[value=%q]'))`, id)) {
				t.Errorf("ticket %d: %s is not marked chosen and closed in the list", i+1, id)
			}
			if eval[string](b, `document.querySelector("[data-pick]").value`) != "" {
				t.Errorf("ticket %d: the list still shows the project just chosen", i+1)
			}
		}
		// An edition may offer fewer projects than tickets (the small one):
		// with each chosen the button is off too, with its own reason.
		if len(ids) < max && !eval[bool](b, `document.querySelector("[data-tickets] [data-add]").disabled && document.querySelector(".reason-none").checkVisibility()`) {
			t.Errorf("with all %d projects chosen the button is not off with its reason beside it", len(ids))
		}
		if len(ids) == max && !eval[bool](b, `(a => a.disabled && document.querySelector("[data-add-reason]").checkVisibility() && (document.querySelector("[data-pick]").getAttribute("aria-describedby") || "").includes("project-reden"))(document.querySelector("[data-tickets] [data-add]"))`) {
			t.Errorf("with %d of %d chosen the button is not off with its reason beside it", max, max)
		}
		for _, msg := range eval[[]string](b, `[...document.querySelectorAll("[role=alert], [role=status], .field-hint")].map(e => e.textContent)`) {
			if strings.Contains(msg, "pagina Tickets") || strings.Contains(msg, "op de pagina") {
				t.Errorf("a message on the tickets page sends the reader to it: %q", msg)
			}
		}
		type row struct {
			Title, Prio, Before    string
			Clipped, PrioBelow, In bool
		}
		rows := eval[[]row](b, `[...document.querySelectorAll("[data-chosen] li:not(.empty)")].map(li => {
			const t = li.querySelector(".chosen-title"), p = li.querySelector(".chosen-prio"), r = li.getBoundingClientRect();
			return {Title: t.textContent, Prio: p.textContent, Before: getComputedStyle(li, "::before").content,
				Clipped: t.scrollHeight > t.clientHeight + 1 || t.scrollWidth > t.clientWidth + 1,
				PrioBelow: p.getBoundingClientRect().top >= t.getBoundingClientRect().bottom - 1,
				In: r.left >= 0 && r.right <= innerWidth};
		})`)
		if len(rows) != len(ids) {
			t.Fatalf("%d tickets shown, want %d", len(rows), len(ids))
		}
		for i, r := range rows {
			if r.Title == "" || strings.IndexAny(r.Title[:1], "0123456789") == 0 || r.Before != `"Ticket " counter(ticket)` && !strings.HasPrefix(r.Before, `"Ticket`) {
				t.Errorf("ticket %d is not numbered once: %q, before it %s", i+1, r.Title, r.Before)
			}
			if r.Clipped || !r.PrioBelow || !r.In || r.Prio == "" {
				t.Errorf("ticket %d is not shown whole with its priority beneath: %+v", i+1, r)
			}
		}
	})
}

// TestHandInWithOneAction: one primary action (mail to the contact, or
// printing where an edition has no contact), printing beside it, CSV and
// JSON under "Bewaar of deel uw keuze"; without the library's name nothing
// is printed, downloaded or sent: the focus goes to the name, which says
// why.
func TestHandInWithOneAction(t *testing.T) {
	onEvery(t, func(t *testing.T, b *tab, ed edition) {
		id := b.firstCards(1)[0]
		b.waitFor(`!document.querySelector("[data-tickets]").hasAttribute("aria-busy")`)
		b.do(chromedp.SetValue(chromedp.CSS("[data-pick]"), id), chromedp.Click(chromedp.CSS("[data-tickets] [data-add]")))
		primary := eval[[]string](b, `[...document.querySelectorAll(".handin .button:not(.button-quiet)")].filter(e => e.checkVisibility()).map(e => e.hasAttribute("data-mail") ? "mail" : e.hasAttribute("data-print-tickets") ? "print" : e.outerHTML)`)
		want := "print"
		if eval[bool](b, `!!document.querySelector("[data-mail]")`) {
			want = "mail"
		}
		if len(primary) != 1 || primary[0] != want {
			t.Errorf("primary actions %q, want only %s", primary, want)
		}
		if got := eval[string](b, `[...document.querySelectorAll("[data-download]")].map(a => a.closest("details.share") ? a.dataset.download : "outside:" + a.dataset.download).join(" ")`); got != "csv json" {
			t.Errorf("the downloads: %q; want csv and json inside Bewaar of deel uw keuze", got)
		}
		eval[bool](b, `window.__printed = 0; window.print = () => window.__printed++; window.__left = [];
			addEventListener("click", e => { if (e.target.closest("a, button") && !e.defaultPrevented) window.__left.push(e.target.closest("a, button").textContent); }); true`)
		b.do(chromedp.Click(chromedp.CSS(".share summary")))
		for _, sel := range []string{"[data-mail]", "[data-print-tickets]", "[data-download=csv]", "[data-download=json]"} {
			if !eval[bool](b, `!!document.querySelector(`+jsQuote(sel)+`)`) {
				continue
			}
			eval[bool](b, `document.querySelector("[data-library-error]").textContent = "", document.activeElement.blur(), true`)
			b.do(chromedp.Click(chromedp.CSS(sel)))
			got := eval[string](b, `(e => e.checkVisibility() && e.getAttribute("role") === "alert" && document.activeElement === document.querySelector("#bibliotheek") ? e.textContent : "")(document.querySelector("[data-library-error]"))`)
			if !strings.HasPrefix(got, "Vul de naam van uw Bibliotheek in.") {
				t.Errorf("%s without a name: the name field says %q (visible, role=alert, with the focus)", sel, got)
			}
		}
		if left, printed := eval[[]string](b, `window.__left`), eval[int](b, `window.__printed`); len(left) > 0 || printed > 0 {
			t.Errorf("without a name, %q went ahead and %d prints were made", left, printed)
		}
		b.do(chromedp.SendKeys(chromedp.CSS("#bibliotheek"), "Bibliotheek Oostland"))
		b.do(chromedp.Click(chromedp.CSS("[data-print-tickets]")))
		if eval[int](b, `window.__printed`) != 1 || eval[string](b, `document.querySelector("[data-library-error]").textContent`) != "" {
			t.Error("with a name the tickets are not printed, or the error stays")
		}
	})
}
