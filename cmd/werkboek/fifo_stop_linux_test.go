package main

import (
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/probiblio/werkboek/generator/testsite"
)

// TestServeAndWatchStopWithAFIFO: a FIFO put in content/ as a card while
// serve or watch runs is refused by name, later edits are still built,
// and Ctrl+C (SIGINT) ends the process within 2 s.
func TestServeAndWatchStopWithAFIFO(t *testing.T) {
	for _, command := range []string{"serve", "watch"} {
		t.Run(command, func(t *testing.T) {
			dir := t.TempDir()
			testsite.CopyTree(t, testsite.Path("content"), filepath.Join(dir, "content"))
			args := []string{command}
			ready := "werkboek watch: volgt"
			if command == "serve" {
				ln, _ := net.Listen("tcp", "127.0.0.1:0")
				addr := ln.Addr().String()
				ln.Close()
				args = append(args, "--addr", addr)
				ready = "werkboek serve: http://" + addr
			}
			s := startBinaryIn(t, dir, args...)
			s.waitLine(t, ready)
			fifo(t, filepath.Join(dir, firstPriority, "9-fifo.md"))
			s.waitLine(t, "FIFO (named pipe)")
			card := filepath.Join(dir, firstPriority, "1-spoenk.md")
			b, _ := os.ReadFile(card)
			os.WriteFile(card, append(b, "\nNog een regel.\n"...), 0o644)
			os.Remove(filepath.Join(dir, firstPriority, "9-fifo.md"))
			s.waitLine(t, "bijgewerkt")
			s.cmd.Process.Signal(syscall.SIGINT)
			ended := make(chan error, 1)
			go func() {
				for range s.lines {
				}
				ended <- s.cmd.Wait()
			}()
			select {
			case <-ended:
			case <-time.After(2 * time.Second):
				t.Fatalf("werkboek %s still runs 2 s after Ctrl+C", command)
			}
		})
	}
}
