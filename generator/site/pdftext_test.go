package site

import (
	"bytes"
	"encoding/xml"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// pdfWord is one word as poppler places it on a page, in points from the
// top left corner.
type pdfWord struct {
	Text                     string
	Left, Top, Right, Bottom float64
}

// pdfLine is the words of one line of a page, left to right.
type pdfLine struct {
	Words       []pdfWord
	Top, Bottom float64
}

// Text is the line's words joined by spaces.
func (l pdfLine) Text() string {
	var s []string
	for _, w := range l.Words {
		s = append(s, w.Text)
	}
	return strings.Join(s, " ")
}

// Left is where the line's first word begins.
func (l pdfLine) Left() float64 { return l.Words[0].Left }

// pdfPage is the lines of a page, top to bottom.
type pdfPage struct {
	Height float64
	Lines  []pdfLine
}

// margin is the page margin of the print edition's inner pages (20 mm):
// lines that end above it are running heads, lines that begin below the
// page height less it are page numbers.
const margin = 20 * 72 / 25.4

// Body is the page's lines without its running head and page number.
func (p pdfPage) Body() []pdfLine {
	var out []pdfLine
	for _, l := range p.Lines {
		if l.Bottom >= margin && l.Top <= p.Height-margin {
			out = append(out, l)
		}
	}
	return out
}

// Head is the running head: the lines in the top margin.
func (p pdfPage) Head() string {
	var s []string
	for _, l := range p.Lines {
		if l.Bottom < margin {
			s = append(s, l.Text())
		}
	}
	return strings.Join(s, " ")
}

// Top is the text of the first n lines of the page's body.
func (p pdfPage) Top(n int) string {
	body := p.Body()
	var s []string
	for i := 0; i < n && i < len(body); i++ {
		s = append(s, body[i].Text())
	}
	return strings.Join(s, " ")
}

// readPDFText reads every word of a PDF with pdftotext -bbox and groups
// the words of each page into lines: a word whose vertical middle lies
// within the height of a line's first (topmost) word belongs to it (a
// label and the text beside it, a number badge and its title).
func readPDFText(t *testing.T, file string) []pdfPage {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var doc struct {
		Pages []struct {
			Height float64 `xml:"height,attr"`
			Words  []struct {
				Text string  `xml:",chardata"`
				XMin float64 `xml:"xMin,attr"`
				YMin float64 `xml:"yMin,attr"`
				XMax float64 `xml:"xMax,attr"`
				YMax float64 `xml:"yMax,attr"`
			} `xml:"word"`
		} `xml:"body>doc>page"`
	}
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = false
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("pdftotext -bbox output: %v", err)
	}
	var pages []pdfPage
	for _, pg := range doc.Pages {
		words := make([]pdfWord, 0, len(pg.Words))
		for _, w := range pg.Words {
			words = append(words, pdfWord{w.Text, w.XMin, w.YMin, w.XMax, w.YMax})
		}
		middle := func(w pdfWord) float64 { return (w.Top + w.Bottom) / 2 }
		slices.SortStableFunc(words, func(a, b pdfWord) int {
			if a.Top != b.Top {
				return int(a.Top*100 - b.Top*100)
			}
			return int(a.Left*100 - b.Left*100)
		})
		page := pdfPage{Height: pg.Height}
		for _, w := range words {
			n := len(page.Lines)
			if n > 0 && middle(w) <= page.Lines[n-1].Words[0].Bottom {
				l := &page.Lines[n-1]
				l.Words = append(l.Words, w)
				l.Bottom = max(l.Bottom, w.Bottom)
				continue
			}
			page.Lines = append(page.Lines, pdfLine{Words: []pdfWord{w}, Top: w.Top, Bottom: w.Bottom})
		}
		for i := range page.Lines {
			slices.SortStableFunc(page.Lines[i].Words, func(a, b pdfWord) int { return int(a.Left*100 - b.Left*100) })
		}
		pages = append(pages, page)
	}
	return pages
}
