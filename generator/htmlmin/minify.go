package htmlmin

import (
	"bytes"
	"html/template"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/parse/v2/buffer"
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

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func htmlMin() *minify.M {
	minifyOnce.Do(func() {
		minifier = minify.New()
		minifier.Add("text/html", htmlMinifier)
		minifier.Add("text/x-template", layoutMin)
	})
	return minifier
}

// Fragment minifies an HTML fragment; on a minifier error the fragment
// is returned as it is (it is still valid HTML). The text of code, kbd
// and samp elements is kept byte for byte (see keepText).
func Fragment(b []byte) template.HTML {
	marked, restore := keepText(b)
	out := bufPool.Get().(*bytes.Buffer)
	out.Reset()
	defer bufPool.Put(out)
	// The minifier reads a buffer.Reader in place, where it would copy
	// any other reader.
	if err := htmlMinifier.Minify(htmlMin(), out, buffer.NewReader(marked), nil); err != nil {
		return template.HTML(b)
	}
	return template.HTML(restore(out.String()))
}

// Layout minifies a layout file, leaving its {{ }} actions alone.
func Layout(b []byte) ([]byte, error) {
	return htmlMin().Bytes("text/x-template", b)
}

// spaced matches the inline elements whose white space is part of their
// text: the minifier trims a code span's leading and trailing spaces and
// folds runs of them (` a` would become <code>a</code>), although they
// are what the writer typed. pre and textarea it leaves alone already.
var spaced = regexp.MustCompile(`(?s)(<code(?:\s[^>]*)?>)(.+?)(</code>)|(<kbd(?:\s[^>]*)?>)(.+?)(</kbd>)|(<samp(?:\s[^>]*)?>)(.+?)(</samp>)`)

// keepText replaces the text of every code, kbd and samp element of b by
// a word that occurs nowhere in b, which the minifier passes through
// untouched; restore puts the texts back.
func keepText(b []byte) (marked []byte, restore func(string) string) {
	if !bytes.Contains(b, []byte("<code")) && !bytes.Contains(b, []byte("<kbd")) && !bytes.Contains(b, []byte("<samp")) {
		return b, func(s string) string { return s }
	}
	prefix := []byte("wbkeep")
	for bytes.Contains(b, prefix) {
		prefix = append(prefix, 'x')
	}
	var pairs []string
	marked = spaced.ReplaceAllFunc(b, func(m []byte) []byte {
		sub := spaced.FindSubmatch(m)
		for i := 1; i+2 < len(sub); i += 3 {
			if sub[i] == nil {
				continue
			}
			word := string(prefix) + strconv.Itoa(len(pairs)/2) + "."
			pairs = append(pairs, word, string(sub[i+1]))
			return append(append(append([]byte{}, sub[i]...), word...), sub[i+2]...)
		}
		return m
	})
	if len(pairs) == 0 {
		return b, func(s string) string { return s }
	}
	r := strings.NewReplacer(pairs...)
	return marked, r.Replace
}
