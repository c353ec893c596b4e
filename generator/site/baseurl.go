package site

import (
	"fmt"

	"github.com/probiblio/werkboek/generator/content"
)

// baseURLOf normalises the address given on the command line
// (Options.BaseURL) by the same function that checks baseURL in
// _index.md; the loader puts it in place of the workbook's. An empty
// address keeps the workbook's.
func baseURLOf(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	u, err := content.NormalizeBaseURL(raw)
	if err != nil {
		return "", fmt.Errorf("--base-url: %w", err)
	}
	return u, nil
}
