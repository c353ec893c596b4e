package content

import "github.com/probiblio/werkboek/generator/frontmatter"

// Schemas lists the front matter of every kind of content file, in the
// order of the content reference.
func Schemas() []frontmatter.Schema {
	kinds := []struct {
		file string
		meta any
	}{
		{"_index.md", rootMeta{}},
		{"programma.md", scheduleMeta{}},
		{"keuzelijst.md", pageMeta{}},
		{"tickets.md", ticketMeta{}},
		{"prioriteiten/<map>/_index.md", priorityMeta{}},
		{"prioriteiten/<map>/<kaart>.md", cardMeta{}},
	}
	out := make([]frontmatter.Schema, len(kinds))
	for i, k := range kinds {
		out[i] = frontmatter.SchemaOf(k.file, k.meta)
	}
	return out
}
