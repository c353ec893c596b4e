package site

import (
	"io"

	"github.com/probiblio/werkboek/generator/icons"
	"github.com/probiblio/werkboek/generator/view"
)

// iconItems are the favicon, the app icons and the web app manifest of the
// site. They are made from the workbook (its theme colour, title and
// language), all covered by the site key, and drawn only when made.
func iconItems(b *view.Book, k keys) []item {
	var out []item
	for _, f := range icons.Icons(b) {
		out = append(out, item{f.Name, k.siteOnly(f.Name), func(w io.Writer) error {
			_, err := w.Write(f.Make())
			return err
		}, false})
	}
	return out
}
