package pdf

import (
	"os"
	"path/filepath"
	"time"
)

// TimeLimit is how long Print may take for the page at path in dir: two
// minutes, and a minute more for every 2 MB of its HTML (a workbook with
// ten thousand libraries on its page of participants is ten times the
// usual size, and Chromium lays it out several times).
func TimeLimit(dir, path string) time.Duration {
	limit := 2 * time.Minute
	if st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(path), "index.html")); err == nil {
		limit += time.Duration(st.Size()/(2<<20)) * time.Minute
	}
	return limit
}
