package site

import (
	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
)

// minifier wraps one tdewolff/minify instance for the stylesheet and
// scripts (HTML is minified in render); it is safe for concurrent use.
type minifier struct{ m *minify.M }

func newMinifier() *minifier {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	return &minifier{m}
}

func (m *minifier) bytes(mediatype string, b []byte) ([]byte, error) {
	return m.m.Bytes(mediatype, b)
}
