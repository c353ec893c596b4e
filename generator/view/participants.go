package view

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
)

// ParticipantsURL is the address of the page that shows who takes part
// in which project, made only when the content has a deelnemers.json.
const ParticipantsURL = "deelnemers/"

// ParticipantsView is the outcome of the count (content/deelnemers.json)
// as the pages show it: the totals, per priority its projects with their
// libraries, and per library its projects.
type ParticipantsView struct {
	Libraries  []*LibraryView // alphabetical, as the count sorted them
	Tickets    int            // the tickets of all libraries together
	Groups     int            // the projects that at least one library chose
	Priorities []*PriorityView
	// Counted is when the tickets were counted, on the Dutch clock
	// ("19 september 2016 om 17:42"); "" when the file does not say.
	Counted string
	// Rooms are the rounds of the programme's choices with the libraries
	// that plan to visit each room; nil when no library sent a plan.
	Rooms []RoomRoundView
	// Pages hold the libraries in a count of PagedFrom libraries or
	// more, LibrariesPerPage a page; nil in a smaller count, whose one
	// page lists them all.
	Pages []*LibraryPage
	// Letters lead to the first library of each first letter, on its
	// page; nil without Pages.
	Letters []Letter
}

// LibraryView is one library of the count.
type LibraryView struct {
	Name string
	// Anchor is its id on the page of participants, made from its name
	// alone (see libraryAnchor).
	Anchor string
	// Page is the site-relative address of the page that holds it:
	// ParticipantsURL, or one of its pages in a large count.
	Page string
	// URL is Page and Anchor together, the one address every link to
	// the library uses.
	URL   string
	Cards []*CardView // the projects it chose, in the order of its tickets
}

// TicketWord is "ticket" or "tickets", as the number of tickets asks.
func (v *ParticipantsView) TicketWord() string { return dutch.Plural(v.Tickets, "ticket", "tickets") }

// LibraryWord is "Bibliotheek" or "Bibliotheken" for the number of
// libraries.
func (v *ParticipantsView) LibraryWord() string {
	return dutch.Plural(len(v.Libraries), "Bibliotheek", "Bibliotheken")
}

// GroupWord is "project" or "projecten" for the number of groups.
func (v *ParticipantsView) GroupWord() string { return dutch.Plural(v.Groups, "project", "projecten") }

// newParticipantsView makes the view of the count and gives each card
// view its libraries; nil when the workbook has no participants file.
func newParticipantsView(p *model.Participants, b *Book, viewOf func(*model.Card) *CardView) *ParticipantsView {
	if p == nil {
		return nil
	}
	v := &ParticipantsView{Tickets: p.Tickets, Groups: p.Groups}
	if !p.Counted.IsZero() {
		t := dutch.In(p.Counted)
		v.Counted = dutch.DayMonthYear(t) + " om " + t.Format("15:04")
	}
	byLib := make(map[*model.Participant]*LibraryView, len(p.Libraries))
	used := make(map[string]bool, len(p.Libraries))
	for _, lib := range p.Libraries {
		lv := &LibraryView{Name: lib.Name, Anchor: libraryAnchor(lib.Name, used), Page: ParticipantsURL}
		for _, c := range lib.Cards {
			if cv := viewOf(c); cv != nil {
				lv.Cards = append(lv.Cards, cv)
			}
		}
		byLib[lib] = lv
		v.Libraries = append(v.Libraries, lv)
	}
	v.paginate()
	for _, pv := range b.Priorities {
		if !pv.Eligible {
			continue
		}
		v.Priorities = append(v.Priorities, pv)
		for _, cv := range pv.Cards {
			cv.Libraries = []*LibraryView{} // shown, even when empty
			for _, lib := range p.Of(cv.Card) {
				cv.Libraries = append(cv.Libraries, byLib[lib])
			}
			cv.LibrariesUnnamed = v.Pages != nil && len(cv.Libraries) > CardNames
			cv.LibrariesCounted = v.Pages != nil && len(cv.Libraries) > OverviewNames
		}
	}
	v.Rooms = roomsView(p, b.Schedule, byLib)
	return v
}

// libraryAnchor is the id of a library on the page of participants. It
// depends on the library's own name only, so a library added to the
// count never moves another's anchor and a link already sent keeps
// working: "b-<slug>" for a name of Latin letters (accents aside),
// digits, spaces and punctuation, where two names give the same slug only
// when they are the same library (names.Key); "b-<slug>_<hash>" for any
// other name (ß, a Cyrillic or Greek letter, an invisible character),
// which could fold to the slug of another; "b_<hash>" for a name of no
// Latin letter at all (Chinese, Cyrillic). used holds the ids given so
// far: a hash shared by two names, unlikely as it is, is numbered.
func libraryAnchor(name string, used map[string]bool) string {
	base := "b-" + names.Slugify(name)
	if !names.PlainLatin(name) {
		sum := sha256.Sum256([]byte(name))
		h := hex.EncodeToString(sum[:4])
		base += "_" + h
		if base == "b-_"+h {
			base = "b_" + h
		}
	}
	id := base
	for n := 2; used[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	used[id] = true
	return id
}

// ShowsLibraries reports whether the card's page names the libraries
// that chose it: when the content has a count and tickets may name it.
func (c *CardView) ShowsLibraries() bool { return c.Libraries != nil }
