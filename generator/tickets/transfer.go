package tickets

import (
	"encoding/base64"
	"html"
	"io"
	"mime/quotedprintable"
	"regexp"
	"sort"
	"strings"
)

// transfer undoes the Content-Transfer-Encoding of a body.
func transfer(encoding string, lines []string, first int) text {
	var t text
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "quoted-printable":
		// Soft line breaks (a line ending in "=") join lines into one
		// logical line, decoded once: linear in the size of the body.
		var logical strings.Builder
		from, open := first, false
		for i, l := range lines {
			if !open {
				from, open = first+i, true
			}
			trimmed := strings.TrimRight(l, " \t")
			if strings.HasSuffix(trimmed, "=") && i < len(lines)-1 {
				logical.WriteString(strings.TrimSuffix(trimmed, "="))
				continue
			}
			logical.WriteString(l)
			dec, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(logical.String())))
			if err != nil {
				dec = []byte(logical.String())
			}
			for _, d := range splitLines(string(dec)) {
				t.lines, t.at = append(t.lines, d), append(t.at, from)
			}
			if len(dec) == 0 || string(dec) == "\n" {
				t.lines, t.at = append(t.lines, ""), append(t.at, from)
			}
			logical.Reset()
			open = false
		}
	case "base64":
		// Each decoded line is traced back to the encoded line that holds
		// its first byte.
		var enc strings.Builder
		ends := make([]int, len(lines)) // encoded characters up to the end of each line
		for i, l := range lines {
			enc.WriteString(strings.TrimSpace(l))
			ends[i] = enc.Len()
		}
		s := strings.TrimRight(enc.String(), "=")
		dec, err := base64.RawStdEncoding.DecodeString(s[:len(s)/4*4+rawTail(len(s)%4)])
		if err != nil {
			dec = nil
		}
		off := 0
		for _, d := range strings.SplitAfter(string(dec), "\n") {
			if d == "" {
				continue
			}
			at := sort.SearchInts(ends, off/3*4+1)
			t.lines, t.at = append(t.lines, strings.TrimRight(d, "\r\n")), append(t.at, first+min(at, len(lines)-1))
			off += len(d)
		}
	default:
		t.lines = lines
		for i := range lines {
			t.at = append(t.at, first+i)
		}
	}
	return t
}

// rawTail keeps a final group of two or three base64 characters and drops
// a single one, which cannot be decoded.
func rawTail(n int) int {
	if n == 1 {
		return 0
	}
	return n
}

// unflow joins the lines of a format=flowed body (RFC 3676): a line
// ending in a space continues on the next.
func unflow(t text, delsp bool) text {
	var out text
	var joined strings.Builder
	joining := false
	for i, l := range t.lines {
		l = strings.TrimPrefix(l, " ") // space-stuffing
		soft := strings.HasSuffix(l, " ") && l != "-- "
		if soft && delsp {
			l = l[:len(l)-1]
		}
		if !joining {
			out.at = append(out.at, t.at[i])
		}
		joined.WriteString(l)
		joining = soft && i < len(t.lines)-1
		if !joining {
			out.lines = append(out.lines, joined.String())
			joined.Reset()
		}
	}
	return out
}

var (
	htmlBreak = regexp.MustCompile(`(?i)<br\s*/?>|</(p|div|li|tr|h[1-6])>`)
	htmlTag   = regexp.MustCompile(`(?s)<[^>]*>`)
)

// htmlText turns an HTML body into lines of text, each traced to the line
// its HTML started on.
func htmlText(t text) text {
	var out text
	for i, l := range t.lines {
		for _, s := range htmlBreak.Split(l, -1) {
			s = strings.TrimSpace(html.UnescapeString(htmlTag.ReplaceAllString(s, "")))
			out.lines, out.at = append(out.lines, s), append(out.at, t.at[i])
		}
	}
	return out
}
