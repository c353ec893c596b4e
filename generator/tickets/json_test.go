package tickets

import (
	"strings"
	"testing"
	"time"
)

const siteJSON = `{
  "formaat": "werkboek-tickets 1",
  "werkboek": "Praat mee over innovatieve projecten 2017",
  "editie": "2017",
  "bibliotheek": "Bibliotheek Haarlem",
  "gewijzigd": "2016-09-19T13:42:07.123Z",
  "tickets": [
    {
      "ticket": 1,
      "id": "jeugd-en-onderwijs/spoenk",
      "prioriteit": "Jeugd & onderwijs",
      "onderwerp": "1 Spoenk: innovatief jeugdbibliotheekwerk"
    },
    {
      "ticket": 2,
      "id": "persoonlijke-ontwikkeling/leesbevordering",
      "prioriteit": "Persoonlijke ontwikkeling",
      "onderwerp": "2 Leesbevordering"
    }
  ]
}`

// parseCase is one returned file and what Parse must make of it.
type parseCase struct {
	name     string
	file     string
	data     string
	library  string
	edition  string
	version  int
	entries  string   // "line:id" or "line:title (priority)", see ids
	problems []string // "line: part of the message"
}

func runParseCases(t *testing.T, cases []parseCase) {
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			r, diags := Parse(tt.file, []byte(tt.data))
			expectProblems(t, diags, tt.problems...)
			for _, d := range diags {
				if d.Path != tt.file {
					t.Errorf("problem names %q, want %q", d.Path, tt.file)
				}
			}
			if len(tt.problems) > 0 && diags.Errors() != nil && tt.entries == "" {
				return
			}
			if r.Library != tt.library || r.Edition != tt.edition || r.Version != tt.version {
				t.Errorf("library %q, edition %q, version %d; want %q, %q, %d", r.Library, r.Edition, r.Version, tt.library, tt.edition, tt.version)
			}
			if got := ids(r); got != tt.entries {
				t.Errorf("entries %q, want %q", got, tt.entries)
			}
		})
	}
}

func TestParseJSON(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "site export", file: "a.json", data: siteJSON, library: "Bibliotheek Haarlem", edition: "2017", version: 1,
			entries: "10:jeugd-en-onderwijs/spoenk 16:persoonlijke-ontwikkeling/leesbevordering"},
		{name: "with byte order mark, edition as a number", file: "a.json", data: "\ufeff{\"formaat\":\"werkboek-tickets 1\",\"editie\":2017,\"bibliotheek\":\"X\",\"tickets\":[]}",
			library: "X", edition: "2017", version: 1},
		{name: "before the format had a version", file: "oud.json",
			data:    `{"bibliotheek":"Bibliotheek Delft","tickets":[{"ticket":1,"prioriteit":"Jeugd & onderwijs","onderwerp":"1 Spoenk: innovatief jeugdbibliotheekwerk"}]}`,
			library: "Bibliotheek Delft", entries: "1:1 Spoenk: innovatief jeugdbibliotheekwerk (Jeugd & onderwijs)"},
		{name: "missing bracket", file: "k.json", data: "{\n\"bibliotheek\": \"X\",\n\"tickets\": [\n{\"id\": \"a/b\"}\n}\n",
			problems: []string{"5: ongeldige JSON: onverwacht teken '}'"}},
		{name: "cut off", file: "k.json", data: "{\n\"bibliotheek\": \"X\",\n\"tickets\": [\n{\"id\": \"a/b\"",
			problems: []string{"4: het bestand houdt halverwege op"}},
		{name: "missing comma", file: "k.json", data: "{\"bibliotheek\": \"X\", \"tickets\": [\n{\"id\": \"a/b\"}\n{\"id\": \"c/d\"}\n]}",
			problems: []string{"3: ongeldige JSON: onverwacht teken '{' (ontbreekt er een komma vóór?)"}},
		{name: "empty", file: "k.json", data: "", problems: []string{"1: het bestand is leeg"}},
		{name: "a list", file: "k.json", data: `[{"id":"a/b"}]`, problems: []string{"1: hoort te beginnen met {"}},
		{name: "newer version", file: "k.json", data: "{\n\"formaat\": \"werkboek-tickets 2\",\n\"tickets\": []}",
			problems: []string{"2: versie 2 van het formaat; deze werkboek kent tot en met versie 1"}},
		{name: "a checklist", file: "k.json", data: "{\"formaat\": \"werkboek-keuzelijst 1\", \"keuzes\": {}}",
			problems: []string{"1: dit is een keuzelijst"}},
		{name: "unknown format", file: "k.json", data: "{\"formaat\": \"iets anders\", \"tickets\": []}",
			problems: []string{`1: formaat "iets anders" is onbekend`}},
		{name: "library as a list", file: "k.json", data: "{\n\"bibliotheek\": [\"X\"],\n\"tickets\": []\n}",
			problems: []string{`2: "bibliotheek" moet tekst zijn`}},
		{name: "ticket as text", file: "k.json", data: "{\"bibliotheek\": \"X\", \"tickets\": [\n{\"id\": \"jeugd-en-onderwijs/spoenk\"},\n\"leesbevordering\"\n]}",
			problems: []string{"3: elk ticket moet een object zijn"}},
		{name: "id as a list", file: "k.json", data: "{\"bibliotheek\": \"X\", \"tickets\": [\n{\"id\": [\"a\"]}\n]}",
			problems: []string{`2: "id" van dit ticket moet tekst zijn`}},
		{name: "two objects", file: "k.json", data: "{\"bibliotheek\": \"X\", \"tickets\": []}\n{\"bibliotheek\": \"Y\"}",
			problems: []string{"2: na de afsluitende } staat nog meer"}},
		{name: "no tickets", file: "k.json", data: `{"bibliotheek": "X"}`, problems: []string{`1: "tickets" ontbreekt`}},
		{name: "Windows-1252, as Notepad saves it", file: "c.json", data: "{\"bibliotheek\": \"Bibliotheek Caf\xe9\",\n\"tickets\": [{\"id\": \"jeugd-en-onderwijs/spoenk\"}]}",
			library: "Bibliotheek Café", entries: "2:jeugd-en-onderwijs/spoenk"},
		{name: "nested too deep", file: "k.json", data: "{\"bibliotheek\": \"X\", \"tickets\": [\n" + strings.Repeat("[", 20000) + "]}",
			problems: []string{"2: ongeldige JSON: de waarden zijn te diep in elkaar genest"}},
		{name: "a value from the file in a message is shown escaped", file: "k.json", data: "{\"formaat\": \"werkboek\\u001b[2K\\nx.json: goed\", \"tickets\": []}",
			problems: []string{`1: formaat "werkboek\x1b[2K\nx.json: goed" is onbekend`}},
		{name: "unreadable moment", file: "k.json", data: "{\"bibliotheek\": \"X\",\n\"gewijzigd\": \"gisteren\",\n\"tickets\": []}", library: "X",
			problems: []string{`2: waarschuwing: gewijzigd "gisteren" is geen tijdstip`}},
	})
	r, _ := Parse("a.json", []byte(siteJSON))
	if want := time.Date(2016, 9, 19, 13, 42, 7, 123e6, time.UTC); !r.Changed.Equal(want) || r.ChangedLine != 6 {
		t.Errorf("gewijzigd %v at line %d, want %v at line 6", r.Changed, r.ChangedLine, want)
	}
}
