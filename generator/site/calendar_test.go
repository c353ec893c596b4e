package site

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/ical"
	"github.com/probiblio/werkboek/generator/testsite"
)

var (
	sequenceRE     = regexp.MustCompile(`\r\nSEQUENCE:(\d+)\r\n`)
	lastModifiedRE = regexp.MustCompile(`\r\nLAST-MODIFIED:(\d{8}T\d{6}Z)\r\n`)
)

// calendarOf builds dir/content into dir/public and returns its calendar
// file with its SEQUENCE and LAST-MODIFIED.
func calendarOf(t *testing.T, dir string) ([]byte, int64, string) {
	t.Helper()
	out := filepath.Join(dir, "public")
	build(t, filepath.Join(dir, "content"), out)
	data, err := os.ReadFile(filepath.Join(out, "projectendag.ics"))
	if err != nil {
		t.Fatal(err)
	}
	seq, last := sequenceRE.FindSubmatch(data), lastModifiedRE.FindSubmatch(data)
	if seq == nil || last == nil {
		t.Fatalf("no SEQUENCE or LAST-MODIFIED in the calendar:\n%s", data)
	}
	n, err := strconv.ParseInt(string(seq[1]), 10, 32)
	if err != nil {
		t.Fatal(err)
	}
	return data, n, string(last[1])
}

// TestCalendarUpdatesWithTheProgramme builds the workbook, builds it again
// unchanged (the same calendar, byte for byte), then with a changed
// programme saved later: the calendar has a higher SEQUENCE and a newer
// LAST-MODIFIED, so calendars that imported it take the change. With
// SOURCE_DATE_EPOCH set before that save, the times stop there.
func TestCalendarUpdatesWithTheProgramme(t *testing.T) {
	dir := testsite.Copy(t, "content")
	programme := filepath.Join(dir, "content", "programma.md")
	saved := time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)
	for _, name := range ical.Inputs {
		if err := os.Chtimes(filepath.Join(dir, "content", name), saved, saved); err != nil {
			t.Fatal(err)
		}
	}
	first, seq, last := calendarOf(t, dir)
	if last != "20260901T100000Z" || !bytes.Contains(first, []byte("\r\nDTSTAMP:20260901T100000Z\r\n")) {
		t.Errorf("LAST-MODIFIED %s, want the time programma.md and _index.md were saved, 20260901T100000Z, in DTSTAMP too", last)
	}
	if again, _, _ := calendarOf(t, dir); !bytes.Equal(again, first) {
		t.Error("building the same content again gives another calendar")
	}

	src, err := os.ReadFile(programme)
	if err != nil {
		t.Fatal(err)
	}
	changed := bytes.Replace(src, []byte(`time: "09:30"`), []byte(`time: "09:15"`), 1)
	if bytes.Equal(changed, src) {
		t.Fatal("programma.md has no slot at 09:30")
	}
	if err := os.WriteFile(programme, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	later := saved.Add(90 * time.Minute)
	if err := os.Chtimes(programme, later, later); err != nil {
		t.Fatal(err)
	}
	second, seq2, last2 := calendarOf(t, dir)
	if !bytes.Contains(second, []byte("09:15 ")) {
		t.Error("the changed programme is not in the calendar")
	}
	if seq2 != seq+90*60 || last2 != "20260901T113000Z" {
		t.Errorf("after the change: SEQUENCE %d (before %d), LAST-MODIFIED %s; want %d and 20260901T113000Z", seq2, seq, last2, seq+90*60)
	}

	t.Setenv("SOURCE_DATE_EPOCH", strconv.FormatInt(saved.Add(time.Hour).Unix(), 10))
	if _, _, clamped := calendarOf(t, dir); clamped != "20260901T110000Z" {
		t.Errorf("with SOURCE_DATE_EPOCH an hour after the first save, LAST-MODIFIED is %s, want 20260901T110000Z", clamped)
	}
}
