package main

import (
	"os"
	"os/exec"
	"syscall"
)

// maxRSS is the peak resident memory of a finished process, in bytes.
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024 // Linux counts kilobytes
	}
	return 0
}

func mkfifo(name string) error { return syscall.Mkfifo(name, 0o644) }

// unprivileged makes cmd run as nobody when the test runs as root, whom
// the permissions of a folder do not stop, and reports whether they stop
// the process.
func unprivileged(cmd *exec.Cmd) bool {
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	return true
}
