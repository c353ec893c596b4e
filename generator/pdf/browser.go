// Package pdf prints the workbook's print edition to a PDF file with
// headless Chromium and sets the PDF's document information.
package pdf

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"

	"github.com/chromedp/chromedp"

	"github.com/probiblio/werkboek/generator/syserr"
)

// ErrNoBrowser means no Chromium was found on this machine; the errors
// of FindBrowser match it with errors.Is and say how to install one.
var ErrNoBrowser = errors.New("Chromium is niet gevonden")

// browserError is a Dutch message on why no browser was found, with the
// advice for this system.
type browserError struct{ msg string }

func (e *browserError) Error() string        { return e.msg }
func (e *browserError) Is(target error) bool { return target == ErrNoBrowser }

// FindBrowser returns the path of a Chromium or Chrome binary: the one in
// $WERKBOEK_CHROMIUM, else the first of the usual names on $PATH, else
// the usual install places of Chrome on macOS and Windows.
func FindBrowser() (string, error) {
	if p := os.Getenv("WERKBOEK_CHROMIUM"); p != "" {
		return p, checkBrowser(p, runtime.GOOS)
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	for _, p := range installPlaces(runtime.GOOS, os.Getenv) {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
	}
	return "", &browserError{"Chromium of Chrome is niet gevonden; " + installAdvice(runtime.GOOS) + ", of zet WERKBOEK_CHROMIUM op het pad ervan, zoals " + examplePath(runtime.GOOS)}
}

// checkBrowser says what is wrong with the program WERKBOEK_CHROMIUM
// names, if anything.
func checkBrowser(p, goos string) error {
	fi, err := os.Stat(p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &browserError{fmt.Sprintf("WERKBOEK_CHROMIUM wijst naar %s, maar dat bestand bestaat niet; zet de variabele op het pad van Chromium of Chrome, zoals %s, of haal hem weg; nog niet geïnstalleerd? %s", p, examplePath(goos), installAdvice(goos))}
	case err != nil:
		return &browserError{fmt.Sprintf("WERKBOEK_CHROMIUM wijst naar %s, maar dat bestand is niet te lezen: %s", p, syserr.Dutch(err))}
	case fi.IsDir():
		return &browserError{fmt.Sprintf("WERKBOEK_CHROMIUM wijst naar de map %s; zet de variabele op het programma zelf, zoals %s", p, examplePath(goos))}
	}
	return nil
}

// launchError says in Dutch why the browser did not start: a system
// error as syserr tells it; otherwise (it stopped at once, or does not
// speak Chromium's protocol) what to check, without chromedp's English.
func launchError(path string, err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) || errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("Chromium (%s) start niet: %s", path, syserr.Dutch(err))
	}
	return fmt.Errorf("Chromium (%s) start niet, of antwoordt niet zoals Chromium; controleer dat WERKBOEK_CHROMIUM naar Chromium of Chrome wijst, of installeer het opnieuw", path)
}

// installPlaces are where Chrome and Chromium are installed by default on
// systems that do not put them on $PATH.
func installPlaces(goos string, getenv func(string) string) []string {
	switch goos {
	case "darwin":
		return []string{
			"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
			"/Applications/Chromium.app/Contents/MacOS/Chromium",
			filepath.Join(getenv("HOME"), "Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
		}
	case "windows":
		var places []string
		for _, root := range []string{getenv("ProgramFiles"), getenv("ProgramFiles(x86)"), getenv("LocalAppData")} {
			if root != "" {
				places = append(places, filepath.Join(root, "Google", "Chrome", "Application", "chrome.exe"), filepath.Join(root, "Chromium", "Application", "chrome.exe"))
			}
		}
		return places
	}
	return nil
}

// installAdvice says, in Dutch, how to get a browser werkboek can print
// with on the given system.
func installAdvice(goos string) string {
	switch goos {
	case "windows":
		return "installeer Google Chrome (https://www.google.com/chrome/), werkboek vindt het daarna vanzelf"
	case "darwin":
		return "installeer Google Chrome (https://www.google.com/chrome/) in de map Apps (Programma's), werkboek vindt het daarna vanzelf"
	}
	return "installeer het met: apt-get install -y chromium (Debian en Ubuntu)"
}

// examplePath is the usual path of the browser on the given system.
func examplePath(goos string) string {
	switch goos {
	case "windows":
		return `C:\Program Files\Google\Chrome\Application\chrome.exe`
	case "darwin":
		return `"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"`
	}
	return "/usr/bin/chromium"
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
		return nil, nil, launchError(path, err)
	}
	return tabCtx, func() {
		cancelTab()
		cancelAlloc()
		os.RemoveAll(profile)
	}, nil
}
