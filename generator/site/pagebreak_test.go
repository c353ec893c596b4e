package site

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
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
// that priority in the top margin, in its colour, beside the edition's
// title, and that the cover and the opening pages have no running head.
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
		case n == 1 || opening(wb, toc, n) != nil:
			if head != "" {
				t.Errorf("page %d (cover or opening) has a running head %q", n, p.Head())
			}
		case cur != nil && n < toc["tickets"]:
			want := "Prioriteit " + strconv.Itoa(cur.Number) + " · " + cur.Title
			if !strings.Contains(head, squash(want)) || !strings.Contains(head, squash(wb.Title)) {
				t.Errorf("page %d: running head %q, want %q beside the title", n, p.Head(), want)
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

// rasterize renders page n of file with pdftoppm (extra: its options,
// e.g. a resolution and a crop) and returns the image's width, height and
// pixels (three bytes each, or one with -gray).
func rasterize(t *testing.T, file string, n int, extra ...string) (int, int, []byte) {
	t.Helper()
	prefix := filepath.Join(t.TempDir(), "page")
	args := append([]string{"-f", strconv.Itoa(n), "-l", strconv.Itoa(n), "-singlefile"}, extra...)
	if out, err := exec.Command("pdftoppm", append(args, file, prefix)...).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	name := prefix + ".ppm"
	if slices.Contains(extra, "-gray") {
		name = prefix + ".pgm"
	}
	img, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var magic string
	var w, h, maxv int
	if _, err := fmt.Sscanf(string(img), "%s\n%d %d\n%d\n", &magic, &w, &h, &maxv); err != nil {
		t.Fatalf("pdftoppm wrote no PNM: %v", err)
	}
	header := 0
	for nl := 0; header < len(img) && nl < 3; header++ {
		if img[header] == '\n' {
			nl++
		}
	}
	return w, h, img[header:]
}

// colourPixels counts the pixels near colour hex in the top right margin
// of page n, rendered at 150 dpi.
func colourPixels(t *testing.T, file string, n int, hex string) int {
	t.Helper()
	// A4 at 150 dpi is 1240 × 1754 pixels; the top margin is 118 pixels.
	_, _, px := rasterize(t, file, n, "-r", "150", "-x", "620", "-y", "0", "-W", "620", "-H", "118")
	var r, g, b int
	fmt.Sscanf(hex, "#%02x%02x%02x", &r, &g, &b)
	count := 0
	for ; len(px) >= 3; px = px[3:] {
		if abs(int(px[0])-r)+abs(int(px[1])-g)+abs(int(px[2])-b) < 60 {
			count++
		}
	}
	return count
}

// ruledLines counts the rules drawn across the text width of page n below
// y points: the lines for notes (and the rule that opens them). Rendered
// at 50 dpi in grey, a rule is a run of rows that are not white over 80 %
// of the width between the margins.
func ruledLines(t *testing.T, file string, n int, y float64) int {
	t.Helper()
	dpi := 50.0
	w, h, px := rasterize(t, file, n, "-gray", "-r", "50")
	x0 := int(margin / 72 * dpi)
	count, inRule := 0, false
	for row := int(y/72*dpi) + 1; row < h; row++ {
		grey := 0
		for _, v := range px[row*w+x0 : row*w+w-x0] {
			if v < 245 {
				grey++
			}
		}
		rule := grey*5 > (w-2*x0)*4
		if rule && !inRule {
			count++
		}
		inRule = rule
	}
	return count
}

func abs(n int) int { return max(n, -n) }

// checkPageBreaks checks that no page holds only a heading (a card's
// question over a whole page of lines for notes is more than a heading),
// that every card's question (or "Notities") has at least three ruled
// lines under it on its page, and that every section label has its text
// beside it.
func checkPageBreaks(t *testing.T, file string, pages []pdfPage, wb *model.Workbook, toc map[string]int) {
	t.Helper()
	for i, p := range pages {
		n := i + 1
		if n == 1 || opening(wb, toc, n) != nil {
			continue
		}
		body := p.Body()
		if len(body) == 0 {
			t.Errorf("page %d is empty", n)
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
				// The rule that opens the notes and at least three lines.
				if lines := ruledLines(t, file, n, body[end].Bottom); lines < 4 {
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
