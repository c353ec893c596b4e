package view

import (
	"html/template"
	"strings"

	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/model"
)

// converted is what a card's Markdown becomes: its lead and sections in
// HTML, on its own page and in the print edition, and its plain texts.
// It depends on the card's file alone, and for a card with Refs also on
// what they resolved to, the addresses of all cards and the base URL.
type converted struct {
	lead      template.HTML
	printLead template.HTML // lead in the print edition
	sections  []SectionView
	desc      string   // plain text for the meta description
	audiences []string // target groups from the Doelgroep, for filters
	// audienceKey is audiences joined by "|", for the home page's filter.
	audienceKey string
	search      string // plain text of the lead and sections, for search
}

// Convert makes a card's HTML and plain texts from the tree the content
// package parsed; it is content.Options.Convert, called for a card
// without Refs, whose HTML depends on its own file alone.
func Convert(c *model.Card) any { return convertCard(c, nil) }

// convertText converts a whole text for its own page at pageURL and for
// the print edition.
func convertText(t model.Text, pageURL, baseURL string) (site, print template.HTML) {
	if len(t.Links) == 0 {
		h := markdown.Render(t.Blocks)
		return h, h
	}
	k := linker{page: pageURL, baseURL: baseURL}
	refs := refsOf(t)
	k.point(refs, false)
	site = markdown.Render(t.Blocks)
	k.point(refs, true)
	return site, markdown.Render(t.Blocks)
}

// convertCard renders a card's lead and sections from their blocks in the
// one tree of its body; k points its links and images, and a card with
// some is rendered a second time, from the same tree, for the print
// edition. k is nil for a card without Refs.
func convertCard(c *model.Card, k *linker) *converted {
	out := &converted{sections: make([]SectionView, len(c.Sections))}
	var refs []refNode
	if k != nil && len(c.Body.Links) > 0 {
		refs = refsOf(c.Body)
		k.point(refs, false)
	}
	out.lead = markdown.Render(c.Lead.Blocks)
	for i, s := range c.Sections {
		h := markdown.Render(s.Body.Blocks)
		out.sections[i] = SectionView{Label: s.Heading, Class: model.SectionIDs[s.Kind], HTML: h, PrintHTML: h}
	}
	out.printLead = out.lead
	if len(refs) > 0 {
		k.point(refs, true)
		out.printLead = markdown.Render(c.Lead.Blocks)
		for i, s := range c.Sections {
			out.sections[i].PrintHTML = markdown.Render(s.Body.Blocks)
		}
	}
	// The plain text of the lead and of each section: for the meta
	// description, the target groups and the search index, which holds
	// the text of every section but the topics, which it holds as a
	// list.
	text := []string{markdown.PlainTextOf(c.Lead.Blocks)}
	for _, s := range c.Sections {
		plain := markdown.PlainTextOf(s.Body.Blocks)
		switch {
		case s.Kind == model.Effect && c.Description == "":
			out.desc = clip(plain, 155)
		case s.Kind == model.Doelgroep:
			out.audiences = Audiences(plain)
			out.audienceKey = strings.Join(out.audiences, "|")
		}
		if s.Kind != model.Onderwerpen || len(s.Topics) == 0 {
			text = append(text, plain)
		}
	}
	if c.Description != "" {
		out.desc = c.Description
	}
	out.search = strings.TrimSpace(strings.Join(text, " "))
	return out
}
