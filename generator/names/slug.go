package names

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// EditorLeftover reports whether a file name is one of the backup, swap
// and temporary files editors write next to the file being edited: vim
// (*~, *.swp, *.swx, 4913), Emacs (.#*, #*#), JetBrains (jb_*___), GNOME
// (.goutputstream-*) and others (*.tmp, *.bck).
func EditorLeftover(name string) bool {
	switch {
	case strings.HasSuffix(name, "~"), strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swx"),
		strings.HasSuffix(name, ".tmp"), strings.HasSuffix(name, ".bck"), name == "4913",
		strings.HasPrefix(name, ".#"), strings.HasPrefix(name, ".goutputstream-"),
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"),
		strings.HasPrefix(name, "jb_") && strings.HasSuffix(name, "___"):
		return true
	}
	return false
}

var validSlug = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidSlug reports whether s may be used as a URL slug: lowercase letters,
// digits and single dashes.
func ValidSlug(s string) bool { return validSlug.MatchString(s) }

// Slugify turns a name into a URL slug: lowercase, accents removed
// ("ideeën" → "ideeen"), other characters replaced by single dashes.
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ß':
			b.WriteString("ss")
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '&':
			if b.Len() > 0 {
				b.WriteString("-en")
			}
			dash = true
		default:
			dash = true
		}
	}
	return b.String()
}

// Fold lowercases s and removes accents, for comparing and searching Dutch
// text ("Ideeën" and "ideeen" fold to the same string).
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// PlainLatin reports whether every letter of name is a Latin one that
// Slugify keeps (accents aside) and nothing in it is invisible: two such
// names have the same slug only when they have the same Key.
func PlainLatin(name string) bool {
	for _, r := range norm.NFD.String(name) {
		if r >= 128 && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}
