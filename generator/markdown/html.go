package markdown

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/probiblio/werkboek/generator/htmlmin"
)

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// HTML converts Markdown to HTML that is safe to put into a page.
func HTML(src []byte) template.HTML {
	if len(bytes.TrimSpace(src)) == 0 {
		return ""
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	if err := Goldmark.Convert(src, buf); err != nil {
		return template.HTML(template.HTMLEscapeString(string(src)))
	}
	return htmlmin.Fragment(buf.Bytes())
}

// HTMLString is HTML for a front matter value.
func HTMLString(s string) template.HTML { return HTML([]byte(s)) }

// Inline converts a one-line Markdown value without the
// surrounding paragraph, for titles and table cells.
func Inline(s string) template.HTML {
	h := string(HTML([]byte(s)))
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

// Render renders parsed blocks into HTML.
func Render(b Blocks) template.HTML {
	if b.First == nil {
		return ""
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	r := Goldmark.Renderer()
	for n := range b.All() {
		if err := r.Render(buf, b.Source, n); err != nil {
			return template.HTML(template.HTMLEscapeString(string(b.Source)))
		}
	}
	return htmlmin.Fragment(buf.Bytes())
}
