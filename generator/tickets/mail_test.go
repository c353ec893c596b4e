package tickets

import (
	"bytes"
	"encoding/base64"
	"mime/quotedprintable"
	"strings"
	"testing"
	"time"
)

// siteBody is the mail body the tickets page makes (see werkboek.js).
const siteBody = `Bibliotheek: Bibliotheek Haarlem

Ticket 1: 1 Spoenk: innovatief jeugdbibliotheekwerk (Jeugd & onderwijs)
Ticket 2: 2 Professionele medewerkers (Verandering & verbreding klassieke Bibliotheek)

-- werkboek-tickets 1 --
werkboek: Praat mee over innovatieve projecten 2017
editie: 2017
bibliotheek: Bibliotheek Haarlem
gewijzigd: 2016-09-19T13:45:00.000Z
ticket: jeugd-en-onderwijs/spoenk
ticket: verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers
-- einde --
`

const mailHead = "From: Bibliotheek Haarlem <info@example.org>\r\nTo: dvtol@probiblio.nl\r\nSubject: Tickets Bibliotheek Haarlem\r\nDate: Mon, 19 Sep 2016 15:50:00 +0200\r\nMIME-Version: 1.0\r\n"

// qp encodes s as quoted-printable, as a mail program does (lines of at
// most 76 characters, soft breaks "=" at their end).
func qp(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// b64 encodes s as base64 in lines of 76 characters.
func b64(s string) string {
	enc := base64.StdEncoding.EncodeToString([]byte(s))
	var lines []string
	for len(enc) > 76 {
		lines, enc = append(lines, enc[:76]), enc[76:]
	}
	return strings.Join(append(lines, enc), "\r\n") + "\r\n"
}

const ticketIDs = "11:jeugd-en-onderwijs/spoenk 12:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"

func TestParseMail(t *testing.T) {
	long := strings.Replace(siteBody, "Bibliotheek Haarlem\n\nTicket", "Bibliotheek Haarlem, met een naam die zo lang is dat het mailprogramma hem zeker afbreekt\n\nTicket", 1)
	runParseCases(t, []parseCase{
		{name: "bare body as .txt", file: "haarlem.txt", data: siteBody, library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: ticketIDs},
		{name: "saved mail, 8bit", file: "haarlem.eml", data: mailHead + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + strings.ReplaceAll(siteBody, "\n", "\r\n"),
			library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: "18:jeugd-en-onderwijs/spoenk 19:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		{name: "quoted-printable: the long id is broken with a soft line break", file: "haarlem.eml",
			data:    mailHead + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(long),
			library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: "21:jeugd-en-onderwijs/spoenk 22:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		// The base64 lines are traced to the encoded line holding their first
		// byte: both tickets start in line 15.
		{name: "base64", file: "haarlem.eml", data: mailHead + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(siteBody),
			library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: "15:jeugd-en-onderwijs/spoenk 15:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		{name: "multipart/alternative, HTML first", file: "haarlem.eml",
			data: mailHead + "Content-Type: multipart/alternative; boundary=\"grens\"\r\n\r\nDit is een MIME-bericht.\r\n--grens\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Bibliotheek: Bibliotheek Haarlem</p>\r\n--grens\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
				qp(strings.ReplaceAll(siteBody, "Bibliotheek Haarlem", "Bibliotheek Haarl\xebm")) + "\r\n--grens--\r\n",
			library: "Bibliotheek Haarlëm", edition: "2017", version: 1, entries: "28:jeugd-en-onderwijs/spoenk 29:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		{name: "only HTML", file: "haarlem.eml", data: mailHead + "Content-Type: text/html; charset=utf-8\r\n\r\n<div>" + strings.ReplaceAll(strings.ReplaceAll(siteBody, "&", "&amp;"), "\n", "<br>\r\n") + "</div>\r\n",
			library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: "18:jeugd-en-onderwijs/spoenk 19:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		{name: "forwarded as an attachment", file: "fwd.eml",
			data:    mailHead + "Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nZie de bijlage.\r\n--b1\r\nContent-Type: message/rfc822\r\n\r\n" + mailHead + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + siteBody + "--b1--\r\n",
			library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: "32:jeugd-en-onderwijs/spoenk 33:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		{name: "quoted in a reply", file: "antwoord.txt", data: "Hier nog eens onze keuze.\n\n" + "> " + strings.ReplaceAll(strings.TrimSuffix(siteBody, "\n"), "\n", "\n> ") + "\n",
			library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: "13:jeugd-en-onderwijs/spoenk 14:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		{name: "format=flowed: a long name over two lines", file: "flowed.eml",
			data:    mailHead + "Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n" + strings.Replace(siteBody, "bibliotheek: Bibliotheek Haarlem\n", "bibliotheek: Bibliotheek \nHaarlem\n", 1),
			library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: "19:jeugd-en-onderwijs/spoenk 20:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		{name: "a name broken by a program that does not flow", file: "hard.txt",
			data:    strings.Replace(siteBody, "bibliotheek: Bibliotheek Haarlem\n", "bibliotheek: Bibliotheek\nHaarlem\n", 1),
			library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: "12:jeugd-en-onderwijs/spoenk 13:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		{name: "saved by Outlook as text only, in Dutch", file: "outlook.txt",
			data:    "Van:\tBibliotheek Haarlem <info@example.org>\r\nVerzonden:\tmaandag 19 september 2016 15:50\r\nAan:\tDick van Tol\r\nOnderwerp:\tTickets Bibliotheek Haarlem\r\n\r\n" + strings.ReplaceAll(siteBody, "\n", "\r\n"),
			library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: "16:jeugd-en-onderwijs/spoenk 17:verandering-en-verbreding-klassieke-bibliotheek/professionele-medewerkers"},
		{name: "before the block existed", file: "oud.txt", library: "Bibliotheek Delft",
			data:    "Bibliotheek: Bibliotheek Delft\n\nTicket 1: 1 Spoenk: innovatief jeugdbibliotheekwerk (Jeugd & onderwijs)\nTicket 2: 2 Taalvaardigheden (Participatie & zelfredzaamheid)\n",
			entries: "3:1 Spoenk: innovatief jeugdbibliotheekwerk (Jeugd & onderwijs) 4:2 Taalvaardigheden (Participatie & zelfredzaamheid)"},
		{name: "cut off", file: "kort.txt", data: strings.Split(siteBody, "ticket: verandering")[0],
			problems: []string{`6: het blok begint hier maar eindigt niet met "-- einde --"`}},
		{name: "damaged line", file: "kapot.txt", data: strings.Replace(siteBody, "ticket: jeugd-en-onderwijs/spoenk", "jeugd en onderwijs spoenk", 1),
			problems: []string{`11: deze regel in het blok is geen "naam: waarde"`}},
		{name: "newer block", file: "nieuw.txt", data: strings.Replace(siteBody, "werkboek-tickets 1", "werkboek-tickets 3", 1),
			problems: []string{"6: dit bestand heeft versie 3 van het formaat"}},
		{name: "no tickets", file: "leeg.txt", data: "Beste Dick,\n\nWe komen graag!\n", problems: []string{"1: geen tickets gevonden"}},
		{name: "two blocks", file: "twee.txt", data: siteBody + "\n> " + strings.ReplaceAll(strings.TrimSuffix(siteBody, "\n"), "\n", "\n> ") + "\n",
			library: "Bibliotheek Haarlem", edition: "2017", version: 1, entries: ticketIDs, problems: []string{"6: waarschuwing: deze mail bevat meer dan één blok"}},
		{name: "a mail with no text", file: "foto.eml", data: mailHead + "Content-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n",
			problems: []string{"1: deze mail heeft geen tekst om te lezen"}},
	})
	r, _ := Parse("haarlem.eml", []byte(mailHead+"\r\n"+siteBody))
	if want := time.Date(2016, 9, 19, 13, 50, 0, 0, time.UTC); !r.MailDate.Equal(want) {
		t.Errorf("Date %v, want %v", r.MailDate, want)
	}
}
