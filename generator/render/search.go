package render

import (
	"encoding/json"
	"strings"

	"github.com/probiblio/werkboek/generator/content"
)

// audienceWords map the start of a word in a card's Doelgroep to the
// target group a reader can filter on.
var audienceWords = []struct{ prefix, group string }{
	{"jeugd", "Jeugd"}, {"kinder", "Jeugd"}, {"jongere", "Jeugd"}, {"leerling", "Jeugd"}, {"scholier", "Jeugd"}, {"peuter", "Jeugd"},
	{"volwassen", "Volwassenen"}, {"laaggeletterd", "Volwassenen"}, {"digibet", "Volwassenen"},
	{"senior", "Senioren"}, {"ouderen", "Senioren"},
	{"medewerker", "Medewerkers"}, {"bibliotheekmedewerker", "Medewerkers"}, {"directie", "Medewerkers"}, {"vrijwilliger", "Medewerkers"},
	{"inwoner", "Inwoners"}, {"burger", "Inwoners"}, {"bezoeker", "Inwoners"},
	{"partner", "Partners"}, {"gemeente", "Partners"}, {"bedrij", "Partners"}, {"instelling", "Partners"}, {"provincie", "Partners"}, {"onderwijs", "Partners"},
}

// Audiences lists the target groups named in a Doelgroep text, in the
// order of first mention; "Overig" when none is recognised.
func Audiences(doelgroep string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(content.Fold(doelgroep), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		for _, a := range audienceWords {
			if strings.HasPrefix(w, a.prefix) && !contains(out, a.group) {
				out = append(out, a.group)
			}
		}
	}
	if len(out) == 0 {
		out = []string{"Overig"}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// searchDoc is one entry of the search index, as a compact JSON array:
// [url, title, context, kind, text, topics].
type searchDoc [6]any

// SearchIndex returns the site's search index: every card (title, all
// sections, topics) and every priority, with site-relative URLs. The
// browser loads it on first use of the search box. encoding/json escapes
// <, > and &, so no content can break out of it.
func SearchIndex(b *Book) []byte {
	docs := make([]searchDoc, 0, len(b.Cards)+len(b.Priorities))
	for _, p := range b.Priorities {
		text := content.PlainText(p.Body.Markdown)
		if p.Programme != nil {
			text += " " + p.Programme.Name + " " + p.Programme.Ambition + " " + p.Programme.Text
		}
		docs = append(docs, searchDoc{p.URL, p.Title, "Prioriteit " + itoa(p.Number), "p", strings.TrimSpace(text), []string{}})
	}
	for _, c := range b.Cards {
		var text strings.Builder
		text.WriteString(content.PlainText(c.Card.Lead.Markdown))
		topics := []string{}
		for _, s := range c.Card.Sections {
			if s.Kind == content.Onderwerpen && len(s.Topics) > 0 {
				topics = append(topics, s.Topics...)
				continue
			}
			text.WriteString(" ")
			text.WriteString(content.PlainText(s.Body.Markdown))
		}
		docs = append(docs, searchDoc{c.URL, c.Title, "Prioriteit " + itoa(c.Priority.Number) + " · " + itoa(c.Number), "k", strings.TrimSpace(text.String()), topics})
	}
	out, _ := json.Marshal(map[string]any{"v": 1, "d": docs})
	return out
}
