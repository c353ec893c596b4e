package quality

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/probiblio/werkboek/generator/serve"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/testsite"
)

// TestSiteAndOverlaySatisfyCSP opens pages served by werkboek serve, whose
// Content-Security-Policy allows no inline script or style, and checks
// that the browser reports no violation: not on the site's pages, not
// with the search in use, and not on the error overlay.
func TestSiteAndOverlaySatisfyCSP(t *testing.T) {
	t.Parallel()
	b := browser(t)
	dir := testsite.Copy(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- serve.Run(ctx, serve.Config{Site: site.Options{SiteDir: dir, ContentDir: filepath.Join(dir, "content")}}, ln, nopWriter{})
	}()
	defer func() { cancel(); <-done }()
	addr := "http://" + ln.Addr().String()

	// Record every violation from the first moment of each page.
	err = chromedp.Do(b.ctx, func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `window.__csp = []; document.addEventListener("securitypolicyviolation", e => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`,
		})
		return chromedp.Void{}, err
	})
	if err != nil {
		t.Fatal(err)
	}
	visit := func(p string) {
		t.Helper()
		b.do(chromedp.Navigate(addr+p), chromedp.WaitReady(chromedp.CSS("body")))
		b.waitFor(`document.readyState === "complete"`)
		if p == "/" {
			b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), "lezen"))
			b.waitFor(`document.querySelector("#zoekresultaten li")`)
		}
		if strings.Contains(p, "#") {
			b.waitFor(`document.querySelector("[data-offer]").open`)
		}
		if v := eval[string](b, `window.__csp.join("\n")`); v != "" {
			t.Errorf("%s: CSP violations:\n%s", p, v)
		}
	}
	// A link with a shared choice shows the offer to take it over.
	for _, p := range []string{"/", "/keuzelijst/", "/keuzelijst/#jeugd-en-onderwijs/spoenk=Ja", "/tickets/", "/tickets/#bibliotheek=X&tickets=jeugd-en-onderwijs/spoenk", "/prioriteiten/jeugd-en-onderwijs/spoenk/", "/werkboek/"} {
		visit(p)
	}
	card := filepath.Join(dir, "content", "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md")
	data, _ := os.ReadFile(card)
	os.WriteFile(card, []byte(strings.Replace(string(data), "## Resultaat", "## <b>Resultaten</b>", 1)), 0o644)
	// The next build fails; wait until a fresh load of the page has the
	// overlay, then check it like any page.
	for deadline := time.Now().Add(10 * time.Second); ; {
		b.do(chromedp.Navigate(addr+"/"), chromedp.WaitReady(chromedp.CSS("body")))
		if eval[bool](b, `!!document.querySelector("#werkboek-fout")`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no error overlay within 10 s of breaking a card")
		}
		time.Sleep(100 * time.Millisecond)
	}
	visit("/")
	if pos := eval[string](b, `getComputedStyle(document.querySelector("#werkboek-fout")).position`); pos != "fixed" {
		t.Errorf("overlay style not applied under the CSP (position %q)", pos)
	}
}

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }
