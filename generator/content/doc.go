// Package content is the loader: it walks the content folder, accounts
// for every file in it (read, published beside a text, or reported as
// not read), reads the root pages, the priorities and their cards,
// resolves the links between them and returns a finished model.Workbook
// with every problem found, at path:line, in Dutch. It never writes files
// and knows nothing of HTML; front matter, Markdown and the participants
// file are read by their own packages.
package content
