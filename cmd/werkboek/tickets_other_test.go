//go:build !linux

package main

import (
	"errors"
	"os"
	"os/exec"
	"runtime"
)

// maxRSS is not measured on this system.
func maxRSS(*os.ProcessState) int64 { return 0 }

func mkfifo(string) error { return errors.New("FIFOs are made on Linux only in this test") }

// unprivileged reports whether the permissions of a folder stop cmd: not
// for root, and a read-only folder on Windows still takes new files.
func unprivileged(*exec.Cmd) bool { return runtime.GOOS != "windows" && os.Geteuid() != 0 }
