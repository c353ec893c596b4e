// Package markdown holds werkboek's one goldmark configuration and what
// is done with it: parse a text once, scan it for what the renderer would
// drop or change (raw HTML, unsafe links, glued headings) and collect its
// links into the content tree, its plain text for search and descriptions,
// and its HTML. It knows nothing of cards or the workbook.
package markdown
