package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/pdf"
)

var seeRE = regexp.MustCompile(`^\(zie p\.\s*(\d+)\)`)

// seeAfter returns the text that follows link l on its page: the rest of
// its line, or the next line when the link ends its line.
func seeAfter(p pdfPage, l pdfLink) string {
	for i, line := range p.Lines {
		mid := (line.Top + line.Bottom) / 2
		if mid < l.Top-2 || mid > l.Bottom+2 {
			continue
		}
		var rest []string
		for _, w := range line.Words {
			if w.Left >= l.Right-1 {
				rest = append(rest, w.Text)
			}
		}
		if len(rest) == 0 && i+1 < len(p.Lines) {
			return p.Lines[i+1].Text()
		}
		return strings.Join(rest, " ")
	}
	return ""
}

// TestPDFCrossReferences builds an edition whose cards link to one
// another ([Klik & Tik](#k-digitaal-klik-en-tik), the print edition's
// anchors) and checks that in the PDF every such link is still a link to
// its card and is followed by "(zie p. N)" with the page of that card.
// cardLink is a link to a card written as its file, as editors write it.
var cardLink = regexp.MustCompile(`\]\([^)\s]*\.md(#[a-z]+)?\)`)

func TestPDFCrossReferences(t *testing.T) {
	const dir = "testdata/verwijzingen"
	// 16 pages as a booklet with its blank pages, a back cover and the
	// blank ones before it that make a multiple of four.
	file, toc := checkPDF(t, dir, 8, 24)
	pages := readPDFText(t, file)
	links := readLinks(t, readPDF(t, file), len(pages), pages[0].Height)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// The page of every link target, from the PDF's own destinations:
	// a card, or a section of it.
	dests, err := pdf.PageOf(t.Context(), data)
	if err != nil {
		t.Fatal(err)
	}
	for id, n := range toc {
		if dests[id] != n {
			t.Errorf("the contents put %s on page %d, the PDF on page %d", id, n, dests[id])
		}
	}

	want := 0 // links between cards in the Markdown
	filepath.WalkDir(filepath.Join(dir, "prioriteiten"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != "_index.md" {
			b, _ := os.ReadFile(p)
			want += len(cardLink.FindAllString(string(b), -1))
		}
		return err
	})
	got := 0
	for i, ls := range links {
		n := i + 1
		if n < toc["voorwoord"] {
			continue // the contents
		}
		for j, l := range ls {
			if !strings.HasPrefix(l.Dest, "k-") {
				continue
			}
			if j+1 < len(ls) && ls[j+1].Dest == l.Dest && ls[j+1].Top > l.Top+1 {
				continue // a link broken over two lines: "zie" follows its second part
			}
			got++
			text := strings.ReplaceAll(seeAfter(pages[i], l), "\u00a0", " ")
			m := seeRE.FindStringSubmatch(text)
			switch {
			case dests[l.Dest] == 0:
				t.Errorf("page %d links to %s, which is nowhere in the PDF", n, l.Dest)
			case m == nil:
				t.Errorf("page %d: the link to %s is followed by %q, not by (zie p. %d)", n, l.Dest, text, dests[l.Dest])
			case m[1] != strconv.Itoa(dests[l.Dest]):
				t.Errorf("page %d: the link to %s says %q, but it is on page %d", n, l.Dest, m[0], dests[l.Dest])
			}
		}
	}
	if got != want || want < 5 {
		t.Errorf("%d links between cards in the PDF, %d in the Markdown", got, want)
	}
	all := poppler(t, "pdftotext", file, "-")
	if c := strings.Count(all, "(zie p."); c != want {
		t.Errorf(`"(zie p." occurs %d times in the PDF, for %d links`, c, want)
	}
}
