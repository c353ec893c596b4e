package tickets

import (
	"strings"
	"testing"
)

// checked parses a file and checks it against an edition.
func checked(e *Edition, name, data string) *File {
	f := &File{Path: name}
	f.Return, f.Diagnostics = Parse(name, []byte(data))
	e.Check(f)
	return f
}

func TestCheckAgainstTheEdition(t *testing.T) {
	e := bundled()
	for _, tt := range []struct {
		name, file, data string
		problems         []string
		cards            string // ids of the resolved cards
	}{
		{name: "site export", file: "a.json", data: siteJSON, cards: "jeugd-en-onderwijs/spoenk persoonlijke-ontwikkeling/leesbevordering"},
		{name: "old export matched by title and priority", file: "oud.txt",
			data:  "Bibliotheek: Bibliotheek Delft\n\nTicket 1: 1 Spoenk: innovatief jeugdbibliotheekwerk (Jeugd & onderwijs)\nTicket 2: 2 Taalvaardigheden (Participatie & zelfredzaamheid)\n",
			cards: "jeugd-en-onderwijs/spoenk participatie-en-zelfredzaamheid/taalvaardigheden"},
		{name: "title without number, other case and accents", file: "oud.csv", data: "Onderwerp;Bibliotheek\nONTMOETING EN DEBAT;X\nLeesbéperking;X\n",
			cards: "persoonlijke-ontwikkeling/ontmoeting-en-debat participatie-en-zelfredzaamheid/leesbeperking"},
		{name: "unknown id", file: "k.csv", data: "Id;Bibliotheek\njeugd-en-onderwijs/spoenk;X\njeugd-en-onderwijs/bestaat-niet;X\n",
			problems: []string{`3: het project "jeugd-en-onderwijs/bestaat-niet" bestaat niet in editie 2017; controleer het id`}},
		{name: "unknown id, known title", file: "k.csv", data: "Id;Onderwerp;Bibliotheek\njeugd/spoenk;1 Spoenk: innovatief jeugdbibliotheekwerk;X\n",
			problems: []string{`2: waarschuwing: het project "jeugd/spoenk" bestaat niet (meer) in editie 2017; herkend aan de titel als "Spoenk: innovatief jeugdbibliotheekwerk"`},
			cards:    "jeugd-en-onderwijs/spoenk"},
		{name: "mail with a mistyped id, known by its readable line", file: "mail.txt", data: strings.Replace(siteBody, "ticket: jeugd-en-onderwijs/spoenk", "ticket: jeugd-en-onderwijs/spoenkk", 1),
			problems: []string{`11: waarschuwing: het project "jeugd-en-onderwijs/spoenkk" bestaat niet (meer) in editie 2017; herkend aan de titel als "Spoenk: innovatief jeugdbibliotheekwerk"`},
			cards:    "jeugd-en-onderwijs/spoenk verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		{name: "unknown title", file: "k.txt", data: "Bibliotheek: X\nTicket 1: Zwemles (Sport)\n",
			problems: []string{`2: het project "Zwemles" bestaat niet in editie 2017; controleer de titel`}},
		{name: "twice", file: "k.csv", data: "Id;Bibliotheek\njeugd-en-onderwijs/spoenk;X\npersoonlijke-ontwikkeling/leesbevordering;X\njeugd-en-onderwijs/spoenk;X\n",
			problems: []string{`4: "Spoenk: innovatief jeugdbibliotheekwerk" staat al op regel 2; een project mag maar één keer gekozen worden`}},
		{name: "over the limit", file: "k.json", data: "{\"bibliotheek\": \"X\", \"tickets\": [\n{\"id\": \"jeugd-en-onderwijs/spoenk\"},\n{\"id\": \"persoonlijke-ontwikkeling/leesbevordering\"},\n{\"id\": \"participatie-en-zelfredzaamheid/taalvaardigheden\"},\n{\"id\": \"bevorderen-culturele-infrastructuur/positionering\"}\n]}",
			problems: []string{"5: 4 tickets, en er mogen er hoogstens 3 zijn (max in tickets.md)"}},
		{name: "other edition", file: "k.txt", data: strings.Replace(siteBody, "editie: 2017", "editie: 2018", 1),
			problems: []string{"8: dit bestand hoort bij editie 2018, niet bij editie 2017"}},
		{name: "no library", file: "k.json", data: "{\n\"bibliotheek\": \"  \",\n\"tickets\": [{\"id\": \"jeugd-en-onderwijs/spoenk\"}]}",
			problems: []string{"2: de naam van de Bibliotheek ontbreekt"}},
		{name: "no library at all", file: "k.txt", data: "Ticket 1: 1 Spoenk: innovatief jeugdbibliotheekwerk (Jeugd & onderwijs)\n",
			problems: []string{"1: de naam van de Bibliotheek ontbreekt"}},
		{name: "no tickets is a choice too", file: "k.json", data: `{"formaat":"werkboek-tickets 1","bibliotheek":"X","tickets":[]}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := checked(e, tt.file, tt.data)
			expectProblems(t, f.Diagnostics, tt.problems...)
			if tt.cards == "" {
				return
			}
			var got []string
			for _, en := range f.Return.Entries {
				if en.Card != nil {
					got = append(got, en.Card.ID())
				}
			}
			if strings.Join(got, " ") != tt.cards {
				t.Errorf("cards %v, want %s", got, tt.cards)
			}
		})
	}
}

func TestCheckEligibleAndAmbiguousTitles(t *testing.T) {
	e := smallEdition(t)
	f := checked(e, "k.csv", "Onderwerp;Prioriteit;Bibliotheek;Editie\nKlik en tik;Digitaal;X;2099\nSamen;;X;2099\nSamen;Lezen;X;2099\n1 Schrijfclub;;X;2099\n")
	expectProblems(t, f.Diagnostics,
		`2: "Klik en tik" hoort bij prioriteit 2 Digitaal, waarvoor geen tickets gelden (eligible in tickets.md)`,
		`3: "Samen" is de titel van meer dan één project; noem ook de prioriteit`,
		"4: 4 tickets, en er mogen er hoogstens 2 zijn")
	if c := f.Return.Entries[2].Card; c == nil || c.ID() != "lezen/samen" {
		t.Errorf("\"Samen\" with priority Lezen resolved to %v", c)
	}
}
