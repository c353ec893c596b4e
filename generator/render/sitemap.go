package render

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"

	"github.com/probiblio/werkboek/generator/view"
)

// Sitemap writes sitemap.xml for the pages (without the 404 page and the
// pages of draft cards) to w. Page addresses are absolute when the
// workbook has a baseURL, else rooted at /.
func Sitemap(w io.Writer, b *view.Book, pages []*Page) error {
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
func Robots(b *view.Book) []byte {
	out := "User-agent: *\nAllow: /\n"
	if b.BaseURL != "" {
		out += fmt.Sprintf("Sitemap: %ssitemap.xml\n", b.BaseURL)
	}
	return []byte(out)
}
