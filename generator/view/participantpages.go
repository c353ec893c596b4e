package view

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
)

// A large count does not fit on one page: from PagedFrom libraries on,
// ParticipantsURL keeps the totals and the projects, and the libraries
// go onto pages of their own, LibrariesPerPage a page
// (deelnemers/pagina/2/ and on). There a project with more than
// OverviewNames libraries is given by its number and a link to its
// card, and a card with more than CardNames libraries gives their number
// and the way to the list, so no page grows with the count.
const (
	PagedFrom        = model.PagedFrom
	LibrariesPerPage = 80
	OverviewNames    = 10
	CardNames        = 30
)

// LibraryPage is one page of the libraries of a large count.
type LibraryPage struct {
	Number    int    // 1-based
	URL       string // site-relative: "deelnemers/pagina/1/"
	Libraries []*LibraryView
}

// First and Last are the names of the page's first and last library.
func (p *LibraryPage) First() string { return p.Libraries[0].Name }

// Last is the name of the page's last library.
func (p *LibraryPage) Last() string { return p.Libraries[len(p.Libraries)-1].Name }

// FromOverview is the page's address as ParticipantsURL links to it,
// relative to it: "pagina/1/".
func (p *LibraryPage) FromOverview() string { return strings.TrimPrefix(p.URL, ParticipantsURL) }

// Letter leads to the first library whose name begins with it.
type Letter struct {
	Letter string // "A", or "#" for a name that begins with no letter
	URL    string // the library's address
}

// LibraryPageURL is the address of the n-th page of libraries.
func LibraryPageURL(n int) string { return ParticipantsURL + "pagina/" + strconv.Itoa(n) + "/" }

// paginate gives every library its page and address: in a count below
// PagedFrom the one page of participants, else one of Pages, in the
// order of the count; and makes the letters.
func (v *ParticipantsView) paginate() {
	if len(v.Libraries) >= PagedFrom {
		for i := 0; i < len(v.Libraries); i += LibrariesPerPage {
			n := len(v.Pages) + 1
			pg := &LibraryPage{Number: n, URL: LibraryPageURL(n), Libraries: v.Libraries[i:min(len(v.Libraries), i+LibrariesPerPage)]}
			for _, lib := range pg.Libraries {
				lib.Page = pg.URL
			}
			v.Pages = append(v.Pages, pg)
		}
	}
	seen := map[string]bool{}
	for _, lib := range v.Libraries {
		lib.URL = lib.Page + "#" + lib.Anchor
		if v.Pages == nil {
			continue
		}
		l := firstLetter(lib.Name)
		if !seen[l] {
			seen[l] = true
			v.Letters = append(v.Letters, Letter{l, lib.URL})
		}
	}
}

// firstLetter is the first letter of a name as the count sorts it
// (accents and case aside), upper case; "#" for a digit or any other
// first character.
func firstLetter(name string) string {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(names.Key(name)))
	if r < 'a' || r > 'z' {
		return "#"
	}
	return string(unicode.ToUpper(r))
}
