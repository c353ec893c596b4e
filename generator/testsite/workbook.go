package testsite

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/model"
)

// Card is a valid project card: the one of the test workbook.
const Card = `---
title: "Spoenk: innovatief jeugdbibliotheekwerk"
question: Waar loop ik tegenaan bij het bereiken van mijn doelstellingen?
---
## Doelgroep
Jeugd tot achttien jaar.

## Effect voor de doelgroep
De doelgroep is gestimuleerd tot *lezen*.

## Doel van de Bibliotheek
De Bibliotheek heeft alle leden van de doelgroep bereikt.

## Resultaat
Uitgewerkte ideeën voor [werving](https://example.org/werving).

## Mogelijke onderwerpen
- Acties verzamelen en uitwerken.
- Een multimediale productie lanceren.
`

// Workbook loads a small test workbook (two priorities, a card in each,
// in memory) with extra files in its place or beside it; with refused
// the content must have errors, to test that what comes after loading is
// safe on its own.
func Workbook(t testing.TB, extra map[string]string, refused bool) *model.Workbook {
	t.Helper()
	fsys := fstest.MapFS{
		"_index.md":                           {Data: []byte("---\ntitle: Testwerkboek\nedition: \"2099\"\norganisation: ProBiblio\nevent:\n  name: Projectendag\n  date: 2099-09-21\n---\nWelkom.\n")},
		"prioriteiten/1-jeugd/_index.md":      {Data: []byte("---\ntitle: Jeugd & onderwijs\nprogramme:\n  name: SOOB-programma\n  ambition: 100 procent bereik\n  text: Samen.\n---\n")},
		"prioriteiten/1-jeugd/1-spoenk.md":    {Data: []byte(Card)},
		"prioriteiten/2-groot/_index.md":      {Data: []byte("---\ntitle: Persoonlijke ontwikkeling\n---\n")},
		"prioriteiten/2-groot/1-informeel.md": {Data: []byte(strings.Replace(Card, "Spoenk: innovatief jeugdbibliotheekwerk", "Informeel leren", 1))},
	}
	for name, data := range extra {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	wb, diags := content.Load(fsys, content.Options{Prefix: "content"})
	if len(diags.Errors()) > 0 != refused {
		t.Fatalf("content errors (want errors: %v):\n%v", refused, diags)
	}
	return wb
}
