package site

import (
	"io/fs"
	"strings"

	"github.com/probiblio/werkboek/generator/photo"
	"github.com/probiblio/werkboek/generator/pool"
	"github.com/probiblio/werkboek/generator/syserr"
	"github.com/probiblio/werkboek/generator/view"
)

// appendContentFiles reads the images and PDFs that the pages show or link to
// from the content folder, each placed in the folder of its page (a
// card's photo beside the card's index.html). A JPEG or PNG photo is
// published as its copies (see photo.Copies), made once per photo and
// taken from photos when its bytes are unchanged.
// They are appended to files, in a new slice.
func appendContentFiles(files []file, book *view.Book, photos *photo.Cache) ([]file, error) {
	pub := book.Files()
	// Each file once, however many pages use it, read in parallel: a
	// new photo takes a core for a while.
	type made struct {
		copies []photo.Copy
		data   [][]byte
		err    error
	}
	index := map[string]int{}
	var sources []view.PublishedFile
	for _, p := range pub {
		if _, ok := index[p.File.Name]; !ok {
			index[p.File.Name] = len(sources)
			sources = append(sources, p)
		}
	}
	results := make([]made, len(sources))
	pool.Each(len(sources), func(i int) {
		f := sources[i].File
		data, err := fs.ReadFile(book.Workbook.Source, f.Name)
		if err != nil {
			results[i].err = syserr.Wrap(f.Path+": kan het bestand niet lezen", err)
			return
		}
		if !f.Image || !photo.Resizes(f.Base) {
			results[i] = made{copies: []photo.Copy{{Name: f.Base}}, data: [][]byte{data}}
			return
		}
		copies := photo.Copies(f.Base, f.Width, f.Height)
		out, err := photos.Copies(data, f.Base, copies)
		if err != nil {
			err = syserr.Wrap(f.Path, err)
		}
		results[i] = made{copies, out, err}
	})
	out := make([]file, len(files), len(files)+len(pub))
	copy(out, files)
	for _, p := range pub {
		r := results[index[p.File.Name]]
		if r.err != nil {
			return nil, r.err
		}
		dir := strings.TrimSuffix(p.Name, p.File.Base)
		for i, c := range r.copies {
			out = append(out, file{dir + c.Name, r.data[i]})
		}
	}
	return out, nil
}
