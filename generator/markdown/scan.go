package markdown

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// Ref is a link or image in Markdown whose destination is not a web
// address but a file of the content tree: a card, a priority, a page or a
// file beside the text (an image or a PDF).
type Ref struct {
	Line  int
	Dest  string // as goldmark reads it: escapes and link references resolved
	Image bool
	// Node is the link or image in the text's tree (Text.Blocks), whose
	// destination the renderer points at what Dest resolved to.
	Node ast.Node
}

// scanner walks the Markdown of one text and reports what the renderer
// would drop or change without a word: raw HTML, links whose scheme it
// leaves out, images without a description, table cells beyond the
// header. It collects the links and images into the content tree.
type scanner struct {
	src       []byte
	line      int  // file line of src's first byte
	fixedLine bool // front matter: every problem is reported at line
	r         diag.Reporter
	refs      []Ref
	reported  map[string]bool // HTML elements already reported
}

// Scan parses a whole text whose first byte is at line of its file,
// reports through r what the renderer would drop or change, and returns
// its links and images into the content tree and its parsed blocks.
func Scan(src []byte, line int, r diag.Reporter) ([]Ref, Blocks) {
	s := &scanner{src: src, line: line, r: r}
	doc := Parse(src)
	s.scan(doc)
	return s.refs, BlocksOf(src, doc)
}

// ScanFrontMatter scans a Markdown value of the front matter (a note's
// text, a slot's activity): it may link to web addresses only.
func ScanFrontMatter(value string, key string, line int, r diag.Reporter) {
	if strings.TrimSpace(value) == "" {
		return
	}
	s := &scanner{src: []byte(value), line: line, fixedLine: true, r: r}
	s.scan(Parse(s.src))
	for _, ref := range s.refs {
		what := "een link naar " + diag.Quote(ref.Dest)
		if ref.Image {
			what = "een afbeelding"
		}
		r.Errorf(line, "%s: in de front matter kan %s niet; zet die in de tekst onder de front matter, hier kan alleen een link naar een webadres (https://…)", key, what)
	}
}

// lineOf returns the file line of byte offset off of the source.
func (s *scanner) lineOf(off int) int {
	if s.fixedLine || off < 0 {
		return s.line
	}
	return s.line + bytes.Count(s.src[:min(off, len(s.src))], []byte("\n"))
}

func (s *scanner) scan(doc ast.Node) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock:
			if n.Lines().Len() > 0 {
				first := n.Lines().At(0)
				s.rawHTML(first.Value(s.src), first.Start)
			}
		case *ast.RawHTML:
			if n.Segments.Len() > 0 {
				seg := n.Segments.At(0)
				s.rawHTML(s.src[seg.Start:n.Segments.At(n.Segments.Len()-1).Stop], seg.Start)
			}
		case *ast.Link:
			s.link(n, string(n.Destination), false, hasText(n))
		case *ast.Image:
			s.link(n, string(n.Destination), true, hasText(n))
		case *ast.AutoLink:
			if n.AutoLinkType == ast.AutoLinkURL {
				s.link(n, string(n.URL(s.src)), false, true)
			}
		case *east.Table:
			s.table(n)
		case *ast.Paragraph:
			s.gluedHeadings(n)
		case *ast.Heading:
			if n.Level == 1 && n.Lines().Len() > 0 {
				seg := n.Lines().At(0)
				title := strings.TrimSpace(string(seg.Value(s.src)))
				s.r.Errorf(s.lineOf(n.Lines().At(0).Start), "de kop # %s botst met de titel van de pagina (een kop met één # is die titel); schrijf een tussenkop als ### %s", title, title)
			}
		case *ast.CodeBlock:
			if n.Lines().Len() > 0 {
				s.r.Warnf(s.lineOf(n.Lines().At(0).Start), "deze regel springt vier spaties (of een tab) in en wordt daarom als code getoond, in een letter met vaste breedte; haal de spaties aan het begin weg als dat niet de bedoeling is")
			}
		case *ast.Text:
			_, code := n.Parent().(*ast.CodeSpan)
			if _, ok := n.PreviousSibling().(*ast.Text); !ok && !code {
				s.textRun(n)
			}
		}
		return ast.WalkContinue, nil
	})
}

// unresolved is a reference link whose label no definition names: the
// parser leaves it as text, brackets and all. Escaped brackets do not
// count.
var unresolved = regexp.MustCompile(`(?:^|[^\\])(\[([^\[\]\\]+)\]\[([^\[\]\\]*)\])`)

// footnote is a footnote mark or definition ([^1]), which the parser
// leaves as text.
var footnote = regexp.MustCompile(`\[\^[^\]\s]+\]`)

// textRun checks the plain text from n up to the next node that is not
// text for reference links that stayed text.
func (s *scanner) textRun(n *ast.Text) {
	// Both patterns start with a '[': a run without one, which is most,
	// costs a look at its bytes.
	bracket := false
	for c := ast.Node(n); c != nil && !bracket; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			break
		}
		bracket = bytes.IndexByte(t.Segment.Value(s.src), '[') >= 0
	}
	if !bracket {
		return
	}
	var run []byte
	start := n.Segment.Start
	for c := ast.Node(n); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			break
		}
		run = append(run, t.Segment.Value(s.src)...)
		if t.SoftLineBreak() {
			run = append(run, '\n')
		}
	}
	// lineAt is the file line of byte off of run.
	lineAt := func(off int) int {
		if s.fixedLine {
			return s.line
		}
		return s.lineOf(start) + bytes.Count(run[:off], []byte("\n"))
	}
	if m := footnote.FindIndex(run); m != nil {
		s.r.Errorf(lineAt(m[0]), "voetnoten (%s) kent werkboek niet: de noot zou als tekst met haken op de site komen; zet de noot tussen haakjes in de zin, of als gewone alinea onder de tekst", run[m[0]:m[1]])
	}
	for _, m := range unresolved.FindAllSubmatchIndex(run, -1) {
		link, label := string(run[m[2]:m[3]]), string(run[m[6]:m[7]])
		if label == "" { // [tekst][]: the text is the label
			label = string(run[m[4]:m[5]])
		}
		s.r.Errorf(lineAt(m[2]), "%s wordt geen link: de verwijzing [%s] staat nergens in deze tekst; zet eronder een regel [%s]: https://… of schrijf de link als [tekst](https://…)", link, label, label)
	}
}

// link checks one destination; a destination into the content tree
// becomes a Ref.
func (s *scanner) link(n ast.Node, dest string, image, text bool) {
	line := s.lineOf(offsetOf(n))
	switch {
	case image && !text:
		s.r.Errorf(line, "de afbeelding %s heeft geen beschrijving (alt-tekst) voor wie haar niet ziet; schrijf tussen [ en ] wat erop staat, zoals ![Kinderen lezen in de bibliotheek](%s)", diag.Quote(dest), dest)
	case !image && !text:
		s.r.Errorf(line, "de link naar %s heeft geen tekst en is dus onzichtbaar; schrijf de tekst tussen [ en ], zoals [lees meer](%s)", diag.Quote(dest), dest)
	}
	scheme := schemeOf(dest)
	switch {
	case strings.TrimSpace(dest) == "":
		s.r.Errorf(line, "deze link heeft geen adres; schrijf het tussen ( en ), zoals [Spoenk](1-spoenk.md) of [ProBiblio](https://www.probiblio.nl)")
	case scheme == "javascript" || scheme == "vbscript" || scheme == "file" || (scheme == "data" && !image):
		s.r.Errorf(line, "een adres dat begint met %s: wordt niet gepubliceerd (de link zou leeg zijn); link naar een webpagina met https://… of naar een kaart met haar bestandsnaam", scheme)
	case scheme == "data":
		s.r.Errorf(line, "een afbeelding die in de tekst zelf staat (data:…) kan niet; zet het bestand naast de kaart en schrijf ![beschrijving](foto.png)")
	case image && scheme != "":
		s.r.Errorf(line, "een afbeelding van een andere website (%s) kan niet: de browser toont haar niet en in het werkboek ontbreekt ze; zet het bestand naast de kaart en schrijf ![beschrijving](foto.jpg)", dest)
	case scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel":
	case scheme != "":
		s.r.Errorf(line, "werkboek kent geen adressen die beginnen met %s:; schrijf een webadres (https://…), een e-mailadres (mailto:…), een telefoonnummer (tel:…) of de bestandsnaam van een kaart", scheme)
	case strings.HasPrefix(dest, "//"):
		s.r.Errorf(line, "het adres %s mist https: aan het begin; schrijf https:%s", diag.Quote(dest), dest)
	default:
		s.refs = append(s.refs, Ref{Line: line, Dest: dest, Image: image, Node: n})
	}
}

// schemeOf returns the lower-case scheme of a URL ("https", "javascript"),
// or "" for a relative address. Like browsers, it ignores white space and
// control characters inside the scheme ("java\tscript:").
func schemeOf(dest string) string {
	var b strings.Builder
	for i := 0; i < len(dest); i++ {
		c := dest[i]
		switch {
		case c <= ' ':
			continue
		case c == ':':
			if b.Len() == 0 {
				return ""
			}
			return strings.ToLower(b.String())
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || b.Len() > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
			b.WriteByte(c)
		default:
			return ""
		}
	}
	return ""
}

// hasText reports whether an inline node has any text in it.
func hasText(n ast.Node) bool {
	found := false
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		switch t := c.(type) {
		case *ast.Text:
			found = found || t.Segment.Len() > 0
		case *ast.String:
			found = found || len(t.Value) > 0
		}
		return ast.WalkContinue, nil
	})
	return found
}

// offsetOf finds the source offset of an inline node: its first text, else
// the end of the text before it, else the start of its block.
func offsetOf(n ast.Node) int {
	off := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering && off < 0 {
			off = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if off >= 0 {
		return off
	}
	for p := n.PreviousSibling(); p != nil; p = p.PreviousSibling() {
		if t, ok := p.(*ast.Text); ok {
			return t.Segment.Stop
		}
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return -1
}

// table reports rows with more cells than the header: the parser drops
// the extra cells.
func (s *scanner) table(t *east.Table) {
	header := -1
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		start := -1
		for cell := row.FirstChild(); cell != nil && start < 0; cell = cell.NextSibling() {
			if cell.Lines().Len() > 0 {
				start = cell.Lines().At(0).Start
			}
		}
		if start < 0 {
			continue
		}
		n := countCells(s.src[LineStart(s.src, start):LineEnd(s.src, start)])
		if header < 0 {
			header = row.ChildCount()
			continue
		}
		if n > header {
			s.r.Errorf(s.lineOf(start), "deze tabelrij heeft %d cellen en de kop %d; de cellen te veel vallen weg. Maak de kop breder, of schrijf een | die in de tekst hoort als \\|", n, header)
		}
	}
}

// countCells counts the cells of a table row as GitHub's tables split
// them: at every | that is not escaped, ignoring one at either end.
func countCells(line []byte) int {
	l := bytes.TrimSpace(line)
	l = bytes.TrimPrefix(l, []byte("|"))
	if len(l) > 0 && l[len(l)-1] == '|' && (len(l) < 2 || l[len(l)-2] != '\\') {
		l = l[:len(l)-1]
	}
	n := 1
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n
}
