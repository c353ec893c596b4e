// Package htmlmin minifies the HTML of the site once, where it is made:
// each layout file when it is parsed, with its template actions kept
// intact, and each Markdown fragment when it is converted; the text of
// code, kbd, samp, pre and textarea is kept byte for byte.
package htmlmin
