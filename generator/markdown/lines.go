package markdown

import "bytes"

func LineStart(b []byte, i int) int {
	return bytes.LastIndexByte(b[:i], '\n') + 1
}

func LineEnd(b []byte, i int) int {
	if j := bytes.IndexByte(b[i:], '\n'); j >= 0 {
		return i + j + 1
	}
	return len(b)
}
