// Package theme makes the CSS that depends on the workbook: each
// priority's accent colour, the running heads of the print edition and
// the rules of the participants' count and the closing notice, appended
// to the site's own stylesheets.
package theme
