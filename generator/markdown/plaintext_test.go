package markdown

import (
	"strings"
	"testing"
)

// TestWordsFoldLikeFields checks that the plain text's white space is
// folded exactly as strings.Fields and a join by single spaces would,
// for ASCII and Unicode spaces and bytes that are not UTF-8.
func TestWordsFoldLikeFields(t *testing.T) {
	for _, s := range []string{"", "  ", " a  b ", "één twee\tdrie\n", "é\u00a0ö\u2003x", "a\u0085b", "\x85\xff a\v\fb\r"} {
		var w words
		w.write([]byte(s))
		if got, want := w.String(), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}
