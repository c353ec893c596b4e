package content

import _ "embed" // for Reference

// Reference is the content reference for editors (inhoud.md, in Dutch):
// every file, front matter key, card section, link and image form and
// limit. "werkboek help inhoud" prints it; TestReferenceMatchesSchema
// keeps it in step with the schema the loader checks.
//
//go:embed inhoud.md
var Reference string
