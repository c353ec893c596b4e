package content

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/dutch"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/yuin/goldmark/ast"
)

// heading is a level-2 heading found in a card body.
type heading struct {
	title     string
	line      int             // file line
	start     int             // offset of the heading line in the body
	bodyStart int             // offset just after the heading
	blocks    markdown.Blocks // the blocks below it, up to the next heading
}

// splitSections parses a card body, scans it for what the renderer would
// drop (see scanner), splits it at its "## " headings and validates
// them: each of the five sections once, in order, none empty. It returns
// the body as a whole Text with its Refs, the lead and the sections, each
// with its blocks in the one tree of the body.
func splitSections(path string, body []byte, bodyLine int, r diag.Reporter) (model.Text, model.Text, []model.Section) {
	refs, blocks := markdown.Scan(body, bodyLine, r)
	whole := model.Text{Path: path, Line: bodyLine, Markdown: body, Refs: refs, Blocks: blocks}
	var heads []heading
	var lead markdown.Blocks
	// add puts a block below the last heading found, or in the lead.
	add := func(n ast.Node) {
		b := &lead
		if len(heads) > 0 {
			b = &heads[len(heads)-1].blocks
		}
		if b.First == nil {
			b.Source, b.First = body, n
		}
		b.Last = n
	}
	searchFrom := 0
	for n := blocks.First; n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok || h.Level != 2 {
			if p, ok := n.(*ast.Paragraph); ok {
				heads = append(heads, gluedSectionHeadings(p, body, bodyLine)...)
			}
			add(n)
			continue
		}
		start := searchFrom
		if h.Lines().Len() > 0 {
			start = markdown.LineStart(body, h.Lines().At(0).Start)
		} else if i := findEmptyHeading(body, searchFrom); i >= 0 {
			start = i
		}
		end := markdown.LineEnd(body, start)
		if h.Lines().Len() > 0 {
			end = markdown.LineEnd(body, h.Lines().At(h.Lines().Len()-1).Start)
			if next := markdown.LineEnd(body, end); isSetextUnderline(body[end:next]) {
				end = next
			}
		}
		searchFrom = end
		heads = append(heads, heading{
			title:     headingText(h, body),
			line:      bodyLine + bytes.Count(body[:start], []byte("\n")),
			start:     start,
			bodyStart: end,
		})
	}
	leadEnd := len(body)
	if len(heads) > 0 {
		leadEnd = heads[0].start
	}
	leadText := model.Text{Path: path, Line: bodyLine, Markdown: body[:leadEnd], Blocks: lead}

	sections := make([]model.Section, 0, len(heads))
	seen := map[model.SectionKind]int{}
	expected := model.SectionKind(0)
	lastLine := bodyLine + bytes.Count(bytes.TrimRight(body, " \t\n"), []byte("\n"))
	for i, h := range heads {
		end := len(body)
		if i+1 < len(heads) {
			end = heads[i+1].start
		}
		kind, ok := sectionKind(h.title)
		if !ok {
			hint, near := suggestHeading(h.title)
			r.Errorf(h.line, "onbekende kop \"## %s\"%s; een kaart heeft deze vijf koppen, in deze volgorde: %s", h.title, hint, expectedHeadings())
			// A near miss stands in for the heading it resembles, so the
			// editor gets one message for one mistake.
			if _, dup := seen[near]; hint != "" && !dup && near >= expected {
				seen[near] = h.line
				expected = near + 1
			}
			continue
		}
		if prev, dup := seen[kind]; dup {
			r.Errorf(h.line, "de kop \"## %s\" staat twee keer in deze kaart (ook op regel %d); zet de tekst onder één kop", h.title, prev)
			continue
		}
		seen[kind] = h.line
		for ; expected < kind; expected++ {
			if _, later := seen[expected]; !later {
				r.Errorf(h.line, "de kop \"## %s\" ontbreekt vóór \"## %s\"; een kaart heeft deze vijf koppen, in deze volgorde: %s", model.SectionTitles[expected], h.title, expectedHeadings())
			}
		}
		if kind < expected {
			r.Errorf(h.line, "de kop \"## %s\" staat op de verkeerde plek; de volgorde is: %s", h.title, expectedHeadings())
		} else {
			expected = kind + 1
		}
		sec := model.Section{
			Kind:    kind,
			Heading: h.title,
			Line:    h.line,
			Body:    model.Text{Path: path, Line: bodyLine + bytes.Count(body[:h.bodyStart], []byte("\n")), Markdown: body[h.bodyStart:end], Blocks: h.blocks},
		}
		if sec.Body.Empty() {
			r.Errorf(h.line, "de sectie \"## %s\" is leeg; schrijf er tekst onder", h.title)
		}
		if kind == model.Onderwerpen {
			topicSlips(h.blocks, bodyLine, r)
			for n := range h.blocks.All() {
				if list, ok := n.(*ast.List); ok {
					for item := list.FirstChild(); item != nil; item = item.NextSibling() {
						if t := strings.TrimSpace(markdown.PlainTextNode(item, body)); t != "" {
							sec.Topics = append(sec.Topics, t)
						}
					}
				}
			}
		}
		sections = append(sections, sec)
	}
	var missing []string
	for ; expected <= model.Onderwerpen; expected++ {
		if _, ok := seen[expected]; !ok {
			missing = append(missing, "\"## "+model.SectionTitles[expected]+"\"")
		}
	}
	switch len(missing) {
	case 0:
	case len(model.SectionTitles):
		r.Errorf(lastLine, "de kaart heeft nog geen koppen; schrijf onder de front matter deze vijf koppen, elk met tekst eronder: %s", expectedHeadings())
	case 1:
		r.Errorf(lastLine, "de kop %s ontbreekt aan het eind van de kaart; een kaart heeft deze vijf koppen, in deze volgorde: %s", missing[0], expectedHeadings())
	default:
		r.Errorf(lastLine, "de koppen %s ontbreken aan het eind van de kaart; een kaart heeft deze vijf koppen, in deze volgorde: %s", strings.Join(missing, ", "), expectedHeadings())
	}
	return whole, leadText, sections
}

func expectedHeadings() string {
	parts := make([]string, len(model.SectionTitles))
	for i, t := range model.SectionTitles {
		parts[i] = "## " + t
	}
	return strings.Join(parts, ", ") + " (of ## Bouwstenen)"
}

// normalHeading folds a heading for comparison: case, surrounding and
// repeated spaces, emphasis marks and a trailing colon are ignored.
func normalHeading(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '*' || r == '_' || r == '`' {
			return -1
		}
		return r
	}, s)
	s = strings.TrimSuffix(strings.TrimSpace(s), ":")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func sectionKind(title string) (model.SectionKind, bool) {
	t := normalHeading(title)
	if t == "bouwstenen" {
		return model.Onderwerpen, true
	}
	for i, want := range model.SectionTitles {
		if t == strings.ToLower(want) {
			return model.SectionKind(i), true
		}
	}
	return 0, false
}

// suggestHeading returns a "did you mean" for a near miss of an expected
// heading, and the kind of that heading.
func suggestHeading(title string) (string, model.SectionKind) {
	t := normalHeading(title)
	best, bestDist := "", 1+len(t)/3
	for _, want := range append(model.SectionTitles[:], "Bouwstenen") {
		if d := dutch.Distance(t, strings.ToLower(want)); d < bestDist {
			best, bestDist = want, d
		}
	}
	if best == "" {
		return "", 0
	}
	kind, _ := sectionKind(best)
	return fmt.Sprintf(" (bedoelde u \"## %s\"?)", best), kind
}

func headingText(h *ast.Heading, src []byte) string {
	var b strings.Builder
	for i := 0; i < h.Lines().Len(); i++ {
		seg := h.Lines().At(i)
		b.Write(seg.Value(src))
	}
	return strings.TrimSpace(b.String())
}

func isSetextUnderline(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) > 0 && (len(bytes.Trim(t, "-")) == 0 || len(bytes.Trim(t, "=")) == 0)
}

// findEmptyHeading finds a heading line with "##" and no text.
func findEmptyHeading(b []byte, from int) int {
	for i := from; i < len(b); i = markdown.LineEnd(b, i) {
		t := bytes.TrimSpace(b[i:markdown.LineEnd(b, i)])
		if bytes.HasPrefix(t, []byte("##")) && len(bytes.Trim(t, "# ")) == 0 {
			return i
		}
	}
	return -1
}
