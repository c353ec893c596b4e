package tickets

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
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
	lines := newLineIndex(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	fail := func(err error) {
		if err == io.EOF && len(bytes.TrimSpace(data)) > 0 {
			err = io.ErrUnexpectedEOF
		}
		rep.errorf(max(jsonErrLine(err, data, lines, dec), 1), "%s; het bestand is beschadigd of met de hand veranderd: download het opnieuw van de pagina Tickets", jsonReason(err))
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
		line := lines.at(dec.InputOffset() - 1)
		if key == "tickets" {
			hasTickets = true
			if !jsonTickets(r, dec, data, lines, rep, fail) {
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
			if _, isText := jsonText(v); !isText {
				rep.errorf(line, "%q moet tekst zijn, tussen aanhalingstekens", key)
				continue
			}
		default:
			continue // unknown keys are left for later versions
		}
		s, _ := jsonText(v)
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
		rep.errorf(lines.at(dec.InputOffset()-1), "na de afsluitende } staat nog meer; een tickets-bestand bevat één keuze: download het opnieuw van de pagina Tickets")
		return
	}
	if !hasTickets {
		rep.errorf(1, "\"tickets\" ontbreekt; dit is geen tickets-bestand van de pagina Tickets")
	}
}

// jsonTickets reads the array of tickets; it reports false after a problem
// that ends the reading of the file.
func jsonTickets(r *Return, dec *json.Decoder, data []byte, lines *lineIndex, rep *reporter, fail func(error)) bool {
	tok, err := dec.Token()
	if err != nil {
		fail(err)
		return false
	}
	if tok != json.Delim('[') {
		rep.errorf(lines.at(dec.InputOffset()-1), "\"tickets\" moet een lijst zijn: [ … ]")
		return false
	}
	for dec.More() {
		at := skipSeparators(data, dec.InputOffset())
		start := lines.at(at)
		if at < int64(len(data)) && data[at] != '{' {
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
			line := lines.at(dec.InputOffset() - 1)
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
			if s, ok := jsonText(v); ok {
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

// jsonText returns a string, or a number written as text (an edition
// typed as 2017 instead of "2017").
func jsonText(v json.RawMessage) (string, bool) {
	if len(v) == 0 || v[0] != '"' && v[0] != '-' && (v[0] < '0' || v[0] > '9') {
		return "", false
	}
	var n json.Number
	if v[0] != '"' {
		return string(v), json.Unmarshal(v, &n) == nil
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return "", false
	}
	return s, true
}

// jsonErrLine is the line of a decoding error. The decoder's offset is
// sometimes that of the wrong character, sometimes the end of the token
// before it; the first character after white space and separators from
// there is the wrong one. A file that ends too early is wrong at its end.
func jsonErrLine(err error, data []byte, lines *lineIndex, dec *json.Decoder) int {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return lines.at(min(skipSeparators(data, se.Offset), int64(len(data))-1))
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		return lines.at(int64(len(bytes.TrimRight(data, " \t\r\n"))) - 1)
	}
	return lines.at(max(dec.InputOffset()-1, 0))
}

// skipSeparators skips white space, commas and colons from off.
func skipSeparators(data []byte, off int64) int64 {
	for off < int64(len(data)) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
		off++
	}
	return off
}

// jsonReason says in Dutch what is wrong with the JSON.
func jsonReason(err error) string {
	msg := err.Error()
	switch {
	case err == io.EOF:
		return "het bestand is leeg"
	case errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(msg, "unexpected end"):
		return "het bestand houdt halverwege op"
	case strings.Contains(msg, "exceeded max depth"):
		return "ongeldige JSON: de waarden zijn te diep in elkaar genest"
	case strings.HasPrefix(msg, "invalid character "):
		c, _, _ := strings.Cut(strings.TrimPrefix(msg, "invalid character "), " ")
		hint := ""
		switch {
		case strings.HasSuffix(msg, "after array element"), strings.HasSuffix(msg, "after object key:value pair"):
			hint = " (ontbreekt er een komma vóór?)"
		case strings.HasSuffix(msg, "after object key"):
			hint = " (ontbreekt er een dubbele punt vóór?)"
		}
		return fmt.Sprintf("ongeldige JSON: onverwacht teken %s%s", c, hint)
	}
	return "ongeldige JSON"
}
