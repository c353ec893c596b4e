package render

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
)

// Sitemap writes sitemap.xml for the pages (without the 404 page and the
// pages of draft cards) to w. Page addresses are absolute when the
// workbook has a baseURL, else rooted at /.
func Sitemap(w io.Writer, b *Book, pages []*Page) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	base := b.BaseURL
	if base == "" {
		base = "/"
	}
	for _, p := range pages {
		if p.Kind == "404" || p.Card != nil && p.Card.Draft {
			continue
		}
		bw.WriteString("<url><loc>")
		xml.EscapeText(bw, []byte(base+p.URL))
		bw.WriteString("</loc></url>")
	}
	bw.WriteString("</urlset>\n")
	return bw.Flush()
}

// Robots returns robots.txt, naming the sitemap when the address is known.
func Robots(b *Book) []byte {
	out := "User-agent: *\nAllow: /\n"
	if b.BaseURL != "" {
		out += fmt.Sprintf("Sitemap: %ssitemap.xml\n", b.BaseURL)
	}
	return []byte(out)
}

// AccentCSS returns one CSS rule per priority that sets its accent colour
// as custom properties, and the priorities' running heads for print (see
// runningHeads), appended to the site's stylesheet.
func AccentCSS(b *Book) []byte {
	var buf bytes.Buffer
	// The edition's title, for the running head of the printed pages.
	fmt.Fprintf(&buf, ":root{--edition-title:%s}\n", cssString(b.Title))
	for _, p := range b.Priorities {
		fmt.Fprintf(&buf, ".prio-%s{--accent:%s}\n", p.Slug, p.Accent)
	}
	if b.Participants != nil {
		buf.WriteString(participantsCSS)
	}
	if b.Closing() != nil {
		buf.WriteString(closingCSS)
	}
	return buf.Bytes()
}

// EditionCSS returns the rules of the print edition that depend on the
// workbook, appended to its own stylesheet: the running heads.
func EditionCSS(b *Book) []byte {
	var buf bytes.Buffer
	runningHeads(&buf, b)
	if b.Participants != nil {
		buf.WriteString(printParticipantsCSS)
	}
	return buf.Bytes()
}

// cssString quotes s as a CSS string, escaping what could end it.
func cssString(s string) string {
	var b bytes.Buffer
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r < 0x20 || r == 0x7f || r == '<' || r == '>':
			fmt.Fprintf(&b, "\\%x ", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
