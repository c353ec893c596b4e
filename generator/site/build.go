// Package site builds a workbook into an output folder, or into memory for
// serve mode, with one engine (see Engine). It is the only package that
// writes files: a build renders every page into a temporary folder next
// to the output and then swaps the new folder in, so a failed build leaves
// the previous site exactly as it was.
package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/probiblio/werkboek/generator/atomicfs"
	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/diag"
	"github.com/probiblio/werkboek/generator/model"
	"github.com/probiblio/werkboek/generator/pdf"
	"github.com/probiblio/werkboek/generator/regular"
	"github.com/probiblio/werkboek/generator/syserr"
	"github.com/probiblio/werkboek/generator/view"
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
	// AllowRemoval lets a build replace a site although it drops a
	// priority or more than a quarter of the cards (see RemovalError).
	AllowRemoval bool
	// PhotoCache is a folder where the copies of photos are kept between
	// runs (see photo.Cache); "" keeps them in memory only.
	PhotoCache string
	// Now is the clock the content is held against: whether the choice
	// of tickets is closed and whether the day is past. cmd passes
	// time.Now; tests set a moment of their own. nil is time.Now.
	Now func() time.Time
}

// now is the moment of Options.Now.
func (o Options) now() time.Time {
	if o.Now == nil {
		return time.Now()
	}
	return o.Now()
}

// Result describes a finished (or refused) build.
type Result struct {
	Pages       int
	Files       int
	Diagnostics diag.List
	Duration    time.Duration
	Book        *view.Book
	PDFSize     int   // bytes of werkboek.pdf, when written
	PDFErr      error // why no PDF was written although asked for
	// Published is the folder the site went into: the output folder, or
	// the target of the symbolic link it is.
	Published string
	// Changes compares the new site with the one it replaces (also when
	// the build was refused for dropping too much); nil when no site
	// was made.
	Changes *Changes
}

// ErrContent is returned (wrapped) when the content has errors; the
// diagnostics are in the Result.
var ErrContent = errors.New("de inhoud bevat fouten")

// Load reads and validates the content tree with paths in messages shown
// relative to the working folder, as an editor types them.
func Load(opts Options) (*model.Workbook, diag.List) {
	return content.Load(regular.DirFS(opts.ContentDir), content.Options{Drafts: opts.Drafts, Prefix: filepath.ToSlash(filepath.Clean(opts.ContentDir)), Now: opts.now()})
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
	// There is no next rebuild to keep parsed cards and their HTML for.
	e.cards, e.views = nil, nil
	up, err := e.Publish(func(out *output, up *Update) {
		if opts.PDF {
			res.PDFSize, res.PDFErr = printPDF(out, up.Book)
		}
		res.Pages, res.Files = out.count()
		res.Published = out.dir
	})
	res.Diagnostics, res.Book, res.Changes = up.Diagnostics, up.Book, up.Site
	res.Duration = time.Since(start)
	return res, err
}

// Publish rebuilds everything into a new folder and swaps it in for the
// output folder, calling before (when not nil) just before the swap.
// It compares the new site with the one it replaces (Update.Site) and
// refuses, with a *RemovalError, to drop a priority or more than a
// quarter of the cards unless Options.AllowRemoval is set. watch mode
// publishes its first build this way and keeps the folder up to date in
// place afterwards (see Update).
func (e *Engine) Publish(before func(*output, *Update)) (*Update, error) {
	out, err := newOutput(e.opts.OutDir, e.opts.SiteDir, e.opts.ContentDir)
	if err != nil {
		return &Update{}, err
	}
	e.forget() // the new folder starts empty
	// What the published site holds is read before the new one is made,
	// while the heap is small.
	prev := readSite(e.opts.OutDir)
	e.last, e.moved, e.settled = prev, nil, false
	if prev != nil {
		e.moved = prev.Moved
	}
	up, err := e.Rebuild(nil, out)
	if err == nil {
		err = e.guard(out, up, prev)
	}
	if err == nil && before != nil {
		before(out, up)
	}
	if err == nil {
		err = out.commit()
	}
	if err != nil {
		out.abort()
		e.forget()
	}
	return up, err
}

// guard compares the new site in out with the published one (prev),
// refuses to drop too much and writes the new site's manifest.
func (e *Engine) guard(out *output, up *Update, prev *manifest) error {
	next := newManifest(up.Book, e.state, e.moved)
	c := compare(prev, next)
	up.Site, up.Pages = c, c.PageChanges
	if c.refused() && !e.opts.AllowRemoval {
		return &RemovalError{Dir: e.opts.OutDir, Changes: c}
	}
	f, err := os.Create(filepath.Join(out.tmp, ManifestName))
	if err != nil {
		return syserr.Wrap("kan niet schrijven in "+out.tmp, err)
	}
	sw := newSumWriter(f)
	err = next.writeTo(sw)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return syserr.Wrap("kan niet schrijven in "+out.tmp, err)
	}
	e.manifestSum = sw.state().Sum
	return nil
}

// Update rebuilds into the output folder in place, after a Publish:
// only files whose bytes changed are written, the manifest too.
func (e *Engine) Update(changed []string) (*Update, error) {
	up, err := e.Rebuild(changed, inPlace{e.opts.OutDir})
	if err != nil {
		return up, err
	}
	var buf bytes.Buffer
	newManifest(up.Book, e.state, e.moved).writeTo(&buf)
	if sum := sumOf(buf.Bytes()); sum != e.manifestSum {
		if err := atomicfs.ReplaceFile(filepath.Join(e.opts.OutDir, ManifestName), buf.Bytes()); err != nil {
			e.manifestSum = 0
			return up, syserr.Wrap(ManifestName, err)
		}
		e.manifestSum = sum
	}
	return up, nil
}

// printPDF prints the site in out to werkboek.pdf, and that PDF imposed
// as a booklet to fold and staple to werkboek-boekje.pdf, from the new
// folder before it is swapped in, so the site and its PDFs always match.
func printPDF(out *output, b *view.Book) (int, error) {
	info := pdf.Info{Title: b.Title, Author: b.Organisation, Subject: subject(b.Workbook), Keywords: "werkboek, " + b.Event.Name}
	start, limit := time.Now(), pdf.TimeLimit(out.tmp, "werkboek/")
	data, err := pdf.Print(context.Background(), out.tmp, "werkboek/", info)
	if err != nil && (errors.Is(err, context.DeadlineExceeded) || time.Since(start) >= limit) {
		// Not every error of Chromium's protocol wraps the deadline.
		err = fmt.Errorf("Chromium was na %d minuten nog niet klaar met de PDF van dit grote werkboek; de site is wel gebouwd. Druk /werkboek/ af vanuit de browser (Ctrl+P, Opslaan als PDF), of bouw opnieuw met --pdf op een minder drukke computer", int(limit.Minutes()))
	}
	if err == nil {
		err = writeFile(out, "werkboek.pdf", data)
	}
	if err != nil {
		return 0, err
	}
	info.Subject += ", als boekje: A4 liggend, dubbelzijdig afdrukken, kantelen over de korte kant"
	booklet, err := pdf.Booklet(context.Background(), data, info)
	if err == nil {
		err = writeFile(out, "werkboek-boekje.pdf", booklet)
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
func subject(wb *model.Workbook) string {
	s := "Werkboek"
	if wb.Event.Name != "" {
		s += " voor de " + wb.Event.Name
	}
	if wb.Edition != "" {
		s += " " + wb.Edition
	}
	return s
}
