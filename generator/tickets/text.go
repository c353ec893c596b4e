package tickets

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

var bom = []byte("\ufeff")

// lineIndex turns byte offsets of a text into 1-based line numbers. It
// counts the line ends from the offset asked before, so asking for
// offsets in order costs one pass over the text and no memory, however
// many lines it has.
type lineIndex struct {
	data []byte
	off  int // the offset counted up to
	line int // the line at off
}

func newLineIndex(data []byte) *lineIndex { return &lineIndex{data: data, line: 1} }

// at returns the line of the byte at offset off.
func (li *lineIndex) at(off int64) int {
	o := int(min(max(off, 0), int64(len(li.data))))
	if o < li.off {
		li.off, li.line = 0, 1
	}
	li.line += bytes.Count(li.data[li.off:o], []byte("\n"))
	li.off = o
	return li.line
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

// fold makes names and titles comparable: after Unicode compatibility
// decomposition (NFKD: fullwidth letters and ligatures such as "ﬁ" become
// plain ones) accents, format characters (a soft hyphen, a zero-width
// space), case, punctuation and runs of spaces do not count ("Jeugd &
// Onderwijs" = "jeugd onderwijs", "Haar\u00adlem" = "Haarlem"). A name
// without a letter or a digit folds to "  ".
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true // "&" and "en" are the same word in titles
		}
	}
	return strings.ReplaceAll(" "+b.String()+" ", " en ", " ")
}

// named reports whether a name has a letter or a digit: a library named
// "📚" or "---" cannot be told apart from another.
func named(s string) bool { return strings.TrimSpace(fold(s)) != "" }

// parseFormat reads a format name such as "werkboek-tickets 1" and returns
// its version, or a Dutch explanation of why it cannot be read.
func parseFormat(s string) (int, string) {
	name, num, _ := strings.Cut(strings.TrimSpace(s), " ")
	v, err := strconv.Atoi(strings.TrimSpace(num))
	switch {
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
