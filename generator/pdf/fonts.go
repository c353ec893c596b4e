package pdf

import (
	"bytes"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// shortDisplay matches the font-display values with which a browser may
// give up on a web font that arrives late: "optional" (the site uses it
// so that pages never move on a slow phone) and "fallback".
var shortDisplay = regexp.MustCompile(`font-display:\s*(?:optional|fallback)`)

// blockingFonts serves the folder dir, but hands Chromium every stylesheet
// with font-display set to block. A print waits for its fonts anyway, and
// with "optional" a font that took longer than about 100 ms on a busy
// machine would never be used on the page, so the PDF would embed a system
// font instead of the edition's own.
func blockingFonts(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := path.Clean("/" + r.URL.Path)
		if !strings.HasSuffix(name, ".css") {
			files.ServeHTTP(w, r)
			return
		}
		css, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			files.ServeHTTP(w, r) // answers 404 or 403 as it would for any file
			return
		}
		css = shortDisplay.ReplaceAll(css, []byte("font-display:block"))
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(css))
	})
}
