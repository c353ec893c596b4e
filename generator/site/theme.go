package site

import (
	"io/fs"
	"os"
	"path/filepath"

	"github.com/probiblio/werkboek/generator/render"
)

// theme is the look of the site: the parsed layouts and the assets, with
// a key that fingerprints every byte of both.
type theme struct {
	key     uint64
	layouts *render.Renderer
	assets  fs.FS
	// The assets as last built, for the accent rules they were built with.
	accents string
	built   render.Assets
	files   []file
}

// ThemeDirs lists the site's layouts and assets folders.
func (e *Engine) ThemeDirs() []string {
	return []string{filepath.Join(e.opts.SiteDir, "layouts"), filepath.Join(e.opts.SiteDir, "assets")}
}

// loadTheme reads and parses the layouts and fingerprints the theme.
func loadTheme(siteDir string) (*theme, error) {
	layouts := os.DirFS(filepath.Join(siteDir, "layouts"))
	assets := os.DirFS(filepath.Join(siteDir, "assets"))
	h := render.NewHash()
	for _, fsys := range []fs.FS{layouts, assets} {
		if err := hashTree(h, fsys); err != nil {
			return nil, err
		}
		h.Str("\x00")
	}
	r, err := render.New(layouts, render.Assets{})
	if err != nil {
		return nil, err
	}
	return &theme{key: h.Sum(), layouts: r, assets: assets}, nil
}

// hashTree adds the name and bytes of every file of fsys to h.
func hashTree(h *render.Hash, fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		h.Str(name).Str(string(data))
		return nil
	})
}

// build returns the assets for the given accent rules, building them only
// when those changed.
func (t *theme) build(accents []byte) (render.Assets, []file, error) {
	if t.files == nil || t.accents != string(accents) {
		a, files, err := buildAssets(t.assets, accents, newMinifier())
		if err != nil {
			return render.Assets{}, nil, err
		}
		t.accents, t.built, t.files = string(accents), a, files
	}
	return t.built, t.files, nil
}
