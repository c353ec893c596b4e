// Package icons draws the site's icons in the edition's colour (SVG, PNG
// and ICO) and writes the web manifest that names them.
package icons
