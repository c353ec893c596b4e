package pdf

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

var configOnce sync.Once

// read parses a PDF with pdfcpu, without validating it (Chromium's PDFs
// are well-formed, and validation would double the time). pdfcpu's
// configuration folder is disabled so reading writes nothing to the
// user's home folder.
func read(ctx context.Context, data []byte) (*model.Context, error) {
	configOnce.Do(api.DisableConfigDir)
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	pc, err := pdfcpu.ReadWithContext(ctx, bytes.NewReader(data), conf)
	if err != nil {
		return nil, fmt.Errorf("de PDF van Chromium is niet te lezen: %w", err)
	}
	return pc, nil
}

// PageOf returns, for every named destination of a PDF, the number
// (from 1) of the page it points to. Chromium writes a named destination
// for every element id that a link in the document points to, at the
// place where that element begins; so the pages of the contents' and the
// cards' link targets can be read from the printed PDF itself.
func PageOf(ctx context.Context, data []byte) (map[string]int, error) {
	dests, _, err := layout(ctx, data)
	return dests, err
}

// layout returns the pages of a PDF's named destinations (see PageOf)
// and its number of pages.
func layout(ctx context.Context, data []byte) (map[string]int, int, error) {
	pc, err := read(ctx, data)
	if err != nil {
		return nil, 0, err
	}
	pages, err := pageNumbers(pc)
	if err != nil {
		return nil, 0, err
	}
	dests, err := destinations(pc, pages)
	return dests, len(pages), err
}

// destinations resolves the named destinations of the catalog's /Dests
// dictionary (PDF 1.1, as Chromium writes them) and of the /Names /Dests
// name tree (PDF 1.2 and later) to page numbers, given the number of
// every page by its object number.
func destinations(pc *model.Context, pages map[int]int) (map[string]int, error) {
	out := map[string]int{}
	add := func(name string, o types.Object) error {
		arr, err := destArray(pc, o)
		if err != nil {
			return fmt.Errorf("bestemming %q in de PDF: %w", name, err)
		}
		ref, ok := arr[0].(types.IndirectRef)
		if !ok {
			return fmt.Errorf("bestemming %q in de PDF wijst niet naar een pagina", name)
		}
		n, ok := pages[ref.ObjectNumber.Value()]
		if !ok {
			return fmt.Errorf("bestemming %q in de PDF wijst naar een onbekende pagina", name)
		}
		out[name] = n
		return nil
	}
	root, err := pc.Catalog()
	if err != nil {
		return nil, err
	}
	if o, ok := root.Find("Dests"); ok {
		d, err := pc.DereferenceDict(o)
		if err != nil {
			return nil, err
		}
		for name, o := range d {
			if err := add(name, o); err != nil {
				return nil, err
			}
		}
	}
	if err := pc.LocateNameTree("Dests", false); err != nil {
		return nil, err
	}
	if tree := pc.Names["Dests"]; tree != nil {
		err := tree.Process(pc.XRefTable, func(_ *model.XRefTable, name string, o *types.Object) error {
			return add(name, *o)
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// destArray returns the explicit destination [page /XYZ …] of a named
// destination, which is either that array or a dictionary with it in /D.
func destArray(pc *model.Context, o types.Object) (types.Array, error) {
	o, err := pc.Dereference(o)
	if err != nil {
		return nil, err
	}
	if d, ok := o.(types.Dict); ok {
		if o, err = pc.DereferenceDictEntry(d, "D"); err != nil {
			return nil, err
		}
	}
	arr, ok := o.(types.Array)
	if !ok || len(arr) == 0 {
		return nil, fmt.Errorf("geen geldige bestemming: %v", o)
	}
	return arr, nil
}

// pageNumbers maps the object number of every page to its number, found
// by one walk of the page tree in document order.
func pageNumbers(pc *model.Context) (map[int]int, error) {
	root, err := pc.Pages()
	if err != nil {
		return nil, err
	}
	out := map[int]int{}
	seen := map[int]bool{}
	var walk func(ref types.IndirectRef) error
	walk = func(ref types.IndirectRef) error {
		nr := ref.ObjectNumber.Value()
		if seen[nr] {
			return fmt.Errorf("de paginaboom van de PDF bevat een kringverwijzing (object %d)", nr)
		}
		seen[nr] = true
		d, err := pc.DereferenceDict(ref)
		if err != nil {
			return err
		}
		if t := d.Type(); t != nil && *t == "Page" {
			out[nr] = len(out) + 1
			return nil
		}
		kids, err := pc.DereferenceArray(d["Kids"])
		if err != nil {
			return err
		}
		for _, k := range kids {
			if r, ok := k.(types.IndirectRef); ok {
				if err := walk(r); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(*root); err != nil {
		return nil, err
	}
	return out, nil
}
