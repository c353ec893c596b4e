package site

import (
	"strconv"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/view"
)

// checkPrintEdition checks what issue 15 asks of the PDF of wb: true page
// numbers in the contents, the checklist and the outline; running heads
// per priority; nothing left alone at a page break; only bundled fonts.
// It returns the contents' numbers by link target.
func checkPrintEdition(t *testing.T, file string, wb *model.Workbook) map[string]int {
	t.Helper()
	pages := readPDFText(t, file)
	toc := checkContents(t, pages, wb)
	checkChecklistPages(t, pages, wb, toc)
	checkOutline(t, file, wb, toc)
	checkRunningHeads(t, file, pages, wb, toc)
	checkPageBreaks(t, file, pages, wb, toc)
	checkFonts(t, file)
	checkBooklet(t, file, pages, wb, toc)
	checkTickets(t, file, pages, wb, toc)
	checkTextBreaks(t, file, pages, toc)
	checkRules(t, file, wb, toc)
	return toc
}

// opening returns the priority whose opening page is page n, or nil.
func opening(wb *model.Workbook, toc map[string]int, n int) *model.Priority {
	for _, p := range wb.Priorities {
		if toc["p-"+p.Slug] == n {
			return p
		}
	}
	return nil
}

// checkRunningHeads checks that every page of a priority's cards names
// that priority in the top margin, in its colour, and that the cover, the
// opening pages and blank pages have no running head.
func checkRunningHeads(t *testing.T, file string, pages []pdfPage, wb *model.Workbook, toc map[string]int) {
	t.Helper()
	book := view.NewBook(wb, view.Options{})
	checked := 0
	for i, p := range pages {
		n := i + 1
		var cur *view.PriorityView
		for _, pv := range book.Priorities {
			if toc["p-"+pv.Slug] <= n {
				cur = pv
			}
		}
		head := squash(p.Head())
		switch {
		case n == 1 || opening(wb, toc, n) != nil || blank(p):
			if head != "" {
				t.Errorf("page %d (cover or opening) has a running head %q", n, p.Head())
			}
		case cur != nil && n < toc["tickets"]:
			want := "Prioriteit " + strconv.Itoa(cur.Number) + " · " + cur.Title
			if !strings.Contains(head, squash(want)) {
				t.Errorf("page %d: running head %q, want %q", n, p.Head(), want)
			}
			if n == toc[cardID(cur.Cards[0].Card)] {
				if got := colourPixels(t, file, n, cur.Accent); got < 20 {
					t.Errorf("page %d: the running head is not in the colour %s of its priority (%d pixels)", n, cur.Accent, got)
				}
			}
			checked++
		case strings.Contains(head, "prioriteit"):
			t.Errorf("page %d, outside the cards, has running head %q", n, p.Head())
		}
	}
	if checked < len(wb.Cards()) {
		t.Errorf("only %d pages checked for a running head, for %d cards", checked, len(wb.Cards()))
	}
}

// checkPageBreaks checks that no page holds only a heading (a card's
// question over a whole page of lines for notes is more than a heading),
// that no page is empty but the blank ones a booklet needs (blankAllowed),
// that every card's question (or "Notities") has at least eight ruled
// lines under it on its page, and that every section label has its text
// beside it.
func checkPageBreaks(t *testing.T, file string, pages []pdfPage, wb *model.Workbook, toc map[string]int) {
	t.Helper()
	for i, p := range pages {
		n := i + 1
		if n == 1 || opening(wb, toc, n) != nil {
			continue
		}
		if blank(p) && len(p.Lines) > 0 && blankAllowed(toc, len(pages), n) {
			continue // the note on the back of the tickets
		}
		if blank(p) && !blankAllowed(toc, len(pages), n) {
			t.Errorf("page %d is empty", n)
		}
		body := p.Body()
		if len(body) == 0 {
			continue
		}
		capitals := true
		for _, l := range body {
			capitals = capitals && strings.ToUpper(l.Text()) == l.Text()
		}
		if len(body) <= 1 || len(body) <= 3 && capitals {
			if lines := ruledLines(t, file, n, body[len(body)-1].Bottom); lines < 20 {
				t.Errorf("page %d holds only a heading (and %d ruled lines): %q", n, lines, p.Top(3))
			}
		}
	}
	for _, c := range wb.Cards() {
		first := toc[cardID(c)]
		if first < 1 {
			continue
		}
		last := first
		if next := nextPage(toc, first); next > first {
			last = next - 1
		}
		question := c.Question
		if question == "" {
			question = "Notities"
		}
		found := false
		for n := first; n <= last && n <= len(pages) && !found; n++ {
			body := pages[n-1].Body()
			if end := lineEnding(body, question); end >= 0 {
				found = true
				// The rule that opens the notes and at least eight lines.
				if lines := ruledLines(t, file, n, body[end].Bottom); lines < 9 {
					t.Errorf("page %d: the question %q of %q has %d ruled lines under it", n, question, c.Title, lines)
				}
			}
			checkLabels(t, n, body, c, question)
		}
		if !found {
			t.Errorf("pages %d–%d: the question %q of %q not found", first, last, question, c.Title)
		}
	}
}

// nextPage is the first page after n that the contents name.
func nextPage(toc map[string]int, n int) int {
	next := 0
	for _, m := range toc {
		if m > n && (next == 0 || m < next) {
			next = m
		}
	}
	return next
}

// lineEnding returns the index of the line where text ends (it may wrap
// over up to three lines), or -1.
func lineEnding(lines []pdfLine, text string) int {
	for j := range lines {
		var s strings.Builder
		for k := max(0, j-2); k <= j; k++ {
			s.WriteString(squash(lines[k].Text()))
		}
		if strings.Contains(s.String(), squash(text)) {
			return j
		}
	}
	return -1
}

// checkLabels checks that every section label of card c on page n has
// text beside it: a label never ends a page on its own.
func checkLabels(t *testing.T, n int, body []pdfLine, c *model.Card, question string) {
	t.Helper()
	for _, l := range body {
		s := squash(l.Text())
		if l.Left() > margin+8 || strings.Contains(squash(question), s) {
			continue
		}
		for _, sec := range c.Sections {
			if !strings.HasPrefix(s, squash(strings.Fields(sec.Heading)[0])) {
				continue
			}
			beside := false
			for _, w := range l.Words {
				beside = beside || w.Left > 35*72/25.4+margin
			}
			if !beside {
				t.Errorf("page %d: section label %q of %q without its text beside it", n, sec.Heading, c.Title)
			}
		}
	}
}

// checkFonts checks with pdffonts that only the bundled fonts are
// embedded: no system font stands in for a missing character.
func checkFonts(t *testing.T, file string) {
	t.Helper()
	out := poppler(t, "pdffonts", file)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", out)
	}
	for _, l := range lines[2:] {
		name := strings.Fields(l)[0]
		if !strings.Contains(name, "SourceSans3") && !strings.Contains(name, "SourceSerif4") {
			t.Errorf("the PDF embeds a font that is not bundled: %s", l)
		}
	}
}
