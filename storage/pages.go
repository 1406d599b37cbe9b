package storage

import (
	"encoding/binary"
	"fmt"
	"io"
)

// bbolt's on-disk layout, as far as the page walk needs it.
const (
	pageHeaderSize  = 16
	elementSize     = 16 // a branch or leaf element
	bucketHeader    = 16 // root page and sequence
	flagBranch      = 0x01
	flagLeaf        = 0x02
	flagMeta        = 0x04
	flagFreelist    = 0x10
	leafBucketFlag  = 0x01
	maxTreeDepth    = 64
	freelistOverlap = 0xFFFF
)

var le = binary.LittleEndian

// rawPage is one page read from the file with its overflow pages.
type rawPage struct {
	id       uint64
	flags    uint16
	count    int
	overflow uint32
	data     []byte // the page and its overflow pages, as far as the file holds them
}

// pageFile reads pages straight from the file, apart from bbolt, so that a
// page whose header lies can be seen to lie.
type pageFile struct {
	r        io.ReaderAt
	size     int64
	pageSize int
}

// read returns page id with as many overflow pages as its header claims,
// cut at the end of the file.
func (f pageFile) read(id uint64) (rawPage, error) {
	off := int64(id) * int64(f.pageSize)
	if id >= uint64(f.size)/uint64(f.pageSize) {
		return rawPage{}, fmt.Errorf("page %d lies beyond the end of the file", id)
	}
	head := make([]byte, pageHeaderSize)
	if _, err := f.r.ReadAt(head, off); err != nil {
		return rawPage{}, fmt.Errorf("page %d cannot be read: %w", id, err)
	}
	p := rawPage{id: le.Uint64(head), flags: le.Uint16(head[8:]), count: int(le.Uint16(head[10:])), overflow: le.Uint32(head[12:])}
	n := (int64(p.overflow) + 1) * int64(f.pageSize)
	if n > f.size-off {
		n = f.size - off
	}
	p.data = make([]byte, n)
	if _, err := f.r.ReadAt(p.data, off); err != nil && err != io.EOF {
		return rawPage{}, fmt.Errorf("page %d cannot be read: %w", id, err)
	}
	return p, nil
}

// leafElement is one key and value of a leaf page.
type leafElement struct {
	bucket     bool
	key, value []byte
}

// elements returns the offsets of the page's element headers, refusing a
// count that does not fit in the page.
func (p rawPage) elements() ([]int, error) {
	if pageHeaderSize+p.count*elementSize > len(p.data) {
		return nil, fmt.Errorf("page %d: %d elements do not fit in it", p.id, p.count)
	}
	at := make([]int, p.count)
	for i := range at {
		at[i] = pageHeaderSize + i*elementSize
	}
	return at, nil
}

// span checks that n bytes from start lie inside the page and returns
// where they end.
func (p rawPage) span(i, start, n int) (int, error) {
	if start < 0 || n < 0 || start+n > len(p.data) || start+n < start {
		return 0, fmt.Errorf("page %d: element %d points outside the page", p.id, i)
	}
	return start + n, nil
}

// leaves decodes the keys and values of a leaf page and returns where its
// content ends.
func (p rawPage) leaves() ([]leafElement, int, error) {
	at, err := p.elements()
	if err != nil {
		return nil, 0, err
	}
	out := make([]leafElement, len(at))
	end := pageHeaderSize + len(at)*elementSize
	for i, a := range at {
		e := p.data[a : a+elementSize]
		start, ks := a+int(le.Uint32(e[4:])), int(le.Uint32(e[8:]))
		stop, err := p.span(i, start, ks+int(le.Uint32(e[12:])))
		if err != nil || ks > stop-start {
			return nil, 0, fmt.Errorf("page %d: element %d points outside the page", p.id, i)
		}
		out[i] = leafElement{bucket: le.Uint32(e)&leafBucketFlag != 0, key: p.data[start : start+ks], value: p.data[start+ks : stop]}
		end = max(end, stop)
	}
	return out, end, nil
}

// branches decodes the children of a branch page and returns where its
// content ends.
func (p rawPage) branches() ([]uint64, int, error) {
	at, err := p.elements()
	if err != nil {
		return nil, 0, err
	}
	out := make([]uint64, len(at))
	end := pageHeaderSize + len(at)*elementSize
	for i, a := range at {
		e := p.data[a : a+elementSize]
		stop, err := p.span(i, a+int(le.Uint32(e)), int(le.Uint32(e[4:])))
		if err != nil {
			return nil, 0, err
		}
		out[i] = le.Uint64(e[8:])
		end = max(end, stop)
	}
	return out, end, nil
}

// pageWalk checks every page the file's tree and freelist rely on, from the
// meta page of the transaction being read: each page is where its parent
// says, of the kind expected, with every element inside it, its overflow
// count what its content needs and within the file's high-water mark, and
// no page used twice or both used and free.
type pageWalk struct {
	f        pageFile
	hwm      uint64
	used     map[uint64]bool
	problems []error
}

func (w *pageWalk) fail(format string, args ...any) {
	w.problems = append(w.problems, fmt.Errorf(format, args...))
}

// claim marks the pages of p as used and checks its overflow count.
func (w *pageWalk) claim(p rawPage, end int, exact bool) bool {
	ps := w.f.pageSize
	if p.id+uint64(p.overflow) >= w.hwm {
		w.fail("page %d claims %d overflow pages, past the end of the data (page %d)", p.id, p.overflow, w.hwm)
		return false
	}
	if end > (int(p.overflow)+1)*ps || (exact && (end+ps-1)/ps-1 != int(p.overflow)) {
		w.fail("page %d claims %d overflow pages, but its content takes %d bytes", p.id, p.overflow, end)
		return false
	}
	for i := uint64(0); i <= uint64(p.overflow); i++ {
		if w.used[p.id+i] {
			w.fail("page %d is used twice", p.id+i)
			return false
		}
		w.used[p.id+i] = true
	}
	return true
}

// tree walks the bucket tree whose root is page id.
func (w *pageWalk) tree(id uint64, depth int) {
	if depth > maxTreeDepth {
		w.fail("page %d: the tree is nested too deep", id)
		return
	}
	p, err := w.f.read(id)
	if err != nil {
		w.problems = append(w.problems, err)
		return
	}
	if p.id != id {
		w.fail("page %d holds page %d", id, p.id)
		return
	}
	switch p.flags {
	case flagBranch:
		children, end, err := p.branches()
		if err != nil {
			w.problems = append(w.problems, err)
			return
		}
		if w.claim(p, end, true) {
			for _, c := range children {
				w.tree(c, depth+1)
			}
		}
	case flagLeaf:
		elems, end, err := p.leaves()
		if err != nil {
			w.problems = append(w.problems, err)
			return
		}
		if w.claim(p, end, true) {
			w.buckets(p.id, elems, depth)
		}
	default:
		w.fail("page %d is of kind %#x where a tree page belongs", id, p.flags)
	}
}

// buckets walks the sub-buckets among a leaf's elements.
func (w *pageWalk) buckets(id uint64, elems []leafElement, depth int) {
	for _, e := range elems {
		if !e.bucket {
			continue
		}
		if len(e.value) < bucketHeader {
			w.fail("page %d: bucket %q has a short header", id, e.key)
			continue
		}
		root := le.Uint64(e.value)
		if root != 0 {
			w.tree(root, depth+1)
			continue
		}
		inline := rawPage{id: id, data: e.value[bucketHeader:]}
		if len(inline.data) < pageHeaderSize || le.Uint16(inline.data[8:]) != flagLeaf {
			w.fail("page %d: bucket %q is broken", id, e.key)
			continue
		}
		inline.count = int(le.Uint16(inline.data[10:]))
		sub, _, err := inline.leaves()
		if err != nil {
			w.problems = append(w.problems, fmt.Errorf("bucket %q: %w", e.key, err))
			continue
		}
		w.buckets(id, sub, depth+1)
	}
}

// freelist checks the freelist page and that every page it lists is a
// page of the file that nothing uses.
func (w *pageWalk) freelist(id uint64) {
	p, err := w.f.read(id)
	if err != nil {
		w.problems = append(w.problems, err)
		return
	}
	if p.id != id || p.flags != flagFreelist {
		w.fail("page %d is not the freelist page the header names", id)
		return
	}
	count, start := p.count, pageHeaderSize
	if count == freelistOverlap && len(p.data) >= pageHeaderSize+8 {
		count, start = int(le.Uint64(p.data[pageHeaderSize:])), pageHeaderSize+8
	}
	end := start + 8*count
	if count < 0 || end > len(p.data) || end < start {
		w.fail("the freelist page %d lists more pages than it holds", id)
		return
	}
	if !w.claim(p, end, false) {
		return
	}
	for i := range count {
		free := le.Uint64(p.data[start+8*i:])
		switch {
		case free < 2 || free >= w.hwm:
			w.fail("the freelist lists page %d, outside the file's pages 2–%d", free, w.hwm-1)
		case w.used[free]:
			w.fail("the freelist lists page %d, which is in use", free)
		default:
			w.used[free] = true
		}
	}
}

// walkPages checks the pages of the file read through r, from the meta page
// of transaction txid, and returns every problem found.
func walkPages(r io.ReaderAt, size int64, pageSize int, txid uint64) []error {
	f := pageFile{r: r, size: size, pageSize: pageSize}
	var m []byte
	for id := uint64(0); id < 2; id++ {
		p, err := f.read(id)
		if err == nil && len(p.data) >= pageHeaderSize+64 && p.flags == flagMeta && readMeta(p.data).txid == txid {
			m = p.data[pageHeaderSize:]
		}
	}
	if m == nil {
		return []error{fmt.Errorf("no header of transaction %d was found", txid)}
	}
	w := &pageWalk{f: f, hwm: le.Uint64(m[40:]), used: map[uint64]bool{0: true, 1: true}}
	if int64(w.hwm)*int64(pageSize) > size {
		return []error{fmt.Errorf("the header counts %d pages, the file holds %d", w.hwm, size/int64(pageSize))}
	}
	w.tree(le.Uint64(m[16:]), 0)
	if fl := le.Uint64(m[32:]); fl != ^uint64(0) {
		w.freelist(fl)
	}
	return w.problems
}
