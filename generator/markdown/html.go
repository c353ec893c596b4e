package markdown

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/probiblio/werkboek/generator/htmlmin"
)

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// direct lets goldmark's renderer write straight into a buffer: given a
// plain io.Writer it wraps it in a new 4 KB bufio.Writer on every call,
// which for every block of ten thousand cards is most of what a build
// allocates in rendering Markdown.
type direct struct{ *bytes.Buffer }

// Buffered says nothing waits to be written: every write went through.
func (direct) Buffered() int { return 0 }

// Flush has nothing to do.
func (direct) Flush() error { return nil }

// HTML converts Markdown to HTML that is safe to put into a page.
func HTML(src []byte) template.HTML {
	if len(bytes.TrimSpace(src)) == 0 {
		return ""
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	if err := Goldmark.Convert(src, direct{buf}); err != nil {
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
		if err := r.Render(direct{buf}, b.Source, n); err != nil {
			return template.HTML(template.HTMLEscapeString(string(b.Source)))
		}
	}
	return htmlmin.Fragment(buf.Bytes())
}
