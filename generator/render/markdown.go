// Package render turns a loaded workbook into HTML pages with one goldmark
// converter and the html/template layouts of the site, parsed once.
package render

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// converter is the one goldmark configuration: GitHub-flavoured Markdown,
// raw HTML left out and dangerous link schemes (javascript:, data: …)
// dropped, which is goldmark's safe default.
var converter = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	goldmark.WithParserOptions(parser.WithAutoHeadingID()),
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
	if err := converter.Convert(src, buf); err != nil {
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
