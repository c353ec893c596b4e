package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"unicode/utf16"
)

var (
	trailerSize = regexp.MustCompile(`/Size\s+(\d+)`)
	trailerRoot = regexp.MustCompile(`/Root\s+(\d+\s+\d+\s+R)`)
	startXref   = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF\s*$`)
)

// SetInfo appends an incremental update to a PDF with a classic
// cross-reference table (as Chromium writes) that gives it a new document
// information dictionary. The original bytes are kept as they are.
func SetInfo(pdf []byte, info Info) ([]byte, error) {
	t := bytes.LastIndex(pdf, []byte("trailer"))
	m := startXref.FindSubmatch(pdf)
	if t < 0 || m == nil {
		return nil, errors.New("PDF zonder klassieke trailer; documentgegevens niet gezet")
	}
	trailer := pdf[t:]
	size := trailerSize.FindSubmatch(trailer)
	root := trailerRoot.FindSubmatch(trailer)
	if size == nil || root == nil {
		return nil, errors.New("PDF-trailer zonder /Size of /Root; documentgegevens niet gezet")
	}
	n, _ := strconv.Atoi(string(size[1]))
	var out bytes.Buffer
	out.Grow(len(pdf) + 1024)
	out.Write(pdf)
	if pdf[len(pdf)-1] != '\n' {
		out.WriteByte('\n')
	}
	offset := out.Len()
	fmt.Fprintf(&out, "%d 0 obj\n<<", n)
	for _, kv := range [][2]string{{"Title", info.Title}, {"Author", info.Author}, {"Subject", info.Subject}, {"Keywords", info.Keywords}, {"Creator", "werkboek"}} {
		if kv[1] != "" {
			fmt.Fprintf(&out, "/%s %s", kv[0], textString(kv[1]))
		}
	}
	out.WriteString(">>\nendobj\n")
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n%d 1\n%010d 00000 n \ntrailer\n<</Size %d /Root %s /Info %d 0 R /Prev %s>>\nstartxref\n%d\n%%%%EOF\n",
		n, offset, n+1, root[1], n, m[1], xref)
	return out.Bytes(), nil
}

// textString encodes s as a PDF text string: UTF-16BE with a byte order
// mark, in hexadecimal, so any character and no escaping problem.
func textString(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}
