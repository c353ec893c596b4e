// Package names compares the names of libraries and the titles of
// projects as people type them: the count of returned tickets
// (generator/tickets) and the participants file of the content
// (generator/participants) tell two libraries apart by the same rule.
// It also makes URL slugs of titles, folds Dutch text for comparing, and
// knows the leftovers editors write beside the files they edit.
package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// MaxLength is the most characters a library's name may have.
const MaxLength = 200

// Key makes names and titles comparable: after Unicode compatibility
// decomposition (NFKD: fullwidth letters and ligatures such as "ﬁ" become
// plain ones) accents, format characters (a soft hyphen, a zero-width
// space), case, punctuation and runs of spaces do not count ("Jeugd &
// Onderwijs" = "jeugd onderwijs", "Haar\u00adlem" = "Haarlem"). A name
// without a letter or a digit has the key "  ".
func Key(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true // "&" and "en" are the same word in titles
		}
	}
	return strings.ReplaceAll(" "+b.String()+" ", " en ", " ")
}

// Named reports whether a name has a letter or a digit: a library named
// "📚" or "---" cannot be told apart from another.
func Named(s string) bool { return strings.TrimSpace(Key(s)) != "" }

// UnsafeRune reports whether r acts on a terminal or on the order text is
// shown in: C0 and C1 controls, DEL, the line and paragraph separators,
// and the bidirectional embeddings, overrides, isolates and marks. A name
// from outside holds none (the count shows them escaped, the content
// refuses them).
func UnsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r == 0x2028, r == 0x2029, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}
