package tickets

import (
	"bufio"
	"bytes"
	"mime"
	"net/mail"
	"net/textproto"
	"regexp"
	"slices"
	"strings"

	"unicode/utf8"

	"github.com/probiblio/werkboek/generator/dutch"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
)

// text is a run of decoded lines, each with the line of the file it was
// read from, so a problem in a quoted-printable or base64 body can still
// be pointed at.
type text struct {
	lines []string
	at    []int
}

// MaxMailLines is the most lines a saved mail may have: a mail of
// MaxFileSize in lines of 76 characters has 140,000. Each line costs
// its own bookkeeping, so a file of nothing but line ends is refused.
const MaxMailLines = 200_000

// mailHeaders are names of which one must appear for a file to be read as
// a saved mail rather than as a bare body (whose "Bibliotheek: …" looks
// like a header too).
var mailHeaders = []string{"From", "To", "Date", "Subject", "Message-Id", "Mime-Version", "Content-Type", "Received", "Return-Path", "Delivered-To"}

var headerLine = regexp.MustCompile(`^[!-9;-~]+:`)

// parseMail reads a saved mail (headers, then a body in any transfer
// encoding and character set, possibly multipart) or a bare mail body as
// a person saves it from a mail program.
func parseMail(r *Return, data []byte, rep *reporter) {
	if n := max(bytes.Count(data, []byte("\n")), bytes.Count(data, []byte("\r"))); n > MaxMailLines {
		rep.errorf(0, "heeft %s regels, meer dan de %s die een mail hoogstens mag hebben; %s", dutch.Thousands(n), dutch.Thousands(MaxMailLines), tooBigAdvice)
		return
	}
	// The bytes are kept as they are until the character set of each part
	// is known.
	lines := splitLines(string(bytes.TrimPrefix(data, bom)))
	if end, hdr := mailHeader(lines); hdr != nil {
		if d, err := mail.ParseDate(hdr.Get("Date")); err == nil {
			r.MailDate = d
		}
		texts := mailParts(hdr, lines[end+1:], end+2, rep, 0)
		for _, t := range texts {
			if hasBlock(t) {
				parseBody(r, t, rep)
				return
			}
		}
		if len(texts) == 0 {
			rep.errorf(1, "deze mail heeft geen tekst om te lezen; bewaar de mail van de Bibliotheek opnieuw (als .eml) of kopieer de tekst in een .txt-bestand")
			return
		}
		parseBody(r, texts[0], rep)
		return
	}
	lines = splitLines(decodeText(data))
	t := text{lines: lines, at: make([]int, len(lines))}
	for i := range t.at {
		t.at[i] = i + 1
	}
	parseBody(r, t, rep)
}

// mailHeader returns the index of the blank line that ends the headers
// and the headers, or nil when the lines do not start with mail headers.
func mailHeader(lines []string) (int, textproto.MIMEHeader) {
	start := 0
	if len(lines) > 0 && strings.HasPrefix(lines[0], "From ") {
		start = 1 // the separator line of an mbox file
	}
	end := -1
	for i := start; i < len(lines); i++ {
		l := lines[i]
		if l == "" {
			end = i
			break
		}
		if !headerLine.MatchString(l) && !(i > start && (l[0] == ' ' || l[0] == '\t')) {
			return 0, nil
		}
	}
	if end <= start {
		return 0, nil
	}
	hdr, err := readHeader(lines[start:end])
	if err != nil {
		return 0, nil
	}
	for _, k := range mailHeaders {
		if _, ok := hdr[k]; ok {
			return end, hdr
		}
	}
	return 0, nil
}

func readHeader(lines []string) (textproto.MIMEHeader, error) {
	r := textproto.NewReader(bufio.NewReader(strings.NewReader(strings.Join(lines, "\r\n") + "\r\n\r\n")))
	return r.ReadMIMEHeader()
}

// mailParts returns the texts of a message part whose body is lines, the
// first of which is line first of the file: a text part itself, the text
// of each part of a multipart (plain text before HTML), and the text of a
// forwarded mail.
func mailParts(hdr textproto.MIMEHeader, lines []string, first int, rep *reporter, depth int) []text {
	ct := hdr.Get("Content-Type")
	if ct == "" {
		ct = "text/plain; charset=us-ascii"
	}
	media, params, err := mime.ParseMediaType(ct)
	if err != nil {
		media, params = "text/plain", map[string]string{}
	}
	switch {
	case depth > 8:
		return nil
	case strings.HasPrefix(media, "multipart/"):
		return multipart(media, params["boundary"], lines, first, rep, depth)
	case media == "message/rfc822":
		if end, inner := mailHeader(lines); inner != nil {
			return mailParts(inner, lines[end+1:], first+end+1, rep, depth+1)
		}
		return nil
	case media != "text/plain" && media != "text/html":
		return nil
	}
	t := transfer(hdr.Get("Content-Transfer-Encoding"), lines, first)
	var charset encoding.Encoding
	if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "us-ascii" {
		if charset, err = htmlindex.Get(cs); err != nil {
			rep.warnf(first, "onbekende tekenset %s; de tekst is gelezen als UTF-8", show(cs))
		}
	}
	for i, l := range t.lines {
		if charset != nil {
			if s, err := charset.NewDecoder().String(l); err == nil {
				t.lines[i] = s
			}
		} else if !utf8.ValidString(l) {
			t.lines[i] = decodeText([]byte(l))
		}
	}
	if media == "text/html" {
		t = htmlText(t)
	} else if strings.EqualFold(params["format"], "flowed") {
		t = unflow(t, strings.EqualFold(params["delsp"], "yes"))
	}
	return []text{t}
}

// multipart splits a multipart body at its boundary and returns the texts
// of its parts; of the alternatives of one text the plain one comes first.
func multipart(media, boundary string, lines []string, first int, rep *reporter, depth int) []text {
	if boundary == "" {
		return nil
	}
	var out, html []text
	start := -1
	for i := 0; i <= len(lines); i++ {
		last := i == len(lines)
		l := ""
		if !last {
			l = strings.TrimRight(lines[i], " \t")
		}
		if !last && l != "--"+boundary && l != "--"+boundary+"--" {
			continue
		}
		if start >= 0 {
			part := lines[start:i]
			end := slices.Index(part, "")
			if end >= 0 {
				if hdr, err := readHeader(part[:end]); err == nil {
					for _, t := range mailParts(hdr, part[end+1:], first+start+end+1, rep, depth+1) {
						if strings.Contains(hdr.Get("Content-Type"), "html") {
							html = append(html, t)
						} else {
							out = append(out, t)
						}
					}
				}
			}
		}
		start = i + 1
		if last || l == "--"+boundary+"--" {
			break
		}
	}
	if media == "multipart/alternative" && len(out) > 0 {
		return out
	}
	return append(out, html...)
}
