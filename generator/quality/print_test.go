package quality

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestBrowserPrintShowsNoPageNumbers prints /werkboek/ as a reader's own
// browser does (one print, nothing filled in): the page numbers exist only
// in werkboek's PDF, so the contents, the checklist and the cards print as
// before, with no empty leaders, no "p." column and no placeholder text.
func TestBrowserPrintShowsNoPageNumbers(t *testing.T) {
	t.Parallel()
	_, err := execLookPath("pdftotext")
	requireTool(t, err, "pdftotext (poppler-utils)")
	b := browser(t)
	b.open("/werkboek/")
	eval[bool](b, `document.fonts.ready.then(() => true)`)
	b.media("print")
	if n := eval[int](b, `document.querySelectorAll("[data-page-of]").length`); n < 30 {
		t.Fatalf("only %d page number placeholders in the print edition", n)
	}
	if shown := eval[int](b, `[...document.querySelectorAll("[data-page-of]")].filter(e => e.textContent !== "" || getComputedStyle(e).display !== "none").length`); shown != 0 {
		t.Errorf("%d page number placeholders have text or take space in the browser's print", shown)
	}
	yes := true
	data, err := chromedp.Run(b.ctx, chromedp.PrintToPDF(func(p *page.PrintToPDFParams) {
		p.PreferCSSPageSize = &yes
		p.PrintBackground = &yes
	}))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "werkboek.pdf")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	text, err := runCommand("pdftotext", "-layout", file, "-")
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(text, "\f")
	for _, junk := range []string{"zie p.", "undefined", "NaN", "target-counter", "counter(", "data-page-of"} {
		if strings.Contains(text, junk) {
			t.Errorf("the browser's print shows %q", junk)
		}
	}
	// The contents: no entry ends in a number (only the cards' own
	// numbers stand before their titles).
	toc := pages[1]
	if !strings.Contains(toc, "inhoud.") {
		t.Fatalf("page 2 is not the contents:\n%s", toc)
	}
	endsInNumber := regexp.MustCompile(`[A-Za-z].*\s\d+\s*$`)
	_, entries, _ := strings.Cut(toc, "inhoud.") // after the running head
	for _, l := range strings.Split(entries, "\n") {
		if endsInNumber.MatchString(l) && !strings.Contains(l, "pagina ") {
			t.Errorf("contents line with a page number in the browser's print: %q", l)
		}
	}
	// The checklist: Ja, Misschien, Nee and no "p." column.
	for _, p := range pages {
		if strings.Contains(p, "keuzelijst.") && strings.Contains(p, "MISSCHIEN") {
			for _, l := range strings.Split(p, "\n") {
				if strings.Contains(l, "MISSCHIEN") && !strings.HasSuffix(strings.TrimSpace(l), "NEE") {
					t.Errorf("checklist header in the browser's print: %q", l)
				}
			}
			return
		}
	}
	t.Error("the checklist was not found in the browser's print")
}
