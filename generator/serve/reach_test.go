package serve

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// raw sends one request over a new connection exactly as written: the
// path as it stands (a client would clean "//x") and the Host header
// (none when host is empty, in HTTP/1.0, which allows that).
func (h *harness) raw(host, path string) (*http.Response, string) {
	h.t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(h.base, "http://"))
	if err != nil {
		h.t.Fatal(err)
	}
	defer conn.Close()
	req := "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"
	if host == "" {
		req = "GET " + path + " HTTP/1.0\r\n\r\n"
	}
	if _, err := io.WriteString(conn, req); err != nil {
		h.t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		h.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// TestOnlyTheEditorsHost sends requests naming other hosts, as a page
// of another site whose name resolves to 127.0.0.1 would (DNS
// rebinding): they are refused, the preview's own names are served.
func TestOnlyTheEditorsHost(t *testing.T) {
	h := start(t)
	own := strings.TrimPrefix(h.base, "http://")
	_, port, _ := net.SplitHostPort(own)
	for _, c := range []struct {
		host string
		code int
	}{
		{own, 200},
		{"localhost:" + port, 200},
		{"LOCALHOST.:" + port, 200},
		{"localhost", 200},
		{"127.0.0.2:" + port, 200},
		{"[::1]:" + port, 200},
		{"evil.example:" + port, 421},
		{"evil.example", 421},
		{"localhost.evil.example:" + port, 421},
		{"192.0.2.7:" + port, 421},
		{"", 421},
	} {
		resp, body := h.raw(c.host, "/")
		if resp.StatusCode != c.code {
			t.Errorf("Host %q: status %d, want %d", c.host, resp.StatusCode, c.code)
		}
		if c.code == 421 && (!strings.Contains(body, "alleen te zien op "+h.base+"/") || strings.Contains(body, "<html") || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain")) {
			t.Errorf("Host %q: refusal %q (%s)", c.host, body, resp.Header.Get("Content-Type"))
		}
	}
	// The event stream is refused the same way.
	if resp, _ := h.raw("evil.example:"+port, "/__werkboek/events"); resp.StatusCode != 421 {
		t.Errorf("event stream for another host: %d", resp.StatusCode)
	}
}

func TestHostPolicyOnEveryInterface(t *testing.T) {
	p := newHostPolicy(&net.TCPAddr{IP: net.IPv6unspecified, Port: 1313}, "")
	if p.url != "http://127.0.0.1:1313/" {
		t.Errorf("url %q", p.url)
	}
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		ip, _, _ := net.ParseCIDR(a.String())
		if !p.allows(net.JoinHostPort(ip.String(), "1313")) {
			t.Errorf("this computer's address %s refused", ip)
		}
	}
	if p.allows("evil.example:1313") {
		t.Error("another name allowed")
	}
	typed := newHostPolicy(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1313}, "Laptop.Redactie.lan")
	if !typed.allows("laptop.redactie.lan:1313") || typed.allows("192.168.1.9:1313") {
		t.Error("the typed name is not the one allowed")
	}
}

// TestFolderRedirectStaysOnHost asks for folders without their slash,
// with doubled slashes that a browser reads as another host.
func TestFolderRedirectStaysOnHost(t *testing.T) {
	h := start(t)
	own := strings.TrimPrefix(h.base, "http://")
	for _, c := range []struct{ path, location string }{
		{"/prioriteiten", "/prioriteiten/"},
		{"//prioriteiten", "/prioriteiten/"},
		{"///prioriteiten", "/prioriteiten/"},
		{"//prioriteiten/jeugd-en-onderwijs", "/prioriteiten/jeugd-en-onderwijs/"},
		{"/./prioriteiten?x=1", "/prioriteiten/?x=1"},
	} {
		resp, body := h.raw(own, c.path)
		if resp.StatusCode != 301 || resp.Header.Get("Location") != c.location {
			t.Errorf("%s: %d Location %q, want 301 %q", c.path, resp.StatusCode, resp.Header.Get("Location"), c.location)
		}
		if !strings.Contains(body, "Deze pagina staat op") {
			t.Errorf("%s: body %q", c.path, body)
		}
	}
	for _, p := range []string{"//evil.example", "//evil.example/", "///evil.example/x"} {
		if resp, _ := h.raw(own, p); resp.StatusCode != 404 || resp.Header.Get("Location") != "" {
			t.Errorf("%s: %d Location %q, want 404", p, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
}

// TestStreamsAreCapped opens more live-reload streams than the cap: the
// oldest get a stop event and their connection closes, the newest stay,
// and pages are still served.
func TestStreamsAreCapped(t *testing.T) {
	const max = 4
	h := startConfig(t, Config{MaxStreams: max})
	type conn struct {
		events chan string
		body   io.Closer
	}
	open := func() conn {
		resp, err := http.Get(h.base + "/__werkboek/events")
		if err != nil {
			t.Fatal(err)
		}
		c := conn{make(chan string, 10), resp.Body}
		go func() {
			sc := bufio.NewScanner(resp.Body)
			for sc.Scan() {
				if name, ok := strings.CutPrefix(sc.Text(), "event: "); ok {
					c.events <- name
				}
			}
			close(c.events)
		}()
		if first := <-c.events; first != "hello" {
			t.Fatalf("first event %q", first)
		}
		return c
	}
	// The harness holds one stream already: it is the oldest.
	var conns []conn
	for range 3 * max {
		conns = append(conns, open())
	}
	ended := func(events chan string) (string, bool) {
		var last string
		timeout := time.After(5 * time.Second)
		for {
			select {
			case name, ok := <-events:
				if !ok {
					return last, true
				}
				last = name
			case <-timeout:
				return last, false
			}
		}
	}
	if last, ok := ended(h.events); !ok || last != "stop" {
		t.Errorf("the oldest stream: ended %v, last event %q; want a stop event and the end", ok, last)
	}
	for i, c := range conns[:len(conns)-max] {
		if last, ok := ended(c.events); !ok || last != "stop" {
			t.Errorf("stream %d: ended %v, last event %q", i, ok, last)
		}
	}
	// The newest are still open and hear a rebuild.
	h.write(spoenk, strings.Replace(h.read(spoenk), "Jeugd tot achttien jaar.", "Jeugd tot achttien jaar, nieuw.", 1))
	for i, c := range conns[len(conns)-max:] {
		select {
		case name, ok := <-c.events:
			if !ok || name != "reload" {
				t.Errorf("newest stream %d: %q, %v", i, name, ok)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("newest stream %d heard no reload", i)
		}
		c.body.Close()
	}
	if code, _ := h.get(spoenkURL); code != 200 {
		t.Errorf("page after the streams: %d", code)
	}
}

// TestListen is the table of --addr values an editor may type: each
// mistake is told in Dutch with the way to write it; a good address
// listens, with a warning when it is not loopback.
func TestListen(t *testing.T) {
	for _, c := range []struct {
		addr, err, warn string
	}{
		{"127.0.0.1:99999", "poort 99999 bestaat niet: een poort is een getal van 1 tot en met 65535; schrijf bijvoorbeeld --addr 127.0.0.1:1313", ""},
		{"127.0.0.1:18931x", `de poort "18931x" in "127.0.0.1:18931x" is geen getal; een poort is een getal van 1 tot en met 65535, schrijf bijvoorbeeld --addr 127.0.0.1:1313`, ""},
		{"127.0.0.1:", `in "127.0.0.1:" ontbreekt het nummer van de poort na de dubbele punt; schrijf bijvoorbeeld --addr 127.0.0.1:1313`, ""},
		{"localhost:-1", `de poort "-1" in "localhost:-1" is geen getal`, ""},
		{"999.1.1.1:18931", "999.1.1.1 is geen geldig IP-adres: dat zijn vier getallen van 0 tot en met 255 met punten ertussen; schrijf bijvoorbeeld --addr 127.0.0.1:18931 (alleen deze computer)", ""},
		// Without a name server the name cannot be looked up at all: the
		// message says so instead (see resolve).
		{"redactie-laptop.test:18931", `de computernaam "redactie-laptop.test" `, ""},
		{"a b:80", `"a b" is geen computernaam of IP-adres: een naam bestaat uit letters, cijfers, - en punten`, ""},
		{"::1:18931", "een IPv6-adres staat tussen blokhaken: schrijf --addr [::1]:18931", ""},
		{"::1", `"::1" mist een poort; een IPv6-adres staat tussen blokhaken met de poort erachter: --addr [::1]:1313`, ""},
		{"[::1", `de blokhaken in "[::1" kloppen niet; schrijf een IPv6-adres zo: --addr [::1]:1313`, ""},
		{"[::1]:99999", "poort 99999 bestaat niet: een poort is een getal van 1 tot en met 65535; schrijf bijvoorbeeld --addr [::1]:1313", ""},
		{"[fe80::1%geen-kaart]:18931", `netwerkkaart "geen-kaart" in fe80::1%geen-kaart bestaat niet op deze computer`, ""},
		{"[12345::1]:18931", "12345::1 is geen geldig IPv6-adres; schrijf bijvoorbeeld --addr [::1]:18931", ""},
		{"ergens", `"ergens" mist een poort; schrijf bijvoorbeeld --addr ergens:1313`, ""},
		{"18931", `"18931" is alleen een poort; schrijf het adres ervoor: --addr 127.0.0.1:18931`, ""},
		{"", "het adres is leeg; schrijf bijvoorbeeld --addr 127.0.0.1:1313", ""},
		{"127.0.0.1:0", "", ""},
		{"localhost:0", "", ""},
		{"0.0.0.0:0", "", "let op: 0.0.0.0:0 is bereikbaar voor iedereen in het netwerk, niet alleen voor deze computer"},
		{":0", "", "let op: :0 is bereikbaar voor iedereen in het netwerk"},
	} {
		ln, err := Listen(context.Background(), c.addr)
		if c.err != "" {
			if err == nil {
				ln.Close()
				t.Errorf("%q: listens, want %q", c.addr, c.err)
			} else if !strings.HasPrefix(err.Error(), c.err) || strings.Contains(err.Error(), "%!") {
				t.Errorf("%q:\n got %q\nwant %q", c.addr, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.addr, err)
			continue
		}
		warn := strings.Join(ln.Warnings, "\n")
		if c.warn == "" && warn != "" || !strings.Contains(warn, c.warn) {
			t.Errorf("%q: warnings %q, want %q", c.addr, warn, c.warn)
		}
		ln.Close()
	}
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	_, port, _ := net.SplitHostPort(busy.Addr().String())
	if _, err := Listen(context.Background(), busy.Addr().String()); err == nil || !strings.HasPrefix(err.Error(), "poort "+port+" is al in gebruik (draait werkboek serve al?); kies een andere met --addr 127.0.0.1:") {
		t.Errorf("port in use: %v", err)
	}
}

// TestListenWarnsForNetworkAddresses listens on an address of this
// computer that is not loopback, when it has one.
func TestListenWarnsForNetworkAddresses(t *testing.T) {
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		ip, _, _ := net.ParseCIDR(a.String())
		if ip.IsLoopback() || ip.IsLinkLocalUnicast() {
			continue
		}
		addr := net.JoinHostPort(ip.String(), "0")
		ln, err := Listen(context.Background(), addr)
		if err != nil {
			t.Fatalf("%s: %v", addr, err)
		}
		ln.Close()
		if len(ln.Warnings) != 1 || !strings.HasPrefix(ln.Warnings[0], "let op: "+addr+" is een adres in het netwerk, niet alleen van deze computer") {
			t.Errorf("%s: warnings %q", addr, ln.Warnings)
		}
		return
	}
	t.Skip("this computer has no network address besides loopback")
}
