package regular

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestOnlyRegularFiles: a FIFO (nobody writing to it), a socket and a
// device are refused by name without waiting; a file and a folder are
// read through Open and DirFS alike.
func TestOnlyRegularFiles(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "kaart.md"), []byte("tekst"), 0o644)
	os.Mkdir(filepath.Join(dir, "map"), 0o755)
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("unix", filepath.Join(dir, "socket.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	fsys := DirFS(dir)
	if b, err := fs.ReadFile(fsys, "kaart.md"); err != nil || string(b) != "tekst" {
		t.Errorf("a regular file: %q, %v", b, err)
	}
	if entries, err := fs.ReadDir(fsys, "."); err != nil || len(entries) != 4 {
		t.Errorf("the folder: %v, %v", entries, err)
	}
	for name, kind := range map[string]string{"fifo.md": "FIFO", "socket.md": "socket"} {
		_, err := fs.ReadFile(fsys, name)
		var nr *NotRegularError
		if !errors.As(err, &nr) || !strings.Contains(err.Error(), kind) {
			t.Errorf("%s through DirFS: %v", name, err)
		}
		if _, err := ReadFile(filepath.Join(dir, name), 0); !errors.As(err, &nr) {
			t.Errorf("%s through ReadFile: %v", name, err)
		}
	}
	if _, err := ReadFile("/dev/zero", 10); err == nil || !strings.Contains(err.Error(), "apparaat") {
		t.Errorf("a device: %v", err)
	}
}
