package render

import (
	"regexp"
	"strings"
	"testing"
)

// TestWhitespaceThatMeansSomethingIsKept converts the code span examples
// of the CommonMark spec (0.31.2) whose meaning is in their spaces, and
// wants each code element byte for byte as the spec gives it; pre and
// textarea keep their text too.
func TestWhitespaceThatMeansSomethingIsKept(t *testing.T) {
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
		got := string(MarkdownString(tt.markdown))
		want := code.FindAllString(tt.html, -1)
		if have := code.FindAllString(got, -1); strings.Join(have, "|") != strings.Join(want, "|") {
			t.Errorf("example %d %q: code %q, want %q (all: %q)", tt.example, tt.markdown, have, want, got)
		}
	}
	for in, want := range map[string]string{
		"<p>x <code> a </code> y</p>":                         "<p>x <code> a </code> y</p>",
		"<pre><code>  a\n\n  b\n</code></pre>":                "<pre><code>  a\n\n  b\n</code></pre>",
		"<p><textarea>  x\n  y </textarea></p>":               "<p><textarea>  x\n  y </textarea></p>",
		"<p><kbd> Ctrl </kbd> <samp>  ok</samp></p>":          "<p><kbd> Ctrl </kbd> <samp>  ok</samp></p>",
		"<p>wbkeep0. <code> wbkeep0. </code>wbkeepx0.</p>":    "<p>wbkeep0. <code> wbkeep0. </code>wbkeepx0.</p>",
		"<ul>\n<li><code>a </code></li>\n<li>b</li>\n</ul>\n": "<ul><li><code>a </code></li><li>b</li></ul>",
	} {
		if got := string(minifyHTML([]byte(in))); got != want {
			t.Errorf("minified %q to %q, want %q", in, got, want)
		}
	}
}
