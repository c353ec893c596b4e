package tickets

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/participants"
)

// withCapacity is the bundled edition with room for two libraries in
// Vergaderzaal 1 (Jeugd & onderwijs) per round.
func withCapacity(t *testing.T) *Edition {
	t.Helper()
	fsys := fstest.MapFS{}
	src := os.DirFS("../../content")
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	prog := string(fsys["programma.md"].Data)
	with := strings.Replace(prog, "        location: \"Vergaderzaal 1\"\n", "        location: \"Vergaderzaal 1\"\n        capacity: 2\n", 1)
	if with == prog {
		t.Fatal("Vergaderzaal 1 not in programma.md")
	}
	fsys["programma.md"] = &fstest.MapFile{Data: []byte(with)}
	wb, diags := content.Load(fsys, content.Options{Prefix: "content"})
	if len(diags.Errors()) > 0 {
		t.Fatal(diags)
	}
	return NewEdition(wb)
}

const soob = "100-procent-actief-bereik-onder-jongeren-tot-18-jaar-soob"

// threeLibraries are the returned files of three libraries, one of each
// kind, each with a market plan; Delft's mail visits Jeugd & onderwijs
// twice, and its second visit is left out.
func threeLibraries(t *testing.T) string {
	json := strings.Replace(siteJSON, `"tickets": [`, `"markt": [
    { "ronde": "11:00", "id": "jeugd-en-onderwijs", "optie": "Jeugd & onderwijs", "zaal": "Vergaderzaal 1" },
    { "ronde": "11:35", "id": "persoonlijke-ontwikkeling" },
    { "ronde": "12:10", "id": "bevorderen-culturele-infrastructuur" },
    { "ronde": "14:00", "id": "`+soob+`" }
  ],
  "tickets": [`, 1)
	csv := strings.ReplaceAll(siteCSV, `;"Formaat"`, `;"Formaat";"Markt"`)
	csv = strings.ReplaceAll(csv, `;"werkboek-tickets 1"`+"\r\n", `;"werkboek-tickets 1";"11:00 jeugd-en-onderwijs, 11:35 participatie-en-zelfredzaamheid, 12:10 persoonlijke-ontwikkeling"`+"\r\n")
	mail := strings.ReplaceAll(siteBody, "Bibliotheek Haarlem", "Bibliotheek Delft")
	mail = strings.Replace(mail, "-- einde --", "markt: 11:00 jeugd-en-onderwijs\nmarkt: 11:35 verandering-en-verbreding-klassieke-bibliotheek\nmarkt: 12:10 jeugd-en-onderwijs\nmarkt: 14:00 "+soob+"\n-- einde --", 1)
	return writeFiles(t, "haarlem.json", json, "zaanstad.csv", csv, "delft.eml", mailHead+"\r\n"+mail)
}

// roomsTable writes the rooms of a count as lines "time room: n (names)".
func roomsTable(c *Count) string {
	var b strings.Builder
	for _, rr := range c.Rooms() {
		for _, rc := range rr.Options {
			b.WriteString(rr.Time + " " + rc.Option.Location + ": " + strings.Repeat("I", rc.Visitors()))
			if rc.Over() {
				b.WriteString(" te vol")
			}
			if n := libraryNames(rc.Libraries); n != "" {
				b.WriteString(" (" + n + ")")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestRoomsOfThreeLibraries(t *testing.T) {
	c := Tally(withCapacity(t), collect(t, threeLibraries(t)), nil, countedAt)
	if len(c.Libraries) != 3 || len(c.Refused()) != 0 {
		t.Fatalf("libraries %d, refused %d: %v", len(c.Libraries), len(c.Refused()), c.Diagnostics())
	}
	want := `11:00 Vergaderzaal 1: III te vol (Bibliotheek Delft, Bibliotheek Haarlem, Bibliotheek Zaanstad)
11:00 Vergaderzaal 2: 
11:00 Vergaderzaal 3: 
11:00 Atelier: 
11:00 Vide: 
11:35 Vergaderzaal 1: 
11:35 Vergaderzaal 2: I (Bibliotheek Haarlem)
11:35 Vergaderzaal 3: I (Bibliotheek Zaanstad)
11:35 Atelier: I (Bibliotheek Delft)
11:35 Vide: 
12:10 Vergaderzaal 1: 
12:10 Vergaderzaal 2: I (Bibliotheek Zaanstad)
12:10 Vergaderzaal 3: 
12:10 Atelier: 
12:10 Vide: I (Bibliotheek Haarlem)
14:00 Vergaderzaal 3: II (Bibliotheek Delft, Bibliotheek Haarlem)
14:00 Vergaderzaal 2: 
14:00 Vergaderzaal 1: 
`
	if got := roomsTable(c); got != want {
		t.Errorf("rooms:\n%s\nwant:\n%s", got, want)
	}
	all := c.Diagnostics().Error()
	for _, w := range []string{
		"delft.eml:", "jeugd & onderwijs\" staat twee keer in het marktplan",
		"content/programma.md:35: waarschuwing: Vergaderzaal 1 in ronde 1 (11:00): 3 Bibliotheken willen komen, de zaal heeft plaats voor 2 (capacity)",
	} {
		if !strings.Contains(strings.ToLower(all), strings.ToLower(w)) {
			t.Errorf("diagnostics lack %q:\n%s", w, all)
		}
	}
	out, err := Output(c, "")
	if err != nil {
		t.Fatal(err)
	}
	csv := string(out[RoomsFile])
	for _, w := range []string{
		`Tijd;Ronde;Onderdeel;Keuze;Zaal;Aantal bibliotheken;Capaciteit;Te vol;Bibliotheken`,
		`11:00;1;Markt, bezoek een prioriteit naar keuze voor de netwerkprojecten;Jeugd & onderwijs;Vergaderzaal 1;3;2;ja;Bibliotheek Delft, Bibliotheek Haarlem, Bibliotheek Zaanstad`,
		`12:10;3;Markt, bezoek een prioriteit naar keuze voor de netwerkprojecten;Bevorderen van culturele infrastructuur;Vide;1;;;Bibliotheek Haarlem`,
	} {
		if !strings.Contains(csv, w) {
			t.Errorf("%s lacks %s:\n%s", RoomsFile, w, csv)
		}
	}
	html := string(out[OverviewFile])
	for _, w := range []string{`<h2 id="zalen">Zalen per ronde</h2>`, `<caption>11:00 · ronde 1 · Markt, bezoek een prioriteit naar keuze voor de netwerkprojecten</caption>`, `<td class="aantal">3 (te vol)</td><td class="aantal">2</td>`} {
		if !strings.Contains(html, w) {
			t.Errorf("overview lacks %s", w)
		}
	}
}

// TestNoPlanNoRooms checks that files without a plan count as before:
// the rooms exist, all empty, and no note speaks of them.
func TestNoPlanNoRooms(t *testing.T) {
	c := Tally(bundled(), collect(t, writeFiles(t, "h.json", siteJSON)), nil, countedAt)
	if len(c.Libraries) != 1 || len(c.Diagnostics()) != 0 {
		t.Fatalf("%v", c.Diagnostics())
	}
	if got := roomsTable(c); strings.Contains(got, "I") {
		t.Errorf("rooms without plans:\n%s", got)
	}
}

// TestRoomsInTheParticipantsFile writes the count of three libraries as
// deelnemers.json and reads it back: the rooms survive, and a hand edit
// that breaks them is named at its line.
func TestRoomsInTheParticipantsFile(t *testing.T) {
	e := withCapacity(t)
	c := Tally(e, collect(t, threeLibraries(t)), nil, countedAt)
	data := string(participants.Write(e.Workbook, c.Participants()))
	back, diags := participants.Check(e.Workbook, []byte(data), "deelnemers.json")
	if len(diags) != 0 || back == nil {
		t.Fatalf("%v\n%s", diags, data)
	}
	var got []string
	for _, l := range back.Libraries {
		for _, v := range l.Plan {
			got = append(got, l.Name+" "+participants.RoomKey(v.Round, v.Option))
		}
	}
	want := "Bibliotheek Delft 11:00 jeugd-en-onderwijs, Bibliotheek Delft 11:35 verandering-en-verbreding-klassieke-bibliotheek, Bibliotheek Delft 14:00 " + soob +
		", Bibliotheek Haarlem 11:00 jeugd-en-onderwijs, Bibliotheek Haarlem 11:35 persoonlijke-ontwikkeling, Bibliotheek Haarlem 12:10 bevorderen-culturele-infrastructuur, Bibliotheek Haarlem 14:00 " + soob +
		", Bibliotheek Zaanstad 11:00 jeugd-en-onderwijs, Bibliotheek Zaanstad 11:35 participatie-en-zelfredzaamheid, Bibliotheek Zaanstad 12:10 persoonlijke-ontwikkeling"
	if strings.Join(got, ", ") != want {
		t.Errorf("plans read back:\n%s\nwant:\n%s", strings.Join(got, ", "), want)
	}
	line := func(s string) int { return strings.Count(data[:strings.Index(data, s)], "\n") + 1 }
	for _, tc := range []struct{ name, old, new, want string }{
		{"unknown round", `"11:35 bevorderen-culturele-infrastructuur"`, `"11:36 bevorderen-culturele-infrastructuur"`, `"11:36 bevorderen-culturele-infrastructuur" is geen ronde en keuze van het programma`},
		{"unknown library", "\"12:10 bevorderen-culturele-infrastructuur\": [\n      \"Bibliotheek Haarlem\"", "\"12:10 bevorderen-culturele-infrastructuur\": [\n      \"Bibliotheek Hoorn\"", `"Bibliotheek Hoorn" staat niet bij "projecten" of "bibliotheken"`},
		{"twice in a round", "\"12:10 verandering-en-verbreding-klassieke-bibliotheek\": []", "\"12:10 verandering-en-verbreding-klassieke-bibliotheek\": [\"Bibliotheek Haarlem\"]", `"Bibliotheek Haarlem" staat in de ronde om 12:10 al op regel`},
	} {
		if !strings.Contains(data, tc.old) {
			t.Fatalf("%s: %q not in the file:\n%s", tc.name, tc.old, data)
		}
		edited := strings.Replace(data, tc.old, tc.new, 1)
		at := line(tc.old)
		switch tc.name {
		case "unknown library":
			at++
		case "twice in a round": // the later of the two is told
			at = line(`"12:10 bevorderen-culturele-infrastructuur"`) + 1
		}
		_, diags := participants.Check(e.Workbook, []byte(edited), "deelnemers.json")
		if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), fmt.Sprintf("deelnemers.json:%d: %s", at, tc.want)) {
			t.Errorf("%s: %v, want one at line %d: %s", tc.name, diags, at, tc.want)
		}
	}
}
