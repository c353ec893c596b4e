package view

import (
	"fmt"
	"strings"
	"testing"
)

// TestLibraryPages: below PagedFrom every library is on the page of
// participants; from it on, LibrariesPerPage a page in the order of the
// count, each library's address names the page that holds it and its
// own anchor, and the letters lead to the first library of each.
func TestLibraryPages(t *testing.T) {
	for _, n := range []int{1, PagedFrom - 1, PagedFrom, 2*LibrariesPerPage*2 + 1} {
		v := &ParticipantsView{}
		used := map[string]bool{}
		for i := range n {
			name := fmt.Sprintf("%c Bibliotheek %05d", "ABCZ"[i*4/n], i)
			v.Libraries = append(v.Libraries, &LibraryView{Name: name, Anchor: libraryAnchor(name, used), Page: ParticipantsURL})
		}
		v.paginate()
		if n < PagedFrom {
			if v.Pages != nil || v.Letters != nil {
				t.Errorf("%d libraries: %d pages and %d letters, want one page", n, len(v.Pages), len(v.Letters))
			}
			for _, lib := range v.Libraries {
				if lib.URL != "deelnemers/#"+lib.Anchor {
					t.Errorf("%d libraries: %s is at %q", n, lib.Name, lib.URL)
				}
			}
			continue
		}
		if want := (n + LibrariesPerPage - 1) / LibrariesPerPage; len(v.Pages) != want {
			t.Errorf("%d libraries on %d pages, want %d", n, len(v.Pages), want)
		}
		i := 0
		for _, pg := range v.Pages {
			if pg.URL != fmt.Sprintf("deelnemers/pagina/%d/", pg.Number) || pg.FromOverview() != fmt.Sprintf("pagina/%d/", pg.Number) {
				t.Errorf("page %d is at %q (%q from the overview)", pg.Number, pg.URL, pg.FromOverview())
			}
			for _, lib := range pg.Libraries {
				if lib != v.Libraries[i] || lib.URL != pg.URL+"#"+lib.Anchor {
					t.Errorf("library %d (%s, at %q) on page %d", i, lib.Name, lib.URL, pg.Number)
				}
				i++
			}
		}
		if i != n {
			t.Errorf("the pages hold %d of %d libraries", i, n)
		}
		var letters []string
		for _, l := range v.Letters {
			letters = append(letters, l.Letter)
			if !strings.HasSuffix(l.URL, "#b-"+strings.ToLower(l.Letter)+"-bibliotheek-"+fmt.Sprintf("%05d", map[string]int{"A": 0, "B": (n + 3) / 4, "C": (2*n + 3) / 4, "Z": (3*n + 3) / 4}[l.Letter])) {
				t.Errorf("%d libraries: letter %s leads to %q", n, l.Letter, l.URL)
			}
		}
		if strings.Join(letters, "") != "ABCZ" {
			t.Errorf("%d libraries: letters %v, want A B C Z", n, letters)
		}
	}
}

func TestFirstLetter(t *testing.T) {
	for name, want := range map[string]string{"Bibliotheek": "B", "'s-Hertogenbosch": "S", "Ölands": "O", "123": "#", "Библиотека": "#"} {
		if got := firstLetter(name); got != want {
			t.Errorf("firstLetter(%q) = %q, want %q", name, got, want)
		}
	}
}
