package quality

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// tab is one page in headless Chromium, with helpers that fail the test.
type tab struct {
	t       *testing.T
	ctx     context.Context
	site    string // the site's address; the bundled workbook's when empty
	offline bool   // the site is opened from a folder: a folder's page is its index.html
}

func (b *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatal(err)
	}
}

func (b *tab) open(p string) {
	b.t.Helper()
	u := url(p)
	if b.site != "" {
		u = b.site + strings.TrimPrefix(p, "/")
	}
	if b.offline && (u == b.site || strings.HasSuffix(u, "/")) {
		u += "index.html"
	}
	b.do(chromedp.Navigate(u), chromedp.WaitReady(chromedp.CSS("body")))
}

// eval evaluates a JavaScript expression (awaiting a promise) and decodes
// its value into T.
func eval[T any](b *tab, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript condition until it is true.
func (b *tab) waitFor(cond string) {
	b.t.Helper()
	eval[bool](b, `new Promise((ok, fail) => { const end = Date.now() + 10000; (function poll() {
		if (`+cond+`) { ok(true); } else if (Date.now() > end) { fail(new Error("timeout: `+jsString(cond)+`")); } else { setTimeout(poll, 20); } })(); })`)
}

func jsString(s string) string {
	out := []rune{}
	for _, r := range s {
		if r == '"' || r == '\\' || r == '`' {
			out = append(out, '\\')
		}
		out = append(out, r)
	}
	return string(out)
}

// media emulates a CSS media type ("print" or "").
func (b *tab) media(m string) {
	b.t.Helper()
	err := chromedp.Do(b.ctx, func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
		return chromedp.Void{}, err
	})
	if err != nil {
		b.t.Fatal(err)
	}
}

func execLookPath(name string) (string, error) { return exec.LookPath(name) }

func runCommand(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).CombinedOutput()
	return string(out), err
}
