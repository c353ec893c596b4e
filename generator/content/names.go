package content

import (
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"github.com/probiblio/werkboek/generator/names"
)

// Ignored reports whether a file or folder name is skipped when loading:
// names starting with "_" (except _index.md) or ".", the leftovers of
// editors (see EditorLeftover) and the files Windows and macOS put in
// folders themselves (Thumbs.db, desktop.ini, ~$ lock files).
func Ignored(name string) bool {
	switch {
	case name == "_index.md":
		return false
	case strings.HasPrefix(name, "_"), strings.HasPrefix(name, "."):
		return true
	}
	return names.EditorLeftover(name) || systemFile(name)
}

var numberPrefix = regexp.MustCompile(`^(\d+)[-_. ]*`)

// splitName splits a file or folder name such as "2-financieel.md" into its
// number prefix (0 and false when absent) and the rest without ".md".
func splitName(name string) (int, bool, string) {
	name = strings.TrimSuffix(name, ".md")
	m := numberPrefix.FindStringSubmatch(name)
	if m == nil {
		return 0, false, name
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, false, name
	}
	return n, true, name[len(m[0]):]
}

func exists(fsys fs.FS, name string) bool {
	_, err := fs.Stat(fsys, name)
	return err == nil
}
