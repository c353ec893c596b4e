//go:build !linux

package main

import (
	"errors"
	"os"
)

// maxRSS is not measured on this system.
func maxRSS(*os.ProcessState) int64 { return 0 }

func mkfifo(string) error { return errors.New("FIFOs are made on Linux only in this test") }
