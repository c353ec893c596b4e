package site

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/pdf"
	"github.com/probiblio/werkboek/generator/testsite"
)

// needBrowser skips a test without Chromium and poppler, unless
// WERKBOEK_REQUIRE_BROWSER is set (as in CI), where it fails instead.
func needBrowser(t *testing.T) {
	t.Helper()
	testsite.RequireBrowser(t)
	_, err := exec.LookPath("pdftotext")
	testsite.RequireTool(t, err, "poppler-utils")
}

func poppler(t *testing.T, tool string, args ...string) string {
	t.Helper()
	out, err := exec.Command(tool, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", tool, args, err)
	}
	return string(out)
}

var pageSizeRE = regexp.MustCompile(`Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts`)

// squash removes all white space and soft hyphens and folds case, so text
// broken across lines or set in capitals in the PDF still matches.
func squash(s string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\t' || r == '\f' || r == '\u00ad' || r == '\r' {
			return -1
		}
		return r
	}, s))
}

// checkPDF builds contentDir with --pdf and checks the PDF a person would
// print: A4 pages, a page count in range, every card title in order, the
// tickets, page footers and a cover without a page number, and then the
// page numbers, running heads and page breaks (checkPrintEdition). It
// returns the PDF's path and the contents' page numbers by link target.
func checkPDF(t *testing.T, contentDir string, minPages, maxPages int) (string, map[string]int) {
	needBrowser(t)
	out := filepath.Join(t.TempDir(), "public")
	res, err := Build(Options{SiteDir: repo, ContentDir: contentDir, OutDir: out, PDF: true})
	if err != nil || res.PDFErr != nil {
		t.Fatalf("build --pdf: %v %v", err, res.PDFErr)
	}
	file := filepath.Join(out, "werkboek.pdf")
	if page, _ := os.ReadFile(filepath.Join(out, "werkboek", "index.html")); !bytes.Contains(page, []byte(`href="../werkboek-boekje.pdf"`)) {
		t.Error("the print page does not link the booklet")
	}
	info := poppler(t, "pdfinfo", file)
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo: %s", info)
	}
	pages, _ := strconv.Atoi(m[1])
	if pages < minPages || pages > maxPages {
		t.Errorf("PDF has %d pages, want %d to %d", pages, minPages, maxPages)
	}
	wb, _ := content.Load(os.DirFS(contentDir), content.Options{})
	for _, want := range []string{"Title:           " + wb.Title, "Author:          " + wb.Organisation, "Tagged:          yes"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	sizes := pageSizeRE.FindAllStringSubmatch(poppler(t, "pdfinfo", "-f", "1", "-l", strconv.Itoa(pages), file), -1)
	if len(sizes) != pages {
		t.Fatalf("pdfinfo listed %d page sizes for %d pages", len(sizes), pages)
	}
	for _, s := range sizes {
		w, _ := strconv.ParseFloat(s[2], 64)
		h, _ := strconv.ParseFloat(s[3], 64)
		if w < 594 || w > 597 || h < 841 || h > 843 {
			t.Errorf("page %s is %s × %s pt, not A4", s[1], s[2], s[3])
		}
	}
	text := poppler(t, "pdftotext", "-layout", file, "-")
	perPage := strings.Split(text, "\f")
	if strings.Contains(perPage[0], "pagina") {
		t.Errorf("the cover has a page number:\n%s", perPage[0])
	}
	// Every page after the cover carries "pagina i van N", except the
	// opening page of each priority (a named page without margin boxes,
	// like a chapter opener), the blank pages and the back cover.
	numbered, bare := 0, 0
	for i := 2; i <= pages; i++ {
		want := "pagina " + strconv.Itoa(i) + " van " + strconv.Itoa(pages)
		plain := strings.TrimSpace(perPage[i-1])
		switch {
		case strings.Contains(perPage[i-1], want):
			numbered++
		case plain == "" || strings.Contains(plain, "bewust leeg"):
			bare++
		case strings.Contains(perPage[i-1], "pagina "):
			t.Errorf("page %d lacks footer %q:\n%.300s", i, want, perPage[i-1])
		case strings.Contains(squash(plain), "prioriteit") || i == pages && strings.Contains(plain, wb.Title):
		default:
			t.Errorf("page %d lacks footer %q:\n%.300s", i, want, perPage[i-1])
		}
	}
	if numbered < pages-2-len(wb.Priorities)-bare {
		t.Errorf("only %d of %d pages have a page number", numbered, pages)
	}
	flat := squash(text)
	// Every card title, in order, after the table of contents and the
	// checklist, which list them too: search from the last occurrence of
	// the first priority's opening.
	pos := 0
	cards := wb.Cards()
	if len(cards) > 0 {
		pos = strings.LastIndex(flat, squash(cards[0].Title))
	}
	for _, c := range cards {
		i := strings.Index(flat[pos:], squash(c.Title))
		if i < 0 {
			t.Errorf("card %q missing or out of order in the PDF", c.Title)
			continue
		}
		pos += i
	}
	for n := 1; n <= wb.Tickets.Max; n++ {
		if !strings.Contains(text, "Ticket "+strconv.Itoa(n)) {
			t.Errorf("PDF lacks Ticket %d", n)
		}
	}
	if strings.Contains(text, "Ticket "+strconv.Itoa(wb.Tickets.Max+1)) {
		t.Errorf("PDF has more than %d tickets", wb.Tickets.Max)
	}
	tickets := ""
	for _, p := range perPage {
		if strings.Contains(p, "Ticket 1") {
			tickets = p
		}
	}
	for _, f := range wb.Tickets.Fields {
		if !strings.Contains(squash(tickets), squash(f)) {
			t.Errorf("the tickets' page lacks field %q:\n%s", f, tickets)
		}
	}
	return file, checkPrintEdition(t, file, wb)
}

func TestPDFBundled(t *testing.T) {
	dir := filepath.Join(repo, "content")
	file, toc := checkPDF(t, dir, 30, 70)
	pages := readPDFText(t, file)
	// Every card of the bundled workbook fits on one page with its
	// question and eight lines for notes, but "Bouwstenen", whose
	// question has the next page to itself.
	wb, _ := content.Load(os.DirFS(dir), content.Options{})
	for _, c := range wb.Cards() {
		want := 1
		if c.Slug == "bouwstenen-participatie-en-zelfredzaamheid" {
			want = 2
		}
		n := toc[cardID(c)]
		got := 0
		for i := n; i < nextPage(toc, n) && i <= len(pages); i++ {
			if !blank(pages[i-1]) {
				got++
			}
		}
		if got != want {
			t.Errorf("card %q takes %d pages from page %d", c.Title, got, n)
		}
	}
}

func TestPDFSecondTree(t *testing.T) {
	file, _ := checkPDF(t, "testdata/kleine-editie", 6, 16)
	// The photo beside "Voorlezen in de wijk" (160 × 100 pixels) is in
	// the PDF, printed from the print edition.
	if list := poppler(t, "pdfimages", "-list", file); !regexp.MustCompile(`(?m)^\s*\d+\s+\d+\s+image\s+160\s+100\s`).MatchString(list) {
		t.Errorf("the PDF lacks the 160×100 image:\n%s", list)
	}
}

func TestBuildWithoutBrowserStillPublishes(t *testing.T) {
	t.Setenv("WERKBOEK_CHROMIUM", filepath.Join(t.TempDir(), "geen-chromium"))
	out := filepath.Join(t.TempDir(), "public")
	res, err := Build(Options{SiteDir: repo, ContentDir: "testdata/kleine-editie", OutDir: out, PDF: true})
	if err != nil {
		t.Fatal(err)
	}
	if !errors.Is(res.PDFErr, pdf.ErrNoBrowser) || !strings.Contains(res.PDFErr.Error(), "apt-get install -y chromium") {
		t.Errorf("PDFErr = %v", res.PDFErr)
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Errorf("site not published without a browser: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "werkboek.pdf")); err == nil {
		t.Error("a PDF appeared without a browser")
	}
	page, _ := os.ReadFile(filepath.Join(out, "werkboek", "index.html"))
	if bytes.Contains(page, []byte("werkboek.pdf")) || bytes.Contains(page, []byte("werkboek-boekje.pdf")) {
		t.Error("print page links a PDF that was not made")
	}
}
