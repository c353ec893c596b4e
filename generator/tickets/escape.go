package tickets

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/names"
)

// A returned file is written by someone else: its names, ids and even its
// file name may hold characters that act on whoever reads the count. An
// escape sequence (ESC) moves a terminal's cursor and can erase the
// message above it, a new line starts a forged message, NUL ends a string
// in many programs, and the bidirectional overrides of Unicode show text
// in another order than it is stored. Printable shows each of them as an
// escape (\x1b, \n, \u202e) in every message, in the overview and in the
// CSV files; spreadsheetCell also keeps a cell from being a formula.

// Printable returns s with control characters, line and paragraph
// separators, bidirectional controls and bytes that are not UTF-8 shown as
// Go escapes; other text, and a backslash, stay as they are.
func Printable(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case names.UnsafeRune(r):
			b.WriteString(strings.Trim(strconv.QuoteRuneToASCII(r), "'"))
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i, r := range s {
		if names.UnsafeRune(r) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return true
		}
	}
	return false
}

// clean makes a value from a file fit a sentence: printable and at most
// 80 characters.
func clean(s string) string {
	const most = 80
	if utf8.RuneCountInString(s) > most {
		s = string([]rune(s)[:most-1]) + "…"
	}
	return Printable(s)
}

// show quotes a value from a file for a message: "Bibliotheek Leiden".
func show(s string) string { return `"` + clean(s) + `"` }

// spreadsheetCell makes s safe for a CSV that a spreadsheet opens: shown
// printable, and with a ' before it when it would begin with =, +, -, @, a
// tab or a carriage return (after white space), which Excel and
// LibreOffice read as the start of a formula (a name such as
// =HYPERLINK("http://…";"klik") would become a link, or worse).
func spreadsheetCell(s string) string {
	s = Printable(s)
	if t := strings.TrimLeft(s, " "); t != "" && strings.ContainsRune("=+-@", rune(t[0])) {
		return "'" + s
	}
	return s
}
