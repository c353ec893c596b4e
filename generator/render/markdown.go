// Package render turns a loaded workbook into HTML pages: it renders the
// Markdown trees the content package parsed, with the same goldmark
// configuration (content.Markdown), and executes the html/template
// layouts of the site, parsed once.
package render

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/probiblio/werkboek/generator/content"
)

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Markdown converts Markdown to HTML that is safe to put into a page.
func Markdown(src []byte) template.HTML {
	if len(bytes.TrimSpace(src)) == 0 {
		return ""
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	if err := content.Markdown.Convert(src, buf); err != nil {
		return template.HTML(template.HTMLEscapeString(string(src)))
	}
	return minifyHTML(buf.Bytes())
}

// MarkdownString is Markdown for a front matter value.
func MarkdownString(s string) template.HTML { return Markdown([]byte(s)) }

// MarkdownInline converts a one-line Markdown value without the
// surrounding paragraph, for titles and table cells.
func MarkdownInline(s string) template.HTML {
	h := string(Markdown([]byte(s)))
	h = trimWrap(h, "<p>", "</p>")
	return template.HTML(h)
}

func trimWrap(s, open, close string) string {
	if len(s) >= len(open)+len(close) && s[:len(open)] == open && s[len(s)-len(close):] == close {
		inner := s[len(open) : len(s)-len(close)]
		if !bytes.Contains([]byte(inner), []byte(open)) {
			return inner
		}
	}
	return s
}

// renderBlocks renders parsed blocks into HTML.
func renderBlocks(b content.Blocks) template.HTML {
	if b.First == nil {
		return ""
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	r := content.Markdown.Renderer()
	for n := range b.All() {
		if err := r.Render(buf, b.Source, n); err != nil {
			return template.HTML(template.HTMLEscapeString(string(b.Source)))
		}
	}
	return minifyHTML(buf.Bytes())
}
