package site

import "github.com/probiblio/werkboek/generator/render"

// iconFiles are the favicon, the app icons and the web app manifest of the
// site, made from the workbook (its theme colour, title and language).
func iconFiles(b *render.Book) []file {
	var out []file
	for _, f := range render.Icons(b) {
		out = append(out, file{f.Name, f.Data})
	}
	return out
}
