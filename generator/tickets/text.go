package tickets

import (
	"bytes"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

var bom = []byte("\ufeff")

// lineIndex holds the offsets at which the lines of a text start, to turn
// a byte offset into a 1-based line number.
type lineIndex []int

func newLineIndex(data []byte) lineIndex {
	li := lineIndex{0}
	for i, b := range data {
		if b == '\n' {
			li = append(li, i+1)
		}
	}
	return li
}

// at returns the line of the byte at offset off.
func (li lineIndex) at(off int64) int {
	return sort.Search(len(li), func(i int) bool { return int64(li[i]) > off })
}

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

// fold makes names and titles comparable: accents, case, punctuation and
// runs of spaces do not count ("Jeugd & Onderwijs" = "jeugd onderwijs").
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '&':
			space = true // "&" and "en" are the same word in titles
		default:
			space = true
		}
	}
	return strings.ReplaceAll(" "+b.String()+" ", " en ", " ")
}

// parseFormat reads a format name such as "werkboek-tickets 1" and returns
// its version, or a Dutch explanation of why it cannot be read.
func parseFormat(s string) (int, string) {
	name, num, _ := strings.Cut(strings.TrimSpace(s), " ")
	v, err := strconv.Atoi(strings.TrimSpace(num))
	switch {
	case strings.HasPrefix(name, "werkboek-keuzelijst"):
		return 0, "dit is een keuzelijst (Ja/Misschien/Nee), geen tickets; vraag de Bibliotheek om het bestand van de pagina Tickets"
	case name != Format || err != nil || v < 1:
		return 0, "formaat " + strconv.Quote(s) + " is onbekend; een export van de pagina Tickets heeft formaat \"" + Format + " " + strconv.Itoa(Version) + "\""
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
	return "gewijzigd " + strconv.Quote(s) + " is geen tijdstip zoals 2016-09-19T13:42:07.000Z; bij meer bestanden van deze Bibliotheek telt daarom de datum van de mail of van het bestand"
}
