package main

import (
	"archive/tar"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

// saveTimes starts "werkboek serve --wacht 10ms" on the content folder
// and measures, from outside, how long an editor's save takes to be
// served: a card's file is written with a new last line, and its page is
// asked for until it shows that line. It returns the times of saves
// saves, in the order made.
func saveTimes(werkboek, content string, saves int) ([]time.Duration, error) {
	card, page, err := firstCard(content)
	if err != nil {
		return nil, err
	}
	orig, err := os.ReadFile(card)
	if err != nil {
		return nil, err
	}
	defer os.WriteFile(card, orig, 0o644)
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	out := filepath.Join(filepath.Dir(content), "serve-out")
	defer os.RemoveAll(out)
	cmd := exec.Command(werkboek, "serve", "-s", ".", "--content", content, "-d", out, "--addr", addr, "--wacht", "10ms")
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	}()
	url := "http://" + addr + "/" + page
	client := &http.Client{Timeout: 5 * time.Second}
	if _, err := waitFor(client, url, nil, 3*time.Minute); err != nil {
		return nil, fmt.Errorf("serve begon niet: %w", err)
	}
	var times []time.Duration
	for i := range saves {
		mark := fmt.Sprintf("Bewerking %d van de meting.", i+1)
		start := time.Now()
		if err := os.WriteFile(card, append(slices.Clip(orig), "\n"+mark+"\n"...), 0o644); err != nil {
			return nil, err
		}
		if _, err := waitFor(client, url, []byte(mark), 30*time.Second); err != nil {
			return nil, fmt.Errorf("bewerking %d werd niet getoond: %w", i+1, err)
		}
		times = append(times, time.Since(start))
		// Let the watcher settle, as an editor types between saves.
		time.Sleep(200 * time.Millisecond)
	}
	return times, nil
}

// waitFor asks for url until it answers 200 and, when want is not nil,
// its body holds want; it returns how long that took.
func waitFor(client *http.Client, url string, want []byte, limit time.Duration) (time.Duration, error) {
	start := time.Now()
	for time.Since(start) < limit {
		resp, err := client.Get(url)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK && (want == nil || bytes.Contains(body, want)) {
				return time.Since(start), nil
			}
		}
		time.Sleep(time.Millisecond)
	}
	return 0, fmt.Errorf("%s: na %s nog niet", url, limit)
}

// numbered is the number in front of a generated card's or priority's
// file name.
var numbered = regexp.MustCompile(`^[0-9]+-`)

// firstCard returns the file of the first card of the first priority of
// a generated workbook and the address of its page.
func firstCard(content string) (file, page string, err error) {
	prios, err := filepath.Glob(filepath.Join(content, "prioriteiten", "1-*"))
	if err != nil || len(prios) == 0 {
		return "", "", fmt.Errorf("geen eerste prioriteit in %s", content)
	}
	cards, err := filepath.Glob(filepath.Join(prios[0], "0001-*.md"))
	if err != nil || len(cards) == 0 {
		return "", "", fmt.Errorf("geen eerste kaart in %s", prios[0])
	}
	prio := numbered.ReplaceAllString(filepath.Base(prios[0]), "")
	slug := numbered.ReplaceAllString(strings.TrimSuffix(filepath.Base(cards[0]), ".md"), "")
	return cards[0], "prioriteiten/" + prio + "/" + slug + "/", nil
}

// freeAddr returns an address on 127.0.0.1 with a port nothing listens
// on now.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// goBuild builds werkboek from the module in dir into out.
func goBuild(dir, out string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	build := exec.Command("go", "build", "-o", abs, "./cmd/werkboek")
	build.Dir, build.Stderr = dir, os.Stderr
	return build.Run()
}

// buildRef builds werkboek as it was at the git reference ref: its files
// are taken from git into src and built there.
func buildRef(ref, src, out string) error {
	archive := exec.Command("git", "archive", "--format=tar", ref)
	archive.Stderr = os.Stderr
	data, err := archive.Output()
	if err != nil {
		return fmt.Errorf("git archive %s: %w", ref, err)
	}
	r := tar.NewReader(bytes.NewReader(data))
	for {
		h, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		name := filepath.Join(src, filepath.FromSlash(h.Name))
		switch h.Typeflag {
		case tar.TypeDir:
			err = os.MkdirAll(name, 0o755)
		case tar.TypeReg:
			var body []byte
			if body, err = io.ReadAll(r); err == nil {
				err = os.WriteFile(name, body, 0o644)
			}
		}
		if err != nil {
			return err
		}
	}
	return goBuild(src, out)
}
