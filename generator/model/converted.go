package model

import "html/template"

// Converted is what the view makes of a card's Markdown (see
// content.Options.Convert): its lead and sections in HTML, on its own
// page and in the print edition, and its plain texts. It depends on the
// card's file alone, and for a card with Refs also on what they resolved
// to, the addresses of all cards and the base URL. The loader keeps it
// with the card and never looks inside.
type Converted struct {
	Lead        template.HTML
	PrintLead   template.HTML // Lead in the print edition
	Sections    []SectionHTML
	Description string   // plain text for the meta description
	Audiences   []string // target groups from the Doelgroep, for filters
	// AudienceKey is Audiences joined by "|", for the home page's filter.
	AudienceKey string
	Search      string // plain text of the lead and sections, for search
}

// SectionHTML is one labelled block of a card in HTML.
type SectionHTML struct {
	Label     string // as the editor wrote the heading
	Class     string // "doelgroep", "effect", "doel", "resultaat", "onderwerpen": also its id
	HTML      template.HTML
	PrintHTML template.HTML // HTML in the print edition
}
