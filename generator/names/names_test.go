package names

import "testing"

func TestOneLibraryOneName(t *testing.T) {
	same := [][]string{
		{"Bibliotheek Haarlem", "bibliotheek  HAARLEM", "Bibliotheek Haar\u00adlem", "Bibliotheek Haar\u200blem", "Ｂｉｂｌｉｏｔｈｅｅｋ Ｈａａｒｌｅｍ", "Bibliotheek\u00a0Haarlem", " Bibliotheek Haarlem\t"},
		{"Bibliotheek Café", "Bibliotheek Cafe", "BIBLIOTHEEK CAFÉ", "Bibliotheek Cafe\u0301"},
		{"Bibliotheek fiction", "Bibliotheek \ufb01ction"},
		{"Jeugd & onderwijs", "jeugd en onderwijs", "Jeugd onderwijs"},
	}
	for _, group := range same {
		for _, name := range group[1:] {
			if Key(name) != Key(group[0]) {
				t.Errorf("%q and %q are two libraries (%q, %q)", group[0], name, Key(group[0]), Key(name))
			}
		}
	}
	if Key("Bibliotheek Haarlem") == Key("Bibliotheek Haarlemmermeer") {
		t.Error("Haarlem and Haarlemmermeer are one library")
	}
	for _, name := range []string{"📚", "---", "📚 🎭", "\u00ad", "", "  "} {
		if Named(name) {
			t.Errorf("%q counts as a name", name)
		}
	}
	for _, name := range []string{"B", "7", "Bibliotheek 📚"} {
		if !Named(name) {
			t.Errorf("%q does not count as a name", name)
		}
	}
}
