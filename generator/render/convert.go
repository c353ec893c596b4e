package render

import (
	"html/template"
	"strings"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/yuin/goldmark/ast"
)

// convertText converts a whole text for its own page at pageURL and for
// the print edition.
func convertText(t content.Text, pageURL, baseURL string) (site, print template.HTML) {
	if len(t.Links) == 0 {
		h := Markdown(t.Markdown)
		return h, h
	}
	doc := parse(t.Markdown)
	nodes := children(doc)
	k := linker{page: pageURL, baseURL: baseURL}
	refs := findRefs(doc, t.Links)
	k.point(refs, false)
	site = renderNodes(t.Markdown, nodes)
	k.point(refs, true)
	return site, renderNodes(t.Markdown, nodes)
}

func children(n ast.Node) []ast.Node {
	var out []ast.Node
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, c)
	}
	return out
}

// convertCard converts a card's lead and sections from one parse of its
// body; a card with links or images is rendered a second time, from the
// same parse, for the print edition.
func convertCard(cv *CardView, baseURL string) {
	c := cv.Card
	cv.Sections = make([]SectionView, len(c.Sections))
	for i, s := range c.Sections {
		cv.Sections[i] = SectionView{Label: s.Heading, Class: content.SectionIDs[s.Kind]}
	}
	doc := parse(c.Body.Markdown)
	groups, ok := sectionNodes(doc, len(c.Sections))
	// The plain text of the lead and of each section: for the meta
	// description, the target groups and the search index.
	plain := make([]string, len(c.Sections)+1)
	if ok {
		for i, g := range groups {
			plain[i] = content.PlainTextOf(c.Body.Markdown, g)
		}
	} else {
		plain[0] = content.PlainText(c.Lead.Markdown)
		for i, s := range c.Sections {
			plain[i+1] = content.PlainText(s.Body.Markdown)
		}
	}
	if !ok {
		// Not the sections content found; cannot happen for a card
		// without errors. Convert the sections one by one.
		cv.Lead, cv.PrintLead = Markdown(c.Lead.Markdown), Markdown(c.Lead.Markdown)
		for i, s := range c.Sections {
			cv.Sections[i].HTML = Markdown(s.Body.Markdown)
			cv.Sections[i].PrintHTML = cv.Sections[i].HTML
		}
	} else {
		src := c.Body.Markdown
		k := linker{page: cv.URL, self: c, baseURL: baseURL}
		var refs []refNode
		if len(c.Body.Links) > 0 {
			refs = findRefs(doc, c.Body.Links)
			k.point(refs, false)
		}
		cv.Lead = renderNodes(src, groups[0])
		for i := range cv.Sections {
			cv.Sections[i].HTML = renderNodes(src, groups[i+1])
		}
		cv.PrintLead = cv.Lead
		for i := range cv.Sections {
			cv.Sections[i].PrintHTML = cv.Sections[i].HTML
		}
		if len(refs) > 0 {
			k.point(refs, true)
			cv.PrintLead = renderNodes(src, groups[0])
			for i := range cv.Sections {
				cv.Sections[i].PrintHTML = renderNodes(src, groups[i+1])
			}
		}
	}
	// The search index holds the text of every section but the topics,
	// which it holds as a list.
	text := []string{plain[0]}
	for i, s := range c.Sections {
		switch {
		case s.Kind == content.Effect && cv.Card.Description == "":
			cv.Description = clip(plain[i+1], 155)
		case s.Kind == content.Doelgroep:
			cv.Audiences = Audiences(plain[i+1])
		}
		if s.Kind != content.Onderwerpen || len(s.Topics) == 0 {
			text = append(text, plain[i+1])
		}
	}
	if cv.Card.Description != "" {
		cv.Description = cv.Card.Description
	}
	cv.SearchText = strings.TrimSpace(strings.Join(text, " "))
}

// sectionNodes splits the top-level nodes of a card's body at its "## "
// headings, as the content package splits the sections: the lead, then
// the nodes below each heading (without the heading).
func sectionNodes(doc ast.Node, sections int) ([][]ast.Node, bool) {
	groups := [][]ast.Node{nil}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 2 {
			groups = append(groups, nil)
			continue
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], n)
	}
	return groups, len(groups) == sections+1
}
