package syserr

import (
	"errors"
	"net"
	"net/url"
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
	_, badPort := net.Listen("tcp", "127.0.0.1:99999")
	_, badURL := url.Parse("http://werkboek.example.org/%zz")
	_, badHost := url.Parse("http://werk boek.example.org/")
	_, badIP := net.ResolveIPAddr("ip", "999.1.1.1%x")
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
		{badPort, `het adres "99999" klopt niet`},
		{badURL, `het webadres bevat een %-teken dat niet wordt gevolgd door twee tekens 0-9 of A-F: "%zz"`},
		{badHost, `het webadres bevat een teken dat niet in een servernaam mag staan: " "`},
		{badIP, `999.1.1.1%x`},
		{&net.DNSError{Name: "redactie.test", Err: "no such host", IsNotFound: true}, `de naam "redactie.test" is onbekend (niet te vinden in DNS)`},
		{&net.DNSError{Name: "redactie.test", Err: "i/o timeout", IsTimeout: true}, `de naam "redactie.test" kon niet worden opgezocht: de naamserver antwoordt niet`},
		{errors.New("iets anders"), "iets anders"},
	} {
		got := Dutch(c.err)
		if !strings.Contains(got, c.want) {
			t.Errorf("Dutch(%v) = %q, want %q", c.err, got, c.want)
		}
		for _, english := range []string{"no such", "not a directory", "is a directory", "file exists", "too long", "not empty", "address already", "invalid", "missing", "lookup", "timeout"} {
			if strings.Contains(got, english) {
				t.Errorf("Dutch(%v) = %q: English", c.err, got)
			}
		}
	}
}
