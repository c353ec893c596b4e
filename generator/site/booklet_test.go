package site

import (
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/view"
)

// mm is a millimetre in points.
const mm = 72 / 25.4

// blank reports whether page p is blank: no text at all, or only the
// line that says so on the back of the tickets.
func blank(p pdfPage) bool {
	return len(p.Lines) == 0 || len(p.Lines) == 1 && strings.Contains(squash(p.Lines[0].Text()), "bewustleeg")
}

// blankAllowed reports whether page n of count may be blank: a left-hand
// page before a priority's divider or the tickets, the back of the
// tickets, or one of the at most three pages before the back cover that
// make the count a multiple of four.
func blankAllowed(toc map[string]int, count, n int) bool {
	if n%2 == 0 && slices.ContainsFunc(rectos(toc), func(id string) bool { return toc[id] == n+1 }) {
		return true
	}
	return n == toc["tickets"]+1 || n > toc["tickets"] && n >= count-3 && n < count
}

// rectos are the link targets that begin on a right-hand page: the
// priorities' dividers and the tickets.
func rectos(toc map[string]int) []string {
	var out []string
	for id := range toc {
		if strings.HasPrefix(id, "p-") || id == "tickets" {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// checkBooklet checks what issue 28 asks of the PDF a print shop gets: a
// page count that folds (a multiple of four), dividers and tickets on
// right-hand pages, a blank back to the tickets, mirrored margins with the
// running head and page number outside, no ink within 5 mm of the edge;
// and of werkboek-boekje.pdf: its pages two to a side on A4 landscape, in
// saddle-stitch order, also without ink near the paper's edge.
func checkBooklet(t *testing.T, file string, pages []pdfPage, wb *model.Workbook, toc map[string]int) {
	t.Helper()
	count := len(pages)
	if count%4 != 0 {
		t.Errorf("the PDF has %d pages, not a multiple of 4", count)
	}
	for _, id := range rectos(toc) {
		if toc[id]%2 == 0 {
			t.Errorf("%s begins on page %d, a left-hand page", id, toc[id])
		}
	}
	back := toc["tickets"] + 1
	if back > count || !blank(pages[back-1]) {
		t.Errorf("page %d, the back of the tickets, is not blank", back)
	}
	rasters := rasterizeAll(t, file, 36)
	for i, r := range rasters {
		if ink := inkNearEdge(r, 36, 5); ink > 0 {
			t.Errorf("page %d: %d pixels of ink within 5 mm of the edge", i+1, ink)
		}
	}
	if back <= len(rasters) {
		r := rasters[back-1]
		top := r.H
		if lines := pages[back-1].Lines; len(lines) > 0 {
			top = int(lines[0].Top / 72 * 36)
		}
		if ink := inkNearEdge(raster{r.W, top, r.Px[:top*r.W]}, 36, 300); ink > 0 {
			t.Errorf("page %d, the back of the tickets, has %d pixels of ink above its note", back, ink)
		}
	}
	for i, p := range pages {
		checkSides(t, i+1, p, wb, toc)
	}
	checkSheets(t, filepath.Join(filepath.Dir(file), "werkboek-boekje.pdf"), pages)
}

// checkSides checks the mirrored layout of page n: on a right-hand (odd)
// page the running head and page number on the right, the inner margin
// (left) at least 20 mm and the outer one 15 mm; on a left-hand page the
// other way round.
func checkSides(t *testing.T, n int, p pdfPage, wb *model.Workbook, toc map[string]int) {
	t.Helper()
	const width = 595.3
	odd := n%2 == 1
	if n == 1 || opening(wb, toc, n) != nil {
		return // full pages in a white frame
	}
	for _, l := range p.Lines {
		left, right := l.Left(), l.Words[len(l.Words)-1].Right
		switch {
		case l.Bottom < margin || strings.HasPrefix(l.Text(), "pagina "):
			if odd && left < width/2 || !odd && right > width/2 {
				t.Errorf("page %d: %q is on the inner side", n, l.Text())
			}
		case odd && (left < 20*mm-1 || right > width-15*mm+1), !odd && (left < 15*mm-1 || right > width-20*mm+1):
			t.Errorf("page %d: %q (%.0f–%.0f pt) lies in the margin", n, l.Text(), left, right)
		}
	}
}

// checkSheets checks the booklet of pages: A4 landscape sheets, each side
// holding two pages side by side in saddle-stitch order (the first side
// the last page and page 1, the next page 2 and the last but one), as the
// words on each half show, and no ink within 5 mm of the sheet's edge.
func checkSheets(t *testing.T, file string, pages []pdfPage) {
	t.Helper()
	sides := readPDFText(t, file)
	if len(sides)*2 != len(pages) {
		t.Fatalf("the booklet has %d sides for %d pages", len(sides), len(pages))
	}
	sizes := pageSizeRE.FindAllStringSubmatch(poppler(t, "pdfinfo", "-f", "1", "-l", strconv.Itoa(len(sides)), file), -1)
	for _, s := range sizes {
		if w, _ := strconv.ParseFloat(s[2], 64); w < 841 || w > 843 || s[3] != "595" && !strings.HasPrefix(s[3], "595.") {
			t.Errorf("booklet side %s is %s × %s pt, not A4 landscape", s[1], s[2], s[3])
		}
	}
	words := func(lines []pdfLine, keep func(pdfWord) bool) []string {
		var out []string
		for _, l := range lines {
			for _, w := range l.Words {
				if keep(w) {
					out = append(out, w.Text)
				}
			}
		}
		slices.Sort(out)
		return out
	}
	all := func(pdfWord) bool { return true }
	n := len(pages)
	for i, side := range sides {
		k := i / 2
		left, right := n-2*k, 1+2*k // a sheet's front
		if i%2 == 1 {
			left, right = 2+2*k, n-1-2*k // its back
		}
		half := side.Height * 297 / 210 / 2
		for _, h := range []struct {
			page int
			keep func(pdfWord) bool
		}{{left, func(w pdfWord) bool { return w.Right <= half }}, {right, func(w pdfWord) bool { return w.Left >= half }}} {
			if got, want := words(side.Lines, h.keep), words(pages[h.page-1].Lines, all); !slices.Equal(got, want) {
				t.Errorf("booklet side %d does not hold page %d on its %s: %.80q, want %.80q", i+1, h.page, map[bool]string{true: "left", false: "right"}[h.page == left], strings.Join(got, " "), strings.Join(want, " "))
			}
		}
	}
	for i, r := range rasterizeAll(t, file, 36) {
		if ink := inkNearEdge(r, 36, 5); ink > 0 {
			t.Errorf("booklet side %d: %d pixels of ink within 5 mm of the sheet's edge", i+1, ink)
		}
	}
}

// checkTickets checks the tickets' page: every ticket names the event,
// and its priority (when it asks for one) is a row of boxes in the
// colours of the priorities that tickets may name.
func checkTickets(t *testing.T, file string, pages []pdfPage, wb *model.Workbook, toc map[string]int) {
	t.Helper()
	n := toc["tickets"]
	if n < 1 || n > len(pages) {
		t.Fatalf("tickets on page %d of %d", n, len(pages))
	}
	text := ""
	for _, l := range pages[n-1].Lines {
		text += l.Text() + "\n"
	}
	event := wb.Organisation
	if wb.Event.Name != "" {
		event = wb.Event.Name + wb.Edition + "·" + event
	}
	event = strings.TrimSuffix(squash(event), "·")
	if got := strings.Count(squash(text), event); got != wb.Tickets.Max {
		t.Errorf("%d of %d tickets name the event %q:\n%s", got, wb.Tickets.Max, event, text)
	}
	if got := cutLines(t, file, n); got != wb.Tickets.Max+1 {
		t.Errorf("page %d: %d dashed cut lines across the tickets, want %d (stacked edge to edge)", n, got, wb.Tickets.Max+1)
	}
	if !slices.ContainsFunc(wb.Tickets.Fields, func(f string) bool { return strings.EqualFold(f, "prioriteit") }) {
		return // no field for the priority
	}
	_, _, px := rasterize(t, file, n, "-r", "50")
	for _, p := range view.NewBook(wb, view.Options{}).Priorities {
		if !p.Eligible {
			continue
		}
		if got := countColour(px, p.Accent); got < 10*wb.Tickets.Max {
			t.Errorf("the tickets have %d pixels in the colour %s of priority %d", got, p.Accent, p.Number)
		}
	}
}

// cutLines counts the dashed lines across page n, rendered in grey at
// 150 dpi: runs of rows that are inked over 40 % or more of the page's
// width in many short dashes (unlike a rule or a line of text), of about
// 60 % grey.
func cutLines(t *testing.T, file string, n int) int {
	t.Helper()
	w, h, px := rasterize(t, file, n, "-gray", "-r", "150")
	count, inLine := 0, false
	for y := range h {
		row := px[y*w : y*w+w]
		ink, changes, darkest := 0, 0, byte(255)
		for x, v := range row {
			if v < 200 {
				ink++
			}
			if x > 0 && (v < 200) != (row[x-1] < 200) {
				changes++
			}
			darkest = min(darkest, v)
		}
		dashed := ink*5 >= w*2 && changes >= 150
		if dashed && !inLine {
			count++
			if darkest < 70 || darkest > 130 {
				t.Errorf("page %d: a cut line is %d %% grey, want about 60 %%", n, 100-int(darkest)*100/255)
			}
		}
		inLine = dashed
	}
	return count
}

// urlAtBreak is a web address hyphenated at the end of a line.
var urlAtBreak = regexp.MustCompile(`(?m)(?:www\.|https?://|\w@)\S*-$`)

// checkTextBreaks checks that no web address is hyphenated at a line's
// end, and that no numbered list leaves its last item alone at the top
// of the voorwoord's second column.
func checkTextBreaks(t *testing.T, file string, pages []pdfPage, toc map[string]int) {
	t.Helper()
	if m := urlAtBreak.FindAllString(poppler(t, "pdftotext", file, "-"), -1); len(m) > 0 {
		t.Errorf("web addresses hyphenated at a line's end: %q", m)
	}
	n := toc["voorwoord"]
	if n < 1 {
		return
	}
	// The second column's words, top to bottom, left to right.
	var column []pdfWord
	for _, l := range pages[n-1].Body() {
		for _, w := range l.Words {
			if w.Left > 595.3/2 {
				column = append(column, w)
			}
		}
	}
	if len(column) == 0 {
		return
	}
	first := column[0]
	item := regexp.MustCompile(`^(\d+)\.$`)
	if m := item.FindStringSubmatch(first.Text); m != nil {
		k, _ := strconv.Atoi(m[1])
		next := slices.ContainsFunc(column, func(w pdfWord) bool { return w.Text == strconv.Itoa(k+1)+"." && abs(int(w.Left-first.Left)) < 3 })
		if !next {
			t.Errorf("page %d: list item %s alone at the top of a column", n, first.Text)
		}
	}
}
