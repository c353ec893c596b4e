// Package search makes the site's search index: a document per priority,
// card and library, words stemmed as the browser's script stems them, and
// the index cut into shards the browser loads as they are needed.
package search
