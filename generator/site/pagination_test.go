package site

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/model"
)

// tocEntry is one line of the print edition's contents: its link target,
// its text there, and the heading that opens its page (after squash).
type tocEntry struct {
	id, title, heading string
	priority           *model.Priority // for a priority's opening
	card               *model.Card
}

// tocEntries lists the contents of wb's print edition in order.
func tocEntries(wb *model.Workbook) []tocEntry {
	sig := func(s string) string { return squash(strings.TrimSuffix(s, ".") + ".") }
	out := []tocEntry{{id: "voorwoord", title: "Voorwoord", heading: "voorwoord."}}
	if wb.Schedule != nil {
		out = append(out, tocEntry{id: "programma", title: wb.Schedule.Title, heading: sig(wb.Schedule.Title)})
	}
	out = append(out, tocEntry{id: "keuzelijst", title: wb.Checklist.Title, heading: sig(wb.Checklist.Title)})
	for _, p := range wb.Priorities {
		n := strconv.Itoa(p.Number)
		out = append(out, tocEntry{id: "p-" + p.Slug, title: "Prioriteit " + n + " · " + p.Title, heading: "prioriteit" + n + sig(p.Title), priority: p})
		for _, c := range p.Cards {
			out = append(out, tocEntry{id: cardID(c), title: c.Title, heading: squash(c.Title), card: c})
		}
	}
	return append(out, tocEntry{id: "tickets", title: wb.Tickets.Title, heading: sig(wb.Tickets.Title)})
}

func cardID(c *model.Card) string { return "k-" + c.Priority.Slug + "-" + c.Slug }

var digits = regexp.MustCompile(`^\d+$`)

// numbered finds each title in lines, in order (a title may wrap over up
// to three lines), and returns the page number printed beside it: a
// number in the right quarter of the page at the height of the title's
// lines (at the end of its last line, or between two lines when centred
// in a table row); 0 where there is none.
func numbered(t *testing.T, where string, lines []pdfLine, titles []string) []int {
	t.Helper()
	out := make([]int, len(titles))
	at := 0
	for i, title := range titles {
		first, last := -1, -1
		for j := at; j < len(lines) && last < 0; j++ {
			for k := j; k >= max(at, j-2); k-- {
				var s strings.Builder
				for _, l := range lines[k : j+1] {
					for _, w := range l.Words {
						if !isPageNumber(w) {
							s.WriteString(squash(w.Text))
						}
					}
				}
				if strings.Contains(s.String(), squash(title)) {
					first, last = k, j
					break
				}
			}
		}
		if last < 0 {
			t.Errorf("%s: %q not found (or out of order)", where, title)
			continue
		}
		at = last + 1
		top, bottom := lines[first].Top, lines[last].Bottom
		for _, l := range lines[max(0, first-1):min(len(lines), last+2)] {
			for _, w := range l.Words {
				if mid := (w.Top + w.Bottom) / 2; isPageNumber(w) && mid >= top && mid <= bottom {
					out[i], _ = strconv.Atoi(w.Text)
				}
			}
		}
	}
	return out
}

// isPageNumber reports whether w is a number in the right quarter of an
// A4 page, where the contents and the checklist print page numbers.
func isPageNumber(w pdfWord) bool { return digits.MatchString(w.Text) && w.Left > 446 }

// pageWith returns the index of the first page whose body begins with the
// heading (after squash), or -1.
func pageWith(pages []pdfPage, heading string) int {
	for i, p := range pages {
		if strings.Contains(squash(p.Top(5)), heading) {
			return i
		}
	}
	return -1
}

// checkContents checks that every entry of the contents has the number
// of the page that its title opens as a heading, and returns the numbers
// by link target.
func checkContents(t *testing.T, pages []pdfPage, wb *model.Workbook) map[string]int {
	t.Helper()
	first, last := pageWith(pages, "inhoud."), pageWith(pages, "voorwoord.")
	if first < 0 || last <= first {
		t.Fatalf("contents not found: it begins on page %d, the voorwoord on page %d", first+1, last+1)
	}
	var lines []pdfLine
	for _, p := range pages[first:last] {
		lines = append(lines, p.Body()...)
	}
	entries := tocEntries(wb)
	titles := make([]string, len(entries))
	for i, e := range entries {
		titles[i] = e.title
	}
	got := map[string]int{}
	for i, n := range numbered(t, "contents", lines, titles) {
		e := entries[i]
		got[e.id] = n
		switch {
		case n == 0:
			t.Errorf("contents: %q has no page number", e.title)
		case n > len(pages):
			t.Errorf("contents: %q on page %d of %d", e.title, n, len(pages))
		case !strings.Contains(squash(pages[n-1].Top(5)), e.heading):
			t.Errorf("contents: %q on page %d, but that page begins with %q", e.title, n, pages[n-1].Top(5))
		}
	}
	return got
}

// checkChecklistPages checks the checklist's "p." column against the
// contents: a number after every priority and card, the same as there.
func checkChecklistPages(t *testing.T, pages []pdfPage, wb *model.Workbook, toc map[string]int) {
	t.Helper()
	at := toc["keuzelijst"] - 1
	if at < 0 {
		return // reported by checkContents
	}
	var lines []pdfLine
	for i := at; i < len(pages) && i < toc["p-"+wb.Priorities[0].Slug]-1; i++ {
		lines = append(lines, pages[i].Body()...)
	}
	if !hasColumn(lines) {
		t.Error(`the checklist has no column "p."`)
	}
	var titles, ids []string
	for _, p := range wb.Priorities {
		titles, ids = append(titles, "Prioriteit "+strconv.Itoa(p.Number)+" "+p.Title), append(ids, "p-"+p.Slug)
		for _, c := range p.Cards {
			titles, ids = append(titles, strconv.Itoa(c.Number)+" "+c.Title), append(ids, cardID(c))
		}
	}
	for i, n := range numbered(t, "checklist", lines, titles) {
		if n != toc[ids[i]] {
			t.Errorf("checklist: %q has p. %d, the contents say %d", titles[i], n, toc[ids[i]])
		}
	}
}

// hasColumn reports whether the checklist's header row ends in "P.".
func hasColumn(lines []pdfLine) bool {
	for _, l := range lines {
		s := squash(l.Text())
		if strings.Contains(s, "misschien") {
			return strings.HasSuffix(s, "p.")
		}
	}
	return false
}

// checkOutline checks that the PDF's bookmarks of the cards and priorities
// point at the pages the contents name.
func checkOutline(t *testing.T, file string, wb *model.Workbook, toc map[string]int) {
	t.Helper()
	bms := outline(t, readPDF(t, file))
	for _, e := range tocEntries(wb) {
		if e.card == nil && e.priority == nil {
			continue
		}
		found := false
		for _, b := range bms {
			if s := squash(b.Title); e.card != nil && strings.HasSuffix(s, squash(e.title)) || e.priority != nil && s == squash(e.priority.Title)+"." {
				found = true
				if b.PageFrom != toc[e.id] {
					t.Errorf("outline: %q points at page %d, the contents say %d", b.Title, b.PageFrom, toc[e.id])
				}
				break
			}
		}
		if !found {
			t.Errorf("outline: no bookmark for %q", e.title)
		}
	}
}
