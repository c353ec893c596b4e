package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/buildlock"
	"github.com/probiblio/werkboek/generator/testsite"
)

// publishCase is one thing a hostile tester does to a site before a
// command runs on it (issue 30). Every case runs the built binary in a
// copy of the bundled site with a first build in public/, within a time
// bound (runBounded: a hang fails the case), and checks the exit code, parts of the
// output, that stderr holds no control character but new lines, and,
// when kept, that public/ is byte for byte as before.
type publishCase struct {
	name  string
	setup func(t *testing.T, dir string)
	args  []string
	code  int
	say   []string // parts of stdout and stderr together
	kept  bool
	check func(t *testing.T, dir, stdout, stderr string)
}

// hangBound is how long the one command runBounded does not bound may
// take: far more than it needs, and far less than forever.
const hangBound = 2 * time.Minute

func fifo(t *testing.T, name string) {
	t.Helper()
	os.Remove(name)
	if err := syscall.Mkfifo(name, 0o644); err != nil {
		t.Fatal(err)
	}
}

const firstPriority = "content/prioriteiten/1-jeugd-en-onderwijs"

func publishCases() []publishCase {
	in := func(dir string, parts ...string) string { return filepath.Join(append([]string{dir}, parts...)...) }
	appendTo := func(t *testing.T, name, text string) {
		t.Helper()
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, append(b, text...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	setTickets := func(front string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			name := in(dir, "content", "tickets.md")
			b, _ := os.ReadFile(name)
			os.WriteFile(name, []byte(strings.Replace(string(b), "max: 3\n", "max: 3\n"+front+"\n", 1)), 0o644)
		}
	}
	return []publishCase{
		{name: "readable by the web server", args: []string{"build"}, check: checkModes},
		{name: "symlinked output folder", setup: func(t *testing.T, dir string) {
			os.RemoveAll(in(dir, "public"))
			os.MkdirAll(in(dir, "www", "werkboek"), 0o755)
			os.Symlink(filepath.Join("www", "werkboek"), in(dir, "public"))
		}, args: []string{"build"}, say: []string{"geschreven naar public (een snelkoppeling: de site staat in "}, check: func(t *testing.T, dir, _, _ string) {
			if st, err := os.Lstat(in(dir, "public")); err != nil || st.Mode()&os.ModeSymlink == 0 {
				t.Errorf("public is no longer a link: %v", err)
			}
			if _, err := os.Stat(in(dir, "www", "werkboek", "index.html")); err != nil {
				t.Errorf("the site is not in the link's target: %v", err)
			}
		}},
		{name: "FIFO as a card", setup: func(t *testing.T, dir string) { fifo(t, in(dir, firstPriority, "9-fifo.md")) },
			args: []string{"build"}, code: 1, kept: true, say: []string{firstPriority + "/9-fifo.md: kan het bestand niet lezen (dit is geen gewoon bestand maar een FIFO (named pipe)"}},
		{name: "FIFO as tickets.md", setup: func(t *testing.T, dir string) { fifo(t, in(dir, "content", "tickets.md")) },
			args: []string{"build"}, code: 1, kept: true, say: []string{"content/tickets.md: kan het bestand niet lezen (dit is geen gewoon bestand maar een FIFO"}},
		{name: "FIFO as a priority's _index.md", setup: func(t *testing.T, dir string) { fifo(t, in(dir, firstPriority, "_index.md")) },
			args: []string{"build"}, code: 1, kept: true, say: []string{firstPriority + "/_index.md: kan het bestand niet lezen (dit is geen gewoon bestand maar een FIFO"}},
		{name: "FIFO as an image a card uses", setup: func(t *testing.T, dir string) {
			appendTo(t, in(dir, firstPriority, "1-spoenk.md"), "\n![Foto](foto.png)\n")
			fifo(t, in(dir, firstPriority, "foto.png"))
		}, args: []string{"build"}, code: 1, kept: true, say: []string{"FIFO (named pipe)"}},
		{name: "FIFO as the manifest", setup: func(t *testing.T, dir string) { fifo(t, in(dir, "public", ".werkboek-inhoud.json")) },
			args: []string{"build"}, check: func(t *testing.T, dir, _, _ string) {
				if left, _ := filepath.Glob(in(dir, ".public.tmp-*")); len(left) > 0 {
					t.Errorf("temporary folders left: %v", left)
				}
			}},
		{name: "file name with a carriage return", setup: func(t *testing.T, dir string) {
			os.WriteFile(in(dir, firstPriority, "echt.png\rwerkboek check: NEP"), nil, 0o644)
		}, args: []string{"check"}, code: 1, say: []string{`echt.png\rwerkboek check: NEP`}, check: func(t *testing.T, _, _, stderr string) {
			for _, line := range strings.Split(stderr, "\n") {
				if strings.HasPrefix(line, "werkboek check: NEP") {
					t.Errorf("a forged line: %q", line)
				}
			}
		}},
		{name: "file name with an escape sequence and a bidi override", setup: func(t *testing.T, dir string) {
			os.WriteFile(in(dir, firstPriority, "\x1b[2Jwis\u202egpj.md"), []byte("---\ntitle: x\n---\n"), 0o644)
		}, args: []string{"check"}, code: 1, say: []string{`\x1b[2Jwis\u202egpj.md`}},
		{name: "manifest that lies", setup: func(t *testing.T, dir string) {
			os.WriteFile(in(dir, "public", ".werkboek-inhoud.json"), []byte(`{"format":"werkboek-uitvoer 1","priorities":[],"cards":[],"pages":{}}`), 0o644)
			testsite.ProgrammeWithoutPriorities(t, in(dir, "content"))
			for _, p := range []string{"2-persoonlijke-ontwikkeling", "3-participatie-en-zelfredzaamheid", "4-verandering-en-verbreding-klassieke-bibliotheek", "5-bevorderen-culturele-infrastructuur"} {
				os.RemoveAll(in(dir, "content", "prioriteiten", p))
			}
		}, args: []string{"build"}, code: 1, kept: true, say: []string{"de nieuwe site laat 4 prioriteiten en 16 van de 21 kaarten weg"}},
		{name: "a second build while one runs", setup: func(t *testing.T, dir string) {
			l, err := buildlock.Acquire(buildlock.Name(in(dir, "public")), "public")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(l.Release)
		}, args: []string{"build"}, code: 1, kept: true, say: []string{fmt.Sprintf("een ander werkboek-proces (proces %d) schrijft al naar public", os.Getpid())}},
		{name: "closes in the year 0", setup: setTickets("closes: 0000-01-01 00:00"), args: []string{"check"}, code: 1,
			say: []string{`content/tickets.md:4: closes: "0000-01-01 00:00" is geen bestaande datum en tijd`}},
		{name: "closes years before the day", setup: setTickets("closes: 2014-01-01 17:00"), args: []string{"build"}, code: 1, kept: true,
			say: []string{"content/tickets.md:4: closes: de keuze sluit op 2014-01-01 17:00, meer dan een jaar van de dag zelf"}},
		{name: "closes in the hour that comes twice", setup: setTickets("closes: 2016-10-30 02:30"), args: []string{"check"},
			say: []string{"content/tickets.md:4: waarschuwing: closes: 2016-10-30 02:30 komt die nacht twee keer voor: eerst in zomertijd (00:30 UTC), dan een uur later in wintertijd (01:30 UTC)"}},
		{name: "a .pdf that is no PDF", setup: func(t *testing.T, dir string) {
			appendTo(t, in(dir, firstPriority, "1-spoenk.md"), "\n[Folder](folder.pdf)\n")
			os.WriteFile(in(dir, firstPriority, "folder.pdf"), []byte("<html>geen pdf</html>"), 0o644)
		}, args: []string{"build"}, code: 1, kept: true, say: []string{"folder.pdf is geen pdf (het bestand begint niet met %PDF-)"}},
		{name: "look-alike library names", setup: func(t *testing.T, dir string) {
			write(t, dir, "inbox/a.json", libraryJSON("Bibliotheek H\u0430\u0430rlem", day1))
			write(t, dir, "inbox/b.json", libraryJSON("Bibliotheek Haarlem", day1))
		}, args: []string{"tickets", "tel", "inbox", "--inhoud", "content"}, say: []string{"mengt Latijnse letters met Cyrillische letters"}, check: func(t *testing.T, dir, _, _ string) {
			r := runBounded(t, dir, "check")
			stdout, stderr := r.stdout, r.stderr
			if !strings.Contains(stdout+stderr, "content/deelnemers.json:") || !strings.Contains(stderr, "mengt Latijnse letters met Cyrillische letters") {
				t.Errorf("check does not warn of the look-alike name:\n%s", stderr)
			}
		}},
		{name: "a working folder that was deleted", args: []string{"build"}, code: 2, kept: true,
			say: []string{"werkboek build: de map waarin u werkt bestaat niet meer of kan niet worden gelezen"}},
	}
}

// TestPublishCases runs every case of publishCases through the binary.
func TestPublishCases(t *testing.T) {
	for _, tc := range publishCases() {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			os.Chmod(dir, 0o755) // the web server's user must reach public/
			os.Chmod(filepath.Dir(dir), 0o755)
			testsite.CopyTree(t, testsite.Path("content"), filepath.Join(dir, "content"))
			if r := runBounded(t, dir, "build"); r.code != 0 {
				t.Fatalf("first build: %s", r.stderr)
			}
			if tc.setup != nil {
				tc.setup(t, dir)
			}
			before := publishedHash(t, filepath.Join(dir, "public"))
			runIn := dir
			if tc.name == "a working folder that was deleted" {
				runIn = filepath.Join(dir, "weg")
				os.Mkdir(runIn, 0o755)
				defer os.Mkdir(runIn, 0o755)
				code, stdout, stderr := runBoundedGone(t, runIn, tc.args...)
				checkCase(t, tc, dir, before, code, stdout, stderr)
				return
			}
			r := runBounded(t, runIn, tc.args...)
			checkCase(t, tc, dir, before, r.code, r.stdout, r.stderr)
		})
	}
}

func checkCase(t *testing.T, tc publishCase, dir, before string, code int, stdout, stderr string) {
	t.Helper()
	if code != tc.code {
		t.Errorf("exit %d, want %d\n%s%s", code, tc.code, stdout, stderr)
	}
	for _, s := range tc.say {
		if !strings.Contains(stdout+stderr, s) {
			t.Errorf("output lacks %q:\n%s%s", s, stdout, stderr)
		}
	}
	if bad := controlChar.FindString(stdout + stderr); bad != "" {
		t.Errorf("output holds the control character %q:\n%q", bad, stdout+stderr)
	}
	if tc.kept {
		if after := publishedHash(t, filepath.Join(dir, "public")); after != before {
			t.Errorf("public/ changed: %s before, %s after", before, after)
		}
	}
	if tc.check != nil {
		tc.check(t, dir, stdout, stderr)
	}
}

// controlChar is any control or bidi character but a new line.
var controlChar = regexp.MustCompile("[\x00-\x09\x0b-\x1f\x7f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f]")

// runBoundedGone runs the binary in the folder dir after removing it, as
// a shell left in a deleted folder does.
func runBoundedGone(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	shell := fmt.Sprintf(`cd %q && rmdir %q && exec %q "$@"`, dir, dir, binary)
	ctx, cancel := context.WithTimeout(context.Background(), hangBound)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", append([]string{"-c", shell, "werkboek"}, args...)...)
	return runCmd(t, cmd)
}

// publishedHash is one hash of every file's path, mode and bytes under dir
// (through a symbolic link dir); unlike treeHash it reads no FIFO and
// counts modes.
func publishedHash(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return "none"
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		rel, _ := filepath.Rel(root, p)
		fmt.Fprintf(h, "%s %v\n", rel, info.Mode())
		if d.Type().IsRegular() {
			b, _ := os.ReadFile(p)
			h.Write(b)
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// checkModes: every folder and file of public/ has the mode the umask
// gives, and another user (nobody) can read a page where runuser exists.
func checkModes(t *testing.T, dir, _, _ string) {
	old := syscall.Umask(0o022)
	syscall.Umask(old)
	wantDir, wantFile := fs.FileMode(0o777&^old), fs.FileMode(0o666&^old)
	filepath.WalkDir(filepath.Join(dir, "public"), func(p string, d fs.DirEntry, err error) error {
		info, _ := d.Info()
		switch {
		case d.IsDir() && info.Mode().Perm() != wantDir:
			t.Errorf("%s has mode %v, want %v", p, info.Mode().Perm(), wantDir)
		case !d.IsDir() && info.Mode().Perm() != wantFile:
			t.Errorf("%s has mode %v, want %v", p, info.Mode().Perm(), wantFile)
		}
		return nil
	})
	if _, err := exec.LookPath("runuser"); err != nil || os.Getuid() != 0 {
		t.Log("not root or no runuser: modes checked, no read as another user")
		return
	}
	out, err := exec.Command("runuser", "-u", "nobody", "--", "cat", filepath.Join(dir, "public", "index.html")).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "<html") {
		t.Errorf("nobody cannot read public/index.html: %v %s", err, out)
	}
}
