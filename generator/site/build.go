// Package site builds a workbook into an output folder. It is the only
// package that writes files: it renders every page into a temporary folder
// next to the output, minifies, copies the assets and then swaps the new
// folder in, so a failed build leaves the previous site exactly as it was.
package site

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/pdf"
	"github.com/probiblio/werkboek/generator/pool"
	"github.com/probiblio/werkboek/generator/render"
)

// Options say what to build and where.
type Options struct {
	SiteDir    string // holds layouts/ and assets/
	ContentDir string // the content tree
	OutDir     string // the output folder, replaced as a whole
	Drafts     bool   // include cards with draft: true
	BaseURL    string // overrides the workbook's baseURL when set
	PDF        bool   // also print werkboek.pdf with headless Chromium
	// LazyAbove, in a Session, leaves pages that were larger than this many
	// bytes to be rendered when first asked for (serve mode); 0 renders all.
	LazyAbove int
}

// Result describes a finished (or refused) build.
type Result struct {
	Pages       int
	Files       int
	Diagnostics content.Diagnostics
	Duration    time.Duration
	Book        *render.Book
	PDFSize     int   // bytes of werkboek.pdf, when written
	PDFErr      error // why no PDF was written although asked for
}

// ErrContent is returned (wrapped) when the content has errors; the
// diagnostics are in the Result.
var ErrContent = errors.New("de inhoud bevat fouten")

// Load reads and validates the content tree with paths in messages shown
// relative to the working folder, as an editor types them.
func Load(opts Options) (*content.Workbook, content.Diagnostics) {
	return content.Load(os.DirFS(opts.ContentDir), content.Options{Drafts: opts.Drafts, Prefix: filepath.ToSlash(filepath.Clean(opts.ContentDir))})
}

// Build loads, renders and writes the site. Content errors give
// ErrContent and leave the output folder untouched.
func Build(opts Options) (Result, error) {
	start := time.Now()
	wb, diags := Load(opts)
	res := Result{Diagnostics: diags}
	if len(diags.Errors()) > 0 {
		return res, ErrContent
	}
	if opts.BaseURL != "" {
		wb.BaseURL = opts.BaseURL
	}
	out, err := newOutput(opts.OutDir, opts.SiteDir, opts.ContentDir)
	if err != nil {
		return res, err
	}
	if opts.PDF {
		_, res.PDFErr = pdf.FindBrowser()
	}
	withPDF := opts.PDF && res.PDFErr == nil
	book, err := Render(wb, opts.SiteDir, withPDF, out)
	if err != nil {
		out.abort()
		return res, err
	}
	res.Book = book
	if withPDF {
		// The PDF is printed from the new site before it is swapped in,
		// so the site and its PDF always match. Without a PDF the site is
		// still published; the caller reports PDFErr.
		data, err := pdf.Print(context.Background(), out.tmp, "werkboek/", pdf.Info{
			Title: wb.Title, Author: wb.Organisation, Subject: subject(wb), Keywords: "werkboek, " + wb.Event.Name,
		})
		if err == nil {
			err = writeFile(out, "werkboek.pdf", data)
		}
		if err != nil {
			res.PDFErr = err
		} else {
			res.PDFSize = len(data)
		}
	}
	res.Pages, res.Files = out.count()
	if err := out.commit(); err != nil {
		return res, err
	}
	res.Duration = time.Since(start)
	return res, nil
}

// Sink receives the files of a render. Create is called from several
// goroutines at once; a file is complete when its writer is closed.
type Sink interface {
	Create(name string) (io.WriteCloser, error)
}

// Render produces every output file of the site into sink: pages,
// sitemap, robots.txt and assets. Pages are written as they are executed,
// so even the print edition of a huge workbook is never held in memory.
func Render(wb *content.Workbook, siteDir string, withPDF bool, sink Sink) (*render.Book, error) {
	m := newMinifier()
	book := render.NewBook(wb, nil)
	book.PDF = withPDF
	assets, assetFiles, err := buildAssets(os.DirFS(filepath.Join(siteDir, "assets")), render.AccentCSS(book), m)
	if err != nil {
		return nil, err
	}
	r, err := render.New(os.DirFS(filepath.Join(siteDir, "layouts")), assets)
	if err != nil {
		return nil, err
	}
	if err := r.Prepare(book, nil); err != nil {
		return nil, err
	}
	pages := r.Pages(book)
	errs := make([]error, len(pages))
	pool.Each(len(pages), func(i int) {
		p := pages[i]
		w, err := sink.Create(p.File)
		if err == nil {
			err = r.Render(w, p)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			errs[i] = fmt.Errorf("%s: %w", p.File, err)
		}
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	assetFiles = append(assetFiles, file{"zoekindex.json", render.SearchIndex(book)}, file{"sitemap.xml", render.Sitemap(book, pages)}, file{"robots.txt", render.Robots(book)})
	assetFiles = append(assetFiles, iconFiles(book)...)
	for _, f := range assetFiles {
		if err := writeFile(sink, f.name, f.data); err != nil {
			return nil, err
		}
	}
	return book, nil
}

// writeFile writes one whole file into sink.
func writeFile(sink Sink, name string, data []byte) error {
	w, err := sink.Create(name)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}

// subject describes the workbook for the PDF's document information.
func subject(wb *content.Workbook) string {
	s := "Werkboek"
	if wb.Event.Name != "" {
		s += " voor de " + wb.Event.Name
	}
	if wb.Edition != "" {
		s += " " + wb.Edition
	}
	return s
}
