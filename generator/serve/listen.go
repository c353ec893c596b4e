package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/probiblio/werkboek/generator/syserr"
)

// Listening is the preview's listener with what the editor should know.
type Listening struct {
	net.Listener
	// Host is the host part of the address as typed ("" for every
	// interface); a name typed there is allowed in requests' Host header.
	Host string
	// Warnings say, in Dutch, who else than this computer can reach the
	// preview: one for every address listened on that is not loopback.
	Warnings []string
}

// Listen checks an address as an editor types it after --addr and
// listens on it. Every mistake is an error in Dutch that shows how to
// write the address; a name is looked up once and the first of its
// addresses (IPv4 first) is listened on.
func Listen(ctx context.Context, addr string) (*Listening, error) {
	host, port, err := splitAddr(addr)
	if err != nil {
		return nil, err
	}
	ip, err := resolve(ctx, host, port)
	if err != nil {
		return nil, err
	}
	listenOn := ":" + port
	if ip.IsValid() {
		listenOn = net.JoinHostPort(ip.String(), port)
	}
	ln, err := net.Listen("tcp", listenOn)
	if err != nil {
		return nil, listenError(addr, host, port, err)
	}
	return &Listening{Listener: ln, Host: host, Warnings: reach(addr, ip, port)}, nil
}

// example is an address to show in a message: the editor's host with
// port 1313 or the given port.
func example(host, port string) string {
	if host == "" {
		host = "127.0.0.1"
	}
	return "--addr " + net.JoinHostPort(host, port)
}

// splitAddr splits host and port and checks the port.
func splitAddr(addr string) (host, port string, err error) {
	if strings.TrimSpace(addr) == "" {
		return "", "", fmt.Errorf("het adres is leeg; schrijf bijvoorbeeld --addr 127.0.0.1:1313")
	}
	host, port, err = net.SplitHostPort(addr)
	if err != nil {
		return "", "", addrShapeError(addr)
	}
	n, err := strconv.Atoi(port)
	switch {
	case port == "":
		return "", "", fmt.Errorf("in %q ontbreekt het nummer van de poort na de dubbele punt; schrijf bijvoorbeeld %s", addr, example(host, "1313"))
	case strings.Trim(port, "0123456789") != "":
		return "", "", fmt.Errorf("de poort %q in %q is geen getal; een poort is een getal van 1 tot en met 65535, schrijf bijvoorbeeld %s", port, addr, example(host, "1313"))
	case err != nil || n > 65535:
		return "", "", fmt.Errorf("poort %s bestaat niet: een poort is een getal van 1 tot en met 65535; schrijf bijvoorbeeld %s", port, example(host, "1313"))
	}
	return host, strconv.Itoa(n), nil
}

// addrShapeError says what is wrong with an address SplitHostPort
// refuses: no port, an IPv6 address without brackets, stray brackets.
func addrShapeError(addr string) error {
	if strings.Count(addr, "[") != strings.Count(addr, "]") || strings.Count(addr, "[") > 1 {
		return fmt.Errorf("de blokhaken in %q kloppen niet; schrijf een IPv6-adres zo: --addr [::1]:1313", addr)
	}
	if a, err := netip.ParseAddr(strings.Trim(addr, "[]")); err == nil && a.Is6() {
		return fmt.Errorf("%q mist een poort; een IPv6-adres staat tussen blokhaken met de poort erachter: %s", addr, example(a.String(), "1313"))
	}
	if i := strings.LastIndex(addr, ":"); i > 0 && !strings.ContainsAny(addr, "[]") {
		if a, err := netip.ParseAddr(addr[:i]); err == nil && a.Is6() {
			return fmt.Errorf("een IPv6-adres staat tussen blokhaken: schrijf %s", example(a.String(), addr[i+1:]))
		}
	}
	switch {
	case strings.ContainsAny(addr, "[]"):
		return fmt.Errorf("de blokhaken in %q kloppen niet; schrijf een IPv6-adres zo: --addr [::1]:1313", addr)
	case !strings.Contains(addr, ":") && strings.Trim(addr, "0123456789") == "":
		return fmt.Errorf("%q is alleen een poort; schrijf het adres ervoor: %s", addr, example("", addr))
	case !strings.Contains(addr, ":"):
		return fmt.Errorf("%q mist een poort; schrijf bijvoorbeeld %s", addr, example(addr, "1313"))
	}
	return fmt.Errorf("adres %q klopt niet: schrijf adres:poort, bijvoorbeeld --addr 127.0.0.1:1313", addr)
}

// resolve turns the host into the address to listen on; the zero Addr
// means every interface.
func resolve(ctx context.Context, host, port string) (netip.Addr, error) {
	if host == "" {
		return netip.Addr{}, nil
	}
	if a, err := netip.ParseAddr(host); err == nil {
		if z := a.Zone(); z != "" {
			if _, err := net.InterfaceByName(z); err != nil {
				if _, nerr := strconv.Atoi(z); nerr != nil {
					return a, fmt.Errorf("netwerkkaart %q in %s bestaat niet op deze computer; laat %%%s weg of kies een van deze computer", z, host, z)
				}
			}
		}
		return a, nil
	}
	only127 := example("127.0.0.1", port) + " (alleen deze computer)"
	switch {
	case strings.Trim(host, "0123456789.") == "":
		return netip.Addr{}, fmt.Errorf("%s is geen geldig IP-adres: dat zijn vier getallen van 0 tot en met 255 met punten ertussen; schrijf bijvoorbeeld %s", host, only127)
	case strings.Contains(host, ":"):
		return netip.Addr{}, fmt.Errorf("%s is geen geldig IPv6-adres; schrijf bijvoorbeeld --addr [::1]:%s", host, port)
	case !validName(host):
		return netip.Addr{}, fmt.Errorf("%q is geen computernaam of IP-adres: een naam bestaat uit letters, cijfers, - en punten; schrijf bijvoorbeeld %s", host, only127)
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	var dns *net.DNSError
	switch {
	case errors.As(err, &dns) && dns.IsNotFound:
		return netip.Addr{}, fmt.Errorf("de computernaam %q is onbekend: geen computer in het netwerk heet zo; schrijf bijvoorbeeld %s", host, only127)
	case errors.As(err, &dns) && dns.IsTimeout:
		return netip.Addr{}, fmt.Errorf("de computernaam %q kon niet worden opgezocht: de naamserver antwoordt niet; schrijf een IP-adres, bijvoorbeeld %s", host, only127)
	case err != nil || len(addrs) == 0:
		return netip.Addr{}, fmt.Errorf("de computernaam %q kon niet worden opgezocht; schrijf een IP-adres, bijvoorbeeld %s", host, only127)
	}
	for _, a := range addrs {
		if a.Unmap().Is4() {
			return a.Unmap(), nil
		}
	}
	return addrs[0], nil
}

// validName reports whether s can be a host name: letters, digits,
// hyphens and dots, at most 253 characters.
func validName(s string) bool {
	if len(s) > 253 || strings.HasPrefix(s, ".") || strings.Contains(s, "..") {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// reach warns when the address is reachable from other computers.
func reach(addr string, ip netip.Addr, port string) []string {
	local := example("127.0.0.1", port)
	switch {
	case !ip.IsValid() || ip.IsUnspecified():
		return []string{fmt.Sprintf("let op: %s is bereikbaar voor iedereen in het netwerk, niet alleen voor deze computer; schrijf %s als alleen u de site wilt zien", addr, local)}
	case !ip.IsLoopback():
		shown := addr
		if h, _, _ := net.SplitHostPort(addr); h != ip.String() {
			shown += " (" + ip.String() + ")"
		}
		return []string{fmt.Sprintf("let op: %s is een adres in het netwerk, niet alleen van deze computer: wie dat netwerk bereikt, kan de site zien; schrijf %s als alleen u hem wilt zien", shown, local)}
	}
	return nil
}

// listenError says why listening failed.
func listenError(addr, host, port string, err error) error {
	n, _ := strconv.Atoi(port)
	switch {
	case syserr.AddrInUse(err):
		return fmt.Errorf("poort %s is al in gebruik (draait werkboek serve al?); kies een andere met %s", port, example(host, strconv.Itoa(n+1)))
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return fmt.Errorf("%s is geen adres van deze computer; schrijf bijvoorbeeld %s", host, example("127.0.0.1", port))
	case errors.Is(err, syscall.EACCES) && n < 1024:
		return fmt.Errorf("poort %s mag alleen de beheerder gebruiken (poorten onder 1024); kies bijvoorbeeld %s", port, example(host, "1313"))
	}
	return fmt.Errorf("kan niet luisteren op %s: %s", addr, syserr.Dutch(err))
}
