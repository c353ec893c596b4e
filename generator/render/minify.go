package render

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"
)

// The HTML of the site is minified once, where it is made: each layout
// file when it is parsed (with Go template actions kept intact) and each
// Markdown fragment when it is converted. Pages are then put together from
// minified parts and need no minifying of their own, which keeps a build
// of ten thousand cards fast and lets large pages stream to disk.
var (
	htmlMinifier = &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true}
	layoutMin    = &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true, TemplateDelims: html.GoTemplateDelims}
	minifyOnce   sync.Once
	minifier     *minify.M
)

func htmlMin() *minify.M {
	minifyOnce.Do(func() {
		minifier = minify.New()
		minifier.Add("text/html", htmlMinifier)
		minifier.Add("text/x-template", layoutMin)
	})
	return minifier
}

// minifyHTML minifies an HTML fragment; on a minifier error the fragment
// is returned as it is (it is still valid HTML).
func minifyHTML(b []byte) template.HTML {
	var out bytes.Buffer
	out.Grow(len(b))
	if err := htmlMin().Minify("text/html", &out, bytes.NewReader(b)); err != nil {
		return template.HTML(b)
	}
	return template.HTML(out.String())
}

// minifyLayout minifies a layout file, leaving its {{ }} actions alone.
func minifyLayout(b []byte) ([]byte, error) {
	return htmlMin().Bytes("text/x-template", b)
}
