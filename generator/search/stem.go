package search

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldJS folds text as the browser's fold does in assets/js/werkboek.js:
// s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().
func foldJS(s string) string {
	if isASCII(s) {
		return strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if r >= 0x300 && r <= 0x36f {
			continue
		}
		if r < utf8.RuneSelf {
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		// Only a-z and 0-9 make words, so other letters only separate.
		b.WriteByte(' ')
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// suffixes are the endings stem cuts off, as the browser's regular
// expression (heden|ingen|en|es|s|e)$ does: the one that starts first.
var suffixes = []string{"heden", "ingen", "en", "es", "s", "e"}

// stem cuts a common Dutch ending off a word of more than four letters
// and collapses doubled vowels ("bibliotheken" → "bibliothek"), as the
// browser's stem does.
func stem(w string) string {
	if len(w) > 4 {
		cut := len(w)
		for _, suf := range suffixes {
			if strings.HasSuffix(w, suf) && len(w)-len(suf) < cut {
				cut = len(w) - len(suf)
			}
		}
		w = w[:cut]
	}
	first := -1
	for i := 0; i+1 < len(w); i++ {
		if w[i] == w[i+1] && (w[i] == 'a' || w[i] == 'e' || w[i] == 'o' || w[i] == 'u') {
			first = i
			break
		}
	}
	if first < 0 {
		return w
	}
	b := strings.Builder{}
	b.Grow(len(w) - 1)
	b.WriteString(w[:first])
	for i := first; i < len(w); i++ {
		c := w[i]
		b.WriteByte(c)
		if i+1 < len(w) && w[i+1] == c && strings.IndexByte("aeou", c) >= 0 {
			i++
		}
	}
	return b.String()
}
