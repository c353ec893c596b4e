package markdown

import (
	"regexp"
	"strings"
	"testing"
)

// TestCodeSpacesKept converts the code span examples of the CommonMark
// spec (0.31.2) whose meaning is in their spaces, and wants each code
// element byte for byte as the spec gives it.
func TestCodeSpacesKept(t *testing.T) {
	code := regexp.MustCompile(`(?s)<code>.*?</code>`)
	for _, tt := range []struct {
		example  int
		markdown string
		html     string
	}{
		{138, "``` ```\naaa\n", "<p><code> </code>\naaa</p>\n"},
		{331, "`  ``  `\n", "<p><code> `` </code></p>\n"},
		{332, "` a`\n", "<p><code> a</code></p>\n"},
		{334, "`\u00a0`\n`  `\n", "<p><code>\u00a0</code>\n<code>  </code></p>\n"},
		{336, "``\nfoo \n``\n", "<p><code>foo </code></p>\n"},
		{0, "Typ `a  b` en ` c `, dan `d`.\n", "<p>Typ <code>a  b</code> en <code>c</code>, dan <code>d</code>.</p>"},
	} {
		got := string(HTMLString(tt.markdown))
		want := code.FindAllString(tt.html, -1)
		if have := code.FindAllString(got, -1); strings.Join(have, "|") != strings.Join(want, "|") {
			t.Errorf("example %d %q: code %q, want %q (all: %q)", tt.example, tt.markdown, have, want, got)
		}
	}
}
