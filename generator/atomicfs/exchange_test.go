package atomicfs

import (
	"os"
	"path/filepath"
	"testing"
)

func folderWith(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestExchange puts a new folder in the place of an old one, and in the
// place of none, both with the system's exchange and with two renames.
func TestExchange(t *testing.T) {
	for name, exchange := range map[string]func(tmp, dir string) (string, error){"Exchange": Exchange, "byRename": exchangeByRename} {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			dir, tmp := filepath.Join(root, "uit"), filepath.Join(root, ".uit.tmp")
			folderWith(t, tmp, "a.txt", "eerste")
			old, err := exchange(tmp, dir)
			if err != nil || old != "" {
				t.Fatalf("into no folder: old %q, err %v", old, err)
			}
			folderWith(t, tmp, "a.txt", "tweede")
			old, err = exchange(tmp, dir)
			if err != nil || old == "" {
				t.Fatalf("over a folder: old %q, err %v", old, err)
			}
			if got := read(t, filepath.Join(dir, "a.txt")); got != "tweede" {
				t.Errorf("dir holds %q, want the new folder", got)
			}
			if got := read(t, filepath.Join(old, "a.txt")); got != "eerste" {
				t.Errorf("old holds %q, want the replaced folder", got)
			}
		})
	}
}

// TestReplace removes the folder it replaced and leaves only the new one.
func TestReplace(t *testing.T) {
	root := t.TempDir()
	dir, tmp := filepath.Join(root, "uit"), filepath.Join(root, ".uit.tmp")
	folderWith(t, dir, "a.txt", "oud")
	folderWith(t, tmp, "a.txt", "nieuw")
	if err := Replace(tmp, dir); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 || read(t, filepath.Join(dir, "a.txt")) != "nieuw" {
		t.Errorf("after Replace the folder holds %v, want only uit with the new file", entries)
	}
}

// TestReplaceFile writes a file in a folder it makes, and over it again.
func TestReplaceFile(t *testing.T) {
	name := filepath.Join(t.TempDir(), "map", "f.txt")
	for _, text := range []string{"een", "twee"} {
		if err := ReplaceFile(name, []byte(text)); err != nil {
			t.Fatal(err)
		}
		if got := read(t, name); got != text {
			t.Errorf("file holds %q, want %q", got, text)
		}
	}
	if entries, _ := os.ReadDir(filepath.Dir(name)); len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}
