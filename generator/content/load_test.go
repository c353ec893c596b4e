package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/probiblio/werkboek/generator/model"
)

const validCard = `---
title: "Spoenk: innovatief jeugdbibliotheekwerk"
question: Waar loop ik tegenaan?
---
## Doelgroep
Jeugd tot achttien jaar.

## Effect voor de doelgroep
De doelgroep leest meer.

## Doel van de Bibliotheek
Alle leden bereikt.

## Resultaat
Uitgewerkte ideeën.

## Mogelijke onderwerpen
- Acties verzamelen.
- Een *multimediale* productie lanceren.
`

// base returns a small valid workbook; tests change or add files.
func base() fstest.MapFS {
	return fstest.MapFS{
		"_index.md":                          {Data: []byte("---\ntitle: Testwerkboek\nedition: \"2099\"\nevent:\n  date: 2099-09-19\n  start: \"09:30\"\n---\nWelkom.\n")},
		"programma.md":                       {Data: []byte("---\ntitle: Programma\nschedule:\n  - time: \"09:30\"\n    activity: Ontvangst\n  - time: \"10:00\"\n    activity: Opening\n    speakers: [Anna]\n---\n")},
		"tickets.md":                         {Data: []byte("---\nmax: 3\nfields: [Prioriteit, Onderwerp, Bibliotheek]\n---\nKies.\n")},
		"prioriteiten/1-jeugd/_index.md":     {Data: []byte("---\ntitle: Jeugd & onderwijs\n---\n")},
		"prioriteiten/1-jeugd/1-spoenk.md":   {Data: []byte(validCard)},
		"prioriteiten/1-jeugd/2-tweede.md":   {Data: []byte(strings.Replace(validCard, "Spoenk: innovatief jeugdbibliotheekwerk", "Tweede", 1))},
		"prioriteiten/2-volwassen/_index.md": {Data: []byte("---\ntitle: Persoonlijke ontwikkeling\ncolor: \"#6A3D9A\"\n---\nIntro.\n")},
	}
}

func TestLoadValid(t *testing.T) {
	wb, diags := Load(base(), Options{Prefix: "content"})
	if len(diags) != 0 {
		t.Fatalf("unexpected diagnostics:\n%v", diags)
	}
	if wb.Title != "Testwerkboek" || wb.Edition != "2099" || wb.Event.Date != "2099-09-19" {
		t.Errorf("root metadata = %q %q %q", wb.Title, wb.Edition, wb.Event.Date)
	}
	if len(wb.Priorities) != 2 || wb.Priorities[0].Slug != "jeugd" || wb.Priorities[1].Color != "#6a3d9a" {
		t.Fatalf("priorities = %+v", wb.Priorities)
	}
	cards := wb.Cards()
	if len(cards) != 2 || cards[0].Slug != "spoenk" || cards[1].Number != 2 || cards[0].Next != cards[1] || cards[1].Prev != cards[0] {
		t.Fatalf("cards not ordered and linked: %+v", cards)
	}
	c := cards[0]
	if len(c.Sections) != 5 {
		t.Fatalf("sections = %d", len(c.Sections))
	}
	topics := c.Section(model.Onderwerpen).Topics
	if len(topics) != 2 || topics[1] != "Een multimediale productie lanceren." {
		t.Errorf("topics = %q", topics)
	}
	if c.Section(model.Resultaat).Line != 14 || c.Section(model.Resultaat).Body.Line != 15 {
		t.Errorf("Resultaat at line %d, body %d; want 14, 15", c.Section(model.Resultaat).Line, c.Section(model.Resultaat).Body.Line)
	}
	if wb.Schedule == nil || len(wb.Schedule.Slots) != 2 || wb.Schedule.Slots[1].Speakers[0] != "Anna" || wb.Schedule.Slots[1].Line != 6 {
		t.Errorf("schedule = %+v", wb.Schedule)
	}
}

// TestLoadErrors checks each rule of the content contract: the file, the
// line and the words of the message an editor gets.
func TestLoadErrors(t *testing.T) {
	card := "prioriteiten/1-jeugd/1-spoenk.md"
	tests := []struct {
		name    string
		file    string
		data    string // replaces or adds file; "-" deletes it
		want    string // "path:line: " prefix of the diagnostic
		message string // a part of the message
	}{
		{"missing section", card, strings.Replace(validCard, "## Resultaat\nUitgewerkte ideeën.\n\n", "", 1), "content/" + card + ":14:", `"## Resultaat" ontbreekt vóór "## Mogelijke onderwerpen"`},
		{"missing last section", card, validCard[:strings.Index(validCard, "## Mogelijke")], "content/" + card + ":", `"## Mogelijke onderwerpen" ontbreekt aan het eind`},
		{"section twice", card, validCard + "\n## Doelgroep\nNog eens.\n", "content/" + card + ":21:", `staat twee keer in deze kaart (ook op regel 5)`},
		{"unknown heading", card, strings.Replace(validCard, "## Resultaat", "## Resultaten", 1), "content/" + card + ":14:", `onbekende kop "## Resultaten" (bedoelde u "## Resultaat"?)`},
		{"empty section", card, strings.Replace(validCard, "Alle leden bereikt.\n", "", 1), "content/" + card + ":11:", `de sectie "## Doel van de Bibliotheek" is leeg`},
		{"wrong order", card, strings.Replace(strings.Replace(validCard, "## Doelgroep\nJeugd tot achttien jaar.\n\n", "", 1), "## Resultaat", "## Doelgroep\nJeugd.\n\n## Resultaat", 1), "content/" + card + ":", `staat op de verkeerde plek`},
		{"heading case and spaces", card, strings.Replace(validCard, "## Doel van de Bibliotheek", "##   doel VAN de bibliotheek  ", 1), "", ""},
		{"bouwstenen instead of topics", card, strings.Replace(validCard, "## Mogelijke onderwerpen", "## Bouwstenen", 1), "", ""},
		{"heading in code block is not a heading", card, strings.Replace(validCard, "Jeugd tot achttien jaar.", "```\n## Resultaat\n```", 1), "", ""},
		{"yaml syntax keeps line", card, "---\ntitle: x\nquestion: \"open\n---\n" + validCard[strings.Index(validCard, "## Doelgroep"):], "content/" + card + ":", "aanhalingsteken"},
		{"yaml colon in value", card, "---\ntitle: Spoenk: innovatief: x\n---\n" + validCard[strings.Index(validCard, "## Doelgroep"):], "content/" + card + ":2:", "dubbele punt"},
		{"tab in yaml", "prioriteiten/2-volwassen/_index.md", "---\ntitle: x\nprogramme:\n\tname: SOOB\n---\n", "content/prioriteiten/2-volwassen/_index.md:4:", "tab in de front matter"},
		{"duplicate key", card, "---\ntitle: a\ntitle: b\n---\n" + validCard[strings.Index(validCard, "## Doelgroep"):], "content/" + card + ":3:", "twee keer"},
		{"weight not a number", card, strings.Replace(validCard, "title:", "weight: twee\ntitle:", 1), "content/" + card + ":2:", `weight: "twee" is geen getal`},
		{"unknown key with suggestion", card, strings.Replace(validCard, "question:", "questoin:", 1), "content/" + card + ":3:", `onbekende sleutel "questoin" (bedoelde u "question"?)`},
		{"dutch key name", card, strings.Replace(validCard, "title:", "titel:", 1), "content/" + card + ":2:", `onbekende sleutel "titel" (bedoelde u "title"?)`},
		{"nested unknown key", "_index.md", "---\ntitle: T\nevent:\n  datum: 2099-01-01\n---\n", "content/_index.md:4:", `onbekende sleutel "datum" (bedoelde u "date"?)`},
		{"missing title", card, strings.Replace(validCard, "title: \"Spoenk: innovatief jeugdbibliotheekwerk\"\n", "", 1), "content/" + card + ":1:", "de titel ontbreekt"},
		{"no front matter", card, validCard[strings.Index(validCard, "## Doelgroep"):], "content/" + card + ":1:", "de titel ontbreekt"},
		{"unclosed front matter", card, "---\ntitle: x\n\n## Doelgroep\n", "content/" + card + ":1:", "niet afgesloten"},
		{"duplicate slug", "prioriteiten/1-jeugd/3-spoenk.md", validCard, "content/prioriteiten/1-jeugd/3-spoenk.md:1:", `de slug "spoenk" wordt al gebruikt door content/` + card},
		{"front matter slug duplicate", "prioriteiten/1-jeugd/3-x.md", strings.Replace(validCard, "question:", "slug: tweede\nquestion:", 1), "content/prioriteiten/1-jeugd/3-x.md:1:", `de slug "tweede" wordt al gebruikt`},
		{"slug with path", card, strings.Replace(validCard, "question:", "slug: ../../x\nquestion:", 1), "content/" + card + ":3:", `slug "../../x" kan niet`},
		{"priority without index", "prioriteiten/3-leeg/1-kaart.md", validCard, "content/prioriteiten/3-leeg: ", "heeft geen _index.md"},
		{"card outside priority", "prioriteiten/los.md", validCard, "content/prioriteiten/los.md: ", "zet deze kaart in een prioriteitsmap"},
		{"missing root", "_index.md", "-", "content/_index.md: ", "dit bestand ontbreekt"},
		{"bad colour", "prioriteiten/2-volwassen/_index.md", "---\ntitle: x\ncolor: rood\n---\n", "content/prioriteiten/2-volwassen/_index.md:3:", `kleur "rood" klopt niet`},
		{"colour too light", "prioriteiten/2-volwassen/_index.md", "---\ntitle: x\ncolor: \"#FFEE88\"\n---\n", "content/prioriteiten/2-volwassen/_index.md:3:", "te licht"},
		{"slot without time", "programma.md", "---\nschedule:\n  - activity: Opening\n---\n", "content/programma.md:3:", "geen tijd"},
		{"slot with bad time", "programma.md", "---\nschedule:\n  - time: \"25:00\"\n    activity: Opening\n---\n", "content/programma.md:3:", `tijd "25:00" klopt niet`},
		{"slot without activity", "programma.md", "---\nschedule:\n  - time: \"09:00\"\n---\n", "content/programma.md:3:", "geen activiteit"},
		{"tickets max", "tickets.md", "---\nmax: 0\n---\n", "content/tickets.md:2:", "max: 0 kan niet"},
		{"tickets eligible unknown", "tickets.md", "---\neligible: [9-niets]\n---\n", "content/tickets.md:2:", `eligible noemt "9-niets"`},
		{"bad date", "_index.md", "---\ntitle: T\nevent:\n  date: 19-09-2016\n---\n", "content/_index.md:4:", "datum"},
		{"not utf-8", card, strings.Replace(validCard, "ideeën", "ide\xebn", 1), "content/" + card + ":15:", "geen UTF-8"},
		{"nul character", card, strings.Replace(validCard, "Alle leden", "Alle\x00leden", 1), "content/" + card + ":12:", "onzichtbaar nul-teken (U+0000)"},
		{"bom and crlf simply work", card, "\uFEFF" + strings.ReplaceAll(validCard, "\n", "\r\n"), "", ""},
		{"empty file", card, "", "content/" + card + ":1:", "de titel ontbreekt"},
		{"only front matter", card, "---\ntitle: x\n---\n", "content/" + card + ":4:", `de kaart heeft nog geen koppen`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := base()
			if tt.data == "-" {
				delete(fsys, tt.file)
			} else {
				fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			}
			_, diags := Load(fsys, Options{Prefix: "content"})
			errs := diags.Errors()
			if tt.want == "" {
				if len(errs) > 0 {
					t.Fatalf("want no errors, got:\n%v", errs)
				}
				return
			}
			for _, d := range errs {
				s := d.String()
				if strings.HasPrefix(s, tt.want) && strings.Contains(s, tt.message) {
					return
				}
			}
			t.Fatalf("no error starting with %q containing %q; got:\n%v", tt.want, tt.message, diags)
		})
	}
}

func TestDiagnosticsSorted(t *testing.T) {
	fsys := base()
	fsys["prioriteiten/1-jeugd/2-tweede.md"] = &fstest.MapFile{Data: []byte("---\ntitel: x\n---\n")}
	fsys["prioriteiten/1-jeugd/1-spoenk.md"] = &fstest.MapFile{Data: []byte(strings.Replace(validCard, "## Resultaat", "## Nope", 1))}
	_, diags := Load(fsys, Options{})
	if len(diags) < 3 {
		t.Fatalf("want several errors, got %v", diags)
	}
	for i := 1; i < len(diags); i++ {
		a, b := diags[i-1], diags[i]
		if a.Path > b.Path || (a.Path == b.Path && a.Line > b.Line) {
			t.Errorf("not sorted: %v before %v", a, b)
		}
	}
}

func TestDrafts(t *testing.T) {
	fsys := base()
	fsys["prioriteiten/1-jeugd/3-concept.md"] = &fstest.MapFile{Data: []byte(strings.Replace(validCard, "question:", "draft: true\nslug: concept\nquestion:", 1))}
	wb, _ := Load(fsys, Options{})
	if n := len(wb.Cards()); n != 2 {
		t.Errorf("without drafts: %d cards, want 2", n)
	}
	wb, _ = Load(fsys, Options{Drafts: true})
	if n := len(wb.Cards()); n != 3 {
		t.Errorf("with drafts: %d cards, want 3", n)
	}
}

func TestIgnoredFiles(t *testing.T) {
	fsys := base()
	for _, name := range []string{"1-spoenk.md~", ".1-spoenk.md.swp", ".#1-spoenk.md", "4913", "_concept.md", "#x#", "x.tmp", "jb_old___"} {
		fsys["prioriteiten/1-jeugd/"+name] = &fstest.MapFile{Data: []byte("rommel")}
	}
	wb, diags := Load(fsys, Options{})
	if len(diags) != 0 || len(wb.Cards()) != 2 {
		t.Fatalf("ignored files were read: %v (%d cards)", diags, len(wb.Cards()))
	}
}

func TestWarningForOutOfOrderSlot(t *testing.T) {
	fsys := base()
	fsys["programma.md"] = &fstest.MapFile{Data: []byte("---\nschedule:\n  - time: \"11:15\"\n    activity: Markt\n  - time: \"11:00\"\n    activity: Ronde 1\n---\n")}
	_, diags := Load(fsys, Options{Prefix: "content"})
	if len(diags.Errors()) != 0 || len(diags.Warnings()) != 1 || diags[0].String() != "content/programma.md:5: waarschuwing: 11:00 komt na 11:15; klopt de volgorde van het programma?" {
		t.Fatalf("diagnostics = %v", diags)
	}
}

// TestEventDateInThePast checks the warning for an event date that has
// passed: werkboek init writes a date in the future.
func TestEventDateInThePast(t *testing.T) {
	runSlipCases(t, []slipCase{
		{"event date in the past", set(map[string]string{"_index.md": "---\ntitle: T\nevent:\n  date: 2016-09-19\n---\n"}),
			[]string{"content/_index.md:4: waarschuwing: de datum van de dag, 2016-09-19, is voorbij; zet hier de datum van de komende dag (jaar-maand-dag), anders noemen de site en het agendabestand een dag die al geweest is"}},
		{"event date in the future", set(map[string]string{"_index.md": "---\ntitle: T\nevent:\n  date: 2099-09-21\n---\n"}), nil},
	})
}
