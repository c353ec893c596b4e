package syserr

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDutch provokes real system errors and checks that none of Go's
// English words come through.
func TestDutch(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bestand")
	os.WriteFile(file, []byte("x"), 0o644)
	_, notExist := os.ReadFile(filepath.Join(dir, "weg"))
	_, notDir := os.ReadFile(filepath.Join(file, "binnen"))
	_, isDir := os.ReadFile(dir)
	exist := os.Mkdir(dir, 0o755)
	_, long := os.ReadFile(filepath.Join(dir, strings.Repeat("x", 300)))
	notEmpty := os.Remove(dir)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	_, inUse := net.Listen("tcp", ln.Addr().String())
	for _, c := range []struct {
		err  error
		want string
	}{
		{notExist, "bestaat niet"},
		{notDir, "geen map"},
		{isDir, "is een map"},
		{exist, "bestaat al"},
		{long, "te lang"},
		{notEmpty, "niet leeg"},
		{inUse, "al in gebruik"},
		{errors.New("iets anders"), "iets anders"},
	} {
		got := Dutch(c.err)
		if !strings.Contains(got, c.want) {
			t.Errorf("Dutch(%v) = %q, want %q", c.err, got, c.want)
		}
		for _, english := range []string{"no such", "not a directory", "is a directory", "file exists", "too long", "not empty", "address already"} {
			if strings.Contains(got, english) {
				t.Errorf("Dutch(%v) = %q: English", c.err, got)
			}
		}
	}
}
