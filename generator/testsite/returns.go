package testsite

// Returns are the returned tickets of three libraries for the bundled
// workbook, one of each kind the tickets page makes (JSON, CSV and a
// saved mail), by their path in a test inbox. One name has characters
// HTML must escape.
var Returns = map[string]string{
	"inbox/rijn-en-duin.json": `{
  "formaat": "werkboek-tickets 1",
  "editie": "2017",
  "bibliotheek": "Bibliotheek Rijn & <Duin>",
  "gewijzigd": "2016-09-19T13:42:07.123Z",
  "tickets": [
    {"ticket": 1, "id": "jeugd-en-onderwijs/spoenk", "prioriteit": "Jeugd & onderwijs", "onderwerp": "1 Spoenk: innovatief jeugdbibliotheekwerk"}
  ]
}
`,
	"inbox/leiden.csv": "Ticket;Onderwerp;Bibliotheek;Id;Editie;Gewijzigd;Formaat\n" +
		"1;x;Bibliotheek Leiden;jeugd-en-onderwijs/spoenk;2017;2016-09-19T14:00:00.000Z;werkboek-tickets 1\n" +
		"2;x;Bibliotheek Leiden;persoonlijke-ontwikkeling/leesbevordering;2017;2016-09-19T14:00:00.000Z;werkboek-tickets 1\n",
	"inbox/delft.eml": "From: Bibliotheek Delft <info@example.org>\r\nDate: Mon, 19 Sep 2016 16:50:00 +0200\r\n\r\n" +
		"-- werkboek-tickets 1 --\r\neditie: 2017\r\nbibliotheek: Bibliotheek Delft\r\ngewijzigd: 2016-09-19T14:45:00.000Z\r\n" +
		"ticket: persoonlijke-ontwikkeling/leesbevordering\r\nticket: participatie-en-zelfredzaamheid/taalvaardigheden\r\n-- einde --\r\n",
}

// ReturnsChose are the libraries of Returns by project id, by name (the
// projects not named here have none).
var ReturnsChose = map[string][]string{
	"jeugd-en-onderwijs/spoenk":                        {"Bibliotheek Leiden", "Bibliotheek Rijn & <Duin>"},
	"persoonlijke-ontwikkeling/leesbevordering":        {"Bibliotheek Delft", "Bibliotheek Leiden"},
	"participatie-en-zelfredzaamheid/taalvaardigheden": {"Bibliotheek Delft"},
}
