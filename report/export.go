package report

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strings"

	"regionplan/internal/outfile"
	"regionplan/report/docx"
	"regionplan/report/layout"
)

// Documents are the documents of one export, in order, each made only when
// it is needed, so that an export holds no more of them than it makes at
// once.
type Documents []Document

// Document is one document of an export: whose it is, its file name, and
// its layout, made when the document is (or the document already made).
type Document struct {
	municipality, fileName string
	layout                 func() (*layout.Document, error)
	made                   *Draft
}

// Both is every format: PDF/A and DOCX.
var Both = []Format{PDF, DOCX}

// document is the document of the given layout, for Documents.
func document(makeLayout func() (*layout.Document, error), municipality, fileName string) Document {
	return Document{municipality: municipality, fileName: fileName, layout: makeLayout}
}

// Made is the documents of docs, already made, as Documents.
func Made(docs []Draft) Documents {
	out := make(Documents, len(docs))
	for i := range docs {
		out[i] = Document{made: &docs[i]}
	}
	return out
}

// makeAll makes documents in the given formats. Their PDFs are written
// through one document of the PDF library for each run of one orientation
// (see renderAll), their DOCX files one by one.
func makeAll(ds []Document, formats []Format) ([]Draft, error) {
	out := make([]Draft, len(ds))
	var ls []*layout.Document
	var at []int // where each of ls goes in out
	for i, d := range ds {
		if d.made != nil {
			out[i] = *d.made
			continue
		}
		out[i] = Draft{Municipality: d.municipality, FileName: d.fileName}
		l, err := d.layout()
		if err == nil && slices.Contains(formats, DOCX) {
			out[i].DOCX, err = docx.Write(l)
		}
		if err != nil {
			if d.municipality != "" {
				return nil, fmt.Errorf("the document for %s: %w", d.municipality, err)
			}
			return nil, err
		}
		if slices.Contains(formats, PDF) {
			ls, at = append(ls, l), append(at, i)
		}
	}
	for start := 0; start < len(ls); {
		end := start + 1
		for end < len(ls) && ls[end].Landscape == ls[start].Landscape {
			end++
		}
		pdfs, err := renderAll(ls[start:end], documentRunes(ls[start:end]...))
		if err != nil {
			return nil, err
		}
		for j, pdf := range pdfs {
			out[at[start+j]].PDF = pdf
		}
		start = end
	}
	return out, nil
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

// made is a run of documents made, or why they could not be.
type made struct {
	ds  []Draft
	err error
}

// each makes the documents in batches, as many batches at once as workers
// allows, and hands each document to use in order on the calling
// goroutine. A batch is written together (see renderAll) to share the
// font's cost; there are twice as many batches as workers, so that both
// processors work to the end and progress moves. It stops at the first
// error, from making or from use, or when ctx is cancelled, and waits for
// the documents being made to finish before it returns.
func (ds Documents) each(ctx context.Context, formats []Format, use func(i int, d Draft) error) error {
	n := workers()
	batch := min(len(pageCounts), max(1, (len(ds)+2*n-1)/(2*n)))
	var runs [][]Document
	for from := 0; from < len(ds); from += batch {
		runs = append(runs, ds[from:min(from+batch, len(ds))])
	}
	results := make([]chan made, len(runs))
	for i := range results {
		results[i] = make(chan made, 1)
	}
	stop := make(chan struct{})
	finished := make(chan struct{})
	go func() { // starts the makers, no more at once than workers
		defer close(finished)
		sem := make(chan struct{}, n)
		defer func() { // wait for those started
			for range cap(sem) {
				sem <- struct{}{}
			}
		}()
		for i, run := range runs {
			select {
			case sem <- struct{}{}:
			case <-stop:
				return
			}
			go func() {
				d, err := makeAll(run, formats)
				results[i] <- made{d, err}
				<-sem
			}()
		}
	}()
	defer func() { close(stop); <-finished }()
	for i := range runs {
		var r made
		select {
		case r = <-results[i]:
		case <-ctx.Done():
			return outfile.ErrCancelled
		}
		if r.err != nil {
			return r.err
		}
		for k, d := range r.ds {
			if err := use(i*batch+k, d); err != nil {
				return err
			}
		}
	}
	return nil
}

// batchMemory is what making the largest batch of documents allocates, in
// bytes: six drafts of the large plan as PDF/A and DOCX allocate about
// 48 MB (8 MB each, see docs/performance.md), most of it short-lived
// buffers of the PDF library, so a batch being made never holds more.
const batchMemory = 48 << 20

// workers is how many batches of documents are made at once: one per
// processor, and fewer when the memory left under the program's soft limit
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
	return max(1, min(n, int((limit-used)/batchMemory)))
}
