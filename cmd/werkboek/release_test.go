package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReleaseRefusesOddVersions runs a copy of .ci/release with versions
// that are no version, among them paths that would reach a folder beside
// .release/, and checks each is refused before anything is deleted or
// built.
func TestReleaseRefusesOddVersions(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	script, err := os.ReadFile(filepath.Join("..", "..", ".ci", "release"))
	if err != nil {
		t.Fatal(err)
	}
	repo := filepath.Join(t.TempDir(), "repo")
	victim := filepath.Join(repo, "victim")
	if err := os.MkdirAll(filepath.Join(repo, ".ci"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(victim, 0o755); err != nil {
		t.Fatal(err)
	}
	keep := filepath.Join(victim, "bewaren.txt")
	if err := os.WriteFile(keep, []byte("blijft"), 0o644); err != nil {
		t.Fatal(err)
	}
	release := filepath.Join(repo, ".ci", "release")
	if err := os.WriteFile(release, script, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"../victim"}, {"v1.2.3/../../victim"}, {"v1"}, {"1.2.3"}, {"--help"},
		{"v1.2.3 x"}, {"v1.2.3-rc.1x"}, {"v1.2.3\nx"}, {"v1.2.3", "v1.2.4"},
	} {
		cmd := exec.Command("bash", append([]string{release}, args...)...)
		out, err := cmd.CombinedOutput()
		code := -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != 2 || !strings.Contains(string(out), "v1.2.3 or v1.2.3-rc.1") {
			t.Errorf("release %q: exit %d, %q; want exit 2 naming the accepted forms", args, code, out)
		}
		if _, err := os.Stat(keep); err != nil {
			t.Fatalf("release %q deleted a folder beside .release/: %v", args, err)
		}
		if _, err := os.Stat(filepath.Join(repo, ".release")); err == nil {
			t.Errorf("release %q made .release/ although it refused the version", args)
		}
	}
}
