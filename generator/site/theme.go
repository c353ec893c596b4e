package site

import (
	"io/fs"
	"os"
	"path/filepath"

	builtinassets "github.com/probiblio/werkboek/assets"
	"github.com/probiblio/werkboek/generator/fingerprint"
	"github.com/probiblio/werkboek/generator/regular"
	"github.com/probiblio/werkboek/generator/render"
	builtinlayouts "github.com/probiblio/werkboek/layouts"
)

// theme is the look of the site: the parsed layouts and the assets, with
// a key that fingerprints every byte of both.
type theme struct {
	key     uint64
	layouts *render.Renderer
	assets  *preparedAssets
	// The assets as last built, for the accent rules they were built with.
	accents string
	built   render.Assets
	files   []file
}

// ThemeDirs lists the site's own layouts and assets folders that exist.
func (e *Engine) ThemeDirs() []string {
	var dirs []string
	for _, sub := range []string{"layouts", "assets"} {
		d := filepath.Join(e.opts.SiteDir, sub)
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			dirs = append(dirs, d)
		}
	}
	return dirs
}

// themeFS returns the site's folder sub over the built-in files.
func themeFS(siteDir, sub string, builtin fs.FS) overlay {
	o := overlay{bottom: builtin}
	d := filepath.Join(siteDir, sub)
	if st, err := os.Stat(d); err == nil && st.IsDir() {
		o.top = regular.DirFS(d)
	}
	return o
}

// ThemeAssets returns the assets of the site in siteDir: its own assets/
// over the built-in ones.
func ThemeAssets(siteDir string) fs.FS { return themeFS(siteDir, "assets", builtinassets.FS) }

// loadTheme reads and parses the layouts and fingerprints the theme: the
// built-in layouts and assets, with the site's own files in their place.
func loadTheme(siteDir string) (*theme, error) {
	layouts := themeFS(siteDir, "layouts", builtinlayouts.FS)
	assets := themeFS(siteDir, "assets", builtinassets.FS)
	h := fingerprint.New()
	for _, o := range []overlay{layouts, assets} {
		// The built-in files cannot change while werkboek runs (and keys
		// live only in memory): their names are enough. The site's own
		// files count with every byte.
		if err := hashTree(h, o.bottom, false); err != nil {
			return nil, err
		}
		if o.top != nil {
			if err := hashTree(h, o.top, true); err != nil {
				return nil, err
			}
		}
		h.Str("\x00")
	}
	r, err := render.New(layouts, render.Assets{})
	if err != nil {
		return nil, err
	}
	prepared, err := prepareAssets(assets, newMinifier())
	if err != nil {
		return nil, err
	}
	return &theme{key: h.Sum(), layouts: r, assets: prepared}, nil
}

// hashTree adds the name of every file of fsys to h, and with bytes its
// contents too.
func hashTree(h *fingerprint.Hash, fsys fs.FS, bytes bool) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		h.Str(name)
		if !bytes {
			return nil
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		h.Bytes(data)
		return nil
	})
}

// build returns the assets for the given accent rules (of every page and
// of the print edition), building them only when those changed.
func (t *theme) build(accents, edition []byte) (render.Assets, []file, error) {
	key := string(accents) + "\x00" + string(edition)
	if t.files == nil || t.accents != key {
		a, files, err := t.assets.with(accents, edition, newMinifier())
		if err != nil {
			return render.Assets{}, nil, err
		}
		t.accents, t.built, t.files = key, a, files
	}
	return t.built, t.files, nil
}
