package site

import (
	"io/fs"

	"github.com/probiblio/werkboek/generator/syserr"
	"github.com/probiblio/werkboek/generator/view"
)

// appendContentFiles reads the images and PDFs that the pages show or link to
// from the content folder, each placed in the folder of its page (a
// card's photo beside the card's index.html).
// They are appended to files, in a new slice.
func appendContentFiles(files []file, book *view.Book) ([]file, error) {
	pub := book.Files()
	out := make([]file, len(files), len(files)+len(pub))
	copy(out, files)
	for _, p := range pub {
		data, err := fs.ReadFile(book.Workbook.Source, p.File.Name)
		if err != nil {
			return nil, syserr.Wrap(p.File.Path+": kan het bestand niet lezen", err)
		}
		out = append(out, file{p.Name, data})
	}
	return out, nil
}
