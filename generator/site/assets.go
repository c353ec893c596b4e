package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/probiblio/werkboek/generator/render"
	"github.com/probiblio/werkboek/generator/syserr"
	"github.com/tdewolff/parse/v2"
)

// file is one output file in memory.
type file struct {
	name string // slash-separated, relative to the output folder
	data []byte
}

// buildAssets reads the assets folder: every css/*.css is joined in name
// order with the priorities' accent rules into one minified stylesheet
// named after its content hash; js/*.js are minified and hashed one by
// one; every other file is copied as it is.
func buildAssets(assets fs.FS, accents []byte, m *minifier) (render.Assets, []file, error) {
	var out render.Assets
	var files []file
	var css bytes.Buffer
	err := fs.WalkDir(assets, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		data, err := fs.ReadFile(assets, name)
		if err != nil {
			return err
		}
		switch {
		case path.Dir(name) == "css" && path.Ext(name) == ".css":
			css.Write(data)
			css.WriteByte('\n')
		case path.Dir(name) == "js" && path.Ext(name) == ".js":
			min, err := m.bytes("application/javascript", data)
			if err != nil {
				return minifyError("assets/"+name, "JavaScript", err)
			}
			hashed := hashedName(name, min)
			out.JS = append(out.JS, hashed)
			files = append(files, file{hashed, min})
		default:
			files = append(files, file{name, data})
		}
		return nil
	})
	if err != nil {
		var ok *minifyFailure
		if errors.As(err, &ok) {
			return out, nil, err
		}
		return out, nil, syserr.Wrap("de vormgeving (assets) kan niet worden gelezen", err)
	}
	css.Write(accents)
	min, err := m.bytes("text/css", css.Bytes())
	if err != nil {
		return out, nil, minifyError("assets/css (alle stijlbladen samen)", "CSS", err)
	}
	out.CSS = hashedName("css/werkboek.css", min)
	files = append(files, file{out.CSS, min})
	slices.Sort(out.JS)
	return out, files, nil
}

// hashedName inserts the first 10 hex digits of the content's SHA-256
// before the extension: "css/werkboek.css" → "css/werkboek.1a2b3c4d5e.css".
func hashedName(name string, data []byte) string {
	sum := sha256.Sum256(data)
	ext := path.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:5]) + ext
}

// minifyFailure is a stylesheet or script the minifier cannot read.
type minifyFailure struct{ msg string }

func (m *minifyFailure) Error() string { return m.msg }

// minifyError says in Dutch where a stylesheet or script has a mistake.
func minifyError(file, lang string, err error) error {
	var pe *parse.Error
	if errors.As(err, &pe) {
		return &minifyFailure{fmt.Sprintf("%s:%d:%d: dit is geen geldige %s; controleer deze regel", file, pe.Line, pe.Column, lang)}
	}
	return &minifyFailure{fmt.Sprintf("%s: dit is geen geldige %s", file, lang)}
}
