package storage

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"regionplan/planmodel"
)

// treePages returns the pages of the named top-level bucket's tree in a
// sound file's bytes, leaves and branches, by reading the file as bbolt
// lays it out.
func treePages(t *testing.T, data []byte, bucket string) (leaves []uint64) {
	t.Helper()
	f := pageFile{r: bytes.NewReader(data), size: int64(len(data)), pageSize: 4096}
	m := readMeta(data)
	meta := data[pageHeaderSize:]
	if !m.valid {
		t.Fatal("the sound file has no valid first header")
	}
	root, _ := f.read(le.Uint64(meta[16:]))
	elems, _, err := root.leaves()
	if err != nil {
		t.Fatal(err)
	}
	var walk func(id uint64)
	walk = func(id uint64) {
		p, err := f.read(id)
		if err != nil {
			t.Fatal(err)
		}
		if p.flags == flagLeaf {
			leaves = append(leaves, id)
			return
		}
		children, _, _ := p.branches()
		for _, c := range children {
			walk(c)
		}
	}
	for _, e := range elems {
		if string(e.key) == bucket {
			walk(le.Uint64(e.value))
		}
	}
	if len(leaves) == 0 {
		t.Fatalf("no leaf pages of bucket %s", bucket)
	}
	return leaves
}

// overflowFlipped returns the sound file with one byte of the overflow count
// in the header of its page id changed.
func overflowFlipped(data []byte, id uint64, byteIndex int, mask byte) []byte {
	d := append([]byte(nil), data...)
	d[int(id)*4096+12+byteIndex] ^= mask
	return d
}

// Defect 1 of issue 17: one flipped byte in the overflow count of a plans
// leaf page passed the check; the next writes froze the process and left
// the acknowledged plans unreadable. Now the file is found damaged at open,
// before anything is written, every plan can still be read, and no write
// hangs.
func TestFlippedOverflowCountIsFoundBeforeAWrite(t *testing.T) {
	good, want := goodFile(t)
	leaves := treePages(t, good, "plans")
	for _, id := range leaves {
		for _, flip := range []struct {
			at   int
			mask byte
		}{{0, 0x01}, {0, 0x5a}, {1, 0x01}} {
			data := overflowFlipped(good, id, flip.at, flip.mask)
			path := filepath.Join(t.TempDir(), FileName)
			os.WriteFile(path, data, 0o600)
			if err := Verify(path); !errors.Is(err, ErrDamaged) {
				t.Errorf("page %d overflow byte %d ^%#x: check says %v", id, flip.at, flip.mask, err)
			}
			s, err := Open(path)
			if err != nil {
				if !errors.Is(err, ErrDamaged) {
					t.Errorf("page %d: Open: %v", id, err)
				}
				continue
			}
			done := make(chan error, 1)
			go func() {
				for range 2 {
					p := planmodel.New("ny", now)
					if err := s.Import(p, now); err != nil {
						done <- err
						return
					}
				}
				done <- nil
			}()
			select {
			case err := <-done:
				if !errors.Is(err, ErrDamaged) {
					t.Errorf("page %d: an import into the damaged file gave %v", id, err)
				}
			case <-time.After(time.Minute):
				t.Fatalf("page %d: an import into the damaged file hangs", id)
			}
			list, _ := s.List()
			if len(list) != len(want) {
				t.Errorf("page %d: %d plans readable, want %d", id, len(list), len(want))
			}
			s.Close()
			if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
				t.Errorf("page %d: the damaged file was written to", id)
			}
			if b, _ := ListBackups(path); len(b) > 0 {
				t.Errorf("page %d: a backup was taken of a damaged file", id)
			}
		}
	}
}

// A page whose content fills its pages to the last byte has the overflow
// count bbolt gives it (pages rounded up, less one), not one more: a record
// of the right length made a sound file look broken.
func TestContentFillingItsPagesExactly(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	key := []byte("x")
	value := bytes.Repeat([]byte{'v'}, 2*4096-pageHeaderSize-elementSize-len(key)) // the leaf is two pages exactly
	if err := s.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketSnapshots).Put(key, value) }); err != nil {
		t.Fatal(err)
	}
	if problems, _ := s.checkStructure(); len(problems) > 0 {
		t.Errorf("a sound file: %v", problems)
	}
	s.Close()
}
