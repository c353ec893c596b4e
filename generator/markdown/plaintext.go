package markdown

import (
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// PlainTextNode returns the text of n without Markdown markup.
func PlainTextNode(n ast.Node, src []byte) string {
	var w words
	w.node(n, src)
	return w.String()
}

// PlainTextOf returns the text of parsed blocks without markup, as
// PlainText does, for the search index and meta descriptions.
func PlainTextOf(b Blocks) string {
	var w words
	for n := range b.All() {
		w.node(n, b.Source)
	}
	return w.String()
}

// words collects text with its white space folded as strings.Fields and
// a join by single spaces fold it: one space between words, none at
// either end.
type words struct {
	b     []byte
	space bool // white space seen since the last word
}

// node adds the text of n without markup.
func (w *words) node(n ast.Node, src []byte) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			// Blocks (paragraphs, list items, table cells, …) are
			// separated by a space, so their words do not run together.
			if c.Type() == ast.TypeBlock {
				w.space = true
			}
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			w.write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				w.space = true
			}
		case *ast.String:
			w.write(t.Value)
		case *ast.CodeSpan:
			for s := t.FirstChild(); s != nil; s = s.NextSibling() {
				if tx, ok := s.(*ast.Text); ok {
					w.write(tx.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			w.write(t.Label(src))
		}
		return ast.WalkContinue, nil
	})
}

// write adds text, folding its white space.
func (w *words) write(text []byte) {
	for i := 0; i < len(text); {
		c, size := text[i], 1
		var isSpace bool
		if c < utf8.RuneSelf {
			isSpace = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRune(text[i:])
			isSpace = unicode.IsSpace(r)
		}
		if isSpace {
			w.space = true
		} else {
			if w.space && len(w.b) > 0 {
				w.b = append(w.b, ' ')
			}
			w.space = false
			w.b = append(w.b, text[i:i+size]...)
		}
		i += size
	}
}

// String returns the words collected.
func (w *words) String() string { return string(w.b) }

// asciiSpace are the ASCII bytes unicode.IsSpace calls space.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// PlainText returns the text of a Markdown value without markup, for a
// value that was not parsed while loading (a slot of the programme) and
// for tests.
func PlainText(md []byte) string {
	return PlainTextNode(Parse(md), md)
}
