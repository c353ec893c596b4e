package content

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/markdown"
	"github.com/yuin/goldmark/ast"
)

// gluedSectionHeadings returns the headings of a card's five sections
// written without a space after ## in a paragraph of the body: each stands
// in for the heading it names (its error is reported by the scanner), so
// the heading is not reported missing as well.
func gluedSectionHeadings(p *ast.Paragraph, body []byte, bodyLine int) []heading {
	var out []heading
	lines, offs := markdown.ParagraphLines(p, body)
	for i, line := range lines {
		m := markdown.GluedHeading.FindStringSubmatch(line)
		if m == nil || len(m[1]) != 2 {
			continue
		}
		if _, ok := sectionKind(m[2]); !ok {
			continue
		}
		start := markdown.LineStart(body, offs[i])
		out = append(out, heading{title: m[2], line: bodyLine + bytes.Count(body[:start], []byte("\n")), start: start, bodyStart: markdown.LineEnd(body, start)})
	}
	return out
}

// bullets are the marks editors put before list items that Markdown does
// not read as a list: pasted bullets, and - or * without a space.
var bullets = []string{"•", "·", "‣", "▪", "◦", "–", "—", "-", "*", "+"}

// topicSlips reports a paragraph of the topics section that is meant as a
// list: lines that start with a bullet Markdown does not know, or several
// short lines that the site would run together into one paragraph
// ("DigiD aanvragen Veilig internetbankieren").
func topicSlips(blocks markdown.Blocks, bodyLine int, r diag.Reporter) {
	body := blocks.Source
	for n := range blocks.All() {
		p, ok := n.(*ast.Paragraph)
		if !ok {
			continue
		}
		lines, offs := markdown.ParagraphLines(p, body)
		at := func(i int) int { return bodyLine + bytes.Count(body[:offs[i]], []byte("\n")) }
		if mark, i := badBullet(lines); mark != "" {
			r.Errorf(at(i), "%q maakt geen lijst; begin elk onderwerp met \"- \" (een streepje en een spatie), zoals: - %s", mark, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[i]), mark)))
			continue
		}
		if len(lines) < 2 || !allStartUpper(lines[1:]) {
			continue
		}
		joined := strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
		r.Errorf(at(0), "deze onderwerpen staan niet in een lijst, en de site zet ze achter elkaar als één alinea (%q); begin elke regel met \"- \" (een streepje en een spatie), zoals: - %s", diag.Short(joined), strings.TrimSpace(lines[0]))
	}
}

// badBullet returns the first bullet mark a line of lines starts with, and
// the line's index.
func badBullet(lines []string) (string, int) {
	for i, line := range lines {
		t := strings.TrimSpace(line)
		for _, b := range bullets {
			rest, ok := strings.CutPrefix(t, b)
			if !ok || rest == "" {
				continue
			}
			ascii := len(b) == 1
			if ascii && (rest[0] == ' ' || rest[0] == '\t' || rest[0] == b[0]) {
				continue // a list after all, or **bold**
			}
			if r, _ := utf8.DecodeRuneInString(rest); ascii && !unicode.IsLetter(r) {
				continue // -5 graden, +31 …
			}
			return b, i
		}
	}
	return "", -1
}

// allStartUpper reports whether every line starts with a capital or a
// digit: items, not a sentence that goes on.
func allStartUpper(lines []string) bool {
	for _, line := range lines {
		r, _ := utf8.DecodeRuneInString(strings.TrimSpace(line))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
