package serve

import (
	"net"
	"net/http"
	"net/netip"
	"os"
	"strings"
)

// hostPolicy says which names a request may give in its Host header: the
// preview answers only to names of this computer, so a web page whose
// own name resolves to 127.0.0.1 (DNS rebinding) cannot read it.
type hostPolicy struct {
	names map[string]bool // lower case, without port or brackets
	addrs map[netip.Addr]bool
	url   string // where the preview is, for the refusal
}

// newHostPolicy allows localhost, loopback addresses, the address
// listened on and the name the editor typed; listening on every
// interface allows this computer's own addresses and name too.
func newHostPolicy(ln net.Addr, typed string) *hostPolicy {
	p := &hostPolicy{names: map[string]bool{"localhost": true}, addrs: map[netip.Addr]bool{}}
	if typed != "" {
		p.names[normalHost(typed)] = true
	}
	p.url = "http://" + ln.String() + "/"
	ap, err := netip.ParseAddrPort(ln.String())
	if err != nil {
		return p
	}
	ip := ap.Addr().Unmap().WithZone("")
	p.addrs[ip] = true
	if ip.IsUnspecified() {
		p.url = "http://" + netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), ap.Port()).String() + "/"
		if addrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range addrs {
				if pfx, err := netip.ParsePrefix(a.String()); err == nil {
					p.addrs[pfx.Addr().Unmap().WithZone("")] = true
				}
			}
		}
		if name, err := os.Hostname(); err == nil {
			p.names[normalHost(name)] = true
			p.names[normalHost(name)+".local"] = true
		}
	}
	return p
}

// normalHost lower-cases a host and drops a port, brackets and a
// final dot.
func normalHost(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	return strings.TrimSuffix(strings.ToLower(strings.Trim(h, "[]")), ".")
}

// allows reports whether a request's Host header names this preview.
func (p *hostPolicy) allows(hostHeader string) bool {
	h := normalHost(hostHeader)
	if h == "" {
		return false
	}
	if a, err := netip.ParseAddr(h); err == nil {
		a = a.Unmap().WithZone("")
		return a.IsLoopback() || p.addrs[a]
	}
	return p.names[h]
}

// check refuses requests for another host with 421 Misdirected Request.
func (p *hostPolicy) check(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !p.allows(r.Host) {
			http.Error(w, "Deze voorbeeldweergave van werkboek is alleen te zien op "+p.url+" (of via localhost); een verzoek voor een andere servernaam wordt geweigerd.", http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}
