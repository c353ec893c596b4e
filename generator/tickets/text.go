package tickets

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
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
// writes it (ISO 8601 in UTC, with or without milliseconds).
func parseChanged(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(s))
	return t, err == nil
}

// changedProblem is the warning for a moment that cannot be read.
func changedProblem(s string) string {
	return "gewijzigd " + show(s) + " is geen tijdstip zoals 2016-09-19T13:42:07.000Z; bij meer bestanden van deze Bibliotheek telt daarom de datum van de mail of van het bestand"
}
