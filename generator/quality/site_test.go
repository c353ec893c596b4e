package quality

import (
	"context"
	"fmt"
	"html"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/probiblio/werkboek/generator/corpus"
	"github.com/probiblio/werkboek/generator/pdf"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/testsite"
)

var repo = testsite.Root()

var (
	built   string // the bundled workbook, built once
	base    string // its address on a loopback static server
	offline string // the same built with --offline, opened as file:// pages
)

// TestMain builds the bundled workbook and serves it as plain static files,
// as any web host would.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "werkboek-quality-")
	if err != nil {
		panic(err)
	}
	built = filepath.Join(dir, "public")
	if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: filepath.Join(repo, "content"), OutDir: built}); err != nil {
		panic(err)
	}
	offline = filepath.Join(dir, "offline")
	if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: filepath.Join(repo, "content"), OutDir: offline, Offline: true}); err != nil {
		panic(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	base = "http://" + ln.Addr().String() + "/"
	mime.AddExtensionType(".webmanifest", "application/manifest+json") // as web hosts serve it
	go http.Serve(ln, http.FileServer(http.Dir(built)))
	code := m.Run()
	if sharedChromium.stop != nil {
		sharedChromium.stop()
	}
	ln.Close()
	os.RemoveAll(dir)
	os.Exit(code)
}

var requireTool = testsite.RequireTool

// serveDir serves dir as plain static files on a loopback port, under
// prefix ("" or a path such as "/proef"), until the test ends; it returns
// the address of dir, ending in "/".
func serveDir(t *testing.T, dir, prefix string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := http.FileServer(http.Dir(dir))
	if prefix != "" {
		h = http.StripPrefix(prefix, h)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String() + prefix + "/"
}

// buildCorpus builds n synthetic cards (cmd/gencorpus's) and returns the
// content and output folders.
func buildCorpus(t *testing.T, n int) (content, out string) {
	t.Helper()
	dir := t.TempDir()
	content, out = filepath.Join(dir, "content"), filepath.Join(dir, "public")
	if err := corpus.Write(content, n, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: content, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	return content, out
}

// pages returns every HTML file of the built site by slash path.
func pages(t *testing.T) map[string]string { return pagesIn(t, built) }

// pagesIn returns every HTML file under dir by slash path.
func pagesIn(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".html") {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return err
	})
	return out
}

var (
	refRE  = regexp.MustCompile(`(?:href|src)="([^"]*)"`)
	idRE   = regexp.MustCompile(`\sid="([^"]*)"`)
	nameRE = regexp.MustCompile(`<(?:meta) (?:name|property)="([^"]+)" content="([^"]*)"`)
)

func TestNoBrokenLinksOrAnchors(t *testing.T) {
	t.Parallel()
	if checked := checkLinks(t, built); checked < 300 {
		t.Errorf("only %d links checked; the link check is not reading the pages", checked)
	}
}

// checkLinks checks that every relative link and image of the site in dir
// leads to a file, and every anchor to an id in it; it returns how many
// it checked.
func checkLinks(t *testing.T, dir string) int {
	t.Helper()
	all := pagesIn(t, dir)
	ids := map[string]map[string]bool{}
	for name, body := range all {
		ids[name] = map[string]bool{}
		for _, m := range idRE.FindAllStringSubmatch(body, -1) {
			ids[name][html.UnescapeString(m[1])] = true
		}
	}
	checked := 0
	for name, body := range all {
		if name == "404.html" {
			continue // its links are rooted at the site's address, not relative
		}
		for _, m := range refRE.FindAllStringSubmatch(body, -1) {
			ref := html.UnescapeString(m[1])
			if ref == "" || strings.Contains(ref, ":") && !strings.HasPrefix(ref, "#") {
				continue // mailto:, tel:, https: and scripts' data: links
			}
			target, frag, _ := strings.Cut(ref, "#")
			file := name
			if target != "" {
				file = path.Join(path.Dir(name), target)
				if strings.HasSuffix(target, "/") || target == "." || target == "./" {
					file = path.Join(file, "index.html")
				}
			}
			checked++
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(file))); err != nil {
				t.Errorf("%s links %q: %s does not exist", name, ref, file)
				continue
			}
			if frag != "" && strings.HasSuffix(file, ".html") && !ids[file][frag] {
				t.Errorf("%s links %q: no id %q in %s", name, ref, frag, file)
			}
		}
	}
	return checked
}

func TestEveryPageHasTitleDescriptionAndOpenGraph(t *testing.T) {
	t.Parallel()
	for name, body := range pages(t) {
		meta := map[string]string{}
		for _, m := range nameRE.FindAllStringSubmatch(body, -1) {
			meta[m[1]] = m[2]
		}
		title := regexp.MustCompile(`<title>([^<]+)</title>`).FindStringSubmatch(body)
		if title == nil || strings.TrimSpace(title[1]) == "" {
			t.Errorf("%s has no title", name)
		}
		for _, key := range []string{"description", "og:title", "og:description", "og:type", "og:site_name"} {
			if strings.TrimSpace(meta[key]) == "" {
				t.Errorf("%s lacks %s", name, key)
			}
		}
	}
}

// TestPageWeight checks the transfer weight of each ordinary page: its HTML
// and the stylesheet and scripts it loads, uncompressed, without fonts and
// images. The print edition (the whole workbook on one page) is not an
// ordinary page and is left out.
func TestPageWeight(t *testing.T) {
	t.Parallel()
	for name, body := range pages(t) {
		if name == "werkboek/index.html" {
			continue
		}
		total := pageWeight(t, built, name, body)
		if total > 50*1024 {
			t.Errorf("%s weighs %d bytes (HTML + CSS + JS), over 50 KB", name, total)
		}
		t.Logf("%-60s %6d bytes", name, total)
	}
}

// assetRE finds the stylesheets and scripts a page loads.
var assetRE = regexp.MustCompile(`(?:href|src)="([^"]+\.(?:css|js))"`)

// pageWeight is the page name's HTML (body) and the stylesheets and
// scripts it loads from the site in dir, in bytes, uncompressed.
func pageWeight(t *testing.T, dir, name, body string) int {
	t.Helper()
	total := len(body)
	for _, m := range assetRE.FindAllStringSubmatch(body, -1) {
		st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(path.Join(path.Dir(name), m[1]))))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		total += int(st.Size())
	}
	return total
}

func TestNuHTMLChecker(t *testing.T) {
	t.Parallel()
	nuCheck(t, built)
}

// nuCheck runs the W3C Nu HTML Checker over every page under dir.
func nuCheck(t *testing.T, dir string) {
	t.Helper()
	jar := filepath.Join(repo, ".ci", "npm", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	_, err := os.Stat(jar)
	requireTool(t, err, "vnu.jar (npm ci --prefix .ci/npm)")
	java, err := execLookPath("java")
	requireTool(t, err, "java")
	out, err := runCommand(java, "-jar", jar, "--errors-only", "--skip-non-html", dir)
	if err != nil || strings.TrimSpace(out) != "" {
		t.Errorf("the Nu HTML Checker reports errors (%v):\n%s", err, out)
	}
}

// sharedChromium is the one headless Chromium of the package, started by the
// first test that needs it and stopped by TestMain.
var sharedChromium struct {
	once sync.Once
	ctx  context.Context // its first tab; nil when it could not start
	stop context.CancelFunc
	err  error
}

// browser opens a tab for a test in the package's Chromium, in a browser
// context of its own: like a fresh profile, it shares no storage, cache
// or cookies with the tabs of other tests, which may run at the same
// time.
func browser(t *testing.T) *tab {
	t.Helper()
	_, err := pdf.FindBrowser()
	requireTool(t, err, "Chromium")
	sharedChromium.once.Do(func() { sharedChromium.ctx, sharedChromium.stop, sharedChromium.err = pdf.Launch(context.Background()) })
	if sharedChromium.err != nil {
		t.Fatal(sharedChromium.err)
	}
	ctx, cancel := chromedp.NewContext(sharedChromium.ctx, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	return &tab{t: t, ctx: ctx}
}

func url(p string) string { return fmt.Sprintf("%s%s", base, strings.TrimPrefix(p, "/")) }

// TestOfflineLinksNameFiles checks the site built with --offline: opened
// from a folder, no server turns a folder into its index.html, so every
// link and source must name a file that exists.
func TestOfflineLinksNameFiles(t *testing.T) {
	t.Parallel()
	checked := 0
	for name, body := range pagesIn(t, offline) {
		if name == "404.html" {
			continue // its links are rooted at the site's address
		}
		for _, m := range refRE.FindAllStringSubmatch(body, -1) {
			ref := html.UnescapeString(m[1])
			if ref == "" || strings.HasPrefix(ref, "#") || strings.Contains(ref, ":") {
				continue
			}
			target, _, _ := strings.Cut(ref, "#")
			file := path.Join(path.Dir(name), target)
			st, err := os.Stat(filepath.Join(offline, filepath.FromSlash(file)))
			switch {
			case err != nil:
				t.Errorf("%s links %q: %s does not exist", name, ref, file)
			case st.IsDir():
				t.Errorf("%s links %q: a folder, which a browser does not open from disk", name, ref)
			}
			checked++
		}
	}
	if checked < 500 {
		t.Errorf("only %d links checked", checked)
	}
	for _, f := range []string{"zoekindex.js", "zoekindex.json"} {
		if _, err := os.Stat(filepath.Join(offline, f)); err != nil {
			t.Errorf("the offline site lacks %s", f)
		}
	}
}
