package site

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	_ "image/png" // samePicture reads PNG files
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

// addPhotos puts n photos from a phone (w×h, EXIF orientation o) beside
// the cards of the site in dir, each shown in a card's opening text,
// before its first heading, where the README's example puts one.
func addPhotos(t testing.TB, dir string, n, w, h int, o uint16) []string {
	t.Helper()
	var cards []string
	filepath.WalkDir(filepath.Join(dir, "content", "prioriteiten"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") && filepath.Base(p) != "_index.md" {
			cards = append(cards, p)
		}
		return nil
	})
	data := testsite.PhoneJPEG(w, h, o)
	var names []string
	for i := range n {
		card := cards[i%len(cards)]
		name := fmt.Sprintf("foto-%d.jpg", i)
		if err := os.WriteFile(filepath.Join(filepath.Dir(card), name), append(data[:len(data):len(data)], byte(i)), 0o644); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(card)
		if err != nil {
			t.Fatal(err)
		}
		b = bytes.Replace(b, []byte("## Doelgroep"), []byte("![Een foto van het project]("+name+")\n\n## Doelgroep"), 1)
		if err := os.WriteFile(card, b, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

// TestPhotoFromAPhone builds a site with a 2400×1800 phone photo stored on
// its side: it is published upright, in three widths, without EXIF data,
// and the card's page names the copies in srcset.
func TestPhotoFromAPhone(t *testing.T) {
	dir := siteCopy(t)
	addPhotos(t, dir, 1, 2400, 1800, 6)
	out := filepath.Join(t.TempDir(), "public")
	if _, err := Build(Options{SiteDir: dir, ContentDir: filepath.Join(dir, "content"), OutDir: out}); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(out, "prioriteiten", "jeugd-en-onderwijs", "spoenk")
	html, err := os.ReadFile(filepath.Join(page, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`src="foto-0.jpg"`, `width="1600"`, `height="2133"`, `srcset="foto-0-480w.jpg 480w, foto-0-960w.jpg 960w, foto-0.jpg 1600w"`, `sizes="(min-width: 72rem) 68rem, 100vw"`} {
		if !strings.Contains(string(html), want) {
			t.Errorf("card page lacks %s: %s", want, imgTags(html))
		}
	}
	for name, size := range map[string][2]int{"foto-0-480w.jpg": {480, 640}, "foto-0-960w.jpg": {960, 1280}, "foto-0.jpg": {1600, 2133}} {
		b, err := os.ReadFile(filepath.Join(page, name))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte("Exif")) || bytes.Contains(b, []byte("PhoneCam")) || bytes.Contains(b, []byte("GPS")) {
			t.Errorf("%s still holds the phone's metadata", name)
		}
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(b))
		if err != nil || cfg.Width != size[0] || cfg.Height != size[1] {
			t.Errorf("%s: %d×%d (%v), want %d×%d", name, cfg.Width, cfg.Height, err, size[0], size[1])
		}
	}
	print, err := os.ReadFile(filepath.Join(out, "werkboek", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(print), `src="../prioriteiten/jeugd-en-onderwijs/spoenk/foto-0.jpg"`) || strings.Contains(string(print), "srcset") {
		t.Errorf("the print edition should show the widest copy, without srcset: %s", imgTags(print))
	}
}

// BenchmarkPhotos measures what 50 photos (3000×2000, as a phone saves
// them) cost: the first build that makes their copies, a rebuild of watch
// or serve after a change in one card's text, and a new werkboek build
// whose copies are in the cache folder.
func BenchmarkPhotos(b *testing.B) {
	dir := siteCopy(b)
	addPhotos(b, dir, 50, 3000, 2000, 1)
	opts := Options{SiteDir: dir, ContentDir: filepath.Join(dir, "content"), OutDir: filepath.Join(b.TempDir(), "public"), PhotoCache: b.TempDir()}
	b.Run("first", func(b *testing.B) {
		for b.Loop() {
			o := opts
			o.PhotoCache = b.TempDir()
			if _, err := Build(o); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("rebuild", func(b *testing.B) {
		e := NewEngine(opts)
		if _, err := e.Rebuild(nil, discard{}); err != nil {
			b.Fatal(err)
		}
		card := filepath.Join(dir, "content", "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md")
		orig, _ := os.ReadFile(card)
		i := 0
		for b.Loop() {
			i++
			os.WriteFile(card, bytes.Replace(orig, []byte("## Resultaat\n"), []byte(fmt.Sprintf("## Resultaat\nProef %d.\n", i)), 1), 0o644)
			if _, err := e.Rebuild([]string{card}, discard{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("build-cached", func(b *testing.B) {
		if _, err := Build(opts); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := Build(opts); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("build-without-photos", func(b *testing.B) {
		plain := siteCopy(b)
		o := opts
		o.SiteDir, o.ContentDir = plain, filepath.Join(plain, "content")
		for b.Loop() {
			if _, err := Build(o); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// imgTags are the img elements of a page, for a message.
func imgTags(html []byte) string {
	return strings.Join(regexp.MustCompile(`<img[^>]*>`).FindAllString(string(html), -1), "\n")
}

// samePicture reports whether the images a and b have the same size and
// pixels: a photo build published (encoded anew) and its original.
func samePicture(a, b []byte) bool {
	ia, _, err1 := image.Decode(bytes.NewReader(a))
	ib, _, err2 := image.Decode(bytes.NewReader(b))
	if err1 != nil || err2 != nil || ia.Bounds() != ib.Bounds() {
		return false
	}
	for y := ia.Bounds().Min.Y; y < ia.Bounds().Max.Y; y++ {
		for x := ia.Bounds().Min.X; x < ia.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := ia.At(x, y).RGBA()
			r2, g2, b2, a2 := ib.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}
