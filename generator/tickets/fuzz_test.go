package tickets

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/names"
)

// fuzzParse checks what must hold for any input of a reader:
//
//   - Parse does not panic and gives the same answer twice;
//   - every problem names the file and a line that exists, is Dutch text
//     in UTF-8 without a control character (so no value from the file
//     can forge or erase a line on the terminal), and at most a few are
//     shown (shownErrors, shownWarnings and one line counting the rest);
//   - every ticket has a line that exists, at most keptEntries are kept
//     and Tickets counts at least those;
//   - text is valid UTF-8;
//   - checking against the edition does not panic, and an accepted file
//     names a library with a letter or digit, at most max tickets, each a
//     card;
//   - the count of the file alone writes CSV files in which no cell is a
//     formula or holds a control character, and an overview without one.
func fuzzParse(t *testing.T, name string, data []byte) {
	r, diags := Parse(name, data)
	if r2, diags2 := Parse(name, data); len(diags2) != len(diags) || r2.Library != r.Library || r2.Tickets != r.Tickets {
		t.Fatalf("two parses differ: %v / %v", diags, diags2)
	}
	lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + 1
	errs, warns := 0, 0
	for _, d := range diags {
		if d.Path != name || d.Line < 0 || d.Line > lines || d.Message == "" || !utf8.ValidString(d.Message) || strings.ContainsFunc(d.Message, names.UnsafeRune) {
			t.Fatalf("bad problem %+v (file has at most %d lines)", d, lines)
		}
		if d.Warning {
			warns++
		} else {
			errs++
		}
	}
	if errs+warns > shownErrors+shownWarnings+1 || errs > shownErrors+1 {
		t.Fatalf("%d errors and %d warnings shown:\n%v", errs, warns, diags)
	}
	if len(r.Entries) > keptEntries || r.Tickets < len(r.Entries) {
		t.Fatalf("%d tickets kept of %d", len(r.Entries), r.Tickets)
	}
	for _, e := range r.Entries {
		if e.Line < 1 || e.Line > lines {
			t.Fatalf("ticket at line %d of %d", e.Line, lines)
		}
		if !utf8.ValidString(e.ID + e.Title + e.Priority) {
			t.Fatalf("ticket text is not UTF-8: %+v", e)
		}
	}
	if !utf8.ValidString(r.Library + r.Edition + r.Workbook) {
		t.Fatalf("not UTF-8: %q %q %q", r.Library, r.Edition, r.Workbook)
	}
	f := &File{Path: name, Return: r, Diagnostics: diags}
	c := Tally(bundled(), []*File{f}, nil, countedAt)
	if !f.Refused() {
		for _, e := range r.Entries {
			if e.Card == nil {
				t.Fatalf("accepted file with an unresolved ticket at line %d", e.Line)
			}
		}
		if r.Tickets > bundled().Workbook.Tickets.Max || !names.Named(r.Library) {
			t.Fatalf("accepted %d tickets of library %q", r.Tickets, r.Library)
		}
	}
	out, err := Output(c, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, csvName := range []string{PerProjectFile, PerLibraryFile} {
		cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(out[csvName], bom)))
		cr.Comma, cr.FieldsPerRecord = ';', -1
		rows, err := cr.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", csvName, err)
		}
		for _, row := range rows {
			for _, cell := range row {
				if t0 := strings.TrimLeft(cell, " "); t0 != "" && strings.ContainsRune("=+-@\t\r", rune(t0[0])) || strings.ContainsFunc(cell, names.UnsafeRune) {
					t.Fatalf("%s: cell %q", csvName, cell)
				}
			}
		}
	}
	if html := string(out[OverviewFile]); strings.ContainsFunc(html, func(r rune) bool { return r != '\n' && names.UnsafeRune(r) }) {
		t.Fatalf("the overview holds a control character")
	}
}

// roundTrip writes what an accepted file says as the site would export it
// in the same kind, and wants Parse to read it back as the same choice:
// the readers agree with the writer, also on names the fuzzer makes.
func roundTrip(t *testing.T, name string, data []byte) {
	r, diags := Parse(name, data)
	if len(diags) > 0 || r.Library == "" || strings.ContainsFunc(r.Library+r.Edition, names.UnsafeRune) {
		return
	}
	var export []byte
	switch r.Kind {
	case "JSON":
		type ticket struct {
			ID    string `json:"id,omitempty"`
			Title string `json:"onderwerp,omitempty"`
		}
		var ts []ticket
		for _, e := range r.Entries {
			ts = append(ts, ticket{e.ID, e.Title})
		}
		export, _ = json.Marshal(map[string]any{"formaat": "werkboek-tickets 1", "editie": r.Edition, "bibliotheek": r.Library, "tickets": ts})
	case "CSV":
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Comma = ';'
		w.Write([]string{"Ticket", "Onderwerp", "Bibliotheek", "Id", "Editie", "Formaat"})
		for _, e := range r.Entries {
			w.Write([]string{"1", e.Title, r.Library, e.ID, r.Edition, "werkboek-tickets 1"})
		}
		w.Flush()
		export = b.Bytes()
	default:
		return
	}
	back, diags := Parse(name, export)
	if len(diags) > 0 && r.Edition == "" {
		return // an old export of titles only may not survive alone
	}
	if back.Library != r.Library || back.Edition != r.Edition || back.Tickets != r.Tickets {
		t.Fatalf("written and read back: library %q edition %q %d tickets, want %q %q %d (%v)", back.Library, back.Edition, back.Tickets, r.Library, r.Edition, r.Tickets, diags)
	}
	for i, e := range back.Entries {
		if e.ID != r.Entries[i].ID || e.Title != r.Entries[i].Title {
			t.Fatalf("ticket %d read back as %q %q, want %q %q", i+1, e.ID, e.Title, r.Entries[i].ID, r.Entries[i].Title)
		}
	}
}

func FuzzJSON(f *testing.F) {
	for _, s := range []string{siteJSON, `{"bibliotheek":"X","tickets":[{"onderwerp":"1 Spoenk: innovatief jeugdbibliotheekwerk"}]}`, "{", "[1]", `{"tickets":[{"id":["a"]},"x",{}]}`, "\ufeff{\"formaat\":\"werkboek-tickets 2\"}",
		`{"bibliotheek":"=HYPERLINK(\"http://x\";\"klik\")","tickets":[{"id":"jeugd-en-onderwijs/spoenk"}]}`,
		`{"bibliotheek":"Bieb\u001b[2K\nx.json: alles in orde","tickets":[{"id":"a\u202eb"}]}`,
		"{\"bibliotheek\":\"Caf\xe9\",\"tickets\":[{\"id\":\"jeugd-en-onderwijs/spoenk\"}]}",
		`{"bibliotheek":"📚","tickets":[{},{},{},{},{},{},{},{}]}`, `{"tickets":[[[[[[[[[[1]]]]]]]]]]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "f.json", data)
		roundTrip(t, "f.json", data)
	})
}

func FuzzCSV(f *testing.F) {
	for _, s := range []string{siteCSV, "Onderwerp;Bibliotheek\nSpoenk;X\n", "a,b\n\"", "Id\tBibliotheek\tGewijzigd\nx\tY\tgisteren\n", "Ticket;Onderwerp;Bibliotheek\n1;\"a\"b;X\n", "Ticket,Onderwerp,Bibliotheek\n1,Sp\xeb,X\n",
		"Id;Bibliotheek\njeugd-en-onderwijs/spoenk;\t=1+1\n", "Id;Bibliotheek\n\"a\x1b[1Ab\";\"X\nY\"\n", "Id;Bibliotheek\n" + strings.Repeat(";", 200) + "\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "f.csv", data)
		roundTrip(t, "f.csv", data)
	})
}

func FuzzMail(f *testing.F) {
	for _, s := range []string{
		siteBody,
		mailHead + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(siteBody),
		mailHead + "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(strings.ReplaceAll(siteBody, "Haarlem", "Haarl\xebm")),
		mailHead + "Content-Type: multipart/alternative; boundary=g\r\n\r\n--g\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--g\r\nContent-Type: text/plain; format=flowed; delsp=yes\r\n\r\n" + siteBody + "--g--\r\n",
		mailHead + "Content-Type: message/rfc822\r\n\r\n" + mailHead + "\r\n" + siteBody,
		"From x@y Mon Sep 19 15:50:00 2016\r\n" + mailHead + "Content-Type: multipart/mixed; boundary=\"\"\r\n\r\n",
		"Bibliotheek: Delft\r\rTicket 1: Spoenk (Jeugd)\r",
		"> -- werkboek-tickets 1 --\n> ticket: a\n",
		"-- werkboek-tickets 1 --\nbibliotheek: \x1b[2KX\nticket: a\x00b\nticket: c\n-- einde --\n",
		mailHead + "Content-Type: text/plain; charset=\"\x1b[31m\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + strings.Repeat("=3D=\r\n", 50) + "\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "f.eml", data)
		fuzzParse(t, "f.txt", data)
	})
}
