package quality

import (
	"encoding/json"
	"html"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/site"
	"github.com/probiblio/werkboek/generator/testsite"
	"github.com/probiblio/werkboek/generator/view"
)

// TestParticipantsAtScale builds the bundled workbook with a count of
// 10,000 libraries, served and --offline, and with 400 (few enough for
// every card to name its libraries): no ordinary page weighs more than
// 50 kB with its stylesheet and scripts, every library stands on a page
// reached from /deelnemers/ through its links, every link and anchor
// leads somewhere (the cards' links to libraries among them), and every
// library the search index holds is found at its address: on the page
// that holds its id.
func TestParticipantsAtScale(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds 10,000 libraries")
	}
	for _, c := range []struct {
		libraries int
		offline   bool
	}{{10000, false}, {10000, true}, {400, false}} {
		dir := testsite.Copy(t, "content")
		contentDir, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
		wb, diags := content.Load(os.DirFS(contentDir), content.Options{})
		if len(diags.Errors()) > 0 {
			t.Fatal(diags.Errors())
		}
		if err := os.WriteFile(filepath.Join(contentDir, "deelnemers.json"), testsite.ManyParticipants(wb, c.libraries), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := site.Build(site.Options{SiteDir: repo, ContentDir: contentDir, OutDir: out, Offline: c.offline}); err != nil {
			t.Fatal(err)
		}
		all := pagesIn(t, out)
		heaviest, heaviestName, named := 0, "", 0
		for name, body := range all {
			if name == "werkboek/index.html" {
				continue
			}
			if w := pageWeight(t, out, name, body); w > 50*1024 {
				t.Errorf("%d libraries: %s weighs %d bytes (HTML + CSS + JS), over 50 KB", c.libraries, name, w)
			} else if w > heaviest {
				heaviest, heaviestName = w, name
			}
			if strings.HasPrefix(name, "prioriteiten/") && strings.Contains(body, `#b-`) {
				named++
			}
		}
		t.Logf("%d libraries, offline %v: %d pages; heaviest ordinary page %s, %d bytes", c.libraries, c.offline, len(all), heaviestName, heaviest)
		if c.libraries == 400 && named == 0 {
			t.Errorf("with 400 libraries no card links to a library; the check of the cards' links checks nothing")
		}
		if n := len(reachedLibraries(t, all)); n != c.libraries {
			t.Errorf("%d libraries: the pages reached from deelnemers/ hold %d", c.libraries, n)
		}
		checkLinks(t, out)
		checkLibrarySearch(t, out, all, c.libraries)
		if c.libraries == 400 {
			address := serveDir(t, out, "")
			searchLibrary(t, address, "Kopgroep Schagen 00307")
			checkParticipantPages(t, out, address, "deelnemers/pagina/1/", "deelnemers/pagina/5/")
		}
	}
}

// searchLibrary searches the site served at site for a library by its
// name in Chromium and chooses the first result: it opens the library's
// page of libraries at its place.
func searchLibrary(t *testing.T, site, name string) {
	b := browser(t)
	b.site = site
	b.open("/")
	b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), name))
	quoted, _ := json.Marshal(name)
	b.waitFor(`!document.querySelector("#zoekresultaten").hidden && document.querySelector("#zoekresultaten .search-title")?.textContent === ` + string(quoted))
	b.do(chromedp.SendKeys(chromedp.CSS("#zoekveld"), kb.ArrowDown+kb.Enter))
	b.waitFor(`/\/deelnemers\/pagina\/\d+\/$/.test(location.pathname) && location.hash.startsWith("#b-")`)
	b.waitFor(`document.readyState === "complete"`)
	if got := eval[string](b, `document.querySelector(":target h3").textContent`); got != name {
		t.Errorf("the search result opened %s at %q, want the library", eval[string](b, `location.href`), got)
	}
}

var libraryIDRE = regexp.MustCompile(`<li id="(b[-_][^"]+)">`)

// reachedLibraries follows the links from deelnemers/ to the pages under
// it and returns the ids of the libraries on the pages it reached.
func reachedLibraries(t *testing.T, all map[string]string) map[string]bool {
	t.Helper()
	found := map[string]bool{}
	seen := map[string]bool{}
	queue := []string{view.ParticipantsURL + "index.html"}
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		if seen[name] {
			continue
		}
		seen[name] = true
		body, ok := all[name]
		if !ok {
			t.Errorf("a link leads to %s, which is not in the site", name)
			continue
		}
		for _, m := range libraryIDRE.FindAllStringSubmatch(body, -1) {
			found[m[1]] = true
		}
		for _, m := range refRE.FindAllStringSubmatch(body, -1) {
			target, _, _ := strings.Cut(html.UnescapeString(m[1]), "#")
			if target == "" || strings.Contains(target, ":") {
				continue
			}
			file := path.Join(path.Dir(name), target)
			if !strings.HasSuffix(file, ".html") {
				file = path.Join(file, "index.html")
			}
			if strings.HasPrefix(file, view.ParticipantsURL) {
				queue = append(queue, file)
			}
		}
	}
	if len(seen) < 2 && len(found) >= view.PagedFrom {
		t.Errorf("a count of %d libraries is on one page", len(found))
	}
	return found
}

// checkLibrarySearch reads the search index of the site in dir (one file,
// or the text shards under zoek/) and checks that it holds every library
// once, each at an address on the page that holds its id.
func checkLibrarySearch(t *testing.T, dir string, all map[string]string, want int) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "zoek", "d*.json"))
	var docs [][]any
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var shard [][]any
		if err := json.Unmarshal(data, &shard); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		docs = append(docs, shard...)
	}
	libraries := 0
	for _, d := range docs {
		if len(d) < 4 || d[3] != "b" {
			continue
		}
		libraries++
		url, _ := d[0].(string)
		page, anchor, _ := strings.Cut(url, "#")
		if !strings.HasSuffix(page, ".html") {
			page += "index.html"
		}
		if !strings.Contains(all[page], ` id="`+anchor+`"`) {
			t.Errorf("search leads %v to %s, which has no id %q", d[1], url, anchor)
		}
	}
	if libraries != want {
		t.Errorf("the search index holds %d libraries in %d shards, want %d", libraries, len(files), want)
	}
}
