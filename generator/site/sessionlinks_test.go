package site

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSessionFollowsLinksAndImages checks that serve and watch mode keep
// a card right when only what it links to or shows changes: another
// card's slug, or the picture beside it. Each rebuild equals a clean build.
func TestSessionFollowsLinksAndImages(t *testing.T) {
	dir := siteCopy(t)
	c := filepath.Join(dir, "content")
	prio := filepath.Join(c, "prioriteiten", "1-jeugd-en-onderwijs")
	spoenk := filepath.Join(prio, "1-spoenk.md")
	photo := filepath.Join(prio, "foto.png")
	writePNG := func(w, h int) {
		var b bytes.Buffer
		png.Encode(&b, image.NewGray(image.Rect(0, 0, w, h)))
		if err := os.WriteFile(photo, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writePNG(40, 30)
	edit(t, spoenk, "## Resultaat\n", "## Resultaat\n![Kinderen in de jeugdbibliotheek](foto.png) Zie ook [de tweede kaart](2-financieel-strategische-keuzes.md#doel).\n\n")
	s := &session{e: NewEngine(Options{SiteDir: dir, ContentDir: c})}
	up, err := s.Rebuild(nil)
	if err != nil {
		t.Fatal(err, up.Diagnostics)
	}
	page := "prioriteiten/jeugd-en-onderwijs/spoenk/index.html"
	files, _ := up.Snapshot.All()
	for _, want := range []string{`width="40" height="30"`, `href="../../../prioriteiten/jeugd-en-onderwijs/financieel-strategische-keuzes/#doel"`} {
		if !strings.Contains(string(files[page]), want) {
			t.Fatalf("card page lacks %s", want)
		}
	}
	if files["prioriteiten/jeugd-en-onderwijs/spoenk/foto.png"] == nil {
		t.Fatal("foto.png not in the output")
	}

	// The picture changes size: the card page follows, though the card
	// itself did not change.
	writePNG(80, 60)
	up, err = s.Rebuild([]string{photo})
	if err != nil {
		t.Fatal(err, up.Diagnostics)
	}
	files, _ = up.Snapshot.All()
	if !strings.Contains(string(files[page]), `width="80" height="60"`) {
		t.Error("card page keeps the old size of the picture")
	}
	sameAsCleanBuild(t, dir, up.Snapshot)

	// The linked card gets another slug: the link follows.
	second := filepath.Join(prio, "2-financieel-strategische-keuzes.md")
	edit(t, second, "title:", "slug: keuzes\ntitle:")
	up, err = s.Rebuild([]string{second})
	if err != nil {
		t.Fatal(err, up.Diagnostics)
	}
	files, _ = up.Snapshot.All()
	if !strings.Contains(string(files[page]), `href="../../../prioriteiten/jeugd-en-onderwijs/keuzes/#doel"`) {
		t.Error("the link on the card page does not follow the new slug")
	}
	sameAsCleanBuild(t, dir, up.Snapshot, "prioriteiten/jeugd-en-onderwijs/financieel-strategische-keuzes/index.html")

	// The picture is removed: the card that shows it is an error.
	os.Remove(photo)
	up, err = s.Rebuild([]string{photo})
	if err == nil || !strings.Contains(up.Diagnostics.Error(), `1-spoenk.md:`) || !strings.Contains(up.Diagnostics.Error(), `"foto.png" bestaat niet`) {
		t.Errorf("removed picture: err %v, diagnostics:\n%v", err, up.Diagnostics)
	}
}
