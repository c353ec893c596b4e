package markdown

import (
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
)

// LooseRefs finds the links and images of a file whose front matter could
// not be read: those of the text below the front matter when its end can
// be found, else of the whole file. Nothing is reported.
func LooseRefs(src []byte) []Ref {
	body := src
	lines := strings.SplitAfter(string(src), "\n")
	if len(lines) > 0 {
		if delim := strings.TrimSpace(lines[0]); delim == "---" || delim == "+++" {
			off := len(lines[0])
			for _, line := range lines[1:] {
				off += len(line)
				if strings.TrimSpace(line) == delim {
					body = src[off:]
					break
				}
			}
		}
	}
	var discard diag.List
	s := &scanner{src: body, r: diag.Reporter{List: &discard}}
	s.scan(Parse(body))
	return s.refs
}
