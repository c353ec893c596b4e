// Package pdf prints the workbook's print edition to a PDF file with
// headless Chromium and sets the PDF's document information.
package pdf

import (
	"context"
	"errors"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// ErrNoBrowser means no Chromium was found on this machine.
var ErrNoBrowser = errors.New("Chromium is niet gevonden; installeer het met: apt-get install -y chromium (of zet WERKBOEK_CHROMIUM op het pad van Chromium of Chrome)")

// FindBrowser returns the path of a Chromium or Chrome binary: the one in
// $WERKBOEK_CHROMIUM, else the first of the usual names on $PATH.
func FindBrowser() (string, error) {
	if p := os.Getenv("WERKBOEK_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", ErrNoBrowser
		}
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoBrowser
}

// Launch starts headless Chromium with the flags this project uses
// everywhere (no sandbox for root in CI, no background networking on a
// machine without internet) and a fresh profile; cancel stops it.
func Launch(ctx context.Context) (context.Context, context.CancelFunc, error) {
	path, err := FindBrowser()
	if err != nil {
		return nil, nil, err
	}
	profile, err := os.MkdirTemp("", "werkboek-chromium-")
	if err != nil {
		return nil, nil, err
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("force-color-profile", "srgb"),
	)
	tabCtx, cancelTab := chromedp.NewContext(allocCtx)
	if err := chromedp.Do(tabCtx); err != nil { // start the browser now
		cancelTab()
		cancelAlloc()
		os.RemoveAll(profile)
		return nil, nil, err
	}
	return tabCtx, func() {
		cancelTab()
		cancelAlloc()
		os.RemoveAll(profile)
	}, nil
}
