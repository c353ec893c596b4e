package syserr

import (
	"errors"
	"net"
	"net/url"
	"strconv"
)

// netReason describes the errors of the net and net/url packages that
// carry no system error number: a name that does not resolve, an address
// or URL that does not parse.
func netReason(err error) (string, bool) {
	var dns *net.DNSError
	var addr *net.AddrError
	var parse *net.ParseError
	var escape url.EscapeError
	var host url.InvalidHostError
	var uerr *url.Error
	switch {
	case errors.As(err, &dns) && dns.IsTimeout:
		return "de naam " + quote(dns.Name) + " kon niet worden opgezocht: de naamserver antwoordt niet", true
	case errors.As(err, &dns):
		return "de naam " + quote(dns.Name) + " is onbekend (niet te vinden in DNS)", true
	case errors.As(err, &addr):
		return "het adres " + quote(addr.Addr) + " klopt niet", true
	case errors.As(err, &parse):
		return quote(parse.Text) + " is geen geldig adres", true
	case errors.As(err, &escape):
		return "het webadres bevat een %-teken dat niet wordt gevolgd door twee tekens 0-9 of A-F: " + quote(string(escape)), true
	case errors.As(err, &host):
		return "het webadres bevat een teken dat niet in een servernaam mag staan: " + quote(string(host)), true
	case errors.Is(err, net.ErrClosed):
		return "de verbinding is al gesloten", true
	case errors.As(err, &uerr):
		return "het webadres " + quote(uerr.URL) + " klopt niet", true
	}
	return "", false
}

func quote(s string) string { return strconv.Quote(s) }
