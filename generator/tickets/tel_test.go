package tickets

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/probiblio/werkboek/assets"
)

// TestTel counts two good files and a broken one into a new folder: the
// broken one is reported and refused, the others counted, every output
// written; without returned files nothing is written.
func TestTel(t *testing.T) {
	dir := writeFiles(t, "haarlem.json", siteJSON, "zaanstad.csv", siteCSV, "kapot.json", "{")
	out := filepath.Join(t.TempDir(), "telling")
	var lines, warnings []string
	opts := TelOptions{
		Workbook: bundled().Workbook, Paths: []string{dir}, Out: out, Assets: assets.FS, At: countedAt,
		Report: func(line string) { lines = append(lines, line) },
		Warn:   func(msg string) { warnings = append(warnings, msg) },
	}
	res, err := Tel(opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Refused != 1 || len(res.Count.Libraries) != 2 || res.Tickets < 2 || res.Content != nil {
		t.Errorf("refused %d, libraries %d, tickets %d, content %v; want 1 refused and two libraries", res.Refused, len(res.Count.Libraries), res.Tickets, res.Content)
	}
	if len(lines) == 0 || !strings.Contains(strings.Join(lines, "\n"), "kapot.json") || len(warnings) != 0 {
		t.Errorf("reported %q, warned %q; want the broken file reported", lines, warnings)
	}
	for _, name := range []string{PerProjectFile, PerLibraryFile, OverviewFile, ParticipantsFile} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	opts.Paths, opts.Out = []string{t.TempDir()}, filepath.Join(t.TempDir(), "leeg")
	if _, err := Tel(opts); !errors.Is(err, ErrNoReturns) {
		t.Errorf("an empty folder: %v, want ErrNoReturns", err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(opts.Out)); slices.ContainsFunc(entries, func(e os.DirEntry) bool { return e.Name() == "leeg" }) {
		t.Error("a count of nothing was written")
	}
}
