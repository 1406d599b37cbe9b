package storage

import (
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Check verifies the whole file: bbolt's own consistency check, the format
// and schema version, and every stored plan (live and deleted) against its
// checksum. It returns every problem found; none means the file is sound.
func (s *Store) Check() []error {
	if _, err := s.checkMeta(); err != nil {
		return []error{err}
	}
	if problems := s.checkStructure(); len(problems) > 0 {
		return problems
	}
	return s.checkRecords()
}

// checkStructure runs bbolt's consistency check over every page.
func (s *Store) checkStructure() []error {
	var problems []error
	err := s.view(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			problems = append(problems, err)
		}
		return nil
	})
	if err != nil {
		return []error{err}
	}
	for i, p := range problems {
		problems[i] = fmt.Errorf("%s: the file's structure is broken (%v): %w", s.path, p, ErrDamaged)
	}
	return problems
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
