package report

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"

	"regionplan/internal/outfile"
	"regionplan/report/layout"
)

// Documents are the documents of one export, in order, each made only when
// it is needed, so that an export holds no more of them than it makes at
// once.
type Documents []func(formats []Format) (Draft, error)

// Both is every format: PDF/A and DOCX.
var Both = []Format{PDF, DOCX}

// document is the maker of one document from its layout, for Documents.
func document(makeLayout func() (*layout.Document, error), municipality, fileName string) func([]Format) (Draft, error) {
	return func(formats []Format) (Draft, error) {
		l, err := makeLayout()
		var d Draft
		if err == nil {
			d, err = renderAs(l, municipality, fileName, formats)
		}
		if err != nil && municipality != "" {
			return Draft{}, fmt.Errorf("the document for %s: %w", municipality, err)
		}
		return d, err
	}
}

// Made is the documents of docs, already made, as Documents.
func Made(docs []Draft) Documents {
	out := make(Documents, len(docs))
	for i, d := range docs {
		out[i] = func([]Format) (Draft, error) { return d, nil }
	}
	return out
}

// Make makes every document in the given formats, several at a time, and
// returns them in order.
func (ds Documents) Make(formats []Format) ([]Draft, error) {
	out := make([]Draft, 0, len(ds))
	err := ds.each(context.Background(), formats, func(_ int, d Draft) error {
		out = append(out, d)
		return nil
	})
	return out, err
}

// Write makes the documents in the given formats and writes each into dir,
// made if missing, as soon as it is made, all or none (see outfile.Export),
// under names made unique within the export, and returns the paths written.
// progress, when not nil, is called after each document is written, in
// order, with the number done and the number in all. When ctx is cancelled
// the export stops, removes what it had written and returns an error
// matching outfile.ErrCancelled.
func (ds Documents) Write(ctx context.Context, dir string, formats []Format, progress func(done, total int)) ([]string, error) {
	ex, err := outfile.Begin(ctx, dir)
	if err != nil {
		return nil, err
	}
	defer ex.Abort()
	err = ds.each(ctx, formats, func(i int, dr Draft) error {
		base := strings.TrimSuffix(dr.FileName, filepath.Ext(dr.FileName))
		for _, f := range []struct {
			ext  string
			data []byte
		}{{".pdf", dr.PDF}, {".docx", dr.DOCX}} {
			if f.data == nil {
				continue
			}
			if _, err := ex.Add(base, f.ext, f.data); err != nil {
				return err
			}
		}
		if progress != nil {
			progress(i+1, len(ds))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ex.Commit()
}

// made is one document made, or why it could not be.
type made struct {
	d   Draft
	err error
}

// each makes the documents, as many at a time as workers allows, and hands
// each to use in order on the calling goroutine. It stops at the first
// error, from making or from use, or when ctx is cancelled, and waits for
// the documents being made to finish before it returns.
func (ds Documents) each(ctx context.Context, formats []Format, use func(i int, d Draft) error) error {
	results := make([]chan made, len(ds))
	for i := range results {
		results[i] = make(chan made, 1)
	}
	stop := make(chan struct{})
	finished := make(chan struct{})
	go func() { // starts the makers, no more at once than workers
		defer close(finished)
		sem := make(chan struct{}, workers())
		for i, mk := range ds {
			select {
			case sem <- struct{}{}:
			case <-stop:
				for range cap(sem) { // wait for those started
					sem <- struct{}{}
				}
				return
			}
			go func() {
				d, err := mk(formats)
				results[i] <- made{d, err}
				<-sem
			}()
		}
		for range cap(sem) {
			sem <- struct{}{}
		}
	}()
	defer func() { close(stop); <-finished }()
	for i := range ds {
		var r made
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			return outfile.ErrCancelled
		}
		if r.err != nil {
			return r.err
		}
		if err := use(i, r.d); err != nil {
			return err
		}
	}
	return nil
}

// docMemory is what making one document allocates, in bytes: a draft of
// the large plan as PDF/A and DOCX allocates 16.8 MB (see
// docs/performance.md), most of it short-lived buffers of the PDF library,
// so a document being made never holds more.
const docMemory = 17 << 20

// workers is how many documents are made at once: one per processor, and
// fewer when the memory left under the program's soft limit
// (debug.SetMemoryLimit) would not hold them.
func workers() int {
	n := runtime.GOMAXPROCS(0)
	limit := debug.SetMemoryLimit(-1)
	if limit == math.MaxInt64 {
		return n
	}
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	used := int64(s[0].Value.Uint64() - s[1].Value.Uint64())
	return max(1, min(n, int((limit-used)/docMemory)))
}
