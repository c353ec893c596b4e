package participants

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/probiblio/werkboek/generator/model"
)

// Write writes p, the participants of wb, as a participants file (see
// File): the format, the edition, when it was counted, per project the
// libraries that chose it and per library its projects. Projects are
// every project tickets may name, in the order of the workbook, those
// nobody chose with an empty list; libraries are in the order of p (by
// name: case, accents and punctuation aside), each with its projects in
// the order of its tickets. Every name and id stands on a line of its
// own, so a message about a file edited by hand names the line of that
// name.
func Write(wb *model.Workbook, p *model.Participants) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n  \"formaat\": %s,\n", jsonString(fmt.Sprintf("%s %d", Format, Version)))
	fmt.Fprintf(&b, "  \"werkboek\": %s,\n  \"editie\": %s,\n", jsonString(wb.Title), jsonString(wb.Edition))
	fmt.Fprintf(&b, "  \"geteld\": %s,\n", jsonString(p.Counted.UTC().Format(time.RFC3339)))
	b.WriteString("  \"projecten\": {")
	var projects []*model.Card
	for _, card := range wb.Cards() {
		if wb.Tickets.Allows(card.Priority) {
			projects = append(projects, card)
		}
	}
	for i, card := range projects {
		var libs []string
		for _, l := range p.Of(card) {
			libs = append(libs, l.Name)
		}
		writeEntry(&b, i, card.ID(), libs)
	}
	b.WriteString(closeObject(len(projects)) + ",\n  \"bibliotheken\": {")
	for i, l := range p.Libraries {
		ids := make([]string, len(l.Cards))
		for j, card := range l.Cards {
			ids[j] = card.ID()
		}
		writeEntry(&b, i, l.Name, ids)
	}
	b.WriteString(closeObject(len(p.Libraries)))
	writeRooms(&b, wb, p)
	b.WriteString("\n}\n")
	return b.Bytes()
}

// writeEntry writes the i-th key of an object and its list of texts, one
// a line.
func writeEntry(b *bytes.Buffer, i int, key string, list []string) {
	if i > 0 {
		b.WriteByte(',')
	}
	fmt.Fprintf(b, "\n    %s: [", jsonString(key))
	for j, s := range list {
		if j > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n      " + jsonString(s))
	}
	if len(list) > 0 {
		b.WriteString("\n    ")
	}
	b.WriteByte(']')
}

// closeObject ends an object of n keys: "}" on its own line, or "{}"
// when it is empty.
func closeObject(n int) string {
	if n == 0 {
		return "}"
	}
	return "\n  }"
}

// jsonString writes s as a JSON string, with & < > as they are (the file
// is read by people, not put in HTML).
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
