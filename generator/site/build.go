// Package site builds a workbook into an output folder, or into memory for
// serve mode, with one engine (see Engine). It is the only package that
// writes files: a build renders every page into a temporary folder next
// to the output and then swaps the new folder in, so a failed build leaves
// the previous site exactly as it was.
package site

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/pdf"
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
	Offline    bool   // a site that works from a folder or a zip (file://)
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

// Build is the first rebuild of a new engine, published: the site is made
// in a temporary folder next to the output folder, printed to PDF when
// asked, and swapped in. Content errors give ErrContent and leave the
// output folder untouched.
func Build(opts Options) (Result, error) {
	start := time.Now()
	var res Result
	if opts.PDF {
		_, res.PDFErr = pdf.FindBrowser()
		opts.PDF = res.PDFErr == nil // the print page links the PDF only when there is one
	}
	e := NewEngine(opts)
	up, err := e.Publish(func(out *output, up *Update) {
		if opts.PDF {
			res.PDFSize, res.PDFErr = printPDF(out, up.Book)
		}
		res.Pages, res.Files = out.count()
	})
	res.Diagnostics, res.Book = up.Diagnostics, up.Book
	res.Duration = time.Since(start)
	return res, err
}

// Publish rebuilds everything into a new folder and swaps it in for the
// output folder, calling before (when not nil) just before the swap.
// watch mode publishes its first build this way and keeps the folder up
// to date in place afterwards (see Update).
func (e *Engine) Publish(before func(*output, *Update)) (*Update, error) {
	out, err := newOutput(e.opts.OutDir, e.opts.SiteDir, e.opts.ContentDir)
	if err != nil {
		return &Update{}, err
	}
	e.state = nil // the new folder starts empty
	up, err := e.Rebuild(nil, out)
	if err == nil && before != nil {
		before(out, up)
	}
	if err == nil {
		err = out.commit()
	}
	if err != nil {
		out.abort()
		e.state = nil
	}
	return up, err
}

// Update rebuilds into the output folder in place, after a Publish:
// only files whose bytes changed are written.
func (e *Engine) Update(changed []string) (*Update, error) {
	return e.Rebuild(changed, inPlace{e.opts.OutDir})
}

// printPDF prints the site in out to werkboek.pdf, from the new folder
// before it is swapped in, so the site and its PDF always match.
func printPDF(out *output, b *render.Book) (int, error) {
	data, err := pdf.Print(context.Background(), out.tmp, "werkboek/", pdf.Info{
		Title: b.Title, Author: b.Organisation, Subject: subject(b.Workbook), Keywords: "werkboek, " + b.Event.Name,
	})
	if err == nil {
		err = writeFile(out, "werkboek.pdf", data)
	}
	if err != nil {
		return 0, err
	}
	return len(data), nil
}

// writeFile writes one whole file into out.
func writeFile(out *output, name string, data []byte) error {
	w, err := out.Create(name)
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
