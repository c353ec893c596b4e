// Package assets carries werkboek's built-in stylesheets, scripts and
// fonts in the binary. A site's own assets/ folder replaces them file by
// file.
package assets

import "embed"

// FS holds every file of this folder (the Go source files are left out
// when the theme is read).
//
//go:embed *
var FS embed.FS
