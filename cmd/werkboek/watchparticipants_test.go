package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/testsite"
)

// TestWatchFollowsParticipantsFile runs werkboek watch and adds
// content/deelnemers.json, changes it, misspells a project in it, repairs
// it and removes it. After each step what watch wrote equals a fresh
// werkboek build of the same files; after the slip watch names the file's
// line and keeps the last good site.
func TestWatchFollowsParticipantsFile(t *testing.T) {
	dir, src, out, s := startWatch(t)
	participants := func(id string) string {
		return "{\n  \"formaat\": \"werkboek-deelnemers 1\",\n  \"editie\": \"2017\",\n  \"projecten\": {\n    \"" + id + "\": [\"Bibliotheek Leiden\"]\n  }\n}\n"
	}
	var good map[string][]byte
	n := 0
	// check waits for a line with line and compares what watch wrote with
	// a fresh build (or, after a slip, with the last good one).
	check := func(what, line string) {
		t.Helper()
		s.waitLine(t, line)
		want := good
		if line == "bijgewerkt" {
			n++
			fresh := filepath.Join(dir, "vers", strconv.Itoa(n))
			if code, _, stderr := werkboek(t, "build", "--content", src, "-d", fresh); code != 0 {
				t.Fatalf("%s: a fresh build fails (%d):\n%s", what, code, stderr)
			}
			want = testsite.ReadTree(t, fresh)
			good = want
		}
		// A save may come as more than one batch: wait for the last.
		var diff []string
		for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
			if diff = treeDiff(testsite.ReadTree(t, out), want); len(diff) == 0 {
				break
			}
		}
		if len(diff) > 0 {
			t.Fatalf("%s: what watch wrote differs from a fresh build: %v", what, diff[:min(len(diff), 8)])
		}
	}
	for _, step := range []struct{ what, data, line string }{
		{"toegevoegd", participants("jeugd-en-onderwijs/spoenk"), "bijgewerkt"},
		{"veranderd", participants("persoonlijke-ontwikkeling/leesbevordering"), "bijgewerkt"},
		{"verkeerd project", participants("jeugd-en-onderwijs/spoenkk"), "deelnemers.json:5: het project"},
		{"hersteld", participants("jeugd-en-onderwijs/spoenk"), "bijgewerkt"},
		{"verwijderd", "", "bijgewerkt"},
	} {
		file := filepath.Join(src, "deelnemers.json")
		if step.data == "" {
			if err := os.Remove(file); err != nil {
				t.Fatal(err)
			}
		} else if err := os.WriteFile(file, []byte(step.data), 0o644); err != nil {
			t.Fatal(err)
		}
		check(step.what, step.line)
	}
	// Closes in the past: watch rewrites every page that offers a ticket.
	tickets := filepath.Join(src, "tickets.md")
	data, err := os.ReadFile(tickets)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tickets, bytes.Replace(data, []byte("max: 3\n"), []byte("max: 3\ncloses: 2016-09-19 17:00\n"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	check("gesloten", "bijgewerkt")
	if !bytes.Contains(good["tickets/index.html"], []byte("closing is-closed")) {
		t.Error("after closes in the past the tickets page does not say closed")
	}
	if code := s.stop(t); code != 0 {
		t.Errorf("watch stopped with exit %d after SIGTERM", code)
	}
}

// startWatch copies the bundled content into a new folder dir and runs
// werkboek watch on it (src) into out, until it follows the files.
func startWatch(t *testing.T) (dir, src, out string, s *started) {
	t.Helper()
	dir = t.TempDir()
	src = filepath.Join(dir, "content")
	testsite.CopyTree(t, testsite.Path("content"), src)
	out = filepath.Join(dir, "public")
	s = startBinary(t, "watch", "--content", src, "-d", out)
	s.waitLine(t, "werkboek watch: volgt")
	return dir, src, out, s
}

// treeDiff names the files that differ between two trees.
func treeDiff(got, want map[string][]byte) []string {
	var diff []string
	for name, b := range want {
		if !bytes.Equal(got[name], b) {
			diff = append(diff, name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			diff = append(diff, name+" (te veel)")
		}
	}
	slices.Sort(diff)
	return diff
}
