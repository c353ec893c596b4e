package pdf

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/probiblio/werkboek/generator/syserr"
)

// Print serves the folder dir on a loopback port, opens the page at path
// (e.g. "werkboek/") in headless Chromium, waits for its fonts and prints
// it with the page size and margins of its CSS @page rules, as a tagged
// PDF with an outline of its headings. The page numbers its layout asks
// for are filled in from a first print and checked in the last (see
// paginate). The document information is then set to info.
func Print(ctx context.Context, dir, path string, info Info) ([]byte, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, syserr.Wrap("kan de site niet aan Chromium aanbieden op 127.0.0.1", err)
	}
	srv := &http.Server{Handler: blockingFonts(dir), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()

	ctx, cancel := context.WithTimeout(ctx, TimeLimit(dir, path))
	defer cancel()
	tab, stop, err := Launch(ctx) // its errors say in Dutch what is wrong
	if err != nil {
		return nil, err
	}
	defer stop()
	url := fmt.Sprintf("http://%s/%s", ln.Addr(), path)
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return nil, syserr.Wrap("Chromium kan "+url+" niet openen", err)
	}
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`document.fonts.ready.then(() => true)`, chromedp.EvalAwaitPromise)); err != nil {
		return nil, syserr.Wrap("wachten op de lettertypen mislukt", err)
	}
	data, err := paginate(ctx, tab)
	if err != nil {
		return nil, syserr.Wrap("Chromium kan de PDF niet maken", err)
	}
	return SetInfo(ctx, data, info)
}
