package main

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// started is a werkboek process whose output lines arrive on a channel.
type started struct {
	cmd   *exec.Cmd
	lines chan string
}

func startBinary(t *testing.T, args ...string) *started {
	t.Helper()
	return startBinaryIn(t, "../..", args...)
}

// startBinaryIn starts the binary in the folder dir.
func startBinaryIn(t *testing.T, dir string, args ...string) *started {
	t.Helper()
	return startProgram(t, dir, binary, args...)
}

// startProgram starts a program (the binary, or a shell that runs it)
// in the folder dir.
func startProgram(t *testing.T, dir, program string, args ...string) *started {
	t.Helper()
	cmd := exec.Command(program, args...)
	cmd.Dir = dir
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &started{cmd: cmd, lines: make(chan string, 100)}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			s.lines <- sc.Text()
		}
		close(s.lines)
	}()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return s
}

// waitLine waits for an output line containing want.
func (s *started) waitLine(t *testing.T, want string) string {
	t.Helper()
	timeout := time.After(20 * time.Second)
	for {
		select {
		case line, ok := <-s.lines:
			if !ok {
				t.Fatalf("process ended before printing %q", want)
			}
			if strings.Contains(line, want) {
				return line
			}
		case <-timeout:
			t.Fatalf("no line with %q within 20 s", want)
		}
	}
}

// stop sends SIGTERM and returns the exit code.
func (s *started) stop(t *testing.T) int {
	t.Helper()
	s.cmd.Process.Signal(syscall.SIGTERM)
	for range s.lines {
	}
	err := s.cmd.Wait()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return 0
}

func TestServeAndStop(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	s := startBinary(t, "serve", "--addr", addr)
	s.waitLine(t, "werkboek serve: http://"+addr)
	resp, err := http.Get("http://" + addr + "/prioriteiten/jeugd-en-onderwijs/spoenk/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Spoenk") {
		t.Errorf("card page: %d", resp.StatusCode)
	}
	if code := s.stop(t); code != 0 {
		t.Errorf("serve stopped with exit %d after SIGTERM", code)
	}
}

func TestServePortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, _, stderr := werkboek(t, "serve", "--addr", ln.Addr().String())
	if code != 2 || !strings.Contains(stderr, "is al in gebruik") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}

func TestWatchWritesChanges(t *testing.T) {
	_, src, out, s := startWatch(t)
	page := filepath.Join(out, "prioriteiten", "jeugd-en-onderwijs", "spoenk", "index.html")
	other := filepath.Join(out, "prioriteiten", "persoonlijke-ontwikkeling", "leesbevordering", "index.html")
	before, err := os.Stat(other)
	if err != nil {
		t.Fatal(err)
	}
	card := filepath.Join(src, "prioriteiten", "1-jeugd-en-onderwijs", "1-spoenk.md")
	data, _ := os.ReadFile(card)
	os.WriteFile(card, []byte(strings.Replace(string(data), "Jeugd tot achttien jaar.", "Jeugd tot achttien jaar: bewerkt.", 1)), 0o644)
	s.waitLine(t, "bijgewerkt")
	if b, _ := os.ReadFile(page); !strings.Contains(string(b), "bewerkt.") {
		t.Error("watch did not rewrite the edited card's page")
	}
	if after, _ := os.Stat(other); !after.ModTime().Equal(before.ModTime()) {
		t.Error("watch rewrote an unchanged page")
	}
	if code := s.stop(t); code != 0 {
		t.Errorf("watch stopped with exit %d after SIGTERM", code)
	}
}

func TestServeWarnsForAllInterfaces(t *testing.T) {
	s := startBinary(t, "serve", "--addr", "0.0.0.0:0")
	s.waitLine(t, "bereikbaar voor iedereen in het netwerk")
	s.waitLine(t, "werkboek serve: http://")
	if code := s.stop(t); code != 0 {
		t.Errorf("exit %d", code)
	}
}
