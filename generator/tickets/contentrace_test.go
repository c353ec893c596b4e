package tickets

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestContentFileKeepsEveryEdit races an editor who saves deelnemers.json
// in place (emptying it, then writing it in two parts) against a count
// putting its own file there, 300 times with the editor starting at a
// random moment. Whenever the editor saves, the editor's text is what
// the folder holds at the end: a count that sees the save leaves the
// file alone, a save after the count goes into the new file. The count
// never keeps an empty or half file as the previous one, and no
// temporary file stays behind.
func TestContentFileKeepsEveryEdit(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the exchange of two files in one step is Linux's; elsewhere the count compares and renames")
	}
	dir := t.TempDir()
	target := filepath.Join(dir, "deelnemers.json")
	refused := 0
	for i := range 300 {
		before := participantsText(fmt.Sprintf("voor %d", i))
		if err := os.WriteFile(target, before, 0o644); err != nil {
			t.Fatal(err)
		}
		edit := participantsText(fmt.Sprintf("met de hand %d %s", i, strings.Repeat("x", 2000)))
		w, err := PrepareContent(dir, participantsText(fmt.Sprintf("telling %d", i)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(w.Previous(), before) {
			t.Fatalf("run %d: previous is %q", i, w.Previous())
		}
		done := make(chan error)
		wait := time.Duration(rand.IntN(150)) * time.Microsecond
		start := time.Now()
		go func() {
			for time.Since(start) < wait {
			}
			f, err := os.OpenFile(target, os.O_WRONLY|os.O_TRUNC, 0)
			if err == nil {
				f.Write(edit[:len(edit)/2])
				runtime.Gosched()
				f.Write(edit[len(edit)/2:])
				err = f.Close()
			}
			done <- err
		}()
		if err := w.Commit(); err != nil {
			if !strings.Contains(err.Error(), "is veranderd terwijl werkboek telde") {
				t.Fatalf("run %d: %v", i, err)
			}
			refused++
		}
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(target); !bytes.Equal(got, edit) {
			t.Fatalf("run %d: the editor's save is lost; the file holds %.60q", i, got)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Fatalf("run %d: the folder holds %d files, want deelnemers.json only", i, len(entries))
		}
	}
	t.Logf("%d of 300 commits saw the editor's save and refused", refused)
	if refused == 0 {
		t.Error("no save came while a count committed: the race was not run")
	}
}

// TestContentFileRemovesLeftovers: a temporary file a killed count left
// is removed by the next count; one a running count holds is not.
func TestContentFileRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	left := filepath.Join(dir, ".deelnemers.json.tmp-123")
	os.WriteFile(left, []byte("half"), 0o644)
	running, err := PrepareContent(dir, participantsText("een"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Errorf("the leftover of a killed count is still there: %v", err)
	}
	other, err := PrepareContent(dir, participantsText("twee"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(running.tmp); err != nil {
		t.Errorf("a second count removed the temporary file of a running one: %v", err)
	}
	other.Abort()
	running.Abort()
}
