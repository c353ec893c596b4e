package markdown

import (
	"iter"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Goldmark is werkboek's one goldmark configuration: every text is parsed
// with it once, while loading, and the checks of mdscan.go and the split
// into a card's sections work on that tree; the renderer renders the same
// nodes with its Renderer. It is GitHub-flavoured Markdown with raw HTML
// left out and dangerous link schemes (javascript:, data: …) dropped,
// which is goldmark's safe default; the checks refuse both, so nothing is
// dropped in silence. Headings get no automatic ids: they would clash
// between the cards of the print edition and with the sections' own ids.
// Table cells get a class for their alignment instead of a style
// attribute, which the site's Content-Security-Policy blocks.
var Goldmark = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(tableAlign{}, 100))),
)

// Parse parses Markdown with the one configuration.
func Parse(src []byte) ast.Node {
	return Goldmark.Parser().Parse(text.NewReader(src))
}

// Blocks are the parsed blocks of a text: a run of sibling nodes of the
// tree parsed from Source, whose segments point into Source. The zero
// value has no blocks.
type Blocks struct {
	// Source is the Markdown the tree was parsed from: for a section,
	// the whole body of its card.
	Source      []byte
	First, Last ast.Node
}

// All yields the blocks in order.
func (b Blocks) All() iter.Seq[ast.Node] {
	return func(yield func(ast.Node) bool) {
		if b.First == nil {
			return
		}
		for n := b.First; ; n = n.NextSibling() {
			if !yield(n) || n == b.Last {
				return
			}
		}
	}
}

// BlocksOf returns the children of a parsed document as Blocks.
func BlocksOf(src []byte, doc ast.Node) Blocks {
	return Blocks{Source: src, First: doc.FirstChild(), Last: doc.LastChild()}
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
