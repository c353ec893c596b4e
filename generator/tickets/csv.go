package tickets

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"github.com/probiblio/werkboek/generator/names"
)

// csvColumns maps the folded names of the header to the fields of the
// export; "project" and "titel" are accepted for a sheet typed by hand.
var csvColumns = map[string]string{
	" ticket ": "ticket", " prioriteit ": "prioriteit", " onderwerp ": "onderwerp", " project ": "onderwerp", " titel ": "onderwerp",
	" bibliotheek ": "bibliotheek", " id ": "id", " editie ": "editie", " werkboek ": "werkboek", " gewijzigd ": "gewijzigd", " formaat ": "formaat",
	" markt ": "markt",
}

// parseCSV reads a CSV export: a header, then one row per ticket, each
// repeating the library, the edition and the format. The separator is
// found from the header (the site writes ";", a spreadsheet may save ","
// or a tab).
func parseCSV(r *Return, data []byte, rep *reporter) {
	text := decodeText(data)
	sep := separator(text)
	if line := tooWide(text, sep); line > 0 {
		rep.errorf(line, "deze regel heeft meer dan %d kolommen; dit is geen CSV van de pagina Tickets (die heeft er 9): download de CSV opnieuw", maxColumns)
		return
	}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err != nil {
		csvFail(err, rep)
		return
	}
	col := map[string]int{}
	for i, h := range header {
		if f, ok := csvColumns[names.Key(h)]; ok {
			if _, dup := col[f]; !dup {
				col[f] = i
			}
		}
	}
	_, hasID := col["id"]
	_, hasTitle := col["onderwerp"]
	if _, ok := col["bibliotheek"]; !ok || !hasID && !hasTitle {
		rep.errorf(1, "de eerste regel moet de kolomnamen bevatten, zoals Ticket;Prioriteit;Onderwerp;Bibliotheek;Id; download de CSV opnieuw van de pagina Tickets")
		return
	}
	first := map[string]int{} // line where a repeated value was first seen
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			csvFail(err, rep)
			return
		}
		line, _ := cr.FieldPos(0)
		get := func(f string) string {
			if i, ok := col[f]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if strings.TrimSpace(strings.Join(rec, "")) == "" {
			continue // an empty row, as spreadsheets leave them
		}
		for _, f := range []struct {
			name, label string
			to          *string
			at          *int
		}{{"bibliotheek", "de Bibliotheek", &r.Library, &r.LibraryLine}, {"editie", "de editie", &r.Edition, &r.EditionLine}} {
			v := get(f.name)
			switch {
			case v == "":
			case *f.to == "":
				*f.to, *f.at = v, line
			case names.Key(v) != names.Key(*f.to):
				rep.errorf(line, "hier staat %s %s, op regel %d %s; één bestand hoort bij één Bibliotheek en één editie: splits het bestand", f.label, show(v), *f.at, show(*f.to))
			}
		}
		if v := get("formaat"); v != "" {
			if _, seen := first["formaat"]; !seen {
				first["formaat"] = line
				ver, msg := parseFormat(v)
				if msg != "" {
					rep.errorf(line, "%s", msg)
					return
				}
				r.Version = ver
			}
		}
		if v := get("werkboek"); v != "" && r.Workbook == "" {
			r.Workbook = v
		}
		if v := get("gewijzigd"); v != "" {
			if _, seen := first["gewijzigd"]; !seen {
				first["gewijzigd"] = line
				if t, ok := parseChanged(v); ok {
					r.Changed, r.ChangedLine = t, line
				} else {
					rep.warnf(line, "%s", changedProblem(v))
				}
			}
		}
		if v := get("markt"); v != "" {
			if _, seen := first["markt"]; !seen {
				first["markt"] = line
				csvPlan(r, v, line, rep)
			}
		}
		e := Entry{Line: line, ID: get("id"), Priority: get("prioriteit"), Title: get("onderwerp")}
		if e.ID == "" && e.Title == "" {
			rep.errorf(line, "deze regel noemt geen project: vul de kolom Onderwerp of Id, of haal de regel weg")
			continue
		}
		r.add(e)
	}
	if r.Tickets == 0 && !rep.failed() {
		rep.errorf(1, "de CSV bevat geen tickets, en dus ook geen naam van de Bibliotheek; kies tickets op de pagina Tickets en download de CSV opnieuw")
	}
}

// maxColumns is the most columns a line may have. Every field of a
// record costs memory, so a file of nothing but separators is refused
// before it is read as CSV.
const maxColumns = 100

// tooWide returns the first line with more than maxColumns fields, or 0.
func tooWide(text string, sep rune) int {
	for line := 1; text != ""; line++ {
		l, rest, _ := strings.Cut(text, "\n")
		if strings.Count(l, string(sep)) >= maxColumns {
			return line
		}
		text = rest
	}
	return 0
}

// separator picks the most frequent of ";", "," and tab on the first line.
func separator(text string) rune {
	head, _, _ := strings.Cut(text, "\n")
	best, n := ';', strings.Count(head, ";")
	for _, c := range []rune{',', '\t'} {
		if k := strings.Count(head, string(c)); k > n {
			best, n = c, k
		}
	}
	return best
}

// csvFail reports an unreadable CSV in Dutch.
func csvFail(err error, rep *reporter) {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		rep.errorf(1, "het bestand is leeg; download de CSV opnieuw van de pagina Tickets")
		return
	}
	why := "onleesbare regel"
	switch {
	case errors.Is(pe.Err, csv.ErrQuote):
		why = "een aanhalingsteken (\") sluit niet af"
	case errors.Is(pe.Err, csv.ErrBareQuote):
		why = "een los aanhalingsteken (\") in een veld zonder aanhalingstekens"
	}
	rep.errorf(max(pe.StartLine, 1), "ongeldige CSV: %s; sla het bestand opnieuw op als CSV of download het opnieuw van de pagina Tickets", why)
}
