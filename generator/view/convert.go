package view

import (
	"html/template"
	"strings"

	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/model"
)

// Convert makes a card's HTML and plain texts from the tree the content
// package parsed; it is content.Options.Convert, called for a card
// without Refs, whose HTML depends on its own file alone.
func Convert(c *model.Card) *model.Converted { return convertCard(c, nil) }

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
func convertCard(c *model.Card, k *linker) *model.Converted {
	out := &model.Converted{Sections: make([]SectionView, len(c.Sections))}
	var refs []refNode
	if k != nil && len(c.Body.Links) > 0 {
		refs = refsOf(c.Body)
		k.point(refs, false)
	}
	out.Lead = markdown.Render(c.Lead.Blocks)
	for i, s := range c.Sections {
		h := markdown.Render(s.Body.Blocks)
		out.Sections[i] = SectionView{Label: s.Heading, Class: model.SectionIDs[s.Kind], HTML: h, PrintHTML: h}
	}
	out.PrintLead = out.Lead
	if len(refs) > 0 {
		k.point(refs, true)
		out.PrintLead = markdown.Render(c.Lead.Blocks)
		for i, s := range c.Sections {
			out.Sections[i].PrintHTML = markdown.Render(s.Body.Blocks)
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
			out.Description = clip(plain, 155)
		case s.Kind == model.Doelgroep:
			out.Audiences = Audiences(plain)
			out.AudienceKey = strings.Join(out.Audiences, "|")
		}
		if s.Kind != model.Onderwerpen || len(s.Topics) == 0 {
			text = append(text, plain)
		}
	}
	if c.Description != "" {
		out.Description = c.Description
	}
	out.Search = strings.TrimSpace(strings.Join(text, " "))
	return out
}
