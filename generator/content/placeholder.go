package content

import (
	"bytes"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/model"
)

// CardHints are the texts "werkboek new card" writes under each of the
// five headings, by SectionKind. A published card that still contains one
// of their lines is an error, so a card is never published half written.
var CardHints = [...]string{
	model.Doelgroep:   "Voor wie is dit project? Bijvoorbeeld: Jeugd tot achttien jaar.",
	model.Effect:      "Wat merkt de doelgroep ervan?",
	model.Doel:        "Wat wil de Bibliotheek bereiken?",
	model.Resultaat:   "Wat is er aan het eind van het project?",
	model.Onderwerpen: "- Een eerste mogelijk onderwerp.\n- Een tweede mogelijk onderwerp.",
}

// NewPriorityText is the introduction "werkboek new priority" writes
// under a new priority's title: a sentence to replace.
const NewPriorityText = "Vertel hier in een paar zinnen waar deze prioriteit over gaat."

// NewCardQuestion is the reflection question a new card starts with: the
// one of the 2017 workbook, a real question and not a placeholder.
const NewCardQuestion = "Waar loop ik tegenaan bij het bereiken van mijn doelstellingen?"

// hintLines are the lines of all CardHints, trimmed.
var hintLines = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range CardHints {
		for _, l := range strings.Split(h, "\n") {
			m[strings.TrimSpace(l)] = true
		}
	}
	return m
}()

// checkPlaceholders reports every line of the card's lead and sections that
// is still a line written by "werkboek new card".
func checkPlaceholders(c *model.Card, r diag.Reporter) {
	check := func(t model.Text, where string) {
		for i, line := range bytes.Split(t.Markdown, []byte("\n")) {
			if l := string(bytes.TrimSpace(line)); hintLines[l] {
				r.Errorf(t.Line+i, "%s staat nog de voorbeeldtekst van werkboek new card (%q); vervang die door de tekst van deze kaart, of zet draft: true in de front matter zolang de kaart niet af is", where, l)
			}
		}
	}
	check(c.Lead, "boven de eerste kop")
	for _, s := range c.Sections {
		check(s.Body, "in de sectie \"## "+s.Heading+"\"")
	}
}
