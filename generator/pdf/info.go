package pdf

import (
	"bytes"
	"context"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
)

// Info is the PDF's document information.
type Info struct {
	Title    string
	Author   string
	Subject  string
	Keywords string
}

// SetInfo sets the document information of a PDF (title, author,
// subject, keywords, and werkboek as its creator) in an incremental
// update written by pdfcpu: the original bytes are kept as they are and
// the new information dictionary and cross-reference section follow them.
func SetInfo(ctx context.Context, data []byte, info Info) ([]byte, error) {
	pc, err := read(ctx, data)
	if err != nil {
		return nil, err
	}
	// A classic cross-reference section, as in the file it extends:
	// Chromium writes PDF 1.4, which has no cross-reference streams.
	pc.WriteXRefStream = false
	pc.Write.Increment = true
	pc.Write.Offset = pc.Read.FileSize
	if err := pdfcpu.PropertiesAdd(pc, properties(info)); err != nil {
		return nil, fmt.Errorf("documentgegevens van de PDF niet gezet: %w", err)
	}
	var out bytes.Buffer
	out.Grow(len(data) + 2048)
	out.Write(data)
	if err := api.WriteIncrement(pc, &out); err != nil {
		return nil, fmt.Errorf("documentgegevens van de PDF niet geschreven: %w", err)
	}
	return out.Bytes(), nil
}

// properties are the entries of the document information for info, with
// werkboek as the creator.
func properties(info Info) map[string]string {
	props := map[string]string{"Creator": "werkboek"}
	for k, v := range map[string]string{"Title": info.Title, "Author": info.Author, "Subject": info.Subject, "Keywords": info.Keywords} {
		if v != "" {
			props[k] = v
		}
	}
	return props
}
