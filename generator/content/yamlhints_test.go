package content

import (
	"strings"
	"testing"
)

// TestYAMLSlips checks that a front matter the parser refuses is reported
// at the line of the slip, with its cause and the fix: the parser itself
// often names a later line (an unclosed quote at the closing ---) or
// another cause (an unclosed quote as an indentation problem).
func TestYAMLSlips(t *testing.T) {
	body := validCard[strings.Index(validCard, "## Doelgroep"):]
	at := func(line string) string { return "content/" + spoenk + ":" + line + ": " }
	tests := []struct {
		name, front string // the lines between the two ---
		want        string
	}{
		{"unclosed quote, as init writes the title", "title: \"Eerste kaart\nquestion: \"Waar loop ik tegenaan?\"\ndraft: true # haal deze regel weg",
			at("2") + `het aanhalingsteken (") voor de waarde van title wordt niet gesloten; zet er aan het eind van de waarde ook een, zoals title: "Eerste kaart"`},
		{"unclosed quote on the last line", "title: Spoenk\nquestion: \"Waar loop ik tegenaan?",
			at("3") + `het aanhalingsteken (") voor de waarde van question wordt niet gesloten; zet er aan het eind van de waarde ook een, zoals question: "Waar loop ik tegenaan?"`},
		{"unclosed single quote", "title: 'Spoenk\nweight: 1",
			at("2") + `het aanhalingsteken (') voor de waarde van title wordt niet gesloten; zet er aan het eind van de waarde ook een, zoals title: 'Spoenk'`},
		{"unclosed quote without a key", "title: Spoenk\nweight: 1\n\"Waar loop ik tegenaan?",
			at("4") + `deze regel begint met een aanhalingsteken (") dat niet wordt gesloten, en er staat geen sleutel voor; schrijf sleutel: waarde met aan beide kanten een aanhalingsteken, zoals question: "Waar loop ik tegenaan?"`},
		{"indented key on line 3", "title: \"Spoenk\"\n  question: \"Waar loop ik tegenaan?\"",
			at("3") + "de inspringing klopt niet: question: springt in onder title: op regel 2, maar die heeft al een waarde; zet question: aan het begin van de regel, zonder spaties ervoor"},
		{"slug indented under weight", "title: Spoenk\nweight: 1\n  slug: spoenk",
			at("4") + "de inspringing klopt niet: slug: springt in onder weight: op regel 3, maar die heeft al een waarde; zet slug: aan het begin van de regel, zonder spaties ervoor"},
		{"key between two levels", "title: Spoenk\nprogramme:\n    name: SOOB\n  ambition: Meer",
			at("5") + "de inspringing klopt niet: ambition: staat niet precies onder een sleutel erboven; zet het op dezelfde hoogte als programme: op regel 3"},
		{"colon in a value", "title: Lezen: in de zomer",
			at("2") + `dubbele punt in de waarde van title; zet een tekst met een dubbele punt tussen aanhalingstekens: title: "Lezen: in de zomer"`},
		{"text after the closing quote", "title: \"Spoenk\" voor de jeugd: nu\nweight: 1",
			at("2") + `na het sluitende aanhalingsteken van title staat nog tekst (voor de jeugd: nu); zet de hele waarde tussen aanhalingstekens, en schrijf een " in de tekst als \"`},
		{"no space after the colon", "title: Spoenk\nweight: 1\nquestion:Waar loop ik tegenaan?",
			at("4") + "na question: hoort een spatie; schrijf question: Waar loop ik tegenaan?"},
		{"no space after the colon, a colon later", "title: Spoenk\nquestion:Waar loop ik tegenaan: nu?",
			at("3") + "na question: hoort een spatie; schrijf question: Waar loop ik tegenaan: nu?"},
		{"a line without a key", "title: Spoenk\nweight: 1\nWaar loop ik tegenaan",
			at("4") + "op deze regel staat tekst zonder sleutel (Waar loop ik tegenaan); schrijf sleutel: waarde, zoals question: Waar loop ik tegenaan?, of zet de tekst achter de sleutel op de regel erboven"},
		{"value starting with an asterisk", "title: *Nieuw* project",
			at("2") + `de waarde van title begint met *, en dat leest YAML niet als tekst; zet de waarde tussen aanhalingstekens: title: "*Nieuw* project"`},
		{"unclosed bracket", "title: Spoenk\nquestion: [Waar, wanneer",
			at("3") + "het haakje [ na question: wordt niet gesloten; zet aan het eind ], zoals fields: [Prioriteit, Onderwerp]"},
		{"tab", "title: Spoenk\nprogramme:\n\tname: SOOB",
			at("4") + "tab in de front matter; spring in met spaties, niet met tabs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runSlipCases(t, []slipCase{{tt.name, set(map[string]string{spoenk: "---\n" + tt.front + "\n---\n" + body}), []string{tt.want}}})
		})
	}
}
