// Package syserr says in Dutch what went wrong when the operating system
// refused something: Go's own messages ("no such file or directory") must
// never reach an editor.
package syserr

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os/exec"
	"syscall"
)

// reasons are the Dutch descriptions of the system errors an editor can
// meet: a file that is not there, a folder that may not be written, a
// full disk.
var reasons = map[syscall.Errno]string{
	syscall.ENOENT:        "bestaat niet",
	syscall.EACCES:        "geen toegang (controleer de rechten)",
	syscall.EPERM:         "dit is niet toegestaan (controleer de rechten)",
	syscall.ENAMETOOLONG:  "de naam is te lang",
	syscall.ENOSPC:        "de schijf is vol",
	syscall.EROFS:         "de schijf is alleen-lezen",
	syscall.ENOTDIR:       "een deel van het pad is geen map",
	syscall.EISDIR:        "dit is een map, geen bestand",
	syscall.EEXIST:        "bestaat al",
	syscall.ENOTEMPTY:     "de map is niet leeg",
	syscall.EXDEV:         "ligt op een andere schijf",
	syscall.ELOOP:         "te veel snelkoppelingen (symlinks) achter elkaar",
	syscall.EMFILE:        "te veel open bestanden; sluit andere programma's en probeer het opnieuw",
	syscall.EBUSY:         "is in gebruik door een ander programma",
	syscall.EIO:           "lees- of schrijffout van de schijf",
	syscall.EADDRINUSE:    "de poort is al in gebruik",
	syscall.EADDRNOTAVAIL: "dit adres hoort niet bij deze computer",
	syscall.ECONNREFUSED:  "de verbinding wordt geweigerd",
	syscall.EDQUOT:        "uw schijfruimte is op",
	syscall.ETXTBSY:       "het bestand is in gebruik",
	syscall.EINVAL:        "ongeldige waarde voor het systeem",
	syscall.ENOEXEC:       "dit is geen programma dat deze computer kan starten",
}

// Wrap returns an error that says what could not be done and, in Dutch,
// why: "kan de map x niet maken: de schijf is vol". It unwraps to err.
func Wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	return &wrapped{what, err}
}

type wrapped struct {
	what string
	err  error
}

func (w *wrapped) Error() string { return w.what + ": " + Dutch(w.err) }
func (w *wrapped) Unwrap() error { return w.err }

// Dutch describes err in Dutch, without the path Go puts in front (the
// caller names the file itself). A system error without a description is
// given by its number, never in English.
func Dutch(err error) string {
	if err == nil {
		return ""
	}
	var w *wrapped
	if errors.As(err, &w) {
		return w.Error()
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		if r, ok := reasons[errno]; ok {
			return r
		}
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "dit duurde te lang"
	case errors.Is(err, context.Canceled):
		return "afgebroken"
	case errors.Is(err, exec.ErrNotFound):
		return "het programma is niet gevonden"
	case errors.Is(err, fs.ErrNotExist):
		return reasons[syscall.ENOENT]
	case errors.Is(err, fs.ErrPermission):
		return reasons[syscall.EACCES]
	case errors.Is(err, fs.ErrExist):
		return reasons[syscall.EEXIST]
	case errors.Is(err, fs.ErrInvalid):
		return "ongeldige bestandsnaam"
	}
	if errno != 0 {
		// Windows numbers its errors differently (ERROR_FILE_NOT_FOUND
		// is 2); the checks above catch those that map to fs errors.
		return fmt.Sprintf("systeemfout nummer %d", int(errno))
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return Dutch(pe.Err)
	}
	if s, ok := netReason(err); ok {
		return s
	}
	return err.Error()
}

// addrInUse are the numbers by which systems say a port is taken.
var addrInUse = map[syscall.Errno]bool{syscall.EADDRINUSE: true}

// AddrInUse reports whether err says a port is taken already, on any
// system.
func AddrInUse(err error) bool {
	var errno syscall.Errno
	return errors.As(err, &errno) && addrInUse[errno]
}
