package quality

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestChecklistAnswerPlainlyChosen taps (or clicks) answers as a finger or
// a mouse does, and wants the chosen one solid with white text and a mark,
// also with the pointer still over it; hover to change only an answer not
// chosen, and only where a pointer hovers; a row marked by its answer, not
// by its priority's colour; the column names in view while scrolling at a
// desk; and the count the site uses everywhere.
func TestChecklistAnswerPlainlyChosen(t *testing.T) {
	onEvery(t, func(t *testing.T, b *tab, ed edition) {
		b.open("/keuzelijst/")
		desk := eval[bool](b, `matchMedia("(hover: hover)").matches`)
		rows := eval[[]string](b, `[...document.querySelectorAll("tr.checklist-card")].slice(0, 2).map(r => r.dataset.key)`)
		box := func(key, answer string) string {
			return fmt.Sprintf(`document.querySelector('tr[data-key=%q] input[value=%s] + .box')`, key, answer)
		}
		tap := func(sel string) {
			eval[bool](b, `(`+sel+`.scrollIntoView({block: "center"}), true)`)
			x := eval[float64](b, `(r => r.left + r.width / 2)(`+sel+`.getBoundingClientRect())`)
			y := eval[float64](b, `(r => r.top + r.height / 2)(`+sel+`.getBoundingClientRect())`)
			b.do(chromedp.MouseClickXY(x, y))
		}
		look := func(sel string) string {
			return eval[string](b, `(s => [s.backgroundColor, s.color, getComputedStyle(`+sel+`, "::before").content].join(" | "))(getComputedStyle(`+sel+`))`)
		}
		tap(box(rows[0], "Nee"))
		// The pointer is still over the answer just chosen.
		chosen := look(box(rows[0], "Nee"))
		if parts := strings.Split(chosen, " | "); parts[0] == "rgb(255, 255, 255)" || parts[0] == "rgba(0, 0, 0, 0)" || parts[1] != "rgb(255, 255, 255)" || parts[2] == "none" {
			t.Errorf("the answer just chosen looks %q; want a solid colour, white text and a mark", chosen)
		}
		other := box(rows[0], "Ja")
		plain := look(other)
		eval[bool](b, `(`+other+`.scrollIntoView({block: "center"}), true)`)
		x := eval[float64](b, `(r => r.left + r.width / 2)(`+other+`.getBoundingClientRect())`)
		y := eval[float64](b, `(r => r.top + r.height / 2)(`+other+`.getBoundingClientRect())`)
		b.do(chromedp.MouseEvent("mouseMoved", x, y))
		hovered := look(other)
		if desk && hovered == plain {
			t.Error("at a desk an answer under the pointer does not change")
		}
		if !desk && hovered != plain {
			t.Errorf("on a touch screen an answer changes under a finger that rests: %q → %q", plain, hovered)
		}
		if still := look(box(rows[0], "Nee")); still != chosen {
			t.Errorf("the chosen answer changed when the pointer left: %q → %q", chosen, still)
		}
		tap(box(rows[1], "Ja"))
		marks := eval[[]string](b, fmt.Sprintf(`[%q, %q, "tr.checklist-card:not(:has(:checked))"].map(k => document.querySelector(k.startsWith("tr") ? k : 'tr[data-key="' + k + '"]')).map(r => getComputedStyle(r).backgroundColor + " | " + getComputedStyle(r.querySelector("th")).color)`, rows[0], rows[1]))
		if marks[0] == marks[1] || strings.Split(marks[0], " | ")[1] != strings.Split(marks[2], " | ")[1] {
			t.Errorf("rows Nee, Ja and unanswered look %q: want the rows marked by their answer and the titles in the same colour", marks)
		}
		cards, progs := eval[int](b, `document.querySelectorAll("tr.checklist-card").length`), eval[int](b, `document.querySelectorAll("tr.checklist-programme").length`)
		want := fmt.Sprintf("(van %d projecten", cards)
		if progs > 0 {
			want += fmt.Sprintf(" en %d programma’s", progs)
		}
		if got := eval[string](b, `document.querySelector("[data-checklist-summary]").textContent`); !strings.HasSuffix(got, want+")") {
			t.Errorf("the summary says %q, want it to end in %q", got, want+")")
		}
		b.open("/prioriteiten/")
		if got := eval[string](b, `document.querySelector("main .lede").textContent`); !strings.Contains(got, fmt.Sprintf(" %d projecten", cards)) {
			t.Errorf("the page of priorities counts %q; the checklist has %d projects", got, cards)
		}
		if desk {
			b.open("/keuzelijst/")
			// Scrolled past the head of the table (where the list is long
			// enough for that), the column names stay at the top.
			if top := eval[float64](b, `(th => { const start = th.getBoundingClientRect().top + scrollY; scrollTo(0, start + 400); return scrollY > start + 100 ? th.getBoundingClientRect().top : 0; })(document.querySelector(".checklist thead th"))`); top < -1 || top > 2 {
				t.Errorf("scrolled down the list at a desk, the column names are at %.0f px; want them at the top of the screen", top)
			}
		}
	})
}

// TestScreenWordsOnScreen: the checklist tells no "volgende pagina's" on a
// screen; a touch screen is told no keyboard shortcut; topics are bullets
// on screen and boxes in print; the reflection question is a sentence in
// the serif at about 24 px at a desk, under a rule in the priority's
// colour, on screen and in print.
func TestScreenWordsOnScreen(t *testing.T) {
	onEvery(t, func(t *testing.T, b *tab, ed edition) {
		b.open("/keuzelijst/")
		if text := eval[string](b, `document.querySelector("main").innerText`); regexp.MustCompile(`(?i)volgende pagina`).MatchString(text) {
			t.Error("the checklist on screen speaks of the next pages")
		}
		b.open("/werkboek/")
		touch := eval[bool](b, `matchMedia("(hover: none)").matches`)
		if hint := eval[bool](b, `!!document.querySelector(".print-hint") && document.querySelector(".print-hint").checkVisibility()`); hint == touch {
			t.Errorf("the print page's keyboard shortcut shown: %v, on a touch screen: %v", hint, touch)
		}
		card := b.firstCards(1)[0]
		b.open("/prioriteiten/" + card + "/")
		bullet := `(s => s.borderRadius + " " + s.borderTopWidth)(getComputedStyle(document.querySelector(".sec-onderwerpen li"), "::before"))`
		question := `(q => { const s = getComputedStyle(q); return [s.textTransform, s.fontFamily.split(",")[0], parseFloat(s.fontSize), s.borderTopColor === getComputedStyle(document.querySelector(".card-head")).borderBottomColor && parseFloat(s.borderTopWidth) >= 2].join(" | "); })(document.querySelector(".question h2"))`
		hasTopics := eval[bool](b, `!!document.querySelector(".sec-onderwerpen li")`)
		if hasTopics {
			if got := eval[string](b, bullet); got != "50% 0px" {
				t.Errorf("on screen a topic's mark is %q; want a round bullet", got)
			}
		}
		got := strings.Split(eval[string](b, question), " | ")
		size := 0.0
		fmt.Sscan(got[2], &size)
		if got[0] != "none" || got[1] != `"Source Serif 4"` || got[3] != "true" || !touch && (size < 22 || size > 26) {
			t.Errorf("the reflection question on screen: %q; want no capitals, the serif, about 24 px at a desk, a rule in the priority's colour", got)
		}
		b.media("print")
		defer b.media("")
		if hasTopics {
			if got := eval[string](b, bullet); !strings.HasPrefix(got, "0px ") || got == "0px 0px" {
				t.Errorf("in print a topic's mark is %q; want a box", got)
			}
		}
		// On paper the rule in the priority's colour is the top of the
		// notes' lines, right under the question.
		rule := `(n => getComputedStyle(n).borderTopColor === getComputedStyle(document.querySelector(".card-head")).borderBottomColor && parseFloat(getComputedStyle(n).borderTopWidth) >= 2)(document.querySelector(".question .notes"))`
		if got := strings.Split(eval[string](b, question), " | "); got[0] != "none" || got[1] != `"Source Serif 4"` || !eval[bool](b, rule) {
			t.Errorf("the reflection question in print: %q, a rule in the priority's colour under it: %v", got, eval[bool](b, rule))
		}
	})
}
