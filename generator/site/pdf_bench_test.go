package site

import (
	"path/filepath"
	"testing"

	"github.com/probiblio/werkboek/generator/pdf"
)

// BenchmarkBuildPDF is `werkboek build --pdf` of the bundled workbook: the
// site, and its print edition printed by Chromium twice, the second time
// with the page numbers of the first filled in and checked.
func BenchmarkBuildPDF(b *testing.B) {
	if _, err := pdf.FindBrowser(); err != nil {
		b.Skip(err)
	}
	out := filepath.Join(b.TempDir(), "public")
	for b.Loop() {
		res, err := Build(Options{SiteDir: repo, ContentDir: filepath.Join(repo, "content"), OutDir: out, PDF: true})
		if err != nil || res.PDFErr != nil {
			b.Fatal(err, res.PDFErr)
		}
	}
}
