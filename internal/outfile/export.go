package outfile

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
)

// Export writes the files of one export into a folder all or none: each file
// goes to a temporary file in that folder and is synced; Commit renames them
// all into place, and Abort (or a failed Commit) removes the temporary files
// and leaves any earlier files of the same names as they were. Once its
// context is cancelled, Add and Commit fail, and what was written is removed.
type Export struct {
	ctx     context.Context
	dir     string
	names   Set
	pending []pending
}

type pending struct{ tmp, final string }

// Begin starts an export into dir, making the folder if it is missing; the
// export stops when ctx is cancelled.
func Begin(ctx context.Context, dir string) (*Export, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create the folder %s: %w", dir, err)
	}
	return &Export{ctx: ctx, dir: dir}, nil
}

// ErrCancelled is the error of an export stopped by its context.
var ErrCancelled = errors.New("the export was stopped, and nothing of it was kept")

// cancelled is ErrCancelled once the export's context is done.
func (e *Export) cancelled() error {
	if e.ctx.Err() != nil {
		return ErrCancelled
	}
	return nil
}

// Add writes data as the file named from base and ext (see Set.Name) into
// a temporary file and returns the path it will have after Commit.
func (e *Export) Add(base, ext string, data []byte) (string, error) {
	return e.AddFunc(base, ext, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// AddFunc is Add with the content written by fill.
func (e *Export) AddFunc(base, ext string, fill func(io.Writer) error) (string, error) {
	if err := e.cancelled(); err != nil {
		return "", err
	}
	final := filepath.Join(e.dir, e.names.Name(base, ext))
	tmp, err := writeTemp(e.dir, 0o644, fill)
	if err != nil {
		return "", fmt.Errorf("cannot write %s: %w", final, err)
	}
	e.pending = append(e.pending, pending{tmp: tmp, final: final})
	return final, nil
}

// Commit puts every file added into place and returns their paths in the
// order added. If one cannot be put in place, or the export is cancelled
// meanwhile, the ones already renamed are set back to what was there before
// and nothing of the export is left.
func (e *Export) Commit() ([]string, error) {
	defer e.Abort()
	var done []renamed
	undo := func() {
		for i := len(done) - 1; i >= 0; i-- {
			done[i].undo()
		}
	}
	for _, p := range e.pending {
		if err := e.cancelled(); err != nil {
			undo()
			return nil, err
		}
		r, err := replace(p.tmp, p.final)
		if err != nil {
			undo()
			return nil, fmt.Errorf("cannot put %s in place: %w", p.final, err)
		}
		done = append(done, r)
	}
	paths := make([]string, len(done))
	for i, r := range done {
		r.forget()
		paths[i] = r.final
	}
	e.pending = nil
	return paths, SyncDir(e.dir)
}

// Abort removes the temporary files of an export not committed; after
// Commit it does nothing.
func (e *Export) Abort() {
	for _, p := range e.pending {
		os.Remove(p.tmp)
	}
	e.pending = nil
}

// renamed is a file put in place, with the earlier file of that name kept
// under a temporary name until the whole export is in place.
type renamed struct{ final, old string }

// link makes the hard link that keeps an earlier file while the new one
// takes its name; a variable so that tests can make it fail as it does on
// FAT32, exFAT and some network shares.
var link = os.Link

func replace(tmp, final string) (renamed, error) {
	r := renamed{final: final}
	// A folder of that name is left for the rename below to refuse.
	if fi, err := os.Lstat(final); err == nil && !fi.IsDir() {
		old := tmp + ".old"
		if err := link(final, old); err != nil {
			// Without hard links the earlier file is moved aside instead.
			if err := os.Rename(final, old); err != nil {
				return renamed{}, fmt.Errorf("cannot keep the earlier file: %w", err)
			}
		}
		r.old = old
	}
	if err := os.Rename(tmp, final); err != nil {
		if r.old != "" {
			os.Rename(r.old, final)
		}
		return renamed{}, err
	}
	return r, nil
}

// undo puts the earlier file back, or removes the new one if there was none.
func (r renamed) undo() {
	if r.old != "" {
		os.Rename(r.old, r.final)
		return
	}
	os.Remove(r.final)
}

func (r renamed) forget() {
	if r.old != "" {
		os.Remove(r.old)
	}
}

// WriteFile writes data to path through a temporary file in the same
// folder, synced and renamed into place, so that path holds either its
// earlier content or all of data.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(data))
		return err
	})
}

// Write is WriteFile with the content written by fill; the folder is
// synced after the rename.
func Write(path string, perm os.FileMode, fill func(io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := writeTemp(dir, perm, fill)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return SyncDir(dir)
}

// writeTemp writes a synced temporary file in dir and returns its path; on
// failure nothing is left behind.
func writeTemp(dir string, perm os.FileMode, fill func(io.Writer) error) (string, error) {
	f, err := os.CreateTemp(dir, ".regionplan-tmp-*")
	if err != nil {
		return "", err
	}
	err = fill(f)
	if err == nil {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the temporary file's name means nothing to the user
		}
		return "", err
	}
	return f.Name(), nil
}

// SyncDir makes a rename in dir durable; Windows has no such call for a
// folder and makes renames durable itself.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("cannot sync the folder %s: %w", dir, err)
	}
	return nil
}
