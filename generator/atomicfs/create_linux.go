package atomicfs

import (
	"errors"
	"io"
	"io/fs"

	"golang.org/x/sys/unix"
)

// Create creates a file of a new site for writing with one system
// call and writes to it directly: an output file is written once, in
// full, so the runtime's poller (which os.File registers every file
// with, at the price of several system calls) has nothing to do.
func Create(path string) (io.WriteCloser, error) {
	fd, err := unix.Open(path, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC|unix.O_CLOEXEC, 0o666)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	return &fdFile{fd: fd, path: path}, nil
}

type fdFile struct {
	fd   int
	path string
}

func (f *fdFile) Write(p []byte) (int, error) {
	done := 0
	for done < len(p) {
		n, err := unix.Write(f.fd, p[done:])
		if errors.Is(err, unix.EINTR) {
			continue
		}
		if err != nil {
			return done, &fs.PathError{Op: "write", Path: f.path, Err: err}
		}
		done += n
	}
	return done, nil
}

func (f *fdFile) Close() error {
	if err := unix.Close(f.fd); err != nil {
		return &fs.PathError{Op: "close", Path: f.path, Err: err}
	}
	return nil
}
