// Package serve serves a built site from memory for editors: every page
// gets a small live-reload script, a save shows up at once, and a broken
// card shows its error over every page until it is fixed. The site served
// is always a complete build: the last good one.
package serve

import (
	"context"
	"fmt"
	"html"
	"mime"
	"net"
	"net/http"
	"path"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/probiblio/werkboek/generator/site"
)

// state is what the server shows: the last good site and the problems of
// the last build, if it failed.
type state struct {
	snap    *site.Snapshot
	errors  []string // "path:line: message" of a failed build
	version int
}

// Server serves snapshots and tells browsers when they change.
type Server struct {
	st         atomic.Pointer[state]
	mu         sync.Mutex
	streams    []*stream // open live-reload streams, oldest first
	maxStreams int
	hosts      *hostPolicy
	done       chan struct{}
}

// DefaultMaxStreams is how many live-reload streams a preview keeps open
// at most; a browser opens at most six per server, so this serves
// several browsers with many tabs.
const DefaultMaxStreams = 32

// New returns a server showing nothing yet, for requests that name the
// listener's address (or one allowed by the Config) in their Host
// header.
func New(cfg Config, ln net.Addr) *Server {
	s := &Server{maxStreams: cfg.MaxStreams, hosts: newHostPolicy(ln, cfg.Host), done: make(chan struct{})}
	if s.maxStreams <= 0 {
		s.maxStreams = DefaultMaxStreams
	}
	s.st.Store(&state{})
	return s
}

// URL is the address of the preview, as an editor opens it: on every
// interface, its loopback address.
func (s *Server) URL() string { return s.hosts.url }

// Publish shows a new good build: the error overlay goes away and browsers
// reload, or only swap their stylesheet when nothing else changed.
func (s *Server) Publish(snap *site.Snapshot, cssOnly bool, stylesheet [2]string) {
	old := s.st.Load()
	s.st.Store(&state{snap: snap, version: old.version + 1})
	switch {
	case cssOnly && len(old.errors) == 0:
		s.broadcast(event{"css", stylesheet[0] + " " + stylesheet[1]})
	default:
		s.broadcast(event{"reload", ""})
	}
}

// Fail keeps serving the last good build and shows msgs over every page.
func (s *Server) Fail(msgs []string) {
	old := s.st.Load()
	s.st.Store(&state{snap: old.snap, errors: msgs, version: old.version + 1})
	s.broadcast(event{"reload", ""})
}

// Handler returns the HTTP handler of the site.
func (s *Server) Handler() http.Handler {
	// No ServeMux: it would answer unclean paths ("/../x") with a
	// redirect; here every path is either a file of the site or a 404.
	js := static("text/javascript; charset=utf-8", reloadJS)
	css := static("text/css; charset=utf-8", overlayCSS)
	return s.hosts.check(secure(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/__werkboek/events":
			s.events(w, r)
		case "/__werkboek/reload.js":
			js(w, r)
		case "/__werkboek/overlay.css":
			css(w, r)
		default:
			s.page(w, r)
		}
	})))
}

// ListenAndServe serves on addr until ctx ends, then shuts down: open
// event streams are closed and in-flight requests finish.
func (s *Server) ListenAndServe(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      0, // event streams stay open; pages are small writes
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	close(s.done) // ends every event stream
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := srv.Shutdown(shut)
	<-errc
	return err
}

// page serves a file of the current snapshot, with the live-reload script
// and, after a failed build, the error overlay in every HTML page.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	// Pages come from memory: a client that does not read them within
	// 10 s is cut off (the server's own write timeout is off for the
	// long-lived event streams).
	http.NewResponseController(w).SetWriteDeadline(time.Now().Add(10 * time.Second))
	st := s.st.Load()
	name, ok := cleanPath(r.URL.Path)
	if st.snap == nil {
		waiting(w, r, name, st.errors)
		return
	}
	var data []byte
	var found bool
	var err error
	if ok {
		data, found, err = st.snap.Get(name)
		if !found && !strings.HasSuffix(name, ".html") {
			if _, isDir, _ := st.snap.Get(path.Join(name, "index.html")); isDir {
				redirect(w, r, "/"+name+"/")
				return
			}
		}
	}
	status := http.StatusOK
	errs := st.errors
	switch {
	case err != nil:
		// A page made on request failed: show why, over the page.
		status, name = http.StatusInternalServerError, "fout.html"
		data = []byte("<!DOCTYPE html><html lang=\"nl\"><title>Fout</title><body><p>Deze pagina kan niet worden gemaakt.</p></body></html>")
		errs = append(slices.Clip(errs), err.Error())
	case !found:
		status = http.StatusNotFound
		name = "404.html"
		if data, found, _ = st.snap.Get(name); !found {
			data = []byte("<!doctype html><title>Niet gevonden</title><p>Pagina niet gevonden.")
		}
	}
	ctype := contentType(name)
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	if strings.HasPrefix(ctype, "text/html") {
		data = inject(data, errs, true)
		w.Header().Set("Cache-Control", "no-store")
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Length", fmt.Sprint(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}

// waiting answers while there is no good build yet: a page asked for
// shows why (the overlay, with path:line) and reloads by itself into the
// site once it is built; anything else is not there yet.
func waiting(w http.ResponseWriter, r *http.Request, name string, errs []string) {
	if !strings.HasSuffix(name, ".html") {
		http.Error(w, "De site wordt nog gebouwd; probeer het zo opnieuw.", http.StatusServiceUnavailable)
		return
	}
	text := "De site wordt gebouwd; deze pagina laadt vanzelf opnieuw."
	if len(errs) > 0 {
		text = "De site kan nog niet worden gebouwd. Los de fouten hieronder op en sla op; dan verschijnt de site hier vanzelf."
	}
	page := inject([]byte("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>werkboek serve</title></head><body><main><h1>werkboek serve</h1><p>"+text+"</p></main></body></html>"), errs, false)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusServiceUnavailable)
	if r.Method != http.MethodHead {
		w.Write(page)
	}
}

// redirect sends the browser to a folder's address on this server: the
// target is made from the cleaned path, so "//x" never becomes a
// redirect to the host x.
func redirect(w http.ResponseWriter, r *http.Request, target string) {
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	w.Header().Set("Location", target)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusMovedPermanently)
	if r.Method != http.MethodHead {
		fmt.Fprintf(w, "<!DOCTYPE html><html lang=\"nl\"><title>Verplaatst</title><p>Deze pagina staat op <a href=\"%s\">%s</a>.</p></html>\n", html.EscapeString(target), html.EscapeString(target))
	}
}

// cleanPath maps a URL path to a file of the site: "/" and "/x/" to their
// index.html. Paths with "..", backslashes, NUL or encoded slashes never
// resolve, so nothing outside the site can be named.
func cleanPath(p string) (string, bool) {
	if strings.ContainsAny(p, "\\\x00") || strings.Contains(p, "..") {
		return "", false
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if name == "" || strings.HasSuffix(p, "/") {
		name = path.Join(name, "index.html")
	}
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") {
			return "", false
		}
	}
	return name, true
}

// inject adds the reload script and, when errs is set, the overlay just
// before </body>; kept says the page is of the last version that worked.
func inject(page []byte, errs []string, kept bool) []byte {
	var b strings.Builder
	b.WriteString(`<script src="/__werkboek/reload.js" defer></script>`)
	if len(errs) > 0 {
		b.WriteString(`<link rel="stylesheet" href="/__werkboek/overlay.css"><div id="werkboek-fout" role="alert" aria-live="assertive"><h2>De site kan niet worden gebouwd</h2><p>`)
		if kept {
			b.WriteString(`U ziet de laatste versie die wel werkte. `)
		}
		b.WriteString(`Los deze fouten op en sla op; dit venster verdwijnt dan vanzelf.</p><ul>`)
		for _, e := range errs {
			b.WriteString("<li><code>")
			b.WriteString(html.EscapeString(e))
			b.WriteString("</code></li>")
		}
		b.WriteString("</ul></div>")
	}
	i := strings.LastIndex(string(page), "</body>")
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+b.Len())
	out = append(out, page[:i]...)
	out = append(out, b.String()...)
	return append(out, page[i:]...)
}

// types are the media types of the site's files that Go's own table may
// lack (it depends on the system's mime.types).
var types = map[string]string{
	".webmanifest": "application/manifest+json",
	".ics":         "text/calendar; charset=utf-8",
	".woff2":       "font/woff2",
	".ico":         "image/x-icon",
	".js":          "text/javascript; charset=utf-8",
	".json":        "application/json",
}

// contentType is the media type of a file of the site, by its name.
func contentType(name string) string {
	ext := path.Ext(name)
	if t, ok := types[ext]; ok {
		return t
	}
	return mime.TypeByExtension(ext)
}
