package pdf

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/probiblio/werkboek/generator/syserr"
)

// Info is the PDF's document information.
type Info struct {
	Title    string
	Author   string
	Subject  string
	Keywords string
}

// Print serves the folder dir on a loopback port, opens the page at path
// (e.g. "werkboek/") in headless Chromium, waits for its fonts and prints
// it with the page size and margins of its CSS @page rules, as a tagged PDF
// with an outline of its headings. The document information is then set
// to info.
func Print(ctx context.Context, dir, path string, info Info) ([]byte, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(dir)), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()

	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	tab, stop, err := Launch(ctx)
	if errors.Is(err, ErrNoBrowser) {
		return nil, err
	}
	if err != nil {
		return nil, syserr.Wrap("Chromium start niet", err)
	}
	defer stop()
	url := fmt.Sprintf("http://%s/%s", ln.Addr(), path)
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return nil, syserr.Wrap("Chromium kan "+url+" niet openen", err)
	}
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](`document.fonts.ready.then(() => true)`, chromedp.EvalAwaitPromise)); err != nil {
		return nil, syserr.Wrap("wachten op de lettertypen mislukt", err)
	}
	yes := true
	data, err := chromedp.Run(tab, chromedp.PrintToPDF(func(p *page.PrintToPDFParams) {
		p.PreferCSSPageSize = &yes
		p.PrintBackground = &yes
		p.GenerateTaggedPDF = &yes
		p.GenerateDocumentOutline = &yes
		p.PaperWidth, p.PaperHeight = 8.27, 11.69 // A4, should the CSS not say
	}))
	if err != nil {
		return nil, syserr.Wrap("Chromium kan de PDF niet maken", err)
	}
	return SetInfo(data, info)
}
