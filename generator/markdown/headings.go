package markdown

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// GluedHeading matches a line meant as a heading with no space after the
// #s ("##Doelgroep"): Markdown reads it as text.
var GluedHeading = regexp.MustCompile(`^ {0,3}(#{2,6})([^#\s].*?)\s*$`)

// ParagraphLines returns the lines of a paragraph and their offsets in
// src.
func ParagraphLines(p *ast.Paragraph, src []byte) ([]string, []int) {
	var lines []string
	var offs []int
	for i := 0; i < p.Lines().Len(); i++ {
		seg := p.Lines().At(i)
		lines = append(lines, strings.TrimRight(string(seg.Value(src)), "\n"))
		offs = append(offs, seg.Start)
	}
	return lines, offs
}

// gluedHeadings reports every line of a paragraph that is meant as a
// heading but has no space after its #s.
func (s *scanner) gluedHeadings(p *ast.Paragraph) {
	lines, offs := ParagraphLines(p, s.src)
	for i, line := range lines {
		if m := GluedHeading.FindStringSubmatch(line); m != nil {
			s.r.Errorf(s.lineOf(offs[i]), "%q is geen kop, want na %s staat geen spatie, en zo komt de regel als gewone tekst op de site; schrijf %q", strings.TrimSpace(line), m[1], m[1]+" "+m[2])
		}
	}
}
