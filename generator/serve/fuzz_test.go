package serve

import (
	"strings"
	"testing"
)

// FuzzCleanPath checks that no request path resolves to a name outside the
// site: no "..", no leading slash, no hidden file or folder.
func FuzzCleanPath(f *testing.F) {
	for _, s := range []string{"/", "/a/b/", "/../x", "/%2e%2e/x", "/..%2fx", "/a\\..\\b", "/.werkboek-uitvoer", "//x", "/a/./b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		name, ok := cleanPath(p)
		if !ok {
			return
		}
		if strings.HasPrefix(name, "/") || strings.Contains(name, "..") || strings.Contains(name, "\\") || strings.Contains(name, "\x00") {
			t.Errorf("cleanPath(%q) = %q", p, name)
		}
		for _, part := range strings.Split(name, "/") {
			if part == "" || strings.HasPrefix(part, ".") {
				t.Errorf("cleanPath(%q) = %q has an empty or hidden part", p, name)
			}
		}
	})
}
