package names

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Text from outside (a file's name, a library's name in a returned file,
// a line of content) may hold characters that act on whoever reads a
// message: an escape sequence (ESC) moves a terminal's cursor and can
// erase the message above it, a carriage return or a new line starts a
// forged message, NUL ends a string in many programs, and the
// bidirectional overrides of Unicode show text in another order than it
// is stored. Printable is the one function every command passes such
// text through before printing it.

// Printable returns s with control characters, line and paragraph
// separators, bidirectional controls and bytes that are not UTF-8 shown as
// Go escapes (\x1b, \n, \u202e); other text, and a backslash, stay as they
// are.
func Printable(s string) string { return printable(s, false) }

// PrintableLines is Printable for a message of several lines: a new line
// and a tab stay as they are, everything else Printable escapes is
// escaped.
func PrintableLines(s string) string { return printable(s, true) }

func printable(s string, lines bool) string {
	if !needsEscape(s, lines) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case UnsafeRune(r) && !(lines && (r == '\n' || r == '\t')):
			b.WriteString(strings.Trim(strconv.QuoteRuneToASCII(r), "'"))
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func needsEscape(s string, lines bool) bool {
	for i, r := range s {
		if UnsafeRune(r) && !(lines && (r == '\n' || r == '\t')) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return true
		}
	}
	return false
}
