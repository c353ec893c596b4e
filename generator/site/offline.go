package site

import (
	"bytes"
	"encoding/json"
	"io"
	"regexp"
	"strings"
)

// An offline site (Options.Offline) works opened from a folder or a zip
// with file:// addresses, where no server turns a folder into its
// index.html and the browser fetches nothing: every link to a folder
// names its index.html, and the search index is also written as scripts
// that the browser can load (see assets/js/werkboek.js).

// folderLink finds an href or src that is a relative address of a
// folder ("../programma/", "./", "../../x/#doel").
var folderLink = regexp.MustCompile(`((?:href|src)=")([^"#:?]*/)([#?][^"]*)?"`)

// offlineLinks makes every relative link to a folder name its index.html.
func offlineLinks(page []byte) []byte {
	return folderLink.ReplaceAll(page, []byte(`${1}${2}index.html${3}"`))
}

// offlinePage wraps the writing of an HTML page for an offline site.
func offlinePage(write func(io.Writer) error) func(io.Writer) error {
	return func(w io.Writer) error {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			return err
		}
		_, err := w.Write(offlineLinks(buf.Bytes()))
		return err
	}
}

// scriptOf is a data file (the search index, the list of projects) as a
// script that hands its data to the page: werkboekData("zoek/w3.json", {...});
func scriptOf(name string, write func(io.Writer) error) (string, func(io.Writer) error) {
	return strings.TrimSuffix(name, ".json") + ".js", func(w io.Writer) error {
		quoted, _ := json.Marshal(name)
		if _, err := io.WriteString(w, "werkboekData("+string(quoted)+","); err != nil {
			return err
		}
		if err := write(w); err != nil {
			return err
		}
		_, err := io.WriteString(w, ");\n")
		return err
	}
}
