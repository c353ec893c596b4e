// Package render executes the html/template layouts of the site, parsed
// once, over the pages of a view.Book, and explains a broken layout in
// Dutch at its file and line; it also writes the sitemap and robots.txt
// of the pages it made.
package render
