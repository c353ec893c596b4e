package content

import (
	"errors"
	"net/url"
	"strings"

	"github.com/probiblio/werkboek/generator/diag"
)

// BaseURLExample is the address used in messages about a base URL.
const BaseURLExample = "https://werkboek.example.org/2017/"

// NormalizeBaseURL checks the address a site is published under and
// returns it in the one form every page, the sitemap and robots.txt build
// on: scheme and host in lower case and exactly one slash at the end
// ("https://example.org/werkboek" becomes "https://example.org/werkboek/").
// It is used for baseURL in _index.md and for --base-url alike. The error
// says in Dutch what is wrong and how to fix it, without naming the key.
func NormalizeBaseURL(s string) (string, error) {
	raw := strings.TrimSpace(s)
	fix := "; schrijf het volledige adres, bijvoorbeeld " + BaseURLExample
	if raw == "" {
		return "", errors.New("het adres is leeg" + fix)
	}
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return "", errors.New(diag.Quote(raw) + " is geen webadres" + fix)
	case u.Scheme == "" && strings.Contains(strings.Split(raw, "/")[0], "."):
		return "", errors.New(diag.Quote(raw) + " mist https:// aan het begin; schrijf https://" + strings.TrimRight(raw, "/") + "/")
	case u.Scheme != "http" && u.Scheme != "https":
		return "", errors.New(diag.Quote(raw) + " is geen adres van een website (het moet beginnen met https:// of http://)" + fix)
	case u.Host == "" || u.Hostname() == "":
		return "", errors.New(diag.Quote(raw) + " heeft geen servernaam na " + u.Scheme + "://" + fix)
	case u.User != nil:
		return "", errors.New(diag.Quote(raw) + " bevat een gebruikersnaam of wachtwoord; laat het deel vóór @ weg")
	case u.RawQuery != "" || u.ForceQuery:
		return "", errors.New(diag.Quote(raw) + " bevat een vraagteken (?…); het adres van de site eindigt bij de map, laat het deel vanaf ? weg")
	case u.Fragment != "" || strings.Contains(raw, "#"):
		return "", errors.New(diag.Quote(raw) + " bevat een #; het adres van de site eindigt bij de map, laat het deel vanaf # weg")
	}
	p := strings.TrimRight(u.EscapedPath(), "/") + "/"
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host) + p, nil
}
