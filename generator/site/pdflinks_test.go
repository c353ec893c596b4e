package site

import (
	"bytes"
	"os"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// pdfLink is a link annotation to a named destination in the document.
type pdfLink struct {
	Dest                     string
	Left, Top, Right, Bottom float64 // points from the page's top left
}

// readPDF parses a PDF with pdfcpu (with its configuration folder off,
// so nothing is written to the home folder).
func readPDF(t *testing.T, file string) *model.Context {
	t.Helper()
	api.DisableConfigDir()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	pc, err := pdfcpu.Read(bytes.NewReader(data), conf)
	if err != nil {
		t.Fatalf("pdfcpu cannot read %s: %v", file, err)
	}
	if err := pc.EnsurePageCount(); err != nil {
		t.Fatal(err)
	}
	return pc
}

// readLinks returns the internal links of each page (index 0 is page 1).
func readLinks(t *testing.T, pc *model.Context, pages int, height float64) [][]pdfLink {
	t.Helper()
	out := make([][]pdfLink, pages)
	for i := range pages {
		d, _, _, err := pc.PageDict(i+1, false)
		if err != nil {
			t.Fatalf("page %d: %v", i+1, err)
		}
		annots, _ := pc.DereferenceArray(d["Annots"])
		for _, o := range annots {
			a, err := pc.DereferenceDict(o)
			if err != nil || a.NameEntry("Subtype") == nil || *a.NameEntry("Subtype") != "Link" {
				continue
			}
			dest, ok := a["Dest"].(types.Name)
			if !ok {
				continue
			}
			r := a.ArrayEntry("Rect")
			if len(r) != 4 {
				t.Fatalf("page %d: link without a rectangle: %v", i+1, a)
			}
			out[i] = append(out[i], pdfLink{dest.Value(), number(r[0]), height - number(r[3]), number(r[2]), height - number(r[1])})
		}
	}
	return out
}

func number(o types.Object) float64 {
	switch v := o.(type) {
	case types.Float:
		return v.Value()
	case types.Integer:
		return float64(v.Value())
	}
	return 0
}

// outline flattens the PDF's bookmarks, depth first.
func outline(t *testing.T, pc *model.Context) []pdfcpu.Bookmark {
	t.Helper()
	root, err := pc.Catalog()
	if err != nil {
		t.Fatal(err)
	}
	// pdfcpu finds the outline while validating, which these tests skip.
	if pc.Outlines, err = pc.DereferenceDict(root["Outlines"]); err != nil || pc.Outlines == nil {
		t.Fatalf("the PDF has no outline: %v", err)
	}
	bms, err := pdfcpu.Bookmarks(pc)
	if err != nil {
		t.Fatalf("outline: %v", err)
	}
	var out []pdfcpu.Bookmark
	var walk func([]pdfcpu.Bookmark)
	walk = func(bms []pdfcpu.Bookmark) {
		for _, b := range bms {
			out = append(out, b)
			walk(b.Kids)
		}
	}
	walk(bms)
	return out
}
