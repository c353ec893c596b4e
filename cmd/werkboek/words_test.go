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

// TestNewPriorityChecks: a priority made by new priority, with a card
// made from inside its folder, passes check and is on the site.
func TestNewPriorityChecks(t *testing.T) {
	dir := testsite.Copy(t, "content")
	code, stdout, stderr := werkboekIn(t, dir, "new", "priority", "Lezen en taal")
	if want := filepath.Join("content", "prioriteiten", "6-lezen-en-taal", "_index.md") + "\n"; code != 0 || stdout != want {
		t.Fatalf("exit %d, %q %s; want %q", code, stdout, stderr, want)
	}
	folder := filepath.Join(dir, "content", "prioriteiten", "6-lezen-en-taal")
	if code, stdout, stderr := werkboekIn(t, folder, "new", "card", ".", "Voorlezen thuis"); code != 0 || stdout != "1-voorlezen-thuis.md\n" {
		t.Fatalf("new card .: exit %d, %q %s", code, stdout, stderr)
	}
	if code, stdout, stderr := werkboekIn(t, dir, "check"); code != 0 || !strings.Contains(stdout, "6 prioriteiten, 21 kaarten") {
		t.Fatalf("check: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := werkboekIn(t, dir, "build", "--drafts"); code != 0 {
		t.Fatal(stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "prioriteiten", "lezen-en-taal", "voorlezen-thuis", "index.html")); err != nil {
		t.Error(err)
	}
}
