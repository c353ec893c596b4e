package names

import (
	"fmt"
	"unicode"
)

// LookAlike says in Dutch why a library's name may look like another
// name than it is, or returns "": a name that mixes Latin letters with
// Cyrillic or Greek ones ("Bibliotheek Hааrlem" with two Cyrillic a's
// shows as Haarlem), or that holds an invisible character (a zero-width
// space, a soft hyphen, a filler). Two such names look the same on the
// site while they are different libraries to the count.
func LookAlike(name string) string {
	latin, other := false, ""
	for _, r := range name {
		switch {
		case invisible(r):
			return fmt.Sprintf("bevat een onzichtbaar teken (%U), zodat hij op het scherm gelijk kan zijn aan een andere naam", r)
		case unicode.Is(unicode.Latin, r):
			latin = true
		case unicode.Is(unicode.Cyrillic, r):
			other = "Cyrillische"
		case unicode.Is(unicode.Greek, r):
			other = "Griekse"
		}
	}
	if latin && other != "" {
		return "mengt Latijnse letters met " + other + " letters die er hetzelfde uitzien, zodat hij op het scherm gelijk kan zijn aan een andere naam"
	}
	return ""
}

// invisible reports whether r shows as nothing: a format character or
// one of the fillers of Hangul and Braille.
func invisible(r rune) bool {
	switch r {
	case 0x115f, 0x1160, 0x3164, 0xffa0, 0x2800:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}
