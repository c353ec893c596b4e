package content

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	_ "image/gif"  // register the decoder for image.DecodeConfig
	_ "image/jpeg" // idem
	_ "image/png"  // idem
	"io"
	"math"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/photo"
	_ "golang.org/x/image/webp" // idem
)

// Size limits above which a file beside a card gets a warning. Build
// publishes smaller copies of JPEG and PNG photos (see photo), so only
// other images and PDFs reach readers as they are.
const (
	ImageWarnBytes = 500_000
	PDFWarnBytes   = 5_000_000
)

// FileExts are the kinds of files that may be put beside a card.
var FileExts = []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".pdf"}

// isFileExt reports whether name is a kind of file that can be published
// beside a card.
func isFileExt(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	for _, e := range FileExts {
		if e == ext {
			return true
		}
	}
	return false
}

func isImageExt(name string) bool {
	return isFileExt(name) && strings.ToLower(path.Ext(name)) != ".pdf"
}

// readFile opens a file beside a text once per load and reads its size
// and, for an image, its width and height. It returns the Dutch reason
// when the file cannot be used.
func (l *loader) readFile(name string) (*model.File, string) {
	if f, ok := l.files[name]; ok {
		return f, l.fileErr[name]
	}
	f, msg := l.openFile(name)
	l.files[name], l.fileErr[name] = f, msg
	if f != nil {
		r := l.reporter(name)
		switch {
		case f.Image && f.Size > ImageWarnBytes && !photo.Resizes(name):
			r.Warnf(0, "deze afbeelding is %s groot en maakt de pagina traag; werkboek verkleint alleen jpg en png, sla haar kleiner op (zo'n 1600 pixels breed en hooguit %s) of als jpg", kB(f.Size), kB(ImageWarnBytes))
		case !f.Image && f.Size > PDFWarnBytes:
			r.Warnf(0, "deze pdf is %s groot; lezers met een trage verbinding wachten lang, maak hem kleiner dan %s als dat kan", kB(f.Size), kB(PDFWarnBytes))
		}
	}
	return f, msg
}

func (l *loader) openFile(name string) (*model.File, string) {
	fh, err := l.fsys.Open(name)
	if err != nil {
		return nil, "kan " + path.Base(name) + " niet lezen (" + plainErr(err) + ")"
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, "kan " + path.Base(name) + " niet lezen (" + plainErr(err) + ")"
	}
	f := &model.File{Name: name, Path: l.display(name), Base: path.Base(name), Size: st.Size(), Image: isImageExt(name)}
	if !f.Image {
		// A reader who opens the link expects a PDF; a file renamed to
		// .pdf (a Word document, a web page) would not open.
		head := make([]byte, 5)
		if n, _ := io.ReadFull(fh, head); string(head[:n]) != "%PDF-" {
			return nil, f.Base + " is geen pdf (het bestand begint niet met %PDF-); sla het opnieuw op als pdf (Bestand > Opslaan als > PDF) en zet het hier neer"
		}
		return f, ""
	}
	if strings.EqualFold(path.Ext(name), ".svg") {
		data, err := io.ReadAll(io.LimitReader(fh, 10<<20))
		if err == nil {
			f.Width, f.Height, err = svgSize(data)
		}
		if err != nil {
			return nil, f.Base + ": " + err.Error()
		}
		return f, ""
	}
	// The EXIF data of a JPEG sits in its first 64 kB; a PNG's eXIf
	// chunk before its image data.
	head, _ := io.ReadAll(io.LimitReader(fh, 256<<10))
	cfg, format, err := image.DecodeConfig(io.MultiReader(bytes.NewReader(head), fh))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, f.Base + " is geen afbeelding die werkboek kan lezen; sla haar opnieuw op als jpg, png, gif of webp"
	}
	if ext := strings.TrimPrefix(strings.ToLower(path.Ext(name)), "."); ext != format && !(ext == "jpg" && format == "jpeg") {
		return nil, fmt.Sprintf("%s is een %s-afbeelding met de naam van een %s; geef het bestand de juiste extensie (.%s)", f.Base, format, ext, format)
	}
	f.Width, f.Height = cfg.Width, cfg.Height
	if photo.Resizes(name) && photo.Turned(photo.Orientation(head)) {
		f.Width, f.Height = cfg.Height, cfg.Width // as the camera meant it
	}
	return f, ""
}

func kB(n int64) string {
	if n >= 1_000_000 {
		return strings.TrimSuffix(strings.Replace(strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64), ".", ",", 1), ",0") + " MB"
	}
	return strconv.FormatInt((n+500)/1000, 10) + " kB"
}

var (
	svgScript = regexp.MustCompile(`(?i)<script|<foreignobject|javascript:|\son[a-z]+\s*=`)
	svgNumber = regexp.MustCompile(`^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$`)
)

// svgSize reads the width and height of an SVG image from its width and
// height attributes (in pixels or without unit) or its viewBox. An SVG
// with a script is refused: opened on its own it could run the script on
// the site.
func svgSize(data []byte) (int, int, error) {
	if m := svgScript.Find(data); m != nil {
		return 0, 0, fmt.Errorf("deze svg bevat een script (%s); werkboek publiceert geen svg met scripts: sla hem op zonder, of als png", strings.TrimSpace(string(m)))
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err != nil {
			return 0, 0, fmt.Errorf("dit is geen leesbare svg (%v); sla hem opnieuw op", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local != "svg" {
			return 0, 0, fmt.Errorf("dit bestand begint niet met <svg>; sla het opnieuw op als svg")
		}
		var w, h float64
		var vb []float64
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "width":
				w = svgLength(a.Value)
			case "height":
				h = svgLength(a.Value)
			case "viewBox":
				for _, f := range strings.FieldsFunc(a.Value, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' }) {
					v, err := strconv.ParseFloat(f, 64)
					if err == nil {
						vb = append(vb, v)
					}
				}
			}
		}
		if len(vb) == 4 && vb[2] > 0 && vb[3] > 0 {
			switch {
			case w == 0 && h == 0:
				w, h = vb[2], vb[3]
			case w == 0:
				w = h * vb[2] / vb[3]
			case h == 0:
				h = w * vb[3] / vb[2]
			}
		}
		if w < 0.5 || h < 0.5 {
			return 0, 0, fmt.Errorf("de svg heeft geen maat; geef hem width en height in pixels of een viewBox, zoals <svg width=\"400\" height=\"300\">")
		}
		return int(math.Round(w)), int(math.Round(h)), nil
	}
}

// svgLength reads "400" or "400px"; other units and percentages give 0.
func svgLength(s string) float64 {
	m := svgNumber.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	return v
}

// listedFile records a file found beside the content that may be
// published when a text uses it.
func (l *loader) listedFile(name string) {
	l.listed = append(l.listed, name)
	l.listedSet[name] = true
}
