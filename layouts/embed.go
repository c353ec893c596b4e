// Package layouts carries werkboek's built-in layouts in the binary. A
// site's own layouts/ folder replaces them file by file.
package layouts

import "embed"

// FS holds every layout file of this folder.
//
//go:embed *.html
var FS embed.FS
