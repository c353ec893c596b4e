package pdf_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/generator/pdf"
	"github.com/probiblio/werkboek/generator/testsite"
)

// minimal is a one-page PDF with a classic cross-reference table.
func minimal() []byte {
	var b bytes.Buffer
	offs := []int{}
	b.WriteString("%PDF-1.4\n")
	for _, obj := range []string{
		"<</Type /Catalog /Pages 2 0 R>>",
		"<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>",
	} {
		offs = append(offs, b.Len())
		b.WriteString(strings.Join([]string{itoa(len(offs)), " 0 obj\n", obj, "\nendobj\n"}, ""))
	}
	xref := b.Len()
	b.WriteString("xref\n0 4\n0000000000 65535 f \n")
	for _, o := range offs {
		b.WriteString(pad(o) + " 00000 n \n")
	}
	b.WriteString("trailer\n<</Size 4\n/Root 1 0 R>>\nstartxref\n" + itoa(xref) + "\n%%EOF\n")
	return b.Bytes()
}

func itoa(n int) string { return strconv.Itoa(n) }

func pad(n int) string { return fmt.Sprintf("%010d", n) }

func TestSetInfo(t *testing.T) {
	pdfinfo, err := exec.LookPath("pdfinfo")
	testsite.RequireTool(t, err, "pdfinfo (poppler-utils)")
	src := minimal()
	out, err := pdf.SetInfo(context.Background(), src, pdf.Info{Title: "Praat mee — ideeën (2017)", Author: "ProBiblio", Subject: "Werkboek"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out, src) {
		t.Error("the original bytes were changed; an incremental update only appends")
	}
	file := filepath.Join(t.TempDir(), "x.pdf")
	os.WriteFile(file, out, 0o644)
	info, err := exec.Command(pdfinfo, file).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo: %v\n%s", err, info)
	}
	for _, want := range []string{"Title:           Praat mee — ideeën (2017)", "Author:          ProBiblio", "Subject:         Werkboek", "Creator:         werkboek", "Pages:           1"} {
		if !strings.Contains(string(info), want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	if strings.Contains(string(info), "Syntax Error") {
		t.Errorf("poppler reports syntax errors:\n%s", info)
	}
}

func TestSetInfoRejectsOtherPDFs(t *testing.T) {
	if _, err := pdf.SetInfo(context.Background(), []byte("%PDF-1.7\nno trailer here"), pdf.Info{Title: "x"}); err == nil {
		t.Error("SetInfo accepted a PDF without a trailer")
	}
}
