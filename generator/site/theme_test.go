package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

// TestBuiltinTheme builds a folder that has only content/: the built-in
// theme gives the same site as the repository's own layouts and assets.
func TestBuiltinTheme(t *testing.T) {
	dir := testsite.Copy(t, "content")
	want := readTree(t, buildInto(t, repo, filepath.Join(repo, "content")))
	got := readTree(t, buildInto(t, dir, filepath.Join(dir, "content")))
	sameFiles(t, "built-in theme", got, want)
}

// TestThemeOverride replaces one layout and one stylesheet: only what
// they make changes.
func TestThemeOverride(t *testing.T) {
	dir := testsite.Copy(t, "content")
	base := siteFiles(readTree(t, buildInto(t, dir, filepath.Join(dir, "content"))))
	card, err := os.ReadFile(filepath.Join(repo, "layouts", "card.html"))
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "layouts"), 0o755)
	os.WriteFile(filepath.Join(dir, "layouts", "card.html"), bytes.Replace(card, []byte(`<article class="card">`), []byte(`<article class="card eigen">`), 1), 0o644)
	got := readTree(t, buildInto(t, dir, filepath.Join(dir, "content")))
	for name, b := range base {
		card := strings.Count(name, "/") == 3 && strings.HasPrefix(name, "prioriteiten/")
		switch {
		case card && !bytes.Contains(got[name], []byte(`class="card eigen"`)):
			t.Errorf("%s: the site's own card.html is not used", name)
		case !card && !bytes.Equal(got[name], b):
			t.Errorf("%s changed, but its layout was not replaced", name)
		}
	}

	os.MkdirAll(filepath.Join(dir, "assets", "css"), 0o755)
	os.WriteFile(filepath.Join(dir, "assets", "css", "20-site.css"), []byte(".eigen{color:#123456}\n"), 0o644)
	got = readTree(t, buildInto(t, dir, filepath.Join(dir, "content")))
	var css []byte
	for name, b := range got {
		if strings.HasPrefix(name, "css/werkboek.") {
			css = b
		}
	}
	if !bytes.Contains(css, []byte(".eigen{color:#123456}")) || !bytes.Contains(css, []byte("@font-face")) {
		t.Error("the stylesheet should have the site's 20-site.css and the other built-in files")
	}
	for name := range got {
		if strings.HasSuffix(name, ".go") {
			t.Errorf("%s: Go source published", name)
		}
	}
}

func buildInto(t *testing.T, siteDir, contentDir string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	if res, err := Build(Options{SiteDir: siteDir, ContentDir: contentDir, OutDir: out}); err != nil {
		t.Fatalf("build: %v\n%v", err, res.Diagnostics)
	}
	return out
}
