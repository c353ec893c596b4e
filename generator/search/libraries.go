package search

import (
	"strings"
)

// libraries is how many documents of the search index are libraries of
// the count.
func (s *Index) libraries() int {
	if s.b.Participants == nil {
		return 0
	}
	return len(s.b.Participants.Libraries)
}

// appendLibraries appends a document per library of the count to docs,
// after the priorities and cards: its name as the title, leading to its
// place on the page of participants, with its projects as the text.
func (s *Index) appendLibraries(docs []searchDoc) []searchDoc {
	if s.b.Participants == nil {
		return docs
	}
	for _, lib := range s.b.Participants.Libraries {
		var text strings.Builder
		if len(lib.Cards) == 0 {
			text.WriteString("Heeft geen project gekozen.")
		} else {
			text.WriteString("Neemt deel aan:")
			for i, c := range lib.Cards {
				if i > 0 {
					text.WriteByte(',')
				}
				text.WriteString(" " + c.Label)
			}
			text.WriteByte('.')
		}
		url := lib.URL
		if s.Offline {
			url = lib.Page + "index.html#" + lib.Anchor
		}
		docs = append(docs, searchDoc{url, lib.Name, "Deelnemer", "b", text.String(), []string{}})
	}
	return docs
}
