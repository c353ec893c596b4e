package pdf

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

func TestPrintWaitsForEveryFont(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"css/werkboek.css":    `@font-face{font-family:A;font-display:optional;src:url(a.woff2)}@font-face{font-family:B;font-display: fallback}p{color:red}`,
		"werkboek/index.html": `<p>font-display:optional</p>`,
	}
	for name, body := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(blockingFonts(dir))
	defer srv.Close()
	for _, tc := range []struct {
		path, want string
		status     int
	}{
		{"/css/werkboek.css", `@font-face{font-family:A;font-display:block;src:url(a.woff2)}@font-face{font-family:B;font-display:block}p{color:red}`, 200},
		{"/werkboek/", `<p>font-display:optional</p>`, 200}, // only stylesheets change
		{"/css/weg.css", "", 404},
		{"/../../etc/passwd.css", "", 404},
	} {
		resp, err := http.Get(srv.URL + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			t.Errorf("%s: status %d, want %d", tc.path, resp.StatusCode, tc.status)
			continue
		}
		if tc.status == 200 && string(body) != tc.want {
			t.Errorf("%s: got %q, want %q", tc.path, body, tc.want)
		}
	}
}
