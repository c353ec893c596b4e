package tickets

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzParse checks what must hold for any input: Parse does not panic,
// every problem names the file and a line that exists, every ticket has a
// line that exists, text is valid UTF-8, and checking against the edition
// does not panic either.
func fuzzParse(t *testing.T, name string, data []byte) {
	r, diags := Parse(name, data)
	lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + 1
	for _, d := range diags {
		if d.Path != name || d.Line < 0 || d.Line > lines || d.Message == "" || !utf8.ValidString(d.Message) {
			t.Fatalf("bad problem %+v (file has at most %d lines)", d, lines)
		}
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
	bundled().Check(f)
	if !f.Refused() {
		for _, e := range r.Entries {
			if e.Card == nil {
				t.Fatalf("accepted file with an unresolved ticket at line %d", e.Line)
			}
		}
		if len(r.Entries) > bundled().Workbook.Tickets.Max || strings.TrimSpace(r.Library) == "" {
			t.Fatalf("accepted %d tickets of library %q", len(r.Entries), r.Library)
		}
	}
}

func FuzzJSON(f *testing.F) {
	for _, s := range []string{siteJSON, `{"bibliotheek":"X","tickets":[{"onderwerp":"1 Spoenk: innovatief jeugdbibliotheekwerk"}]}`, "{", "[1]", `{"tickets":[{"id":["a"]},"x",{}]}`, "\ufeff{\"formaat\":\"werkboek-tickets 2\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "f.json", data) })
}

func FuzzCSV(f *testing.F) {
	for _, s := range []string{siteCSV, "Onderwerp;Bibliotheek\nSpoenk;X\n", "a,b\n\"", "Id\tBibliotheek\tGewijzigd\nx\tY\tgisteren\n", "Ticket;Onderwerp;Bibliotheek\n1;\"a\"b;X\n", "Ticket,Onderwerp,Bibliotheek\n1,Sp\xeb,X\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "f.csv", data) })
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
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "f.eml", data)
		fuzzParse(t, "f.txt", data)
	})
}
