package content

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/probiblio/werkboek/generator/participants"
)

// goodParticipants is a participants file of base() with the cards of
// withParticipants: line 7 is jeugd/spoenk, 8 and 9 its libraries, 11
// jeugd/tweede, 14 volwassen/lezen, 16 "bibliotheken", 17 Delft (no
// tickets), 18 to 21 Haarlem, 22 to 24 Leiden.
const goodParticipants = `{
  "formaat": "werkboek-deelnemers 1",
  "werkboek": "Testwerkboek",
  "editie": "2099",
  "geteld": "2099-09-19T15:30:00Z",
  "projecten": {
    "jeugd/spoenk": [
      "Bibliotheek Haarlem",
      "Bibliotheek Leiden"
    ],
    "jeugd/tweede": [
      "Bibliotheek Haarlem"
    ],
    "volwassen/lezen": []
  },
  "bibliotheken": {
    "Bibliotheek Delft": [],
    "Bibliotheek Haarlem": [
      "jeugd/tweede",
      "jeugd/spoenk"
    ],
    "Bibliotheek Leiden": [
      "jeugd/spoenk"
    ]
  }
}
`

// withParticipants is base() with a card in the second priority, a draft
// and the participants file data ("" for none).
func withParticipants(data string) fstest.MapFS {
	fsys := base()
	addParticipants(data)(fsys)
	return fsys
}

// addParticipants adds what withParticipants adds to base().
func addParticipants(data string) func(fstest.MapFS) {
	return func(fsys fstest.MapFS) {
		fsys["prioriteiten/2-volwassen/1-lezen.md"] = &fstest.MapFile{Data: []byte(strings.Replace(validCard, "Spoenk: innovatief jeugdbibliotheekwerk", "Lezen", 1))}
		fsys["prioriteiten/1-jeugd/3-concept.md"] = &fstest.MapFile{Data: []byte(strings.Replace(validCard, "question:", "draft: true\nquestion:", 1))}
		if data != "" {
			fsys[participants.File] = &fstest.MapFile{Data: []byte(data)}
		}
	}
}

// edit returns goodParticipants with each pair of old and new replaced.
func edit(pairs ...string) string {
	s := goodParticipants
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			panic("edit: no " + pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

func TestParticipantsModel(t *testing.T) {
	wb, diags := Load(withParticipants(goodParticipants), Options{Prefix: "content"})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	p := wb.Participants
	if p == nil || p.Path != "content/deelnemers.json" || p.Edition != "2099" || !p.Counted.Equal(time.Date(2099, 9, 19, 15, 30, 0, 0, time.UTC)) {
		t.Fatalf("participants = %+v", p)
	}
	if p.Tickets != 3 || p.Groups != 2 || len(p.Libraries) != 3 {
		t.Errorf("totals: %d libraries, %d tickets, %d groups; want 3, 3, 2", len(p.Libraries), p.Tickets, p.Groups)
	}
	cards := wb.Cards() // spoenk, tweede, lezen
	got := map[string][]string{}
	for _, c := range cards {
		for _, lib := range p.Of(c) {
			got[c.ID()] = append(got[c.ID()], lib.Name)
		}
	}
	if strings.Join(got["jeugd/spoenk"], ",") != "Bibliotheek Haarlem,Bibliotheek Leiden" || strings.Join(got["jeugd/tweede"], ",") != "Bibliotheek Haarlem" || len(got["volwassen/lezen"]) != 0 {
		t.Errorf("per card: %v", got)
	}
	var libs []string
	for _, lib := range p.Libraries {
		var ids []string
		for _, c := range lib.Cards {
			ids = append(ids, c.ID())
		}
		libs = append(libs, lib.Name+"="+strings.Join(ids, "+"))
	}
	if want := "Bibliotheek Delft=,Bibliotheek Haarlem=jeugd/tweede+jeugd/spoenk,Bibliotheek Leiden=jeugd/spoenk"; strings.Join(libs, ",") != want {
		t.Errorf("per library: %s, want %s", strings.Join(libs, ","), want)
	}
	// Without "bibliotheken" the libraries come from "projecten", their
	// cards in workbook order, sorted by name whatever the file's order.
	only := edit(`"jeugd/spoenk": [
      "Bibliotheek Haarlem",
      "Bibliotheek Leiden"
    ],
    "jeugd/tweede": [
      "Bibliotheek Haarlem"
    ],`, `"jeugd/tweede": [
      "bibliotheek zandvoort",
      "Bibliotheek Haarlem"
    ],
    "jeugd/spoenk": [
      "Bibliotheek Haarlem"
    ],`)
	only = only[:strings.Index(only, `,
  "bibliotheken"`)] + "\n}\n"
	wb, diags = Load(withParticipants(only), Options{})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	cards, p = wb.Cards(), wb.Participants
	if len(p.Libraries) != 2 || p.Libraries[0].Name != "Bibliotheek Haarlem" || p.Libraries[1].Name != "bibliotheek zandvoort" || p.Libraries[0].Cards[0] != cards[0] || p.Tickets != 3 || p.Groups != 2 {
		t.Errorf("without bibliotheken: %+v %+v", p.Libraries[0], p)
	}
	if of := p.Of(cards[1]); len(of) != 2 || of[0].Name != "Bibliotheek Haarlem" {
		t.Errorf("tweede: %+v", of)
	}
	wb, _ = Load(withParticipants(""), Options{})
	if wb.Participants != nil || wb.Participants.Of(cards[0]) != nil {
		t.Error("participants without a file")
	}
}

// TestParticipantsChecks checks every rule of the participants file: the
// message, its line, and that one slip gives one message.
func TestParticipantsChecks(t *testing.T) {
	const f = "content/deelnemers.json"
	fix := "maak het bestand opnieuw met werkboek tickets tel … --inhoud content"
	tickets := func(front string) func(fstest.MapFS) {
		return set(map[string]string{"tickets.md": "---\n" + front + "---\nKies.\n"})
	}
	cases := []struct {
		name   string
		data   string
		change func(fstest.MapFS)
		want   []string
	}{
		{"good", goodParticipants, nil, nil},
		{"another edition", edit(`"editie": "2099"`, `"editie": "2098"`), nil,
			[]string{f + `:4: dit bestand hoort bij editie "2098", niet bij editie 2099 (Testwerkboek); tel de tickets van deze editie met werkboek tickets tel … --inhoud content, of haal het bestand weg`}},
		{"edition as a number", edit(`"editie": "2099"`, `"editie": 2099`), nil, nil},
		{"no edition", edit("  \"editie\": \"2099\",\n", ""), nil,
			[]string{f + `:1: "editie" ontbreekt, zodat niet te zien is of dit de deelnemers van editie 2099 zijn; zet "editie": "2099" in het bestand, of ` + fix}},
		{"no format", edit("  \"formaat\": \"werkboek-deelnemers 1\",\n", ""), nil,
			[]string{f + `:1: "formaat" ontbreekt; een deelnemersbestand begint met "formaat": "werkboek-deelnemers 1"; ` + fix}},
		{"a later version", edit("deelnemers 1", "deelnemers 2"), nil,
			[]string{f + ":2: dit bestand heeft versie 2 van het formaat; deze werkboek kent tot en met versie 1: werk werkboek bij"}},
		{"another format", edit("werkboek-deelnemers 1", "deelnemers"), nil,
			[]string{f + `:2: formaat "deelnemers" is onbekend; een deelnemersbestand heeft "formaat": "werkboek-deelnemers 1"`}},
		{"a library's tickets", edit("werkboek-deelnemers 1", "werkboek-tickets 1"), nil,
			[]string{f + `:2: dit is de keuze van één Bibliotheek ("werkboek-tickets 1"), geen deelnemersbestand; tel de teruggestuurde tickets met werkboek tickets tel inbox/ --inhoud content, dat dit bestand schrijft`}},
		{"format not text", edit(`"werkboek-deelnemers 1"`, `1`), nil,
			[]string{f + `:2: "formaat" moet tekst zijn, tussen aanhalingstekens`, f + `:1: "formaat" ontbreekt; een deelnemersbestand begint met "formaat": "werkboek-deelnemers 1"; ` + fix}},
		{"missing comma", edit("\"Bibliotheek Haarlem\",\n      \"Bibliotheek Leiden\"", "\"Bibliotheek Haarlem\"\n      \"Bibliotheek Leiden\""), nil,
			[]string{f + `:9: ongeldige JSON: er ontbreekt een komma vóór deze waarde; herstel de JSON op deze regel, of ` + fix}},
		{"cut short", goodParticipants[:strings.Index(goodParticipants, `"jeugd/tweede"`)], nil,
			[]string{f + ":10: het bestand houdt halverwege op; herstel de JSON op deze regel, of " + fix}},
		{"empty", " ", nil, []string{f + ":1: het bestand is leeg; herstel de JSON op deze regel, of " + fix}},
		{"a list, no object", "[\n]\n", nil,
			[]string{f + `:1: een deelnemersbestand is een JSON-object dat begint met {, met "formaat": "werkboek-deelnemers 1"; ` + fix}},
		{"more after the object", goodParticipants + "{}\n", nil,
			[]string{f + `:27: na de afsluitende } staat nog meer; een deelnemersbestand is één JSON-object: haal de rest weg, of ` + fix}},
		{"garbage after the object", goodParticipants + "x\n", nil,
			[]string{f + `:27: na de afsluitende } staat nog meer; een deelnemersbestand is één JSON-object: haal de rest weg, of ` + fix}},
		{"not UTF-8", edit("Bibliotheek Leiden\"\n    ]", "Bibliotheek L\xe9iden\"\n    ]"), nil,
			[]string{f + ":9: het bestand bevat tekens die geen UTF-8 zijn; sla het op als UTF-8 (in de meeste editors: Opslaan als… > Codering: UTF-8)"}},
		{"byte order mark and CRLF", "\uFEFF" + strings.ReplaceAll(goodParticipants, "\n", "\r\n"), nil, nil},
		{"unknown key", edit(`"geteld"`, `"geteldd"`), nil,
			[]string{f + `:5: onbekende sleutel "geteldd" (bedoelde u "geteld"?); een deelnemersbestand kent: formaat, werkboek, editie, geteld, projecten, bibliotheken, zalen`}},
		{"English key", edit(`"editie"`, `"edition"`), nil,
			[]string{f + `:1: "editie" ontbreekt, zodat niet te zien is of dit de deelnemers van editie 2099 zijn; zet "editie": "2099" in het bestand, of ` + fix,
				f + `:4: onbekende sleutel "edition" (bedoelde u "editie"?); een deelnemersbestand kent: formaat, werkboek, editie, geteld, projecten, bibliotheken, zalen`}},
		{"key twice", edit(`"werkboek": "Testwerkboek",`, `"werkboek": "Testwerkboek", "werkboek": "x",`), nil,
			[]string{f + `:3: "werkboek" staat al op regel 3; een sleutel mag maar één keer voorkomen: voeg de twee samen of haal er een weg`}},
		{"counted not a moment", edit("2099-09-19T15:30:00Z", "19-09-2099 17:30"), nil,
			[]string{f + `:5: "geteld": "19-09-2099 17:30" is geen tijdstip zoals 2016-09-19T15:30:00Z; verbeter het, of haal de regel weg`}},
		{"no projects", "{\"formaat\": \"werkboek-deelnemers 1\", \"editie\": \"2099\"}", nil,
			[]string{f + `:1: "projecten" ontbreekt: zonder die lijst zegt het bestand niet wie meedoet; ` + fix}},
		{"projects not an object", edit(`"projecten": {`, `"projecten": [ {`, `"volwassen/lezen": []
  },`, `"volwassen/lezen": []
  } ],`), nil,
			[]string{f + `:6: "projecten" hoort een object te zijn: { "jeugd-en-onderwijs/spoenk": ["Bibliotheek Haarlem"], … }`}},
		{"a project's libraries not a list", edit(`"volwassen/lezen": []`, `"volwassen/lezen": "Bibliotheek Delft"`), nil,
			[]string{f + `:14: bij "volwassen/lezen" hoort een lijst tussen [ en ], zoals { "jeugd-en-onderwijs/spoenk": ["Bibliotheek Haarlem"] }`}},
		{"a name not text", edit(`"Bibliotheek Leiden"
    ],
    "jeugd/tweede"`, `{"naam": "Bibliotheek Leiden"}
    ],
    "jeugd/tweede"`), nil,
			[]string{f + `:9: in de lijst bij "jeugd/spoenk" staat "{\"naam\": \"Bibliotheek Leiden\"}"; elk element is tekst tussen aanhalingstekens`}},
		{"unknown project, a letter off", edit(`"jeugd/spoenk": [
      "Bibliotheek Haarlem",`, `"jeugd/spoenkk": [
      "Bibliotheek Haarlem",`), nil,
			[]string{f + `:7: het project "jeugd/spoenkk" bestaat niet in editie 2099; bedoelde u "jeugd/spoenk"? Verbeter het id, of haal het project weg`}},
		{"unknown project, priority renamed", edit(`"jeugd/tweede": [`, `"jeugd-en-onderwijs/tweede": [`), nil,
			[]string{f + `:11: het project "jeugd-en-onderwijs/tweede" bestaat niet in editie 2099; bedoelde u "jeugd/tweede"? Verbeter het id, of haal het project weg`}},
		{"unknown project, nothing near", edit(`"volwassen/lezen": []`, `"volwassen/iets-heel-anders": []`), nil,
			[]string{f + `:14: het project "volwassen/iets-heel-anders" bestaat niet in editie 2099; verbeter het id (<prioriteit>/<kaart>, zoals in het webadres van de kaart), of haal het project weg`}},
		{"unknown project under bibliotheken", edit(`"Bibliotheek Delft": []`, `"Bibliotheek Delft": ["jeugd/niets"]`), nil,
			[]string{f + `:17: het project "jeugd/niets" bestaat niet in editie 2099; verbeter het id (<prioriteit>/<kaart>, zoals in het webadres van de kaart), of haal het project weg`}},
		{"a draft", edit(`"volwassen/lezen": []`, `"jeugd/concept": []`), nil,
			[]string{f + `:14: het project "jeugd/concept" is een concept (draft: true in content/prioriteiten/1-jeugd/3-concept.md) en staat niet op de site; haal het hier weg, of publiceer de kaart eerst`}},
		{"not eligible", goodParticipants, tickets("eligible: [1-jeugd]\n"),
			[]string{f + `:14: het project "volwassen/lezen" hoort bij prioriteit 2 Persoonlijke ontwikkeling, waarvoor geen tickets gelden (eligible in tickets.md); haal het hier weg, of zet 2-volwassen bij eligible`}},
		{"project twice", edit(`"volwassen/lezen": []`, `"volwassen/lezen": [], "volwassen/lezen": []`), nil,
			[]string{f + `:14: het project "volwassen/lezen" staat al op regel 14; voeg de twee lijsten samen`}},
		{"a library twice for a project", edit("\"Bibliotheek Leiden\"\n    ],\n    \"jeugd/tweede\"", "\"Bibliotheek Leiden\",\n      \"bibliotheek  LEIDEN\"\n    ],\n    \"jeugd/tweede\""), nil,
			[]string{f + `:10: "bibliotheek  LEIDEN" staat al op regel 9 bij dit project; een Bibliotheek telt maar één keer: haal een van beide weg`}},
		{"a name without letter or digit", edit(`"volwassen/lezen": []`, `"volwassen/lezen": ["📚 ---"]`), nil,
			[]string{f + `:14: de naam "📚 ---" heeft geen letter of cijfer, zodat hij niet van een andere Bibliotheek te onderscheiden is; schrijf de echte naam`}},
		{"an empty name", edit(`"volwassen/lezen": []`, `"volwassen/lezen": [" "]`), nil,
			[]string{f + `:14: hier staat een lege naam; vul de naam van de Bibliotheek in, of haal hem weg`}},
		{"a name with a control character", edit(`"volwassen/lezen": []`, `"volwassen/lezen": ["Bieb\u202eTegrah"]`), nil,
			[]string{f + `:14: de naam "Bieb\u202eTegrah" bevat een onzichtbaar stuurteken (U+202E); haal het weg (typ de naam eventueel opnieuw)`}},
		{"a name too long", edit(`"volwassen/lezen": []`, `"volwassen/lezen": ["`+strings.Repeat("a", 201)+`"]`), nil,
			[]string{f + `:14: deze naam is 201 tekens lang, meer dan de 200 die een naam mag hebben; schrijf de echte naam`}},
		{"over capacity", goodParticipants, tickets("capacity: 1\n"),
			[]string{f + `:9: waarschuwing: het project "jeugd/spoenk" heeft 2 Bibliotheken, meer dan de 1 plaatsen (capacity in tickets.md); de site toont het als vol. Kies welke meedoen en haal er 1 weg (ook onder "bibliotheken"), of verhoog capacity in tickets.md`}},
		{"at capacity", goodParticipants, tickets("capacity: 2\n"), nil},
		{"more tickets than max", goodParticipants, tickets("max: 1\n"),
			[]string{f + `:12: "Bibliotheek Haarlem" staat bij 2 projecten, en een Bibliotheek mag er hoogstens 1 kiezen (max in tickets.md); haal haar bij 1 projecten weg`}},
		{"a library missing under bibliotheken", edit("    \"Bibliotheek Leiden\": [\n      \"jeugd/spoenk\"\n    ]\n", "    \"Bibliotheek Lisse\": []\n"), nil,
			[]string{f + `:9: "Bibliotheek Leiden" staat niet onder "bibliotheken"; voeg haar daar toe met haar projecten, of haal de naam hier weg`}},
		{"a project missing under bibliotheken", edit("      \"jeugd/tweede\",\n      \"jeugd/spoenk\"", "      \"jeugd/spoenk\""), nil,
			[]string{f + `:12: "Bibliotheek Haarlem" staat bij "jeugd/tweede", maar onder "bibliotheken" (regel 18) niet bij dat project; zet het daar ook bij haar projecten, of haal de naam hier weg`}},
		{"a project only under bibliotheken", edit(`"Bibliotheek Delft": []`, `"Bibliotheek Delft": ["volwassen/lezen"]`), nil,
			[]string{f + `:17: "Bibliotheek Delft" noemt hier "volwassen/lezen", maar staat onder "projecten" niet bij dat project; zet de naam daar ook, of haal het project hier weg`}},
		{"a library twice under bibliotheken", edit(`"Bibliotheek Delft": [],`, `"Bibliotheek Delft": [], "bibliotheek delft": [],`), nil,
			[]string{f + `:17: "bibliotheek delft" staat al op regel 17 onder "bibliotheken"; voeg de twee lijsten samen`}},
		{"a project twice for a library", edit("\"jeugd/spoenk\"\n    ]\n  }", "\"jeugd/spoenk\",\n      \"jeugd/spoenk\"\n    ]\n  }"), nil,
			[]string{f + `:24: "jeugd/spoenk" staat al op regel 23 bij "Bibliotheek Leiden"; een project telt maar één keer`}},
		{"another spelling of a library", edit(`"Bibliotheek Leiden": [`, `"Bibliotheek  leiden": [`), nil,
			[]string{f + `:22: waarschuwing: "Bibliotheek  leiden" is dezelfde Bibliotheek als "Bibliotheek Leiden" op regel 9; schrijf de naam overal hetzelfde`}},
		{"a broken card is told once", edit(`"volwassen/lezen": []`, `"volwassen/lezen": ["Bibliotheek Delft"]`, `"Bibliotheek Delft": []`, `"Bibliotheek Delft": ["volwassen/lezen"]`),
			set(map[string]string{"prioriteiten/2-volwassen/1-lezen.md": "---\ntitle: \"Lezen\n---\n"}),
			[]string{`content/prioriteiten/2-volwassen/1-lezen.md:2: het aanhalingsteken (") voor de waarde van title wordt niet gesloten; zet er aan het eind van de waarde ook een, zoals title: "Lezen"`}},
		{"the priorities folder misspelt", goodParticipants, mv("prioriteiten", "prioritieten"),
			[]string{"content/prioritieten: deze map heet prioritieten; bedoelde u prioriteiten? Hernoem de map naar prioriteiten"}},
		{"a folder", "", set(map[string]string{participants.File + "/x": "x"}),
			[]string{f + ": dit is een map, maar deelnemers.json moet een bestand zijn; haal de map weg en schrijf het bestand met werkboek tickets tel … --inhoud content"}},
		{"misnamed", "", set(map[string]string{"Deelnemers.json": goodParticipants}),
			[]string{"content/Deelnemers.json: dit bestand heet Deelnemers.json; bedoelde u deelnemers.json? Hernoem het naar deelnemers.json"}},
		{"saved by Notepad", "", set(map[string]string{"deelnemers.json.txt": goodParticipants}),
			[]string{"content/deelnemers.json.txt: dit bestand heet deelnemers.json.txt; bedoelde u deelnemers.json? Hernoem het naar deelnemers.json"}},
		{"a copy beside it", goodParticipants, set(map[string]string{"deelnemers (1).json": goodParticipants}),
			[]string{"content/deelnemers (1).json: naast deelnemers.json staat ook dit bestand; werkboek leest alleen deelnemers.json: haal deze kopie weg, of begin de naam met _ (zoals _deelnemers (1).json) als u haar wilt bewaren zonder dat werkboek haar leest"}},
		{"kept aside", goodParticipants, set(map[string]string{"_deelnemers-oud.json": "x"}), nil},
	}
	var slips []slipCase
	for _, tt := range cases {
		change := addParticipants(tt.data)
		if tt.change != nil {
			change = all(change, tt.change)
		}
		slips = append(slips, slipCase{tt.name, change, sortedMessages(tt.want)})
	}
	runSlipCases(t, slips)
}
