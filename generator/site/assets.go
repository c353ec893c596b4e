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
// named after its content hash, which every page links; css/edition/*.css
// likewise, with the print edition's own rules, into the stylesheet of the
// print edition only. js/*.js are minified and hashed one by one and
// loaded by every page; js/<folder>/*.js too, but only pages whose layout
// asks for them load them (Page.Asset). Every other file is copied as it is.
func buildAssets(assets fs.FS, accents, edition []byte, m *minifier) (render.Assets, []file, error) {
	out := render.Assets{Files: map[string]string{}}
	var files []file
	var css, editionCSS bytes.Buffer
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
		case path.Dir(name) == "css/edition" && path.Ext(name) == ".css":
			editionCSS.Write(data)
			editionCSS.WriteByte('\n')
		case strings.HasPrefix(name, "js/") && path.Ext(name) == ".js":
			min, err := m.bytes("application/javascript", data)
			if err != nil {
				return minifyError("assets/"+name, "JavaScript", err)
			}
			hashed := hashedName(name, min)
			if path.Dir(name) == "js" {
				out.JS = append(out.JS, hashed)
			}
			out.Files[name] = hashed
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
	editionCSS.Write(edition)
	for _, s := range []struct {
		src  *bytes.Buffer
		name string
		dst  *string
		what string
	}{
		{&css, "css/werkboek.css", &out.CSS, "assets/css (alle stijlbladen samen)"},
		{&editionCSS, "css/afdrukversie.css", &out.EditionCSS, "assets/css/edition (alle stijlbladen samen)"},
	} {
		min, err := m.bytes("text/css", s.src.Bytes())
		if err != nil {
			return out, nil, minifyError(s.what, "CSS", err)
		}
		*s.dst = hashedName(s.name, min)
		files = append(files, file{*s.dst, min})
	}
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
