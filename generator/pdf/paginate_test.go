package pdf

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// needChromium skips a test without Chromium and pdftotext, unless
// WERKBOEK_REQUIRE_BROWSER is set (as in CI), where it fails instead.
func needChromium(t *testing.T) {
	t.Helper()
	_, err := FindBrowser()
	if err == nil {
		_, err = exec.LookPath("pdftotext")
	}
	if err != nil {
		if os.Getenv("WERKBOEK_REQUIRE_BROWSER") != "" {
			t.Fatalf("browser test cannot run: %v", err)
		}
		t.Skipf("skipped: %v", err)
	}
}

// edition is a small print edition: a contents with page placeholders,
// three sections each starting a page, and cards linking to one another
// and to each other's sections (as the links between cards of issue 11
// will in the print edition).
const edition = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title><style>
@page { size: A4; margin: 20mm }
.edition > section { break-before: page }
[data-page-of]:empty { display: none }
.see-page { color: gray }
</style></head><body><div class="edition">
<nav class="toc"><h1>Inhoud</h1><ol>
<li><a href="#een">Een <span data-page-of="een"></span></a></li>
<li><a href="#k-twee">Twee <span data-page-of="k-twee"></span></a></li>
<li><a href="#k-drie">Drie <span data-page-of="k-drie"></span></a></li>
</ol></nav>
<section id="een"><h2>Hoofdstuk een</h2><p>Tekst.</p><p style="break-before: page">Meer tekst op een tweede pagina.</p></section>
<section><article class="p-card" id="k-twee"><h2>Kaart twee</h2><p>Zie ook <a href="#k-drie">kaart drie</a>, <a href="#k-drie-doel">haar doel</a> en <a href="#elders">elders</a>.</p>
<section id="k-twee-doel"><h3>Doel</h3><p>Tekst.</p></section></article></section>
<section><article class="p-card" id="k-drie"><h2>Kaart drie</h2><p>Terug naar <a href="#k-twee">kaart twee</a>.</p>
<section id="k-drie-doel" style="break-before: page"><h3>Doel</h3><p>Zie ook <a href="#k-twee-doel">het doel van kaart twee</a>.</p></section></article></section>
<p id="elders">Einde.</p>
%s</div></body></html>`

// printEdition prints the edition, with extra HTML at its end.
func printEdition(t *testing.T, extra string) ([]byte, error) {
	t.Helper()
	needChromium(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(strings.Replace(edition, "%s", extra, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	return Print(context.Background(), dir, "", Info{Title: "Proef"})
}

func TestPrintFillsTruePageNumbers(t *testing.T) {
	data, err := printEdition(t, "")
	if err != nil {
		t.Fatal(err)
	}
	pages, err := PageOf(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"een": 2, "k-twee": 4, "k-drie": 5, "k-drie-doel": 6, "k-twee-doel": 4, "elders": 6}
	for id, n := range want {
		if pages[id] != n {
			t.Errorf("%s is on page %d, want %d (all: %v)", id, pages[id], n, pages)
		}
	}
	file := filepath.Join(t.TempDir(), "x.pdf")
	os.WriteFile(file, data, 0o644)
	out, err := exec.Command("pdftotext", "-layout", file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{"Een 2", "Twee 4", "Drie 5", "kaart drie (zie p. 5), haar doel (zie p. 6) en elders.", "kaart twee (zie p. 4).", "het doel van kaart twee (zie p. 4)."} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q:\n%s", want, text)
		}
	}
	if strings.Count(text, "zie p.") != 4 {
		t.Errorf(`"zie p." should follow the four links between cards only:\n%s`, text)
	}
}

func TestPrintFailsWhenNumbersKeepMoving(t *testing.T) {
	// Every time the numbers are filled in, a page is added before the
	// cards, so the pages of one print are never right in the next.
	_, err := printEdition(t, `<script>
new MutationObserver(() => {
  const p = document.createElement("p");
  p.style.breakBefore = "page";
  p.textContent = "Nog een pagina.";
  document.getElementById("k-twee").parentElement.before(p);
}).observe(document.querySelector(".toc"), {subtree: true, childList: true, characterData: true});
</script>`)
	if err == nil {
		t.Fatal("Print accepted page numbers that keep moving")
	}
	t.Logf("Print: %v", err)
	for _, want := range []string{"blijven verschuiven", strconv.Itoa(maxPrints) + " keer afdrukken", "k-twee staat op p."} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestPrintRefusesAPlaceholderWithoutTarget(t *testing.T) {
	_, err := printEdition(t, `<p>Zie <span data-page-of="nergens"></span>.</p>`)
	if err == nil || !strings.Contains(err.Error(), "nergens") || !strings.Contains(err.Error(), "data-page-of") {
		t.Errorf("Print with a placeholder for an id nothing links to: %v", err)
	}
}
