package serve

import "net/http"

// csp allows only the site's own files: no inline script or style, so
// neither content nor the overlay can run code of their own.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
	"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self' mailto:; frame-ancestors 'none'"

// secure allows only GET and HEAD and sets the security headers.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", csp)
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "Alleen lezen (GET en HEAD) is toegestaan.", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func static(ctype, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Cache-Control", "no-store")
		if r.Method != http.MethodHead {
			w.Write([]byte(body))
		}
	}
}

// reloadJS listens for the server's events: "reload" reloads the page,
// "css" swaps the stylesheet in place, a new "hello" after the server
// restarted reloads too, and "stop" (too many open streams: this one is
// the oldest) ends listening without connecting again.
const reloadJS = `(function () {
  var version = null;
  var es = new EventSource("/__werkboek/events");
  es.addEventListener("hello", function (e) {
    if (version !== null && e.data !== version) { location.reload(); }
    version = e.data;
  });
  es.addEventListener("reload", function () { location.reload(); });
  es.addEventListener("stop", function () { es.close(); });
  es.addEventListener("css", function (e) {
    var names = e.data.split(" ");
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var href = link.getAttribute("href");
      if (href && href.indexOf(names[0]) >= 0) { link.setAttribute("href", href.replace(names[0], names[1])); }
    });
  });
})();
`

// overlayCSS styles the error overlay shown over every page while the
// content has errors.
const overlayCSS = `#werkboek-fout{position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;
background:#fff8f6;color:#1b1b1b;border-top:6px solid #b3261e;box-shadow:0 -8px 30px rgba(0,0,0,.25);
padding:1.25rem 1.5rem;font:16px/1.5 system-ui,sans-serif}
#werkboek-fout h2{margin:0 0 .25rem;font-size:1.25rem;color:#8c1d18}
#werkboek-fout p{margin:0 0 .75rem}
#werkboek-fout ul{margin:0;padding-left:1.25rem}
#werkboek-fout li{margin:.35rem 0}
#werkboek-fout code{font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap;word-break:break-word}
`
