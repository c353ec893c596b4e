// Package jsonpos reads JSON token by token and says on which line each
// token stands, and in Dutch what is wrong with JSON that cannot be read.
// Returned tickets (generator/tickets) and the participants file of the
// content (generator/content) are read with it, so that every message
// names the line of the value it is about.
package jsonpos

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Decoder is a json.Decoder over data that knows the lines of data. Its
// numbers are read as json.Number.
type Decoder struct {
	*json.Decoder
	data  []byte
	lines lines
}

// NewDecoder returns a decoder of data.
func NewDecoder(data []byte) *Decoder {
	d := &Decoder{Decoder: json.NewDecoder(bytes.NewReader(data)), data: data, lines: lines{data: data, line: 1}}
	d.UseNumber()
	return d
}

// Line returns the line of the last byte read: after Token, the line of
// the token (a string in JSON never spans lines).
func (d *Decoder) Line() int { return d.lines.at(d.InputOffset() - 1) }

// NextLine returns the line where the next value starts.
func (d *Decoder) NextLine() int { return d.lines.at(d.next()) }

// NextByte returns the first byte of the next value, or 0 at the end.
func (d *Decoder) NextByte() byte {
	if at := d.next(); at < int64(len(d.data)) {
		return d.data[at]
	}
	return 0
}

// next is the offset of the next value: after white space, commas and
// colons.
func (d *Decoder) next() int64 { return skipSeparators(d.data, d.InputOffset()) }

// Explain returns the line of an error of the decoder and says in Dutch
// what is wrong ("het bestand houdt halverwege op", "ongeldige JSON:
// onverwacht teken '{' (ontbreekt er een komma vóór?)"). The decoder's
// offset is sometimes that of the wrong character, sometimes the end of
// the token before it; the first character after white space and
// separators from there is the wrong one. A file that ends too early is
// wrong at its end. The line is at least 1.
func (d *Decoder) Explain(err error) (int, string) {
	if err == io.EOF && len(bytes.TrimSpace(d.data)) > 0 {
		err = io.ErrUnexpectedEOF
	}
	var se *json.SyntaxError
	var line int
	switch {
	case errors.As(err, &se):
		line = d.lines.at(min(skipSeparators(d.data, se.Offset), int64(len(d.data))-1))
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		line = d.lines.at(int64(len(bytes.TrimRight(d.data, " \t\r\n"))) - 1)
	default:
		line = d.lines.at(max(d.InputOffset()-1, 0))
	}
	return max(line, 1), reason(err)
}

// skipSeparators skips white space, commas and colons from off.
func skipSeparators(data []byte, off int64) int64 {
	for off < int64(len(data)) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
		off++
	}
	return off
}

// reason says in Dutch what is wrong with the JSON.
func reason(err error) string {
	msg := err.Error()
	switch {
	case err == io.EOF:
		return "het bestand is leeg"
	case errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(msg, "unexpected end"):
		return "het bestand houdt halverwege op"
	case strings.Contains(msg, "exceeded max depth"):
		return "ongeldige JSON: de waarden zijn te diep in elkaar genest"
	case strings.HasPrefix(msg, "expected comma after"):
		return "ongeldige JSON: er ontbreekt een komma vóór deze waarde"
	case strings.HasPrefix(msg, "expected colon after"):
		return "ongeldige JSON: er ontbreekt een dubbele punt na de sleutel"
	case strings.HasPrefix(msg, "invalid character "):
		c, _, _ := strings.Cut(strings.TrimPrefix(msg, "invalid character "), " ")
		hint := ""
		switch {
		case strings.HasSuffix(msg, "after array element"), strings.HasSuffix(msg, "after object key:value pair"):
			hint = " (ontbreekt er een komma vóór?)"
		case strings.HasSuffix(msg, "after object key"):
			hint = " (ontbreekt er een dubbele punt vóór?)"
		}
		return fmt.Sprintf("ongeldige JSON: onverwacht teken %s%s", c, hint)
	}
	return "ongeldige JSON"
}

// Text returns a string, or a number written as text (an edition typed
// as 2017 instead of "2017").
func Text(v json.RawMessage) (string, bool) {
	if len(v) == 0 || v[0] != '"' && v[0] != '-' && (v[0] < '0' || v[0] > '9') {
		return "", false
	}
	var n json.Number
	if v[0] != '"' {
		return string(v), json.Unmarshal(v, &n) == nil
	}
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		return "", false
	}
	return s, true
}

// lines turns byte offsets of a text into 1-based line numbers. It counts
// the line ends from the offset asked before, so asking for offsets in
// order costs one pass over the text and no memory, however many lines it
// has.
type lines struct {
	data []byte
	off  int // the offset counted up to
	line int // the line at off
}

// at returns the line of the byte at offset off.
func (li *lines) at(off int64) int {
	o := int(min(max(off, 0), int64(len(li.data))))
	if o < li.off {
		li.off, li.line = 0, 1
	}
	li.line += bytes.Count(li.data[li.off:o], []byte("\n"))
	li.off = o
	return li.line
}
