package main

import (
	"io"

	"github.com/probiblio/werkboek/generator/names"
)

// safeWriter passes what a command prints through names.PrintableLines:
// whatever text from outside a message holds (a file's name with a
// carriage return or an escape sequence, a bidirectional override), the
// terminal shows it escaped and no line can be forged. New lines and
// tabs of the message itself stay. Values are escaped where they are put
// into a message as well; this is the last guard for any that are not.
type safeWriter struct{ w io.Writer }

func (s safeWriter) Write(p []byte) (int, error) {
	text := string(p)
	if safe := names.PrintableLines(text); safe != text {
		_, err := io.WriteString(s.w, safe)
		return len(p), err
	}
	return s.w.Write(p)
}
