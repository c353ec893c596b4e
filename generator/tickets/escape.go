package tickets

import (
	"strings"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/names"
)

// A returned file is written by someone else: its names, ids and even its
// file name may hold characters that act on whoever reads the count
// (see names.Printable). Every message, the overview and the CSV files
// show them escaped; spreadsheetCell also keeps a cell from being a
// formula.

// Printable is names.Printable, the one escaping of every command.
func Printable(s string) string { return names.Printable(s) }

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
