package participants

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/jsonpos"
)

// rawParticipants is a participants file as written, each value with its
// line, before it is checked against the workbook.
type rawParticipants struct {
	format, workbook, edition, counted rawText
	projects, libraries, rooms         rawSection
}

// rawText is a text value of the file and its line; set when the key is
// there with a text.
type rawText struct {
	value string
	line  int
	set   bool
}

// rawSection is "projecten" or "bibliotheken": keys, each with a list of
// texts.
type rawSection struct {
	set, bad bool // bad: not an object (reported)
	lists    []rawList
}

// rawList is one key of a section with its list: bad when the value was
// not a list, partial when an element was not a text (both reported).
type rawList struct {
	key          rawText
	items        []rawText
	bad, partial bool
}

// Keys are the keys of a participants file, in the order
// werkboek tickets tel writes them.
var Keys = []string{"formaat", "werkboek", "editie", "geteld", "projecten", "bibliotheken", "zalen"}

// Remake is the advice for a file that is beyond repair by hand.
const Remake = "maak het bestand opnieuw met werkboek tickets tel … --inhoud content"

// readParticipantsJSON reads the file token by token, so every value
// keeps its line. It reports false after a problem that ends the reading
// (JSON that cannot be read, a file that is no JSON object).
func readJSON(data []byte, r *diag.Capped) (*rawParticipants, bool) {
	dec := jsonpos.NewDecoder(data)
	fail := func(err error) bool {
		line, reason := dec.Explain(err)
		r.Errorf(line, "%s; herstel de JSON op deze regel, of %s", reason, Remake)
		return false
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, fail(err)
	}
	if tok != json.Delim('{') {
		r.Errorf(dec.Line(), "een deelnemersbestand is een JSON-object dat begint met {, met \"formaat\": \"%s %d\"; %s", Format, Version, Remake)
		return nil, false
	}
	raw := &rawParticipants{}
	seen := map[string]int{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fail(err)
		}
		key, line := tok.(string), dec.Line()
		if at, dup := seen[key]; dup {
			r.Errorf(line, "%q staat al op regel %d; een sleutel mag maar één keer voorkomen: voeg de twee samen of haal er een weg", key, at)
			if err := skipValue(dec); err != nil {
				return nil, fail(err)
			}
			continue
		}
		seen[key] = line
		switch key {
		case "formaat":
			err = readText(dec, key, false, &raw.format, r)
		case "werkboek":
			err = readText(dec, key, false, &raw.workbook, r)
		case "geteld":
			err = readText(dec, key, false, &raw.counted, r)
		case "editie":
			err = readText(dec, key, true, &raw.edition, r)
		case "projecten":
			err = readSection(dec, key, "\"jeugd-en-onderwijs/spoenk\": [\"Bibliotheek Haarlem\"]", &raw.projects, r)
		case "bibliotheken":
			err = readSection(dec, key, "\"Bibliotheek Haarlem\": [\"jeugd-en-onderwijs/spoenk\"]", &raw.libraries, r)
		case "zalen":
			err = readSection(dec, key, "\"11:00 jeugd-en-onderwijs\": [\"Bibliotheek Haarlem\"]", &raw.rooms, r)
		default:
			r.Errorf(line, "onbekende sleutel %q%s; een deelnemersbestand kent: %s", key, nearKey(key, Keys), strings.Join(Keys, ", "))
			err = skipValue(dec)
		}
		if err != nil {
			return nil, fail(err)
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, fail(err)
	}
	if line := dec.NextLine(); dec.More() || dec.NextByte() != 0 {
		r.Errorf(line, "na de afsluitende } staat nog meer; een deelnemersbestand is één JSON-object: haal de rest weg, of %s", Remake)
		return nil, false
	}
	return raw, true
}

// readText reads the value of key as a text (or, when number is set, a
// number written as text, as in "editie": 2017).
func readText(dec *jsonpos.Decoder, key string, number bool, to *rawText, r *diag.Capped) error {
	line := dec.NextLine()
	var v json.RawMessage
	if err := dec.Decode(&v); err != nil {
		return err
	}
	s, ok := jsonpos.Text(v)
	if !ok || !number && v[0] != '"' {
		r.Errorf(line, "%q moet tekst zijn, tussen aanhalingstekens", key)
		return nil
	}
	*to = rawText{value: s, line: line, set: true}
	return nil
}

// readSection reads "projecten" or "bibliotheken": an object whose values
// are lists of texts. example shows one entry.
func readSection(dec *jsonpos.Decoder, key, example string, to *rawSection, r *diag.Capped) error {
	to.set = true
	if dec.NextByte() != '{' {
		r.Errorf(dec.NextLine(), "%q hoort een object te zijn: { %s, … }", key, example)
		to.bad = true
		return skipValue(dec)
	}
	if _, err := dec.Token(); err != nil {
		return err
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		list := rawList{key: rawText{value: tok.(string), line: dec.Line(), set: true}}
		if dec.NextByte() != '[' {
			r.Errorf(list.key.line, "bij %q hoort een lijst tussen [ en ], zoals { %s }", list.key.value, example)
			list.bad = true
			to.lists = append(to.lists, list)
			if err := skipValue(dec); err != nil {
				return err
			}
			continue
		}
		if _, err := dec.Token(); err != nil {
			return err
		}
		for dec.More() {
			line := dec.NextLine()
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				return err
			}
			var s string
			if v[0] != '"' || json.Unmarshal(v, &s) != nil {
				r.Errorf(line, "in de lijst bij %q staat %s; elk element is tekst tussen aanhalingstekens", list.key.value, shortJSON(v))
				list.partial = true
				continue
			}
			list.items = append(list.items, rawText{value: s, line: line, set: true})
		}
		if _, err := dec.Token(); err != nil {
			return err
		}
		to.lists = append(to.lists, list)
	}
	_, err := dec.Token()
	return err
}

// skipValue reads the next value whole.
func skipValue(dec *jsonpos.Decoder) error {
	var v json.RawMessage
	return dec.Decode(&v)
}

// shortJSON shows a value of the file in a message: at most 40
// characters, quoted.
func shortJSON(v json.RawMessage) string {
	s := strings.Join(strings.Fields(string(v)), " ")
	if r := []rune(s); len(r) > 40 {
		s = string(r[:39]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// participantsKeyNames are the English names of the keys, which editors
// used to the front matter may try.
var participantsKeyNames = map[string]string{
	"format": "formaat", "title": "werkboek", "workbook": "werkboek", "edition": "editie", "counted": "geteld",
	"projects": "projecten", "libraries": "bibliotheken", "deelnemers": "projecten",
}

// nearKey is " (bedoelde u \"x\"?)" for the one of want closest to key,
// or "" when none is close.
func nearKey(key string, want []string) string {
	if k, ok := participantsKeyNames[strings.ToLower(key)]; ok {
		return fmt.Sprintf(" (bedoelde u %q?)", k)
	}
	best, bestDist := "", 0
	for _, w := range want {
		d := dutch.Distance(strings.ToLower(key), w)
		if d <= max(1, len(w)/3) && (best == "" || d < bestDist) {
			best, bestDist = w, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (bedoelde u %q?)", best)
}
