package corpus

import "strconv"

// hugoConfig is the Hugo site configuration. Kinds werkboek has no
// counterpart for are disabled so that a timing comparison is fair.
const hugoConfig = `baseURL = "http://localhost/"
title = "Synthetisch werkboek"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
`

// hugoSingle is the minimal layout of a card page.
const hugoSingle = `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
</main>
</body>
</html>
`

// hugoList is the minimal layout of a section page.
const hugoList = `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</main>
</body>
</html>
`

// hugoIndex is the minimal layout of the home page.
const hugoIndex = `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body>
<main>
<h1>{{ .Site.Title }}</h1>
<ul>
{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</main>
</body>
</html>
`

// HugoFiles returns the Hugo site with the same n cards as Files(n, seed),
// as a map from slash-separated path, relative to the site root, to file
// contents. Cards keep their file names and Markdown bodies; their front
// matter holds only title and weight.
func HugoFiles(n int, seed int64) map[string][]byte {
	_, cards := generate(n, seed)
	files := map[string][]byte{
		"hugo.toml":                      []byte(hugoConfig),
		"layouts/_default/single.html":   []byte(hugoSingle),
		"layouts/_default/list.html":     []byte(hugoList),
		"layouts/index.html":             []byte(hugoIndex),
		"content/_index.md":              page([]string{"title: " + quote("Synthetisch werkboek")}, ""),
		"content/prioriteiten/_index.md": page([]string{"title: " + quote("Prioriteiten")}, ""),
	}
	for i, p := range priorities {
		files["content/"+priorityDir(i)+"/_index.md"] = page([]string{
			"title: " + quote(p.title),
			"weight: " + strconv.Itoa(i+1),
		}, "")
	}
	for _, c := range cards {
		files["content/"+priorityDir(c.priority)+"/"+c.name] = c.hugoFile()
	}
	return files
}

// WriteHugo writes the Hugo site of HugoFiles(n, seed) into dir: hugo.toml,
// minimal layouts and the cards under content/prioriteiten. Like Write, it
// refuses to write into a folder that is not empty.
func WriteHugo(dir string, n int, seed int64) error {
	return writeTree(dir, HugoFiles(n, seed))
}
