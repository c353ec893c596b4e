// Package render turns a loaded workbook into HTML pages with one goldmark
// converter and the html/template layouts of the site, parsed once.
package render

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// converter is the one goldmark configuration: GitHub-flavoured Markdown,
// raw HTML left out and dangerous link schemes (javascript:, data: …)
// dropped, which is goldmark's safe default. The content package refuses
// both, so nothing is dropped in silence. Headings get no automatic ids:
// they would clash between the cards of the print edition and with the
// sections' own ids. Table cells get a class for their alignment instead
// of a style attribute, which the site's Content-Security-Policy blocks.
var converter = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(tableAlign{}, 100))),
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

// parse parses Markdown with the converter's parser.
func parse(src []byte) ast.Node {
	return converter.Parser().Parse(text.NewReader(src))
}

// renderNodes renders a run of top-level nodes of a document into HTML.
func renderNodes(src []byte, nodes []ast.Node) template.HTML {
	if len(nodes) == 0 {
		return ""
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	for _, n := range nodes {
		if err := converter.Renderer().Render(buf, src, n); err != nil {
			return template.HTML(template.HTMLEscapeString(string(src)))
		}
	}
	return minifyHTML(buf.Bytes())
}

// tableAlign moves a table cell's alignment into a class ("align-right"),
// styled by the site's stylesheet.
type tableAlign struct{}

func (tableAlign) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *east.TableCell:
			if n.Alignment != east.AlignNone {
				n.SetAttributeString("class", []byte("align-"+n.Alignment.String()))
				n.Alignment = east.AlignNone
			}
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.Heading, *ast.TextBlock, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil // no tables inside
		}
		return ast.WalkContinue, nil
	})
}
