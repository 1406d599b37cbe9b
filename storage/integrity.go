package storage

import (
	"errors"
	"fmt"
	"os"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// Check verifies the whole file: bbolt's own consistency check, the format
// and schema version, and every stored plan (live and deleted) against its
// checksum. It returns every problem found; none means the file is sound.
func (s *Store) Check() []error {
	if _, err := s.checkMeta(); err != nil {
		return []error{err}
	}
	if problems, _ := s.checkStructure(); len(problems) > 0 {
		return problems
	}
	return s.checkRecords()
}

// checkStructure runs bbolt's consistency check over every page, then reads
// every page the tree and the freelist rely on straight from the file (see
// walkPages), which also catches overflow counts and freelist entries that
// bbolt's check lets pass but that break the next write. readable is true
// when only the second kind was found: bbolt's reading of the tree is sound.
func (s *Store) checkStructure() (problems []error, readable bool) {
	err := s.view(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			problems = append(problems, err)
		}
		if len(problems) > 0 {
			return nil
		}
		readable = true
		f, err := os.Open(s.path)
		if err != nil {
			return fmt.Errorf("cannot read %s: %w", s.path, err)
		}
		defer f.Close()
		problems = walkPages(f, tx.Size(), s.db.Info().PageSize, uint64(tx.ID()))
		return nil
	})
	if err != nil {
		return []error{err}, false
	}
	for i, p := range problems {
		what := p.Error()
		if strings.Contains(what, "panic") || strings.Contains(what, "runtime error") {
			what = "a page cannot be read" // bbolt's own words would be Go internals
		}
		problems[i] = fmt.Errorf("the file's structure is broken (%s): %w", what, ErrDamaged)
	}
	return problems, readable
}

// checkRecords decodes every plan, live and deleted, and every snapshot, and
// checks their checksums.
func (s *Store) checkRecords() []error {
	var problems []error
	live, err := s.List()
	if err != nil {
		problems = append(problems, err)
	}
	trash, err := s.Trash()
	if err != nil {
		problems = append(problems, err)
	}
	for _, e := range append(live, trash...) {
		if e.Err != nil {
			problems = append(problems, e.Err)
		}
	}
	if snaps := s.checkSnapshots(); len(snaps) > 0 {
		for _, err := range snaps {
			s.noteDamage(err)
		}
		problems = append(problems, snaps...)
	}
	if errors.Join(problems...) != nil {
		return problems
	}
	return nil
}
