package serve

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/site"
)

func TestEditShowsUpAndReloads(t *testing.T) {
	h := start(t)
	code, page := h.get(spoenkURL)
	if code != 200 || !strings.Contains(page, "/__werkboek/reload.js") {
		t.Fatalf("card page: %d, reload script injected: %v", code, strings.Contains(page, "reload.js"))
	}
	h.write(spoenk, strings.Replace(h.read(spoenk), "Jeugd tot achttien jaar.", "Jeugd tot achttien jaar, en hun ouders.", 1))
	h.waitEvent("reload")
	if _, page := h.get(spoenkURL); !strings.Contains(page, "en hun ouders") {
		t.Error("edited text not served after the reload event")
	}

	// An atomic save: write a temporary file and rename it over the card.
	tmp := h.write("content/prioriteiten/1-jeugd-en-onderwijs/.1-spoenk.md.tmp123", strings.Replace(h.read(spoenk), "en hun ouders", "en hun grootouders", 1))
	if err := os.Rename(tmp, filepath.Join(h.dir, spoenk)); err != nil {
		t.Fatal(err)
	}
	h.waitEvent("reload")
	if _, page := h.get(spoenkURL); !strings.Contains(page, "en hun grootouders") {
		t.Error("atomic save not picked up")
	}
}

func TestAddAndDelete(t *testing.T) {
	h := start(t)
	card := h.read(spoenk)
	h.write("content/prioriteiten/6-nieuw/_index.md", "---\ntitle: Nieuwe prioriteit\n---\n")
	h.write("content/prioriteiten/6-nieuw/1-eerste-kaart.md", strings.Replace(card, "Spoenk: innovatief jeugdbibliotheekwerk", "Eerste kaart van de nieuwe prioriteit", 1))
	h.waitEvent("reload")
	deadline := time.After(10 * time.Second)
	for {
		// Folder and files may arrive in two batches; wait for the card.
		if code, page := h.get("/prioriteiten/nieuw/eerste-kaart/"); code == 200 && strings.Contains(page, "Eerste kaart van de nieuwe prioriteit") {
			break
		}
		select {
		case <-deadline:
			t.Fatal("card in a new priority folder never served")
		case <-h.events:
		}
	}
	if err := os.Remove(filepath.Join(h.dir, spoenk)); err != nil {
		t.Fatal(err)
	}
	h.waitEvent("reload")
	if code, _ := h.get(spoenkURL); code != 404 {
		t.Errorf("deleted card: status %d, want 404", code)
	}
	for _, p := range []string{"/", "/prioriteiten/jeugd-en-onderwijs/", "/keuzelijst/", "/werkboek/"} {
		if _, page := h.get(p); strings.Contains(page, "spoenk/") {
			t.Errorf("%s still links the deleted card", p)
		}
	}
}

func TestBrokenCardShowsOverlay(t *testing.T) {
	h := start(t)
	good := h.read(spoenk)
	h.write(spoenk, strings.Replace(good, "## Resultaat", "## <script>alert(1)</script>", 1))
	h.waitEvent("reload")
	code, page := h.get(spoenkURL)
	if code != 200 || !strings.Contains(page, "Jeugd tot achttien jaar.") {
		t.Fatalf("the last good page is not served (%d)", code)
	}
	if !strings.Contains(page, `id="werkboek-fout"`) || !strings.Contains(page, "1-spoenk.md:15: onbekende kop") {
		t.Fatalf("overlay with path:line: message missing:\n%s", page[max(0, len(page)-1500):])
	}
	if strings.Contains(page, "<script>alert(1)</script>") || !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the error message is not escaped in the overlay")
	}
	if _, home := h.get("/"); !strings.Contains(home, `id="werkboek-fout"`) {
		t.Error("overlay missing on another page")
	}
	h.write(spoenk, good)
	h.waitEvent("reload")
	if _, page := h.get(spoenkURL); strings.Contains(page, "werkboek-fout") {
		t.Error("overlay still shown after the fix")
	}
}

func TestLazyPageErrorShowsOverlay(t *testing.T) {
	// Pages over 30 kB (the print edition) are made on request; a layout
	// that fails only when that page is made must show in the overlay.
	h := startWith(t, 30000)
	h.write("layouts/print.html", strings.Replace(h.read("layouts/print.html"), `<div class="edition">`, `<div class="edition">{{index .Book.Priorities 99}}`, 1))
	h.waitEvent("reload")
	code, page := h.get("/werkboek/")
	if code != http.StatusInternalServerError {
		t.Errorf("status %d, want 500", code)
	}
	if !strings.Contains(page, `id="werkboek-fout"`) || !strings.Contains(page, "werkboek/index.html: ") {
		t.Fatalf("overlay naming the page missing:\n%s", page)
	}
	if code, _ := h.get(spoenkURL); code != 200 {
		t.Errorf("another page: status %d", code)
	}
}

func TestStylesheetSwap(t *testing.T) {
	h := start(t)
	css := filepath.Join(h.dir, "assets", "css", "20-site.css")
	f, err := os.OpenFile(css, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n.proef{color:#123456}\n")
	f.Close()
	h.waitEvent("css")
	_, page := h.get("/")
	i := strings.Index(page, "css/werkboek.")
	if i < 0 {
		t.Fatal("no stylesheet link")
	}
	name := page[i : i+strings.Index(page[i:], `"`)]
	if _, css := h.get("/" + name); !strings.Contains(css, ".proef{color:#123456}") {
		t.Error("new stylesheet not served")
	}
	h.write("layouts/404.html", strings.Replace(h.read("layouts/404.html"), "Pagina niet gevonden</h1>", "Deze pagina is er niet</h1>", 1))
	h.waitEvent("reload")
	if code, page := h.get("/bestaat-niet/"); code != 404 || !strings.Contains(page, "Deze pagina is er niet") {
		t.Errorf("layout change not served: %d", code)
	}
}

func TestBurstOfSaves(t *testing.T) {
	h := start(t)
	good := h.read(spoenk)
	for i := 0; i < 200; i++ {
		h.write(spoenk, strings.Replace(good, "Jeugd tot achttien jaar.", "Jeugd tot achttien jaar. Versie "+strings.Repeat("i", i%7)+".", 1))
	}
	final := strings.Replace(good, "Jeugd tot achttien jaar.", "Jeugd tot achttien jaar. Laatste versie.", 1)
	h.write(spoenk, final)
	reloads := 0
	for {
		h.waitEvent("reload")
		reloads++
		if _, page := h.get(spoenkURL); strings.Contains(page, "Laatste versie.") {
			break
		}
	}
	if reloads > 10 {
		t.Errorf("%d rebuilds for one burst of 201 saves", reloads)
	}
	// Every file served equals a clean build of the same files.
	out := filepath.Join(t.TempDir(), "public")
	if _, err := site.Build(site.Options{SiteDir: h.dir, ContentDir: filepath.Join(h.dir, "content"), OutDir: out}); err != nil {
		t.Fatal(err)
	}
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		want, _ := os.ReadFile(p)
		_, got := h.get("/" + filepath.ToSlash(rel))
		got = strings.Replace(got, `<script src="/__werkboek/reload.js" defer></script>`, "", 1)
		if got != string(want) {
			t.Errorf("%s served differs from a clean build", rel)
		}
		return nil
	})
}

func TestSecurity(t *testing.T) {
	h := start(t)
	secret := filepath.Join(filepath.Dir(h.dir), "geheim.txt")
	os.WriteFile(secret, []byte("GEHEIM"), 0o644)
	for _, p := range []string{"/../geheim.txt", "/%2e%2e/geheim.txt", "/..%2fgeheim.txt", "/..%5cgeheim.txt", "/%252e%252e/geheim.txt", "/.werkboek-uitvoer", "/css/../../geheim.txt"} {
		req, _ := http.NewRequest("GET", h.base+p, nil)
		resp, err := http.DefaultTransport.RoundTrip(req) // no client-side cleaning
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 404 && resp.StatusCode != 400 || bytes.Contains(b, []byte("GEHEIM")) {
			t.Errorf("%s: status %d", p, resp.StatusCode)
		}
	}
	resp, err := http.Post(h.base+"/", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 405 {
		t.Errorf("POST: status %d, want 405", resp.StatusCode)
	}
	resp, _ = http.Get(h.base + "/")
	resp.Body.Close()
	if resp.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Errorf("security headers missing: %v", resp.Header)
	}
}

func TestShutdownLeavesNoGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	h := start(t)
	// A second open event stream must be closed by the shutdown too.
	second := h.subscribe()
	h.stop()
	for _, ch := range []chan string{h.events, second} {
		for range ch { // drains until the server closed the stream
		}
	}
	http.DefaultClient.CloseIdleConnections()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		runtime.Gosched()
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines after shutdown, %d before:\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}

// TestParticipantsFileInServe adds content/deelnemers.json, breaks it (a
// misspelt project), repairs it and removes it: serve picks up each step
// like any content file, shows the error in the overlay at the file's
// line, and drops the overlay once the file is right or gone.
func TestParticipantsFileInServe(t *testing.T) {
	h := start(t)
	file := func(id string) string {
		return "{\n  \"formaat\": \"werkboek-deelnemers 1\",\n  \"editie\": \"2017\",\n  \"projecten\": {\n    \"" + id + "\": [\"Bibliotheek Leiden\"]\n  }\n}\n"
	}
	overlay := func(what string, want bool) string {
		t.Helper()
		h.waitEvent("reload")
		code, page := h.get(spoenkURL)
		if code != 200 || strings.Contains(page, `id="werkboek-fout"`) != want {
			t.Fatalf("%s: status %d, overlay shown %v, want %v", what, code, !want, want)
		}
		return page
	}
	h.write("content/deelnemers.json", file("jeugd-en-onderwijs/spoenk"))
	overlay("added", false)
	h.write("content/deelnemers.json", file("jeugd-en-onderwijs/spoenkk"))
	page := overlay("misspelt", true)
	if !strings.Contains(page, "deelnemers.json:5: het project &#34;jeugd-en-onderwijs/spoenkk&#34; bestaat niet") && !strings.Contains(page, "deelnemers.json:5: het project &quot;jeugd-en-onderwijs/spoenkk&quot; bestaat niet") {
		t.Errorf("the overlay does not name the line and the project:\n%s", page[max(0, len(page)-1500):])
	}
	h.write("content/deelnemers.json", file("jeugd-en-onderwijs/spoenk"))
	overlay("repaired", false)
	h.write("content/deelnemers.json", "{\n  \"formaat\": \"werkboek-deelnemers 1\",\n")
	overlay("cut short", true)
	if err := os.Remove(filepath.Join(h.dir, "content", "deelnemers.json")); err != nil {
		t.Fatal(err)
	}
	overlay("removed", false)
}
