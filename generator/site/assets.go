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

// preparedAssets are the assets of a theme made ready before the content
// is known: the scripts minified and hashed, the other files as they are,
// and the two stylesheets minified without the rules that come from the
// content (the priorities' accents, the print edition's running heads).
type preparedAssets struct {
	js         []string          // hashed names of the scripts every page loads
	names      map[string]string // asset name → hashed name
	files      []file
	css        []byte // css/*.css joined in name order, minified
	editionCSS []byte // css/edition/*.css likewise
}

// prepareAssets reads the assets folder: every css/*.css is joined in name
// order into one stylesheet, which every page links; css/edition/*.css
// likewise, after css/pagina/*.css, into the stylesheet of the print
// edition only; css/pagina/*.css are also minified and hashed one by one,
// for the pages whose layout links them (Page.Asset), so a page loads only
// the rules of its kind. js/*.js are minified and hashed one by one and
// loaded by every page; js/<folder>/*.js too, but only pages whose layout
// asks for them load them (Page.Asset).
// Every other file is copied as it is.
func prepareAssets(assets fs.FS, m *minifier) (*preparedAssets, error) {
	p := &preparedAssets{names: map[string]string{}}
	var css, pageCSS, editionCSS bytes.Buffer
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
		case path.Dir(name) == "css/pagina" && path.Ext(name) == ".css":
			min, err := m.bytes("text/css", data)
			if err != nil {
				return minifyError("assets/"+name, "CSS", err)
			}
			p.names[name] = hashedName(name, min)
			p.files = append(p.files, file{p.names[name], min})
			pageCSS.Write(data)
			pageCSS.WriteByte('\n')
		case strings.HasPrefix(name, "js/") && path.Ext(name) == ".js":
			min, err := m.bytes("application/javascript", data)
			if err != nil {
				return minifyError("assets/"+name, "JavaScript", err)
			}
			hashed := hashedName(name, min)
			if path.Dir(name) == "js" {
				p.js = append(p.js, hashed)
			}
			p.names[name] = hashed
			p.files = append(p.files, file{hashed, min})
		default:
			p.files = append(p.files, file{name, data})
		}
		return nil
	})
	if err != nil {
		var ok *minifyFailure
		if errors.As(err, &ok) {
			return nil, err
		}
		return nil, syserr.Wrap("de vormgeving (assets) kan niet worden gelezen", err)
	}
	if p.css, err = m.bytes("text/css", css.Bytes()); err != nil {
		return nil, minifyError("assets/css (alle stijlbladen samen)", "CSS", err)
	}
	// The print edition holds every kind of page: its stylesheet starts
	// with every page's own rules.
	pageCSS.Write(editionCSS.Bytes())
	if p.editionCSS, err = m.bytes("text/css", pageCSS.Bytes()); err != nil {
		return nil, minifyError("assets/css/pagina en assets/css/edition (alle stijlbladen samen)", "CSS", err)
	}
	slices.Sort(p.js)
	return p, nil
}

// with returns the assets with the content's rules for every page
// (accents) and for the print edition (edition) appended, each minified
// on its own, and the files to publish.
func (p *preparedAssets) with(accents, edition []byte, m *minifier) (render.Assets, []file, error) {
	out := render.Assets{Files: make(map[string]string, len(p.names)), JS: p.js}
	for k, v := range p.names {
		out.Files[k] = v
	}
	files := slices.Clip(p.files)
	for _, s := range []struct {
		theme, rules []byte
		name         string
		dst          *string
	}{
		{p.css, accents, "css/werkboek.css", &out.CSS},
		{p.editionCSS, edition, "css/afdrukversie.css", &out.EditionCSS},
	} {
		min, err := m.bytes("text/css", s.rules)
		if err != nil {
			// The rules are made by werkboek from checked values.
			return out, nil, errors.New("interne fout: werkboek maakte ongeldige stijlregels voor de kleuren van de prioriteiten of de koppen van het werkboek; meld dit aan wie werkboek onderhoudt")
		}
		data := append(append(make([]byte, 0, len(s.theme)+len(min)), s.theme...), min...)
		*s.dst = hashedName(s.name, data)
		files = append(files, file{*s.dst, data})
	}
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
