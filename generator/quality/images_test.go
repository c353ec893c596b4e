package quality

import (
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/probiblio/werkboek/generator/site"
)

// TestImagesAndCardLinks builds the small test edition, which has a photo
// beside a card and links between cards (with a section anchor), and
// checks its pages: valid HTML, every link and anchor leads somewhere,
// and in Chromium the photo is loaded and shown, with its own width and
// height, on the card page and in the print edition.
func TestImagesAndCardLinks(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "public")
	if res, err := site.Build(site.Options{SiteDir: repo, ContentDir: filepath.Join(repo, "generator", "site", "testdata", "kleine-editie"), OutDir: out}); err != nil {
		t.Fatalf("%v\n%v", err, res.Diagnostics)
	}
	if checked := checkLinks(t, out); checked < 50 {
		t.Errorf("only %d links checked", checked)
	}
	nuCheck(t, out)

	addr := serveDir(t, out, "")
	b := browser(t)
	for _, page := range []string{"prioriteiten/lezen/b-voorlezen/", "werkboek/"} {
		b.do(chromedp.Navigate(addr+page), chromedp.WaitReady(chromedp.CSS("body")))
		const img = `document.querySelector('img[alt="Een voorleesplek met kussens en een boekenkast"]')`
		if !eval[bool](b, `(() => { const i = `+img+`; if (!i) return false; i.scrollIntoView(); return true; })()`) {
			t.Fatalf("%s: no photo on the page", page)
		}
		b.waitFor(img + `.complete && ` + img + `.naturalWidth > 0`)
		if w := eval[int](b, img+`.naturalWidth`); w != 160 {
			t.Errorf("%s: the photo is %d pixels wide, want 160", page, w)
		}
		if w := eval[float64](b, img+`.getBoundingClientRect().width`); w < 100 {
			t.Errorf("%s: the photo is shown %v pixels wide", page, w)
		}
	}
	// In the print edition, the link to a section of another card leads
	// to that section within the page.
	b.do(chromedp.Click(chromedp.CSS(`a[href="#k-lezen-a-schrijfclub-resultaat"]`)))
	b.waitFor(`location.hash === "#k-lezen-a-schrijfclub-resultaat"`)
	if got := eval[string](b, `document.querySelector(location.hash + " .sec-label").textContent`); got != "Resultaat" {
		t.Errorf("the link leads to %q", got)
	}
}
