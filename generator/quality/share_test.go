package quality

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// download lets the browser save downloads in dir, clicks the link sel (in
// "Bewaar of deel uw keuze", opened if need be) and
// waits for the file name to be complete there.
func (b *tab) download(dir, sel, name string) string {
	b.t.Helper()
	if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir, BrowserContextID: chromedp.FromContext(b.ctx).BrowserContextID}); err != nil {
		b.t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	os.Remove(p)
	// The downloads are under "Bewaar of deel uw keuze": open it first.
	eval[bool](b, `(d => (d && (d.open = true), true))(document.querySelector(`+jsQuote(sel)+`).closest("details"))`)
	b.do(chromedp.Click(chromedp.CSS(sel)))
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if st, err := os.Stat(p); err == nil && st.Size() > 0 {
			if _, err := os.Stat(p + ".crdownload"); err != nil {
				return p
			}
		}
	}
	b.t.Fatalf("%s was not downloaded into %s", name, dir)
	return ""
}

// shareLink opens "Bewaar of deel uw keuze" and returns the link.
func (b *tab) shareLink() string {
	b.t.Helper()
	b.do(chromedp.Click(chromedp.CSS("[data-share] summary")))
	return eval[string](b, `document.querySelector("[data-share-link]").value`)
}

func TestChoicesTravelByLinkAndFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	// One library's browser: a checklist and tickets.
	a := browser(t)
	a.open("/keuzelijst/")
	a.do(
		chromedp.Click(chromedp.CSS(`tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Ja]`)),
		chromedp.Click(chromedp.CSS(`tr[data-key="persoonlijke-ontwikkeling/leesbevordering"] input[value=Misschien]`)),
	)
	checklistLink := a.shareLink()
	if !strings.HasSuffix(checklistLink, "/keuzelijst/#jeugd-en-onderwijs/spoenk=Ja&persoonlijke-ontwikkeling/leesbevordering=Misschien") {
		t.Errorf("checklist link %q", checklistLink)
	}
	checklistJSON := a.download(dir, "[data-share] [data-download=json]", "keuzelijst.json")
	a.open("/tickets/")
	a.do(chromedp.SendKeys(chromedp.CSS("[data-library]"), "Bibliotheek Zandvoort, Lisse & Hillegom"))
	for _, v := range []string{"jeugd-en-onderwijs/spoenk", "participatie-en-zelfredzaamheid/taalvaardigheden"} {
		a.do(chromedp.SetValue(chromedp.CSS("[data-pick]"), v), chromedp.Click(chromedp.CSS("[data-tickets] [data-add]")))
	}
	ticketsLink := a.shareLink()
	if !strings.Contains(ticketsLink, "/tickets/#bibliotheek=Bibliotheek%20Zandvoort,%20Lisse%20%26%20Hillegom&tickets=jeugd-en-onderwijs/spoenk,participatie-en-zelfredzaamheid/taalvaardigheden") {
		t.Errorf("tickets link %q", ticketsLink)
	}
	ticketsJSON := a.download(dir, "[data-download=json]", "tickets.json")

	// A colleague's browser, with a choice of its own: the link offers the
	// choice and says what it replaces; nothing changes until accepted.
	b := browser(t)
	b.open("/keuzelijst/")
	b.do(chromedp.Click(chromedp.CSS(`tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Nee]`)))
	b.do(chromedp.Navigate(strings.Replace(checklistLink, base, url("/"), 1)), chromedp.Reload())
	b.waitFor(`document.querySelector("[data-offer]").open`)
	offer := eval[string](b, `document.querySelector("[data-offer-text]").textContent`)
	if offer != "Keuze overnemen: 1 × Ja, 1 × Misschien, 0 × Nee? Uw keuze in deze browser (0 × Ja, 0 × Misschien, 1 × Nee) wordt dan vervangen." {
		t.Errorf("offer %q", offer)
	}
	if !eval[bool](b, `document.activeElement === document.querySelector("[data-offer-yes]")`) {
		t.Error("the offer's first button does not have the focus")
	}
	if !eval[bool](b, `document.querySelector('tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Nee]').checked`) {
		t.Error("the choice was taken over before it was accepted")
	}
	// By keyboard: Enter on "Neem deze keuze over".
	b.do(chromedp.KeyEvent(kb.Enter))
	b.waitFor(`!document.querySelector("[data-offer]").open`)
	if got := eval[string](b, `document.querySelector("[data-checklist-summary]").textContent`); !strings.HasPrefix(got, "1 × Ja, 1 × Misschien, 0 × Nee") {
		t.Errorf("summary after taking over: %q", got)
	}
	if eval[string](b, `location.hash`) != "" {
		t.Error("the choice stays in the address after it was taken over")
	}
	b.do(chromedp.Reload())
	b.waitFor(`document.querySelector("[data-checklist-summary]").textContent !== ""`)
	if !eval[bool](b, `!document.querySelector("[data-offer]").open && document.querySelector('tr[data-key="jeugd-en-onderwijs/spoenk"] input[value=Ja]').checked`) {
		t.Error("the choice taken over was not kept")
	}

	// Declining keeps one's own (empty) ticket choice.
	b.do(chromedp.Navigate(strings.Replace(ticketsLink, base, url("/"), 1)))
	b.waitFor(`document.querySelector("[data-offer]").open`)
	if got := eval[string](b, `document.querySelector("[data-offer-text]").textContent`); got != "Keuze overnemen: Bibliotheek Zandvoort, Lisse & Hillegom, 2 tickets?" {
		t.Errorf("offer %q", got)
	}
	b.do(chromedp.Click(chromedp.CSS("[data-offer-no]")))
	if n := eval[int](b, `document.querySelectorAll("[data-chosen] li:not(.empty)").length`); n != 0 {
		t.Errorf("%d tickets after declining", n)
	}
	// Reading a downloaded JSON file back offers it the same way.
	b.do(chromedp.Click(chromedp.CSS("[data-share] summary")), chromedp.SetUploadFiles(chromedp.CSS("[data-share-file]"), []string{ticketsJSON}))
	b.waitFor(`document.querySelector("[data-offer]").open`)
	b.do(chromedp.Click(chromedp.CSS("[data-offer-yes]")))
	b.waitFor(`document.querySelectorAll("[data-chosen] li:not(.empty)").length === 2`)
	if got := eval[string](b, `document.querySelector("[data-library]").value`); got != "Bibliotheek Zandvoort, Lisse & Hillegom" {
		t.Errorf("library after reading the file: %q", got)
	}
	// An export from before ids is matched by title; the checklist's file
	// is not a choice of tickets; a link over the limit is cut to max.
	old := filepath.Join(dir, "oud.json")
	os.WriteFile(old, []byte(`{"bibliotheek":"Bibliotheek Delft","tickets":[{"ticket":1,"prioriteit":"Persoonlijke ontwikkeling","onderwerp":"2 Leesbevordering"}]}`), 0o644)
	b.do(chromedp.SetUploadFiles(chromedp.CSS("[data-share-file]"), []string{old}))
	b.waitFor(`document.querySelector("[data-offer]").open`)
	b.do(chromedp.Click(chromedp.CSS("[data-offer-yes]")))
	b.waitFor(`document.querySelector("[data-chosen] li:not(.empty)") && document.querySelector("[data-chosen] li:not(.empty) .chosen-title").textContent === "Leesbevordering"`)
	b.do(chromedp.SetUploadFiles(chromedp.CSS("[data-share-file]"), []string{checklistJSON}))
	b.waitFor(`document.querySelector("[data-offer]").open && document.querySelector("[data-offer-text]").textContent.startsWith("Dit bestand is een keuzelijst (Ja, Misschien of Nee); lees het in op die pagina. Uw eigen keuze blijft staan.")`)
	b.do(chromedp.Click(chromedp.CSS("[data-offer-no]")))
	b.do(chromedp.Navigate(url("/tickets/#tickets=jeugd-en-onderwijs/spoenk,jeugd-en-onderwijs/spoenk,persoonlijke-ontwikkeling/leesbevordering,participatie-en-zelfredzaamheid/leesbeperking,bevorderen-culturele-infrastructuur/positionering,onbekend/project")))
	b.waitFor(`document.querySelector("[data-offer]").open`)
	b.do(chromedp.Click(chromedp.CSS("[data-offer-yes]")))
	if got := eval[string](b, `document.querySelector("[data-share-message]").textContent`); got != "Overgenomen. Niet overgenomen: 1 project dat deze site niet kent (‘onbekend/project’). Dubbel en één keer overgenomen: ‘jeugd-en-onderwijs/spoenk’. Boven het maximum van 3 en niet overgenomen: ‘bevorderen-culturele-infrastructuur/positionering’." {
		t.Errorf("message %q", got)
	}
	if n := eval[int](b, `document.querySelectorAll("[data-chosen] li:not(.empty)").length`); n != 3 {
		t.Errorf("%d tickets taken from a link with 6", n)
	}
}
