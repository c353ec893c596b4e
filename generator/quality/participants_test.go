package quality

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/testsite"
)

// TestParticipantsInTheBrowser counts three libraries' returned tickets
// into the content with the real command, builds the site (served, and
// --offline from its folder) and searches for a library in the browser:
// the first result is the library, and choosing it opens /deelnemers/ at
// its place, which names its project. Every link and anchor of both
// builds leads somewhere; the pages that show the count pass the Nu HTML
// Checker and axe, and do not move on a slow phone.
func TestParticipantsInTheBrowser(t *testing.T) {
	t.Parallel()
	dir := testsite.Copy(t, "content")
	for name, data := range testsite.Returns {
		os.MkdirAll(filepath.Join(dir, "inbox"), 0o755)
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(buildWerkboek(t, t.TempDir()), "tickets", "tel", "inbox", "--inhoud", "content")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tickets tel --inhoud: %v\n%s", err, out)
	}
	served, folder := filepath.Join(dir, "public"), filepath.Join(dir, "offline")
	for out, offline := range map[string]bool{served: false, folder: true} {
		if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: filepath.Join(dir, "content"), OutDir: out, Offline: offline}); err != nil {
			t.Fatal(err)
		}
		checkLinks(t, out)
	}
	address := serveDir(t, served, "")
	for name, b := range map[string]func() *tab{
		"gediend": func() *tab { b := browser(t); b.site = address; return b },
		"offline": func() *tab { b := browser(t); b.site, b.offline = "file://"+folder+"/", true; return b },
	} {
		t.Run(name, func(t *testing.T) {
			b := b()
			b.t = t
			b.open("/")
			b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), "rijn duin"))
			b.waitFor(`document.querySelector("#zoekresultaten .search-title") && !document.querySelector("#zoekresultaten").hidden`)
			if first := eval[string](b, `document.querySelector("#zoekresultaten .search-title").textContent`); first != "Bibliotheek Rijn & <Duin>" {
				t.Errorf("first result %q, want the library", first)
			}
			if context := eval[string](b, `document.querySelector("#zoekresultaten .search-context").textContent`); context != "Deelnemer" {
				t.Errorf("the result says %q, want Deelnemer", context)
			}
			b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), kb.ArrowDown+kb.Enter))
			b.waitFor(`location.pathname.replace(/index\.html$/, "").endsWith("/deelnemers/") && location.hash === "#b-bibliotheek-rijn-en-duin"`)
			b.waitFor(`document.readyState === "complete"`)
			if got := eval[string](b, `document.querySelector(":target h3").textContent`); got != "Bibliotheek Rijn & <Duin>" {
				t.Errorf("the page opened at %q, want the library", got)
			}
			if got := eval[string](b, `document.querySelector(":target li a").textContent`); got != "Spoenk: innovatief jeugdbibliotheekwerk" {
				t.Errorf("the library's project is %q, want Spoenk", got)
			}
		})
	}
	checkParticipantPages(t, served, address)
}

// checkParticipantPages runs the Nu HTML Checker over the site in dir,
// served at site, and axe and the slow phone's layout shift over the
// pages that show the count, and more.
func checkParticipantPages(t *testing.T, dir, site string, more ...string) {
	t.Run("html", func(t *testing.T) { nuCheck(t, dir) })
	pages := append([]string{"", "prioriteiten/", "prioriteiten/jeugd-en-onderwijs/spoenk/", "deelnemers/"}, more...)
	t.Run("axe", func(t *testing.T) {
		axe, err := os.ReadFile(filepath.Join(repo, ".ci", "npm", "node_modules", "axe-core", "axe.min.js"))
		requireTool(t, err, "axe-core (npm ci --prefix .ci/npm)")
		b := browser(t)
		b.site = site
		for _, p := range pages {
			b.open("/" + p)
			if report := axeViolations(b, axe); report != "" {
				t.Errorf("/%s: axe finds:\n%s", p, report)
			}
		}
	})
	t.Run("verschuiving", func(t *testing.T) {
		b := browser(t)
		b.slowPhone()
		for _, p := range pages {
			if cls, what := b.repeatedShift(site + p); cls > 0 {
				t.Errorf("/%s moves after it appears on a slow phone, twice: layout shift %.4f\n\t%s", p, cls, strings.Join(what, "\n\t"))
			}
		}
	})
}
