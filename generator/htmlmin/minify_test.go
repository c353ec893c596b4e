package htmlmin

import "testing"

// TestWhitespaceThatMeansSomethingIsKept wants the text of code, pre,
// textarea, kbd and samp elements kept byte for byte by the minifier.
func TestWhitespaceThatMeansSomethingIsKept(t *testing.T) {
	for in, want := range map[string]string{
		"<p>x <code> a </code> y</p>":                         "<p>x <code> a </code> y</p>",
		"<pre><code>  a\n\n  b\n</code></pre>":                "<pre><code>  a\n\n  b\n</code></pre>",
		"<p><textarea>  x\n  y </textarea></p>":               "<p><textarea>  x\n  y </textarea></p>",
		"<p><kbd> Ctrl </kbd> <samp>  ok</samp></p>":          "<p><kbd> Ctrl </kbd> <samp>  ok</samp></p>",
		"<p>wbkeep0. <code> wbkeep0. </code>wbkeepx0.</p>":    "<p>wbkeep0. <code> wbkeep0. </code>wbkeepx0.</p>",
		"<ul>\n<li><code>a </code></li>\n<li>b</li>\n</ul>\n": "<ul><li><code>a </code></li><li>b</li></ul>",
	} {
		if got := string(Fragment([]byte(in))); got != want {
			t.Errorf("minified %q to %q, want %q", in, got, want)
		}
	}
}
