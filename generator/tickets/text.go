package tickets

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/probiblio/werkboek/generator/dutch"
)

var bom = []byte("\ufeff")

// decodeText returns data as UTF-8 without a byte order mark. Text that is
// not valid UTF-8 is read as Windows-1252, as Excel and older mail programs
// on Windows write it.
func decodeText(data []byte) string {
	data = bytes.TrimPrefix(data, bom)
	if utf8.Valid(data) {
		return string(data)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return string(out)
}

// splitLines splits text into lines without their line ends.
func splitLines(text string) []string {
	text = strings.TrimSuffix(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if text == "" {
		return nil
	}
	return strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n")
}

// parseFormat reads a format name such as "werkboek-tickets 1" and returns
// its version, or a Dutch explanation of why it cannot be read.
func parseFormat(s string) (int, string) {
	name, num, _ := strings.Cut(strings.TrimSpace(s), " ")
	v, err := strconv.Atoi(strings.TrimSpace(num))
	switch {
	case strings.HasPrefix(name, "werkboek-deelnemers"):
		return 0, "dit is het deelnemersbestand van een telling, geen keuze van een Bibliotheek; noem de map met teruggestuurde bestanden, niet de inhoudsmap of de telling"
	case strings.HasPrefix(name, "werkboek-keuzelijst"):
		return 0, "dit is een keuzelijst (Ja/Misschien/Nee), geen tickets; vraag de Bibliotheek om het bestand van de pagina Tickets"
	case name != Format || err != nil || v < 1:
		return 0, "formaat " + show(s) + " is onbekend; een export van de pagina Tickets heeft formaat \"" + Format + " " + strconv.Itoa(Version) + "\""
	case v > Version:
		return 0, "dit bestand heeft versie " + strconv.Itoa(v) + " van het formaat; deze werkboek kent tot en met versie " + strconv.Itoa(Version) + ": werk werkboek bij"
	}
	return v, ""
}

// parseChanged reads the moment a choice was last changed, as the site
// writes it (ISO 8601 in UTC, with or without milliseconds), or as a
// spreadsheet writes it back on a Dutch computer: day-month-year with or
// without a time on the Dutch clock ("7-12-2026 01:33", "07-12-2026",
// "7/12/2026 1:33:05"); a date alone is its start.
func parseChanged(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, true
	}
	m := dutchMoment.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	n := make([]int, len(m))
	for i, v := range m[1:] {
		n[i+1], _ = strconv.Atoi(v)
	}
	day := time.Date(n[3], time.Month(n[2]), n[1], 0, 0, 0, 0, time.UTC)
	if day.Day() != n[1] || int(day.Month()) != n[2] || n[4] > 23 || n[5] > 59 || n[6] > 59 {
		return time.Time{}, false
	}
	t, ok := dutch.At(day, n[4], n[5])
	return t.Add(time.Duration(n[6]) * time.Second), ok
}

// dutchMoment is a date and time as a Dutch spreadsheet shows them.
var dutchMoment = regexp.MustCompile(`^(\d{1,2})[-/](\d{1,2})[-/](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$`)

// changedProblem is the warning for a moment that cannot be read.
func changedProblem(s string) string {
	return "gewijzigd " + show(s) + " is geen tijdstip zoals 2016-09-19T13:42:07.000Z of 19-9-2016 15:42; bij meer bestanden van deze Bibliotheek telt daarom de datum van de mail of van het bestand"
}
