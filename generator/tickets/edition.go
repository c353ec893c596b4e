package tickets

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
)

// Edition is the workbook returned tickets are checked against.
type Edition struct {
	Workbook *model.Workbook
	byID     map[string]*model.Card
	byTitle  map[string][]*model.Card
}

// NewEdition indexes the cards of a workbook by id and by title.
func NewEdition(wb *model.Workbook) *Edition {
	e := &Edition{Workbook: wb, byID: map[string]*model.Card{}, byTitle: map[string][]*model.Card{}}
	for _, c := range wb.Cards() {
		e.byID[c.ID()] = c
		e.byTitle[names.Key(c.Title)] = append(e.byTitle[names.Key(c.Title)], c)
	}
	return e
}

// Eligible reports whether tickets may name the cards of a priority
// (eligible in tickets.md; every priority when it is empty).
func (e *Edition) Eligible(p *model.Priority) bool { return e.Workbook.Tickets.Allows(p) }

// name is how messages name the edition.
func (e *Edition) name() string {
	if e.Workbook.Edition != "" {
		return "editie " + e.Workbook.Edition
	}
	return "dit werkboek"
}

// Check validates a return against the edition and resolves its tickets
// to cards: the edition is this one, the library is named, every project
// exists and may be chosen, none twice, at most max.
func (e *Edition) Check(f *File) {
	r := f.Return
	if r == nil || f.Refused() {
		return
	}
	rep := f.problems
	if rep == nil {
		rep = &reporter{path: f.Path}
		defer func() { f.Diagnostics = append(f.Diagnostics, rep.list()...) }()
	} else {
		defer func() { f.Diagnostics = rep.list() }()
	}
	wb := e.Workbook
	if r.Edition != "" && wb.Edition != "" && strings.TrimSpace(r.Edition) != wb.Edition {
		rep.errorf(r.EditionLine, "dit bestand hoort bij editie %s, niet bij %s (%s); laat de Bibliotheek kiezen op de site van deze editie", clean(r.Edition), e.name(), wb.Title)
	}
	switch lib := strings.TrimSpace(r.Library); {
	case lib == "":
		rep.errorf(max(r.LibraryLine, 1), "de naam van de Bibliotheek ontbreekt; laat die invullen op de pagina Tickets en opnieuw downloaden of mailen (of vul hem hier zelf in)")
	case !names.Named(lib):
		rep.errorf(max(r.LibraryLine, 1), "de naam van de Bibliotheek (%s) heeft geen letter of cijfer, zodat hij niet van een andere te onderscheiden is; laat de echte naam invullen op de pagina Tickets (of vul hem hier zelf in)", show(lib))
	case utf8.RuneCountInString(lib) > MaxNameLength:
		rep.errorf(max(r.LibraryLine, 1), "de naam van de Bibliotheek is %d tekens lang, meer dan de %d die een naam mag hebben; vul hier de echte naam in", utf8.RuneCountInString(lib), MaxNameLength)
	default:
		if why := names.LookAlike(lib); why != "" {
			rep.warnf(max(r.LibraryLine, 1), "de naam van de Bibliotheek (%s) %s; vraag de Bibliotheek welke naam bedoeld is, en vul die hier in", show(lib), why)
		}
	}
	// Too many tickets first: of a file with thousands, this is the
	// message to see (see shownErrors).
	if m := wb.Tickets.Max; r.Tickets > m {
		line := 1
		if m < len(r.Entries) {
			line = r.Entries[m].Line
		}
		rep.errorf(line, "%s tickets, en er mogen er hoogstens %d zijn (max in tickets.md); vraag de Bibliotheek welke %d tellen", dutch.Thousands(r.Tickets), m, m)
	}
	e.checkPlan(r, rep)
	rep.unchecked = r.Tickets - len(r.Entries)
	seen := map[*model.Card]int{}
	for i := range r.Entries {
		en := &r.Entries[i]
		en.Card = e.resolve(en, rep)
		c := en.Card
		if c == nil {
			continue
		}
		if !e.Eligible(c.Priority) {
			rep.errorf(en.Line, "%q hoort bij prioriteit %d %s, waarvoor geen tickets gelden (eligible in tickets.md); kies een ander project", c.Title, c.Priority.Number, c.Priority.Title)
		}
		if at, dup := seen[c]; dup {
			rep.errorf(en.Line, "%q staat al op regel %d; een project mag maar één keer gekozen worden: haal een van beide weg", c.Title, at)
		} else {
			seen[c] = en.Line
		}
	}
}

// MaxNameLength is the most characters a library's name may have.
const MaxNameLength = names.MaxLength

var leadingNumber = regexp.MustCompile(`^\d+[.)]?\s+`)

// resolve finds the card a ticket names: by id, else (an export from
// before ids, or an id that no longer exists) by title, helped by the
// priority where two cards share a title.
func (e *Edition) resolve(en *Entry, rep *reporter) *model.Card {
	if en.ID != "" {
		if c := e.byID[en.ID]; c != nil {
			return c
		}
	}
	var found []*model.Card
	if en.Title != "" {
		found = e.byTitle[names.Key(en.Title)]
		if len(found) == 0 {
			found = e.byTitle[names.Key(leadingNumber.ReplaceAllString(en.Title, ""))]
		}
		if len(found) > 1 && en.Priority != "" {
			var same []*model.Card
			for _, c := range found {
				if names.Key(c.Priority.Title) == names.Key(en.Priority) {
					same = append(same, c)
				}
			}
			found = same
		}
	}
	switch {
	case len(found) == 1 && en.ID != "":
		rep.warnf(en.Line, "het project %s bestaat niet (meer) in %s; herkend aan de titel als %q (%s)", show(en.ID), e.name(), found[0].Title, found[0].ID())
		return found[0]
	case len(found) == 1:
		return found[0]
	case len(found) > 1:
		rep.errorf(en.Line, "%s is de titel van meer dan één project; noem ook de prioriteit, of laat de Bibliotheek opnieuw exporteren", show(en.Title))
	case en.ID != "":
		rep.errorf(en.Line, "het project %s bestaat niet in %s; controleer het id (zie de pagina Tickets) of laat de Bibliotheek opnieuw exporteren", show(en.ID), e.name())
	default:
		rep.errorf(en.Line, "het project %s bestaat niet in %s; controleer de titel (zie de pagina Tickets)", show(en.Title), e.name())
	}
	return nil
}
