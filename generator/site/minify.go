package site

import (
	"bytes"
	"io"
	"regexp"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/xml"
)

// minifier wraps one configured tdewolff/minify instance; it is safe for
// concurrent use.
type minifier struct{ m *minify.M }

func newMinifier() *minifier {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFuncRegexp(regexp.MustCompile("[/+]json$"), json.Minify)
	m.AddFuncRegexp(regexp.MustCompile("[/+]xml$"), xml.Minify)
	return &minifier{m}
}

func (m *minifier) bytes(mediatype string, b []byte) ([]byte, error) {
	return m.m.Bytes(mediatype, b)
}

func (m *minifier) stream(mediatype string, w io.Writer, r io.Reader) error {
	return m.m.Minify(mediatype, w, r)
}

// html minifies one rendered page from src into dst.
func (m *minifier) html(dst *bytes.Buffer, src []byte) error {
	return m.m.Minify("text/html", dst, bytes.NewReader(src))
}
