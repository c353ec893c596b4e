package model

// Links maps the destination of each Ref of a text to what it points at.
type Links map[string]Target

// Target is what a link or image inside the workbook points at: exactly
// one of Card, Priority, Page and File is set.
type Target struct {
	Card     *Card
	Priority *Priority
	Page     string // "home", "programme", "checklist" or "tickets"
	File     *File
	Section  string // with Card: the id of one of its sections, or ""
}

// File is a file beside a Markdown text that the text shows
// (![beschrijving](foto.jpg)) or links to ([folder](folder.pdf)). It is
// published in the folder of every page that uses it, under its own name.
type File struct {
	Name          string // path in the content fs
	Path          string // as editors see it
	Base          string // its file name, kept on the site
	Size          int64
	Width, Height int  // of an image, in CSS pixels
	Image         bool // an image (shown); else a PDF (linked)
}
