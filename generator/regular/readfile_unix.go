//go:build unix

package regular

import "syscall"

// readPlain reads the regular file at name with plain system calls: open,
// fstat, read until the end, close. os.Open costs a few more per file
// (it offers the file to the network poller, which refuses it), which
// for ten thousand cards adds up. ok is false when the file is not a
// regular file or anything went wrong: the caller then takes the way
// through os, which says what is the matter.
func readPlain(name string) (data []byte, ok bool) {
	fd, err := openRetry(name)
	if err != nil {
		return nil, false
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil || uint32(st.Mode)&syscall.S_IFMT != syscall.S_IFREG {
		return nil, false
	}
	data = make([]byte, 0, st.Size+1) // one more: the read that finds the end
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := syscall.Read(fd, data[len(data):cap(data)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, false
		}
		if n == 0 {
			return data, true
		}
		data = data[:len(data)+n]
	}
}

func openRetry(name string) (int, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}
