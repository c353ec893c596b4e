//go:build unix

package buildlock

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestOneAtATime: a second Acquire of the same lock is refused with the
// first one's process id until it is released.
func TestOneAtATime(t *testing.T) {
	name := Name(filepath.Join(t.TempDir(), "public"))
	if filepath.Base(name) != ".public.lock" {
		t.Errorf("lock file %s", name)
	}
	first, err := Acquire(name, "public")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Acquire(name, "public")
	var busy *BusyError
	if !errors.As(err, &busy) || busy.PID != os.Getpid() || !strings.Contains(err.Error(), "(proces "+strconv.Itoa(os.Getpid())+") schrijft al naar public") {
		t.Fatalf("second lock: %v", err)
	}
	first.Release()
	second, err := Acquire(name, "public")
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	second.Release()
}

// TestHeld tells a file a process holds from one nobody holds.
func TestHeld(t *testing.T) {
	name := filepath.Join(t.TempDir(), "tmp")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	if Held(name) {
		t.Error("a file nobody holds counts as held")
	}
	if err := HoldFile(f); err != nil {
		t.Fatal(err)
	}
	if !Held(name) {
		t.Error("a held file counts as free")
	}
	f.Close()
}
