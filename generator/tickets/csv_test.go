package tickets

import (
	"testing"
	"time"
)

const siteCSV = "\ufeff" + `"Ticket";"Prioriteit";"Onderwerp";"Bibliotheek";"Id";"Editie";"Werkboek";"Gewijzigd";"Formaat"` + "\r\n" +
	`"1";"Jeugd & onderwijs";"1 Spoenk: innovatief jeugdbibliotheekwerk";"Bibliotheek Zaanstad";"jeugd-en-onderwijs/spoenk";"2017";"Praat mee over innovatieve projecten 2017";"2016-09-19T10:00:00.000Z";"werkboek-tickets 1"` + "\r\n" +
	`"2";"Persoonlijke ontwikkeling";"2 Leesbevordering";"Bibliotheek Zaanstad";"persoonlijke-ontwikkeling/leesbevordering";"2017";"Praat mee over innovatieve projecten 2017";"2016-09-19T10:00:00.000Z";"werkboek-tickets 1"` + "\r\n"

func TestParseCSV(t *testing.T) {
	runParseCases(t, []parseCase{
		{name: "site export", file: "z.csv", data: siteCSV, library: "Bibliotheek Zaanstad", edition: "2017", version: 1,
			entries: "2:jeugd-en-onderwijs/spoenk 3:persoonlijke-ontwikkeling/leesbevordering"},
		{name: "before the format had a version", file: "oud.csv", library: "Bibliotheek Delft",
			data:    "\ufeff\"Ticket\";\"Prioriteit\";\"Onderwerp\";\"Bibliotheek\"\r\n\"1\";\"Jeugd & onderwijs\";\"1 Spoenk: innovatief jeugdbibliotheekwerk\";\"Bibliotheek Delft\"\r\n",
			entries: "2:1 Spoenk: innovatief jeugdbibliotheekwerk (Jeugd & onderwijs)"},
		{name: "saved again by a spreadsheet: commas, Windows-1252, empty rows", file: "excel.csv", library: "Bibliotheek Sassenheim-\u00eb", version: 1,
			data:    "Ticket,Prioriteit,Onderwerp,Bibliotheek,Id,Editie,Werkboek,Gewijzigd,Formaat\r\n1,Jeugd & onderwijs,1 Spoenk,Bibliotheek Sassenheim-\xeb,jeugd-en-onderwijs/spoenk,,,,werkboek-tickets 1\r\n,,,,,,,,\r\n2,x,2 Leesbevordering,,persoonlijke-ontwikkeling/leesbevordering,,,,\r\n",
			entries: "2:jeugd-en-onderwijs/spoenk 4:persoonlijke-ontwikkeling/leesbevordering"},
		{name: "no header", file: "k.csv", data: "\"1\";\"Jeugd\";\"Spoenk\";\"X\"\r\n", problems: []string{"1: de eerste regel moet de kolomnamen bevatten"}},
		{name: "unclosed quote", file: "k.csv", data: "Ticket;Onderwerp;Bibliotheek\n1;Spoenk;X\n2;\"Lees;X\n",
			problems: []string{"3: ongeldige CSV: een aanhalingsteken (\") sluit niet af"}},
		{name: "bare quote", file: "k.csv", data: "Ticket;Onderwerp;Bibliotheek\n1;Spoenk \"groot\";X\n",
			problems: []string{"2: ongeldige CSV: een los aanhalingsteken"}},
		{name: "two libraries", file: "k.csv", data: "Ticket;Onderwerp;Bibliotheek\n1;Spoenk;Bibliotheek A\n2;Leesbevordering;Bibliotheek B\n",
			problems: []string{`3: hier staat de Bibliotheek "Bibliotheek B", op regel 2 "Bibliotheek A"`}},
		{name: "two editions", file: "k.csv", data: "Onderwerp;Bibliotheek;Editie\nSpoenk;A;2017\nLeesbevordering;A;2018\n",
			problems: []string{`3: hier staat de editie "2018", op regel 2 "2017"`}},
		{name: "row without a project", file: "k.csv", data: "Ticket;Onderwerp;Bibliotheek;Id\n1;;X;\n",
			problems: []string{"2: deze regel noemt geen project"}},
		{name: "header only", file: "k.csv", data: "Ticket;Onderwerp;Bibliotheek;Id\r\n", problems: []string{"1: de CSV bevat geen tickets"}},
		{name: "empty", file: "k.csv", data: "", problems: []string{"1: het bestand is leeg"}},
		{name: "newer version", file: "k.csv", data: "Id;Bibliotheek;Formaat\na/b;X;werkboek-tickets 9\n",
			problems: []string{"2: versie 9 van het formaat"}},
		{name: "moment as a Dutch spreadsheet writes it", file: "k.csv", data: "Id;Bibliotheek;Gewijzigd\njeugd-en-onderwijs/spoenk;X;19-9-2016 15:42\n", library: "X",
			entries: "2:jeugd-en-onderwijs/spoenk"},
		{name: "unreadable moment", file: "k.csv", data: "Id;Bibliotheek;Gewijzigd\njeugd-en-onderwijs/spoenk;X;31-9-2016 15:42\n", library: "X",
			entries: "2:jeugd-en-onderwijs/spoenk", problems: []string{`2: waarschuwing: gewijzigd "31-9-2016 15:42" is geen tijdstip`}},
	})
}

// TestDutchMoments reads the moments a Dutch spreadsheet writes back, on
// the Dutch clock, and refuses dates that do not exist.
func TestDutchMoments(t *testing.T) {
	for in, want := range map[string]string{
		"7-12-2026 01:33":          "2026-12-07T00:33:00Z",
		"07-12-2026":               "2026-12-06T23:00:00Z",
		"7/12/2026 1:33:05":        "2026-12-07T00:33:05Z",
		"19-9-2016 15:42":          "2016-09-19T13:42:00Z",
		"2016-09-19T13:42:07.000Z": "2016-09-19T13:42:07Z",
	} {
		got, ok := parseChanged(in)
		if !ok || got.UTC().Format(time.RFC3339) != want {
			t.Errorf("%q: %v %v, want %s", in, got.UTC(), ok, want)
		}
	}
	for _, in := range []string{"31-9-2016", "7-13-2026", "7-12-2026 24:00", "7-12-26", "gisteren"} {
		if _, ok := parseChanged(in); ok {
			t.Errorf("%q read as a moment", in)
		}
	}
}
