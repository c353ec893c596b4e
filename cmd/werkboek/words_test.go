package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/testsite"
)

// TestPlainBuildNamesDroppedPDF: a build without --pdf replaces a site
// that had werkboek.pdf; it says the PDF is gone and how to get it back.
func TestPlainBuildNamesDroppedPDF(t *testing.T) {
	dir := testsite.Copy(t, "content")
	if code, _, stderr := werkboekIn(t, dir, "build"); code != 0 {
		t.Fatalf("first build: %s", stderr)
	}
	// What build --pdf leaves besides the site (the PDF's bytes do not
	// matter here).
	if err := os.WriteFile(filepath.Join(dir, "public", "werkboek.pdf"), []byte("%PDF-1.7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := werkboekIn(t, dir, "build")
	if code != 0 || !strings.Contains(stdout, "werkboek build: werkboek.pdf weg: bouw met --pdf om hem bij te werken\n") {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "werkboek.pdf")); err == nil {
		t.Error("werkboek.pdf is still there")
	}
	code, stdout, _ = werkboekIn(t, dir, "build")
	if code != 0 || strings.Contains(stdout, "werkboek.pdf") {
		t.Errorf("a build after it names the PDF again: %s", stdout)
	}
}
