package storage

import (
	"errors"
	"fmt"
	"io"
	"os"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// HeaderRecoverable reports whether the file at path has a broken first
// header page but a sound second one, so that RecoverHeader may rebuild it.
func HeaderRecoverable(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	page := make([]byte, 96)
	if _, err := f.ReadAt(page, 0); err != nil || readMeta(page).valid {
		return false
	}
	for _, size := range []int{4096, os.Getpagesize()} {
		if _, err := f.ReadAt(page, int64(size)); err == nil && readMeta(page).valid {
			return true
		}
	}
	return false
}

// RecoverHeader rebuilds a plan file whose first header page is broken from
// its second one: the file as that header describes it is written to a new
// file and checked like a backup, the damaged file is copied into the backup
// folder as it is, and the rebuilt file takes its place. The second header
// is one save behind the first, so records that verify but lie outside the
// tree it describes (that last save) are added, as Salvage finds them; their
// number is returned. Nothing is changed if the rebuilt file is not sound.
func RecoverHeader(path string) (added int, err error) {
	if !HeaderRecoverable(path) {
		return 0, fmt.Errorf("%s has no intact second header to recover from", path)
	}
	chosen, rep, err := salvageSelect(path)
	if err != nil {
		return 0, err
	}
	newer := map[string]salvaged{}
	for _, k := range rep.Outside {
		newer[k] = chosen[k]
	}
	if err := rebuild(path, newer); err != nil {
		return 0, err
	}
	return len(newer), nil
}

// rebuild writes the file as its second header describes it, with the
// records added, and puts it in place of the damaged file.
func rebuild(path string, add map[string]salvaged) error {
	staged := path + ".recovered"
	defer os.Remove(staged)
	var db *bolt.DB
	err := guard(path, func() (err error) {
		db, err = bolt.Open(path, 0o400, &bolt.Options{ReadOnly: true, Timeout: LockTimeout})
		return err
	})
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return fmt.Errorf("%s: %w", path, ErrLocked)
	case err != nil:
		return fmt.Errorf("%s cannot be rebuilt from its second header: %w", path, ErrDamaged)
	}
	err = guard(path, func() error {
		return db.View(func(tx *bolt.Tx) error {
			return writeAtomically(staged, func(w io.Writer) error { _, err := tx.WriteTo(w); return err })
		})
	})
	guard(path, db.Close)
	if err == nil {
		err = putRecords(staged, add)
	}
	if err != nil {
		return fmt.Errorf("%s cannot be rebuilt from its second header: %w", path, err)
	}
	if err := RestoreFile(path, staged); errors.Is(err, ErrLocked) {
		return err
	} else if err != nil {
		return fmt.Errorf("the file rebuilt from the second header of %s is not sound either, so nothing was changed; try salvage: %w", path, err)
	}
	return nil
}
