package participants

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/names"
)

// check checks a participants file against the workbook and
// returns its model: the format and the edition first (a file of another
// edition or format is not read further), then every project and every
// library, each problem at the line of its value.
func check(wb *model.Workbook, raw *rawParticipants, known Known, r *diag.Capped) *model.Participants {
	if !checkParticipantsFormat(raw.format, r) || !checkParticipantsEdition(wb, raw.edition, r) {
		return nil
	}
	var counted time.Time
	if c := raw.counted; c.set {
		t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(c.value))
		if err != nil {
			r.Errorf(c.line, "\"geteld\": %q is geen tijdstip zoals 2016-09-19T15:30:00Z; verbeter het, of haal de regel weg", c.value)
		}
		counted = t
	}
	if raw.projects.bad {
		return nil // told; "bibliotheken" cannot be compared with it
	}
	if !raw.projects.set {
		r.Errorf(1, "\"projecten\" ontbreekt: zonder die lijst zegt het bestand niet wie meedoet; %s", Remake)
		return nil
	}
	c := &participantsCheck{wb: wb, r: r, ix: newIndex(wb, known), libs: map[string]*model.Participant{}, pairs: map[pair]int{}, badCard: map[*model.Card]bool{}, badID: map[string]bool{}}
	c.projects(raw.projects)
	if raw.libraries.set {
		c.libraries(raw.libraries)
	}
	c.tooManyTickets()
	if raw.rooms.set && !raw.rooms.bad {
		c.rooms(raw.rooms)
	}
	for _, lib := range c.order {
		if c.listed[lib] == 0 {
			lib.Cards = c.ix.inWorkbookOrder(lib.Cards)
		}
	}
	return model.NewParticipants(r.Reporter.Path, strings.TrimSpace(raw.edition.value), counted, c.order)
}

func checkParticipantsFormat(f rawText, r *diag.Capped) bool {
	want := fmt.Sprintf("\"formaat\": \"%s %d\"", Format, Version)
	name, num, _ := strings.Cut(strings.TrimSpace(f.value), " ")
	v, err := strconv.Atoi(strings.TrimSpace(num))
	switch {
	case !f.set:
		r.Errorf(1, "\"formaat\" ontbreekt; een deelnemersbestand begint met %s; %s", want, Remake)
	case strings.HasPrefix(name, "werkboek-tickets"), strings.HasPrefix(name, "werkboek-keuzelijst"):
		r.Errorf(f.line, "dit is de keuze van één Bibliotheek (%q), geen deelnemersbestand; tel de teruggestuurde tickets met werkboek tickets tel inbox/ --inhoud content, dat dit bestand schrijft", f.value)
	case name != Format || err != nil || v < 1:
		r.Errorf(f.line, "formaat %q is onbekend; een deelnemersbestand heeft %s", f.value, want)
	case v > Version:
		r.Errorf(f.line, "dit bestand heeft versie %d van het formaat; deze werkboek kent tot en met versie %d: werk werkboek bij", v, Version)
	default:
		return true
	}
	return false
}

func checkParticipantsEdition(wb *model.Workbook, e rawText, r *diag.Capped) bool {
	switch {
	case wb.Edition == "":
		return true
	case !e.set:
		r.Errorf(1, "\"editie\" ontbreekt, zodat niet te zien is of dit de deelnemers van editie %s zijn; zet \"editie\": %q in het bestand, of %s", wb.Edition, wb.Edition, Remake)
	case strings.TrimSpace(e.value) != wb.Edition:
		r.Errorf(e.line, "dit bestand hoort bij editie %q, niet bij editie %s (%s); tel de tickets van deze editie met werkboek tickets tel … --inhoud content, of haal het bestand weg", e.value, wb.Edition, wb.Title)
	default:
		return true
	}
	return false
}

// pair is one library (by its names.Key) in one project.
type pair struct {
	lib  string
	card *model.Card
}

// placed is one project "projecten" names a library under, and the line.
type placed struct {
	card *model.Card
	line int
}

// participantsCheck holds what the checks of one file found so far.
type participantsCheck struct {
	wb      *model.Workbook
	r       *diag.Capped
	ix      *projectIndex
	libs    map[string]*model.Participant   // by names.Key
	order   []*model.Participant            // in the order the file names them first
	placed  map[*model.Participant][]placed // where "projecten" names each library, in file order
	pairs   map[pair]int                    // the line of every library of every project in "projecten"
	listed  map[*model.Participant]int      // the line of each library "bibliotheken" lists
	badCard map[*model.Card]bool            // projects whose list had an error
	badID   map[string]bool                 // ids reported under "projecten"
}

// projects checks "projecten": every id, and the libraries of each.
func (c *participantsCheck) projects(s rawSection) {
	c.placed = map[*model.Participant][]placed{}
	seen := map[string]int{}
	for _, list := range s.lists {
		id := list.key
		if at, dup := seen[id.value]; dup {
			c.r.Errorf(id.line, "het project %q staat al op regel %d; voeg de twee lijsten samen", id.value, at)
			continue
		}
		seen[id.value] = id.line
		card := c.ix.resolve(id, c.wb, c.r)
		if card == nil && c.ix.unknown(id.value) && c.r.Errors() <= ShownErrors {
			// A misspelt id: the project it was meant as is not told
			// again where "bibliotheken" names it.
			card = c.ix.cards[c.ix.near(id.value)]
			list.bad = true
		}
		if card == nil || list.bad {
			c.badID[id.value] = true
			if card != nil {
				c.badCard[card] = true
			}
			continue
		}
		libs := c.names(list, "bij dit project")
		if capacity := c.wb.Tickets.Capacity; capacity > 0 && len(libs) > capacity {
			c.r.Warnf(libs[capacity].line, "het project %q heeft %d Bibliotheken, meer dan de %d plaatsen (capacity in tickets.md); de site toont het als vol. Kies welke meedoen en haal er %d weg (ook onder \"bibliotheken\"), of verhoog capacity in tickets.md", id.value, len(libs), capacity, len(libs)-capacity)
		}
		if list.partial {
			c.badCard[card] = true // "bibliotheken" is not compared with it
		}
		for _, n := range libs {
			p := c.participant(n)
			p.Cards = append(p.Cards, card)
			c.placed[p] = append(c.placed[p], placed{card, n.line})
			c.pairs[pair{names.Key(n.value), card}] = n.line
		}
	}
}

// names checks the names of a list and returns the good ones, each once.
func (c *participantsCheck) names(list rawList, where string) []rawText {
	var out []rawText
	seen := map[string]int{}
	for _, n := range list.items {
		if !checkLibraryName(n, c.r) {
			continue
		}
		k := names.Key(n.value)
		if at, dup := seen[k]; dup {
			c.r.Errorf(n.line, "%q staat al op regel %d %s; een Bibliotheek telt maar één keer: haal een van beide weg", n.value, at, where)
			continue
		}
		seen[k] = n.line
		out = append(out, n)
	}
	return out
}

// participant returns the library of a name, made when it is new. A
// library written another way than before gets a warning.
func (c *participantsCheck) participant(n rawText) *model.Participant {
	name := strings.TrimSpace(n.value)
	k := names.Key(name)
	if p := c.libs[k]; p != nil {
		if p.Name != name {
			c.r.Warnf(n.line, "%q is dezelfde Bibliotheek als %q op regel %d; schrijf de naam overal hetzelfde", name, p.Name, p.Line)
		}
		return p
	}
	p := &model.Participant{Name: name, Line: n.line}
	c.libs[k] = p
	c.order = append(c.order, p)
	return p
}

// checkLibraryName reports a name that cannot be a library's.
func checkLibraryName(n rawText, r *diag.Capped) bool {
	name := strings.TrimSpace(n.value)
	switch {
	case name == "":
		r.Errorf(n.line, "hier staat een lege naam; vul de naam van de Bibliotheek in, of haal hem weg")
	case strings.ContainsFunc(name, names.UnsafeRune):
		i := strings.IndexFunc(name, names.UnsafeRune)
		ch, _ := utf8.DecodeRuneInString(name[i:])
		r.Errorf(n.line, "de naam %q bevat een onzichtbaar stuurteken (%U); haal het weg (typ de naam eventueel opnieuw)", name, ch)
	case !names.Named(name):
		r.Errorf(n.line, "de naam %q heeft geen letter of cijfer, zodat hij niet van een andere Bibliotheek te onderscheiden is; schrijf de echte naam", name)
	case utf8.RuneCountInString(name) > names.MaxLength:
		r.Errorf(n.line, "deze naam is %d tekens lang, meer dan de %d die een naam mag hebben; schrijf de echte naam", utf8.RuneCountInString(name), names.MaxLength)
	default:
		if why := names.LookAlike(name); why != "" {
			r.Warnf(n.line, "de naam %q %s; typ de naam opnieuw met gewone letters als dat de bedoeling was", name, why)
		}
		return true
	}
	return false
}

// libraries checks "bibliotheken" and that it says the same as
// "projecten": every library of a project lists that project, and the
// other way round. Each difference is told once, where it stands.
func (c *participantsCheck) libraries(s rawSection) {
	c.listed = map[*model.Participant]int{}
	seen := map[string]int{}
	inLibs := map[pair]bool{}
	badLib := map[string]bool{}
	for _, list := range s.lists {
		if !checkLibraryName(list.key, c.r) {
			badLib[names.Key(list.key.value)] = true
			continue
		}
		k := names.Key(list.key.value)
		if at, dup := seen[k]; dup {
			c.r.Errorf(list.key.line, "%q staat al op regel %d onder \"bibliotheken\"; voeg de twee lijsten samen", list.key.value, at)
			continue
		}
		seen[k] = list.key.line
		p := c.participant(list.key)
		c.listed[p] = list.key.line
		if list.bad || list.partial {
			badLib[k] = true
		}
		if list.bad {
			continue
		}
		var cards []*model.Card
		ids := map[string]int{}
		for _, id := range list.items {
			if at, dup := ids[id.value]; dup {
				c.r.Errorf(id.line, "%q staat al op regel %d bij %q; een project telt maar één keer", id.value, at, p.Name)
				continue
			}
			ids[id.value] = id.line
			if c.badID[id.value] {
				continue // told under "projecten"
			}
			card := c.ix.resolve(id, c.wb, c.r)
			if card == nil {
				c.badID[id.value] = true
				continue
			}
			if c.badCard[card] {
				continue // its list under "projecten" has an error
			}
			cards = append(cards, card)
			inLibs[pair{k, card}] = true
			if _, ok := c.pairs[pair{k, card}]; !ok {
				c.r.Errorf(id.line, "%q noemt hier %q, maar staat onder \"projecten\" niet bij dat project; zet de naam daar ook, of haal het project hier weg", p.Name, id.value)
			}
		}
		p.Cards = cards
	}
	for _, p := range c.order {
		k := names.Key(p.Name)
		for _, at := range c.placed[p] {
			switch {
			case badLib[k], c.badCard[at.card]:
				continue
			case c.listed[p] == 0:
				c.r.Errorf(at.line, "%q staat niet onder \"bibliotheken\"; voeg haar daar toe met haar projecten, of haal de naam hier weg", p.Name)
			case !inLibs[pair{k, at.card}]:
				c.r.Errorf(at.line, "%q staat bij %q, maar onder \"bibliotheken\" (regel %d) niet bij dat project; zet het daar ook bij haar projecten, of haal de naam hier weg", p.Name, at.card.ID(), c.listed[p])
			}
			if c.listed[p] == 0 {
				break // one message for a library "bibliotheken" lacks
			}
		}
	}
}

// tooManyTickets reports a library that "projecten" names under more
// projects than max in tickets.md allows, at the first one too many.
func (c *participantsCheck) tooManyTickets() {
	m := c.wb.Tickets.Max
	for _, p := range c.order {
		if at := c.placed[p]; len(at) > m {
			c.r.Errorf(at[m].line, "%q staat bij %d projecten, en een Bibliotheek mag er hoogstens %d kiezen (max in tickets.md); haal haar bij %d projecten weg", p.Name, len(at), m, len(at)-m)
		}
	}
}
