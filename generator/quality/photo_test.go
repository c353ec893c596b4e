package quality

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/testsite"
)

// TestPhoneSizedPhotoFits puts a 2400 × 1800 phone photo stored on its
// side in a card's opening text, as the README's advice would: on a
// laptop and a phone the page does not scroll sideways, the photo stands
// upright and the phone loads the 480 px copy; printed, the print
// edition is no wider than an A4 page's text, so Chromium never shrinks
// the PDF to fit.
func TestPhoneSizedPhotoFits(t *testing.T) {
	t.Parallel()
	dir := testsite.Copy(t, "content")
	card := filepath.Join(dir, "content", "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md")
	if err := os.WriteFile(filepath.Join(filepath.Dir(card), "telefoon.jpg"), testsite.PhoneJPEG(2400, 1800, 6), 0o644); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(card)
	os.WriteFile(card, []byte(strings.Replace(string(b), "## Doelgroep", "![Kinderen lezen samen](telefoon.jpg)\n\n## Doelgroep", 1)), 0o644)
	out := filepath.Join(t.TempDir(), "public")
	if res, err := site.Build(site.Options{SiteDir: repo, ContentDir: filepath.Join(dir, "content"), OutDir: out}); err != nil {
		t.Fatalf("%v\n%v", err, res.Diagnostics)
	}
	addr := serveDir(t, out, "")
	tb := browser(t)
	const img = `document.querySelector('img[alt="Kinderen lezen samen"]')`
	for _, w := range []int64{1280, 360} {
		tb.do(chromedp.EmulateViewport(w, 800))
		tb.do(chromedp.Navigate(addr+"prioriteiten/jeugd-en-onderwijs/spoenk/"), chromedp.WaitReady(chromedp.CSS("body")))
		tb.waitFor(img + `.complete && ` + img + `.naturalWidth > 0`)
		if sw := eval[int](tb, `document.documentElement.scrollWidth`); sw > int(w) {
			t.Errorf("at %d px the card page is %d px wide", w, sw)
		}
		if eval[int](tb, img+`.naturalHeight`) <= eval[int](tb, img+`.naturalWidth`) {
			t.Errorf("at %d px the photo lies on its side", w)
		}
		if src := eval[string](tb, img+`.currentSrc`); w == 360 && !strings.HasSuffix(src, "telefoon-480w.jpg") {
			t.Errorf("a phone loads %s, not the 480 px copy", src)
		}
	}
	// Printed: the text of an A4 page with 18 mm margins is 174 mm, 658
	// CSS px wide.
	tb.do(chromedp.EmulateViewport(658, 900))
	tb.media("print")
	tb.do(chromedp.Navigate(addr+"werkboek/"), chromedp.WaitReady(chromedp.CSS("body")))
	if sw := eval[int](tb, `document.documentElement.scrollWidth`); sw > 658 {
		t.Errorf("the print edition is %d px wide on a page of 658", sw)
	}
	if w := eval[float64](tb, img+`.getBoundingClientRect().width`); w > 658 || w < 100 {
		t.Errorf("printed, the photo is %v px wide", w)
	}
}
