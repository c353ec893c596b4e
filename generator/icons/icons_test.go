package icons

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"image/png"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
	"github.com/probiblio/werkboek/generator/view"
)

func TestIconsUseTheEditionsColour(t *testing.T) {
	b := view.NewBook(testsite.Workbook(t, map[string]string{
		"prioriteiten/1-jeugd/_index.md": "---\ntitle: Jeugd & onderwijs\ncolor: \"#205072\"\n---\n",
	}, false), view.Options{})
	if got := b.ThemeColor(); got != "#205072" {
		t.Fatalf("theme colour %q, want the first priority's #205072", got)
	}
	files := map[string][]byte{}
	for _, f := range Icons(b) {
		files[f.Name] = f.Make()
	}
	if svg := string(files["favicon.svg"]); !strings.HasPrefix(svg, "<svg ") || !strings.Contains(svg, `fill="#205072"`) {
		t.Errorf("favicon.svg:\n%s", svg)
	}
	for name, size := range map[string]int{"apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512} {
		img, err := png.Decode(bytes.NewReader(files[name]))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if img.Bounds().Dx() != size || img.Bounds().Dy() != size {
			t.Errorf("%s is %v, want %d × %d", name, img.Bounds().Size(), size, size)
		}
		// Full bleed: the corner has the theme colour, the middle is the white page.
		if r, g, bl, a := img.At(0, 0).RGBA(); r>>8 != 0x20 || g>>8 != 0x50 || bl>>8 != 0x72 || a>>8 != 0xff {
			t.Errorf("%s: corner pixel %x %x %x %x, want #205072", name, r>>8, g>>8, bl>>8, a>>8)
		}
		if r, g, bl, _ := img.At(size*10/32, size/2).RGBA(); r>>8 != 0xff || g>>8 != 0xff || bl>>8 != 0xff {
			t.Errorf("%s: the page is not white", name)
		}
	}
	ico := files["favicon.ico"]
	var head [3]uint16
	binary.Read(bytes.NewReader(ico), binary.LittleEndian, &head)
	if head != [3]uint16{0, 1, 1} || ico[6] != 32 || ico[7] != 32 {
		t.Fatalf("favicon.ico header %v, size %d × %d", head, ico[6], ico[7])
	}
	img, err := png.Decode(bytes.NewReader(ico[22:]))
	if err != nil || img.Bounds().Dx() != 32 {
		t.Fatalf("favicon.ico does not hold a 32 px PNG: %v", err)
	}
	if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
		t.Error("favicon.ico has square corners; want them rounded (transparent)")
	}
	var m map[string]any
	if err := json.Unmarshal(files["manifest.webmanifest"], &m); err != nil {
		t.Fatal(err)
	}
	if m["name"] != "Testwerkboek" || m["lang"] != "nl" || m["theme_color"] != "#205072" || m["start_url"] != "./" {
		t.Errorf("manifest: %v", m)
	}
	for _, icon := range m["icons"].([]any) {
		if _, ok := files[icon.(map[string]any)["src"].(string)]; !ok {
			t.Errorf("the manifest names %v, which is not written", icon)
		}
	}
}
