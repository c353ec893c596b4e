package tickets

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/jsonpos"
)

// parseJSON reads a JSON export: an object with formaat, werkboek, editie,
// bibliotheek, gewijzigd and tickets, each ticket an object with id,
// prioriteit and onderwerp. Exports from before the format had a version
// lack formaat, editie, gewijzigd and id. JSON that is not UTF-8 is read
// as Windows-1252, like a CSV (Notepad on older Windows saves it so).
// Values are kept as raw bytes until their key is known, so a key of a
// later version or a huge value costs no more than its bytes.
func parseJSON(r *Return, data []byte, rep *reporter) {
	data = bytes.TrimPrefix(data, bom)
	if !utf8.Valid(data) {
		data = []byte(decodeText(data))
	}
	dec := jsonpos.NewDecoder(data)
	fail := func(err error) {
		line, reason := dec.Explain(err)
		rep.errorf(line, "%s; het bestand is beschadigd of met de hand veranderd: download het opnieuw van de pagina Tickets", reason)
	}
	tok, err := dec.Token()
	if err != nil {
		fail(err)
		return
	}
	if tok != json.Delim('{') {
		rep.errorf(1, "dit is geen tickets-bestand: het hoort te beginnen met {; download het opnieuw van de pagina Tickets")
		return
	}
	hasTickets := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			fail(err)
			return
		}
		key, _ := tok.(string)
		line := dec.Line()
		if key == "markt" {
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				fail(err)
				return
			}
			jsonPlan(r, v, line, rep)
			continue
		}
		if key == "tickets" {
			hasTickets = true
			if !jsonTickets(r, dec, rep, fail) {
				return
			}
			continue
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			fail(err)
			return
		}
		switch key {
		case "formaat", "werkboek", "editie", "bibliotheek", "gewijzigd":
			if _, isText := jsonpos.Text(v); !isText {
				rep.errorf(line, "%q moet tekst zijn, tussen aanhalingstekens", key)
				continue
			}
		default:
			continue // unknown keys are left for later versions
		}
		s, _ := jsonpos.Text(v)
		switch key {
		case "formaat":
			v, msg := parseFormat(s)
			if msg != "" {
				rep.errorf(line, "%s", msg)
				return
			}
			r.Version = v
		case "werkboek":
			r.Workbook = s
		case "editie":
			r.Edition, r.EditionLine = s, line
		case "bibliotheek":
			r.Library, r.LibraryLine = s, line
		case "gewijzigd":
			if t, ok := parseChanged(s); ok {
				r.Changed, r.ChangedLine = t, line
			} else if s != "" {
				rep.warnf(line, "%s", changedProblem(s))
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		fail(err)
		return
	}
	if _, err := dec.Token(); err != io.EOF {
		rep.errorf(dec.Line(), "na de afsluitende } staat nog meer; een tickets-bestand bevat één keuze: download het opnieuw van de pagina Tickets")
		return
	}
	if !hasTickets {
		rep.errorf(1, "\"tickets\" ontbreekt; dit is geen tickets-bestand van de pagina Tickets")
	}
}

// jsonTickets reads the array of tickets; it reports false after a problem
// that ends the reading of the file.
func jsonTickets(r *Return, dec *jsonpos.Decoder, rep *reporter, fail func(error)) bool {
	tok, err := dec.Token()
	if err != nil {
		fail(err)
		return false
	}
	if tok != json.Delim('[') {
		rep.errorf(dec.Line(), "\"tickets\" moet een lijst zijn: [ … ]")
		return false
	}
	for dec.More() {
		start := dec.NextLine()
		if dec.NextByte() != '{' {
			// Skipped whole: the decoder limits how deep it may nest.
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				fail(err)
				return false
			}
			rep.errorf(start, "elk ticket moet een object zijn: { \"id\": …, \"prioriteit\": …, \"onderwerp\": … }")
			continue
		}
		if _, err := dec.Token(); err != nil {
			fail(err)
			return false
		}
		e, keyLines := Entry{Line: start}, map[string]int{}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				fail(err)
				return false
			}
			key, _ := tok.(string)
			line := dec.Line()
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				fail(err)
				return false
			}
			var to *string
			switch key {
			case "id":
				to = &e.ID
			case "prioriteit":
				to = &e.Priority
			case "onderwerp":
				to = &e.Title
			default:
				continue
			}
			keyLines[key] = line
			if s, ok := jsonpos.Text(v); ok {
				*to = strings.TrimSpace(s)
			} else if string(v) != "null" {
				rep.errorf(line, "%q van dit ticket moet tekst zijn, tussen aanhalingstekens", key)
			}
		}
		if _, err := dec.Token(); err != nil {
			fail(err)
			return false
		}
		// Point at the id, else the title: that is what a message is about.
		if l, ok := keyLines["id"]; ok && e.ID != "" {
			e.Line = l
		} else if l, ok := keyLines["onderwerp"]; ok {
			e.Line = l
		}
		r.add(e)
	}
	if _, err := dec.Token(); err != nil {
		fail(err)
		return false
	}
	return true
}
