package corpus

import (
	"fmt"
	"strings"
)

// introTemplates are sentence patterns for introductions and programme texts.
var introTemplates = []template{
	func(g *gen) string {
		return "met dit werkboek bereidt u zich voor op de Projectendag over " + g.abs() + " en " + g.abs()
	},
	func(g *gen) string {
		return "op deze dag bepalen bibliotheken en ProBiblio samen de inzet voor " + g.abs() + " in het komende jaar"
	},
	func(g *gen) string {
		return "tijdens de Projectendag krijgt u meer informatie over " + g.indef() + " voor " + g.group()
	},
	func(g *gen) string {
		return "wij stellen voor dat u vooraf met uw collega's bepaalt welke projecten passen bij " + g.absDef() + " " + g.place()
	},
	func(g *gen) string {
		return "zo verbindt u de belangrijke onderwerpen van uw organisatie met de innovatie van het netwerk"
	},
	func(g *gen) string {
		return "de Bibliotheek werkt daarbij samen met " + g.partner() + " en " + g.partner()
	},
	func(g *gen) string {
		return "uw ideeën voor " + g.def(g.product()) + " en aanvullingen op de projectvoorstellen zijn welkom"
	},
	func(g *gen) string {
		return "elk project draagt bij aan " + g.absDef() + " van " + g.group() + " " + g.place()
	},
}

// paragraphs returns k paragraphs of 2–4 intro sentences, separated by
// blank lines and ending with a newline.
func (g *gen) paragraphs(k int) string {
	ps := make([]string, k)
	for i := range ps {
		ps[i] = g.paragraph(introTemplates, g.between(2, 4))
	}
	return strings.Join(ps, "\n\n") + "\n"
}

// name returns a Dutch-looking person name.
func (g *gen) name() string { return g.pick(firstNames) + " " + g.pick(lastNames) }

// page renders front matter lines and a body as a content file.
func page(front []string, body string) []byte {
	return []byte("---\n" + strings.Join(front, "\n") + "\n---\n\n" + body)
}

// rootIndex renders the root _index.md with workbook and event metadata.
func (g *gen) rootIndex() []byte {
	contact := g.name()
	front := []string{
		"title: " + quote("Synthetisch werkboek"),
		"edition: " + quote("2099"),
		"language: " + quote("nl"),
		"organisation: " + quote("ProBiblio"),
		"event:",
		"  name: " + quote("Projectendag"),
		"  date: 2099-09-19",
		"  start: " + quote("09:30"),
		"  end: " + quote("17:00"),
		"  venue: " + quote("ProBiblio-gebouw"),
		"  address: " + quote("Opaallaan 1180, 2132 LN Hoofddorp"),
		"  registration: " + quote("https://example.org/agenda"),
		"contact:",
		"  name: " + quote(contact),
		"  role: " + quote("netwerkadviseur ProBiblio"),
		"  phone: " + quote("023 55 46 362"),
		"  email: " + quote("netwerk@example.org"),
	}
	body := g.paragraphs(g.between(3, 5)) +
		"\nWij begroeten u graag op 19 september! Schrijf u in via [de agenda](https://example.org/agenda).\n\n" +
		contact + ", netwerkadviseur ProBiblio\n"
	return page(front, body)
}

// slot is one row of the day's programme.
type slot struct {
	time, activity, location string
	speakers                 int  // number of speakers to invent
	market                   bool // whether the slot lists the priorities as items
}

// schedule is the fixed shape of the programme; names are generated.
var schedule = []slot{
	{"09:30", "Ontvangst", "Kantine", 0, false},
	{"10:00", "Opening door de dagvoorzitter", "Kantine", 1, false},
	{"10:15", "Werken in het provinciale netwerk", "Kantine", 2, false},
	{"10:45", "Vragen en opmerkingen over de programma's", "Kantine", 2, false},
	{"11:15", "Markt: bezoek een prioriteit naar keuze", "", 0, true},
	{"12:45", "Lunchpauze", "Kantine", 0, false},
	{"13:45", "Terugkoppeling van het marktbezoek", "Kantine", 1, false},
	{"14:30", "Uitwerking in groepjes", "Vergaderzaal 1", 3, false},
	{"16:15", "Keuzes maken en tickets inleveren", "Kantine", 1, false},
	{"16:45", "Afsluiting met een hapje en een drankje", "Kantine", 0, false},
}

// rooms are where the market stands for the five priorities are.
var rooms = []string{"Vergaderzaal 1", "Vergaderzaal 2", "Vergaderzaal 3", "Atelier", "Vide"}

// programme renders programma.md with its schedule in front matter.
func (g *gen) programme() []byte {
	front := []string{"title: " + quote("Programma"), "schedule:"}
	for _, s := range schedule {
		front = append(front,
			"  - time: "+quote(s.time),
			"    activity: "+quote(s.activity))
		if s.speakers > 0 {
			names := make([]string, s.speakers)
			for i := range names {
				names[i] = quote(g.name())
			}
			front = append(front, "    speakers: ["+strings.Join(names, ", ")+"]")
		}
		if s.location != "" {
			front = append(front, "    location: "+quote(s.location))
		}
		if s.market {
			front = append(front, "    items:")
			for i, p := range priorities {
				front = append(front,
					"      - text: "+quote(p.title),
					"        location: "+quote(rooms[i]))
			}
		}
	}
	body := "Het programma van de Projectendag. " + sentence(introTemplates[g.intn(len(introTemplates))](g)) + "\n"
	return page(front, body)
}

// checklist renders keuzelijst.md.
func (g *gen) checklist() []byte {
	body := "Geef per project aan of uw Bibliotheek wil deelnemen: *Ja*, *Misschien* of *Nee*. " +
		sentence(introTemplates[g.intn(len(introTemplates))](g)) + "\n"
	return page([]string{"title: " + quote("Keuzelijst")}, body)
}

// tickets renders tickets.md with the ticket rules.
func (g *gen) tickets() []byte {
	front := []string{
		"title: " + quote("Tickets"),
		"max: 3",
		"fields: [" + quote("Prioriteit") + ", " + quote("Onderwerp") + ", " + quote("Bibliotheek") + "]",
	}
	body := "Vul per project waaraan uw Bibliotheek wil deelnemen een ticket in en lever het aan het eind van de dag in. " +
		"U kunt ten hoogste drie tickets inleveren.\n"
	return page(front, body)
}

// priorityIndex renders the _index.md of priority i. Priorities 1 and 3
// carry a programme; priority 3 also carries a note.
func (g *gen) priorityIndex(i int) []byte {
	front := []string{
		"title: " + quote(priorities[i].title),
		fmt.Sprintf("weight: %d", i+1),
	}
	switch i {
	case 0:
		front = append(front, "programme:",
			"  name: "+quote("SOOB-programma"),
			"  ambition: "+quote("100 procent actief bereik van nul- tot achttienjarigen"),
			"  text: "+quote(g.paragraph(introTemplates, 2)))
	case 2:
		front = append(front, "programme:",
			"  name: "+quote("BOZH-programma"),
			"  ambition: "+quote("Alle bibliotheken zijn onderdeel van een taalnetwerk"),
			"  text: "+quote(g.paragraph(introTemplates, 2)),
			"note:",
			"  title: "+quote("Bouwstenen"),
			"  text: "+quote(g.paragraph(introTemplates, 2)))
	}
	return page(front, g.paragraphs(1))
}
