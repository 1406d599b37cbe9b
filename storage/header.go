package storage

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

const boltMagic = 0xED0CDAED

// meta is what checkHeader reads of one of bbolt's two meta pages.
type meta struct {
	valid    bool
	pageSize uint32
	pgid     uint64 // pages in use: the file must be at least pgid × pageSize bytes
	txid     uint64
}

// readMeta decodes the meta page that starts at off in head. The layout is
// bbolt's: a 16-byte page header, then magic, version, page size, flags, the
// root bucket (16 bytes), the freelist page, the high-water page, the
// transaction ID and an FNV-64a checksum of the fields before it.
func readMeta(page []byte) meta {
	const h = 16
	if len(page) < h+64 {
		return meta{}
	}
	m := page[h : h+64]
	le := binary.LittleEndian
	sum := fnv.New64a()
	sum.Write(m[:56])
	if le.Uint32(m[0:]) != boltMagic || le.Uint32(m[4:]) != 2 || sum.Sum64() != le.Uint64(m[56:]) {
		return meta{}
	}
	return meta{valid: true, pageSize: le.Uint32(m[8:]), pgid: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}
}

// headerPageSize returns the page size the file's first page gives, or,
// when that page is not bbolt's, the usual one if the second header is
// there at it; otherwise the file is something else (ErrForeign).
func headerPageSize(f *os.File, head []byte, first meta) (int64, error) {
	switch {
	case first.valid:
		return int64(first.pageSize), nil
	case len(head) >= 28 && binary.LittleEndian.Uint32(head[16:]) == boltMagic:
		return int64(binary.LittleEndian.Uint32(head[24:])), nil
	}
	// A damaged plan file that bbolt can still open from its second header?
	pageSize := int64(os.Getpagesize())
	page := make([]byte, 96)
	if _, err := f.ReadAt(page, pageSize); err != nil || !readMeta(page).valid {
		return 0, ErrForeign
	}
	return pageSize, nil
}

// checkHeader looks at the file before bbolt does, since bbolt opens a
// 0-byte file silently as a new database and may crash on a truncated one:
// it must start with a valid bbolt meta page and be as long as the newest
// valid meta page says.
func checkHeader(path string, size int64) error {
	if size == 0 {
		return fmt.Errorf("%s is empty (0 bytes): %w", path, ErrDamaged)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 96)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	first := readMeta(head)
	pageSize, err := headerPageSize(f, head, first)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if pageSize < 512 || pageSize > 1<<16 {
		return fmt.Errorf("%s has a broken header: %w", path, ErrDamaged)
	}
	second := meta{}
	if size >= 2*pageSize {
		page := make([]byte, 96)
		if _, err := f.ReadAt(page, pageSize); err == nil {
			second = readMeta(page)
		}
	}
	best := first
	if !best.valid || (second.valid && second.txid > best.txid) {
		best = second
	}
	if !best.valid {
		return fmt.Errorf("%s has no readable header: %w", path, ErrDamaged)
	}
	if want := int64(best.pgid) * pageSize; size < want {
		return fmt.Errorf("%s is %d bytes but its header says %d; it was cut short: %w", path, size, want, ErrDamaged)
	}
	return nil
}
