package photo

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sync"

	"github.com/probiblio/werkboek/generator/atomicfs"
)

// version names how copies are made (widths, resampler, quality): a
// change makes every cached copy anew.
const version = "1"

// Cache keeps the copies of photos by the photo's content, so a photo
// that did not change costs a rebuild one read and one SHA-256 of its
// bytes: in memory for the rebuilds of watch and serve, and, when Dir is
// set, in a folder for the next werkboek build.
type Cache struct {
	Dir  string // folder for copies between runs; "" keeps them in memory only
	mu   sync.Mutex
	mem  map[string][][]byte
	used map[string]bool
}

// Copies returns the encoded copies of the photo data (see Make), from
// the cache when they were made before.
func (c *Cache) Copies(data []byte, ext string, copies []Copy) ([][]byte, error) {
	sum := sha256.Sum256(data)
	key := version + "-" + hex.EncodeToString(sum[:])
	for _, cp := range copies {
		key += fmt.Sprintf("-%dx%d", cp.Width, cp.Height)
	}
	c.mu.Lock()
	out, ok := c.mem[key]
	if c.mem == nil {
		c.mem = map[string][][]byte{}
	}
	if c.used == nil {
		c.used = map[string]bool{}
	}
	c.used[key] = true
	c.mu.Unlock()
	if ok {
		return out, nil
	}
	if out = c.read(sum[:], ext, copies); out == nil {
		var err error
		if out, err = Make(data, copies); err != nil {
			return nil, err
		}
		c.write(sum[:], ext, copies, out)
	}
	c.mu.Lock()
	c.mem[key] = out
	c.mu.Unlock()
	return out, nil
}

// Prune forgets the copies of photos not asked for since the last Prune.
func (c *Cache) Prune() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for key := range c.mem {
		if !c.used[key] {
			delete(c.mem, key)
		}
	}
	c.used = map[string]bool{}
}

// file is where a copy is kept in Dir.
func (c *Cache) file(sum []byte, ext string, cp Copy) string {
	return filepath.Join(c.Dir, "v"+version, fmt.Sprintf("%x-%dx%d%s", sum, cp.Width, cp.Height, path.Ext("x"+ext)))
}

// read returns the copies kept in Dir, or nil when one is missing.
func (c *Cache) read(sum []byte, ext string, copies []Copy) [][]byte {
	if c.Dir == "" {
		return nil
	}
	out := make([][]byte, len(copies))
	for i, cp := range copies {
		b, err := os.ReadFile(c.file(sum, ext, cp))
		if err != nil || len(b) == 0 {
			return nil
		}
		out[i] = b
	}
	return out
}

// write keeps copies in Dir. A cache that cannot be written only costs
// time: the error is dropped.
func (c *Cache) write(sum []byte, ext string, copies []Copy, data [][]byte) {
	if c.Dir == "" {
		return
	}
	if err := os.MkdirAll(filepath.Join(c.Dir, "v"+version), 0o755); err != nil {
		return
	}
	for i, cp := range copies {
		atomicfs.ReplaceFile(c.file(sum, ext, cp), data[i])
	}
}
