// Package frontmatter splits a content file into its front matter and
// its Markdown body, and decodes the front matter into a meta struct
// whose yaml tags are the schema: unknown keys, values of the wrong kind
// and whole numbers out of range are reported at their line in Dutch,
// with a hint at the YAML slip behind a parse error.
package frontmatter
