package site

import (
	"fmt"

	"github.com/probiblio/werkboek/generator/content"
	"github.com/probiblio/werkboek/generator/model"
)

// overrideBaseURL puts the address given on the command line (Options.BaseURL)
// in place of the workbook's baseURL, normalised by the same function that
// checks baseURL in _index.md. An empty address keeps the workbook's.
func overrideBaseURL(wb *model.Workbook, raw string) error {
	if raw == "" {
		return nil
	}
	u, err := content.NormalizeBaseURL(raw)
	if err != nil {
		return fmt.Errorf("--base-url: %w", err)
	}
	wb.BaseURL = u
	return nil
}
